// Writing to standard output with every error caught.
//
// std::cout keeps a write error to itself (a packet sent to /dev/full "succeeds" with exit 0),
// so results go out through write_to_standard_output(), which returns the error as a Status
// (ErrorCode::io_error). When standard output is a regular file, a failed write is undone:
// the file is cut back to where this write began, so a full disk leaves no partial packet.
#pragma once

#include <sys/types.h>

#include <string_view>

#include "pipeline/core/status.h"

namespace agendum {

Status write_to_standard_output(std::string_view bytes);

// The same for output written in pieces: a failed piece cuts a regular file back to where the
// first piece began, so a full disk leaves no partial packet either.
class StandardOutput {
 public:
  StandardOutput();
  Status write(std::string_view bytes);

 private:
  off_t start_ = -1;  // where the first piece began in a regular file; -1 otherwise
};

}  // namespace agendum
