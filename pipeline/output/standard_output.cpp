#include "pipeline/output/standard_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace agendum {

Status write_to_standard_output(std::string_view bytes) {
  struct stat target;
  const bool regular = fstat(STDOUT_FILENO, &target) == 0 && S_ISREG(target.st_mode);
  // Where this write begins: the end for an appending descriptor, else its offset.
  off_t start = -1;
  if (regular)
    start = (fcntl(STDOUT_FILENO, F_GETFL) & O_APPEND) ? target.st_size
                                                       : lseek(STDOUT_FILENO, 0, SEEK_CUR);
  while (!bytes.empty()) {
    ssize_t written = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) {
      Status error{ErrorCode::io_error,
                   std::string("cannot write to standard output: ") + std::strerror(errno)};
      if (start >= 0 && ftruncate(STDOUT_FILENO, start) != 0) {
        // The partial bytes stay; the exit code still says the output is not whole.
      }
      return error;
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return {};
}

}  // namespace agendum
