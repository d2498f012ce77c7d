// The worker's side of a batch: what `agendum extract` tells the batch that runs it.
//
// A batch runs each document as `agendum extract FILE -o PACKET --worker-status-fd 3`. The
// worker writes one line per stage it enters ("stage read", "stage extract", "stage
// validate", "stage write") on that descriptor, so when it crashes, hangs or is stopped the
// failure line can say where. Under a batch's memory limit a failed allocation must not turn
// into half a packet (the pipeline keeps going after a page that fails), so a worker ends at
// once instead, after writing "out-of-memory". The batch reads the lines with
// parse_worker_status(). A WorkerStatus made with -1 (not a worker) does nothing.
#pragma once

#include <string>
#include <string_view>

namespace agendum {

inline constexpr std::string_view kStageRead = "read";          // open, text layer, render, OCR
inline constexpr std::string_view kStageExtract = "extract";    // clean, segment, extractors
inline constexpr std::string_view kStageValidate = "validate";  // JSON and schema check
inline constexpr std::string_view kStageWrite = "write";        // the packet file

class WorkerStatus {
 public:
  explicit WorkerStatus(int fd) : fd_(fd) {}
  bool active() const { return fd_ >= 0; }
  void enter(std::string_view stage) const;
  // From now on, in this process, an allocation that fails reports "out-of-memory" and exits
  // with ErrorCode::internal.
  void end_on_out_of_memory() const;

 private:
  int fd_;
};

struct WorkerStatusLines {
  std::string stage;  // the last stage entered; "" before the first
  bool out_of_memory = false;
};

// Folds the complete lines of `text` into `status`; returns how many bytes were consumed
// (an incomplete last line is left for the next call).
size_t parse_worker_status(std::string_view text, WorkerStatusLines& status);

}  // namespace agendum
