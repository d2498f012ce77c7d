// One document in its own process: starting the worker, watching it, and judging how it ended.
//
// A worker is the agendum binary itself (/proc/self/exe, so a batch that runs for days keeps
// using the version it started with) running `extract` on one file. It runs in a process
// group of its own (a Ctrl-C at the terminal reaches the batch, which decides, not every
// worker), dies with the batch (PR_SET_PDEATHSIG), has its standard error and its status
// lines (worker_status.h) on pipes to the batch, and an address-space limit as a backstop:
// the batch's memory limit itself is on resident memory, which the batch reads from /proc
// and enforces by stopping the worker, because address space overstates what a threaded
// process uses several times over.
//
// judge_worker() is the whole policy of what a worker's end means, as a plain function:
// a packet to read, a failure with its stage and a one-line message, or a document
// abandoned (stopped by an interruption, not failed) to be done again on --resume.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/batch/worker_status.h"
#include "pipeline/core/status.h"

namespace agendum {

struct WorkerLimits {
  int timeout_seconds = 0;  // wall clock per document; 0 = none
  uint64_t memory_mb = 0;   // resident memory per worker; 0 = none
};

enum class StopReason { none, timeout, memory, interrupted };

class WorkerProcess {
 public:
  // Starts `executable arguments...` as a worker (see above). address_space_mb 0 = no cap.
  static Result<WorkerProcess> start(const std::string& executable,
                                     const std::vector<std::string>& arguments,
                                     uint64_t address_space_mb);

  WorkerProcess(WorkerProcess&& other) noexcept;
  WorkerProcess& operator=(WorkerProcess&& other) noexcept;
  WorkerProcess(const WorkerProcess&) = delete;
  ~WorkerProcess();  // a worker still running is killed and reaped

  pid_t pid() const { return pid_; }
  // Descriptors to poll for input: those of the pipes still open.
  std::vector<int> open_pipes() const;
  // Reads whatever the pipes hold now, without blocking.
  void read_pipes();
  // Collects the exit status if the worker has ended (non-blocking); true once it has.
  bool reap();
  bool ended() const { return ended_; }
  // The worker has ended and its pipes are drained (or the pipes are held open by
  // something else past a grace period).
  bool finished() const;

  // Kills the worker's whole process group at once, remembering why.
  void stop(StopReason reason);
  StopReason stopped_by() const { return stopped_by_; }

  // Resident memory now, from /proc (0 once ended).
  uint64_t resident_mb() const;
  double peak_mb() const { return peak_mb_; }
  double seconds() const;
  int wait_status() const { return wait_status_; }
  const WorkerStatusLines& status() const { return status_; }
  const std::string& error_output() const { return error_output_; }

 private:
  WorkerProcess() = default;
  void release();  // kills a worker still running, closes its pipes

  pid_t pid_ = -1;
  int error_fd_ = -1;
  int status_fd_ = -1;
  bool ended_ = false;
  int wait_status_ = 0;
  double peak_mb_ = 0;
  StopReason stopped_by_ = StopReason::none;
  std::chrono::steady_clock::time_point started_, ended_at_;
  std::string error_output_;  // the last few KiB of its standard error
  std::string status_text_;   // unparsed rest of the status pipe
  WorkerStatusLines status_;
};

struct Verdict {
  enum class Kind { packet, failed, abandoned } kind = Kind::failed;
  std::string stage;
  std::string message;           // one line
  std::optional<int> exit_code;  // the worker's, when it exited
  std::string signal;            // "SIGSEGV", when a signal ended it
};

struct WorkerEnd {
  int wait_status = 0;
  StopReason stopped_by = StopReason::none;
  WorkerStatusLines status;
  std::string error_output;
};

Verdict judge_worker(const WorkerEnd& end, const WorkerLimits& limits);

}  // namespace agendum
