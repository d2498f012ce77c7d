#include "pipeline/output/standard_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace agendum {

StandardOutput::StandardOutput() {
  struct stat target;
  const bool regular = fstat(STDOUT_FILENO, &target) == 0 && S_ISREG(target.st_mode);
  // Where this output begins: the end for an appending descriptor, else its offset.
  if (regular)
    start_ = (fcntl(STDOUT_FILENO, F_GETFL) & O_APPEND) ? target.st_size
                                                        : lseek(STDOUT_FILENO, 0, SEEK_CUR);
}

Status StandardOutput::write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) {
      Status error{ErrorCode::io_error,
                   std::string("cannot write to standard output: ") + std::strerror(errno)};
      if (start_ >= 0 && ftruncate(STDOUT_FILENO, start_) != 0) {
        // The partial bytes stay; the exit code still says the output is not whole.
      }
      return error;
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return {};
}

Status write_to_standard_output(std::string_view bytes) { return StandardOutput().write(bytes); }

}  // namespace agendum
