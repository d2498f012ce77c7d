// Running the built agendum binary from tests: exit code and captured stdout/stderr.
#pragma once

#include <string>

namespace agendum::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `program arguments` through the shell (arguments are shell words).
CommandResult run_program(const std::string& program, const std::string& arguments);

// run_program of the built agendum binary.
CommandResult run_agendum(const std::string& arguments);

// Path of a file in the source tree, e.g. source_path("samples/carson_19-110.pdf").
std::string source_path(const std::string& relative);

// ../shared/corpus/real beside the checkout, or "" when it is not there (a user's clone).
std::string corpus_dir();

}  // namespace agendum::testing
