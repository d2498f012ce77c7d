// How the command groups outside main.cpp end: a failed Status becomes one line on stderr
// and its ErrorCode as the exit code (README "Exit codes").
#pragma once

#include <iostream>

#include "pipeline/core/status.h"

namespace agendum::cli {

inline int report_failure(const Status& status) {
  std::cerr << "agendum: " << status.message() << "\n";
  return static_cast<int>(status.code());
}

}  // namespace agendum::cli
