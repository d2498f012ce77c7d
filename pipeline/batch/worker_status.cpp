#include "pipeline/batch/worker_status.h"

#include <unistd.h>

#include <new>
#include <string>

#include "pipeline/core/status.h"

namespace agendum {
namespace {

constexpr std::string_view kOutOfMemory = "out-of-memory";

// The new-handler takes no argument, so the descriptor it reports on has to be process-wide;
// it is set once, before any extraction thread starts, and only read afterwards.
int out_of_memory_fd = -1;

void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written <= 0) return;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
}

[[noreturn]] void report_out_of_memory_and_exit() {
  write_all(out_of_memory_fd, "out-of-memory\n");
  _exit(static_cast<int>(ErrorCode::internal));
}

}  // namespace

void WorkerStatus::enter(std::string_view stage) const {
  if (fd_ < 0) return;
  write_all(fd_, std::string("stage ") + std::string(stage) + "\n");
}

void WorkerStatus::end_on_out_of_memory() const {
  if (fd_ < 0) return;
  out_of_memory_fd = fd_;
  std::set_new_handler(report_out_of_memory_and_exit);
}

size_t parse_worker_status(std::string_view text, WorkerStatusLines& status) {
  size_t consumed = 0;
  for (size_t end; (end = text.find('\n', consumed)) != std::string_view::npos;
       consumed = end + 1) {
    std::string_view line = text.substr(consumed, end - consumed);
    if (line == kOutOfMemory)
      status.out_of_memory = true;
    else if (line.substr(0, 6) == "stage ")
      status.stage = std::string(line.substr(6));
  }
  return consumed;
}

}  // namespace agendum
