#include "pipeline/batch/worker.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>

namespace agendum {
namespace {

constexpr size_t kErrorOutputKept = 8 * 1024;
constexpr int kStatusFd = 3;  // the descriptor a worker reports on (--worker-status-fd 3)
// Pipes of a worker that has ended can be held open by nothing of ours; past this we stop
// waiting for their end.
constexpr auto kPipeGrace = std::chrono::seconds(2);

// Exit codes of `agendum extract` that come with a packet written (README "Exit codes").
bool wrote_packet(int code) { return code == 0 || code == 1 || code == 11; }

std::string signal_name(int signal) {
  const char* abbreviation = sigabbrev_np(signal);
  return abbreviation ? std::string("SIG") + abbreviation : "signal " + std::to_string(signal);
}

// The message of the last line starting with `prefix` (prefix removed), else of the last
// non-empty line.
std::string last_message(const std::string& output, std::string_view prefix) {
  std::string last, last_prefixed;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    std::string_view line(output.data() + start, end - start);
    if (!line.empty()) last = line;
    if (line.substr(0, prefix.size()) == prefix) last_prefixed = line.substr(prefix.size());
    start = end + 1;
  }
  return last_prefixed.empty() ? last : last_prefixed;
}

int move_above_standard_fds(int fd) {
  int moved = fcntl(fd, F_DUPFD_CLOEXEC, 10);
  close(fd);
  return moved;
}

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// Reads what is there without blocking; closes `fd` at end of file.
void drain(int& fd, std::string& into, size_t keep) {
  char buffer[4096];
  while (fd >= 0) {
    ssize_t got = read(fd, buffer, sizeof(buffer));
    if (got > 0) {
      into.append(buffer, static_cast<size_t>(got));
      if (keep && into.size() > 2 * keep) into.erase(0, into.size() - keep);
      continue;
    }
    if (got < 0 && (errno == EAGAIN || errno == EINTR)) return;
    close_fd(fd);
  }
}

}  // namespace

Result<WorkerProcess> WorkerProcess::start(const std::string& executable,
                                           const std::vector<std::string>& arguments,
                                           uint64_t address_space_mb) {
  int error_pipe[2], status_pipe[2];
  if (pipe2(error_pipe, O_CLOEXEC) != 0)
    return Status{ErrorCode::internal, std::string("pipe: ") + std::strerror(errno)};
  if (pipe2(status_pipe, O_CLOEXEC) != 0) {
    close(error_pipe[0]);
    close(error_pipe[1]);
    return Status{ErrorCode::internal, std::string("pipe: ") + std::strerror(errno)};
  }
  // The child's ends above 0..3, so putting them in place cannot overwrite one another.
  const int error_write = move_above_standard_fds(error_pipe[1]);
  const int status_write = move_above_standard_fds(status_pipe[1]);
  const int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);

  // Everything the child needs is made before fork: after it, only async-signal-safe calls.
  std::vector<std::string> argv_strings = arguments;
  argv_strings.insert(argv_strings.begin(), executable);
  std::vector<char*> argv;
  for (std::string& argument : argv_strings) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const pid_t parent = getpid();
  struct rlimit address_space = {};
  address_space.rlim_cur = address_space.rlim_max = address_space_mb * 1024 * 1024;

  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    if (address_space_mb) setrlimit(RLIMIT_AS, &address_space);
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    dup2(error_write, STDERR_FILENO);
    dup2(status_write, kStatusFd);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    signal(SIGPIPE, SIG_DFL);
    execv(executable.c_str(), argv.data());
    static const char kCannotStart[] = "agendum: cannot start the worker process\n";
    ssize_t ignored = write(STDERR_FILENO, kCannotStart, sizeof(kCannotStart) - 1);
    (void)ignored;
    _exit(127);
  }
  const int fork_errno = errno;
  close(error_write);
  close(status_write);
  if (null_fd >= 0) close(null_fd);
  if (pid < 0) {
    close(error_pipe[0]);
    close(status_pipe[0]);
    return Status{ErrorCode::internal,
                  std::string("cannot start a worker: ") + std::strerror(fork_errno)};
  }
  setpgid(pid, pid);  // also here, so the group exists before the parent may signal it
  WorkerProcess worker;
  worker.pid_ = pid;
  worker.error_fd_ = error_pipe[0];
  worker.status_fd_ = status_pipe[0];
  for (int fd : {worker.error_fd_, worker.status_fd_})
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  worker.started_ = std::chrono::steady_clock::now();
  return worker;
}

WorkerProcess::WorkerProcess(WorkerProcess&& other) noexcept { *this = std::move(other); }

WorkerProcess& WorkerProcess::operator=(WorkerProcess&& other) noexcept {
  if (this == &other) return *this;
  release();
  pid_ = std::exchange(other.pid_, -1);
  error_fd_ = std::exchange(other.error_fd_, -1);
  status_fd_ = std::exchange(other.status_fd_, -1);
  ended_ = other.ended_;
  wait_status_ = other.wait_status_;
  peak_mb_ = other.peak_mb_;
  stopped_by_ = other.stopped_by_;
  started_ = other.started_;
  ended_at_ = other.ended_at_;
  error_output_ = std::move(other.error_output_);
  status_text_ = std::move(other.status_text_);
  status_ = std::move(other.status_);
  return *this;
}

WorkerProcess::~WorkerProcess() { release(); }

void WorkerProcess::release() {
  if (pid_ > 0 && !ended_) {
    kill(-pid_, SIGKILL);
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
  close_fd(error_fd_);
  close_fd(status_fd_);
}

std::vector<int> WorkerProcess::open_pipes() const {
  std::vector<int> fds;
  for (int fd : {error_fd_, status_fd_})
    if (fd >= 0) fds.push_back(fd);
  return fds;
}

void WorkerProcess::read_pipes() {
  drain(error_fd_, error_output_, kErrorOutputKept);
  drain(status_fd_, status_text_, 0);
  status_text_.erase(0, parse_worker_status(status_text_, status_));
}

bool WorkerProcess::reap() {
  if (ended_) return true;
  struct rusage usage = {};
  int status = 0;
  pid_t got = wait4(pid_, &status, WNOHANG, &usage);
  if (got != pid_) return false;
  ended_ = true;
  wait_status_ = status;
  ended_at_ = std::chrono::steady_clock::now();
  peak_mb_ = std::max(peak_mb_, static_cast<double>(usage.ru_maxrss) / 1024.0);
  return true;
}

bool WorkerProcess::finished() const {
  if (!ended_) return false;
  return (error_fd_ < 0 && status_fd_ < 0) ||
         std::chrono::steady_clock::now() - ended_at_ > kPipeGrace;
}

void WorkerProcess::stop(StopReason reason) {
  if (ended_) return;
  kill(-pid_, SIGKILL);
  if (stopped_by_ == StopReason::none) stopped_by_ = reason;
}

uint64_t WorkerProcess::resident_mb() const {
  if (ended_) return 0;
  std::ifstream statm("/proc/" + std::to_string(pid_) + "/statm");
  uint64_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) / (1024 * 1024);
}

double WorkerProcess::seconds() const {
  auto end = ended_ ? ended_at_ : std::chrono::steady_clock::now();
  return std::chrono::duration<double>(end - started_).count();
}

Verdict judge_worker(const WorkerEnd& end, const WorkerLimits& limits) {
  Verdict verdict;
  verdict.stage = end.status.stage.empty() ? "start" : end.status.stage;
  const int status = end.wait_status;
  if (WIFSIGNALED(status)) verdict.signal = signal_name(WTERMSIG(status));
  if (WIFEXITED(status)) verdict.exit_code = WEXITSTATUS(status);

  if (end.stopped_by == StopReason::interrupted) {
    verdict.kind = Verdict::Kind::abandoned;
    verdict.message = "stopped by an interruption; done again on --resume";
    return verdict;
  }
  if (end.stopped_by == StopReason::timeout) {
    verdict.message = "took longer than the " + std::to_string(limits.timeout_seconds) +
                      " s limit (--timeout) and was stopped";
    return verdict;
  }
  if (end.stopped_by == StopReason::memory || end.status.out_of_memory) {
    verdict.message = "needed more than the " + std::to_string(limits.memory_mb) +
                      " MB memory limit (--max-memory) and was stopped";
    return verdict;
  }
  if (WIFEXITED(status)) {
    const int code = WEXITSTATUS(status);
    if (wrote_packet(code)) {
      verdict.kind = Verdict::Kind::packet;
      return verdict;
    }
    verdict.message = last_message(end.error_output, "agendum: ");
    if (verdict.message.empty()) verdict.message = "exited with code " + std::to_string(code);
    if (code >= static_cast<int>(ErrorCode::file_not_found) &&
        code <= static_cast<int>(ErrorCode::empty_pdf))
      verdict.stage = "open";
    else if (code == static_cast<int>(ErrorCode::invalid_packet))
      verdict.stage = std::string(kStageValidate);
    else if (code == static_cast<int>(ErrorCode::io_error))
      verdict.stage = std::string(kStageWrite);
    else if (code == static_cast<int>(ErrorCode::usage) || code == 127)
      verdict.stage = "worker";
    return verdict;
  }
  const int signal = WTERMSIG(status);
  if (signal == SIGTERM || signal == SIGINT || signal == SIGHUP || signal == SIGQUIT) {
    verdict.kind = Verdict::Kind::abandoned;
    verdict.message =
        "stopped by " + verdict.signal + " from outside the batch; done again on --resume";
    return verdict;
  }
  if (signal == SIGKILL) {
    verdict.message =
        "was killed (SIGKILL) from outside the batch; the system may have run out of memory";
    return verdict;
  }
  verdict.message = "crashed (" + verdict.signal + ")";
  if (std::string last = last_message(end.error_output, "agendum: "); !last.empty())
    verdict.message += ": " + last;
  return verdict;
}

}  // namespace agendum
