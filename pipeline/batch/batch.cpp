#include "pipeline/batch/batch.h"

#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "pipeline/batch/journal.h"
#include "pipeline/batch/packet_records.h"
#include "pipeline/batch/schedule.h"
#include "pipeline/batch/summary.h"
#include "pipeline/output/atomic_file.h"

namespace agendum {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kTick = std::chrono::milliseconds(100);  // watchdog and poll period
constexpr auto kProgressEvery = std::chrono::milliseconds(200);
constexpr auto kSummaryEvery = std::chrono::seconds(60);
// Address space a worker may reserve, as a backstop behind the resident-memory watch: twice
// the limit, plus what each thread's malloc arena and stack reserve without using.
constexpr uint64_t kAddressSpacePerThreadMb = 256;
constexpr uint64_t kAddressSpaceBaseMb = 512;
// AddressSanitizer reserves terabytes of address space for its shadow memory: a build with it
// (the test suite's second pass) cannot cap a worker's address space at all.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kCapAddressSpace = false;
#else
constexpr bool kCapAddressSpace = true;
#endif

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// SIGINT, SIGTERM and SIGHUP (stop) and SIGCHLD (a worker ended) arrive on a descriptor
// the batch polls, instead of interrupting it anywhere.
class SignalWatch {
 public:
  SignalWatch() {
    sigset_t watched;
    sigemptyset(&watched);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGCHLD}) sigaddset(&watched, signal);
    pthread_sigmask(SIG_BLOCK, &watched, &saved_);
    fd_ = signalfd(-1, &watched, SFD_NONBLOCK | SFD_CLOEXEC);
  }
  ~SignalWatch() {
    if (fd_ >= 0) close(fd_);
    pthread_sigmask(SIG_SETMASK, &saved_, nullptr);
  }
  SignalWatch(const SignalWatch&) = delete;
  int fd() const { return fd_; }
  // Reads what has arrived; true when a stop was asked for.
  bool stop_requested() {
    signalfd_siginfo info;
    bool stop = false;
    while (fd_ >= 0 && read(fd_, &info, sizeof(info)) == static_cast<ssize_t>(sizeof(info)))
      stop = stop || info.ssi_signo != SIGCHLD;
    return stop;
  }

 private:
  sigset_t saved_{};
  int fd_ = -1;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string failure_line(const JournalEntry& entry, const std::string& message,
                         const std::optional<int>& exit_code, const std::string& signal) {
  nlohmann::ordered_json line = {
      {"file", entry.file},
      {"sha256", entry.sha256.empty() ? nlohmann::ordered_json(nullptr)
                                      : nlohmann::ordered_json(entry.sha256)},
      {"outcome", outcome_name(entry.outcome)},
      {"stage", entry.stage},
      {"exit_code", exit_code ? nlohmann::ordered_json(*exit_code) : nullptr},
      {"signal", signal.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(signal)},
      {"error", message}};
  return line.dump() + "\n";
}

struct Running {
  size_t file = 0;  // index into the listing
  WorkerProcess worker;
};

class Batch {
 public:
  Batch(const BatchOptions& options, Listing listing, Manifest manifest, BatchDirectory out)
      : options_(options),
        listing_(std::move(listing)),
        manifest_(std::move(manifest)),
        out_(std::move(out)) {}

  Result<BatchReport> run() {
    if (!hash()) return finish();
    if (Status selected = select(); !selected.ok()) return selected;
    write_summary();
    if (Status ran = run_workers(); !ran.ok()) return ran;
    return finish();
  }

 private:
  // Hashes the whole listing (every shard needs every hash to find its own files).
  bool hash() {
    progress_.to_hash = listing_.files.size();
    hash_files(listing_.files, options_.jobs, [&](size_t hashed) {
      progress_.hashed = hashed;
      tick_progress(false);
      if (signals_.stop_requested()) interrupted_ = true;
      return !interrupted_;
    });
    return !interrupted_;
  }

  // Decides each file of this shard: already done, a failure at once (unreadable), a
  // duplicate of a file holding the same content, or a document to run.
  Status select() {
    std::map<std::string, std::string> holder;              // sha256 -> the file whose packet it is
    std::set<std::pair<std::string, std::string>> decided;  // (file, sha256) in the journal
    for (const JournalEntry& entry : out_.entries()) {
      if (entry.outcome != Outcome::duplicate && !entry.sha256.empty())
        holder.try_emplace(entry.sha256, entry.file);
      decided.insert({entry.file, entry.sha256});
    }
    std::vector<size_t> chosen;
    for (size_t index = 0; index < listing_.files.size(); ++index) {
      const InputFile& file = listing_.files[index];
      if (shard_of(file, options_.shard.count) != options_.shard.index) continue;
      if (decided.count({file.path, file.sha256})) continue;
      JournalEntry entry;
      entry.file = file.path;
      entry.sha256 = file.sha256;
      if (file.error) {
        entry.outcome = Outcome::failed;
        entry.stage = "input";
        if (Status committed = commit(entry, "", *file.error, std::nullopt, ""); !committed.ok())
          return committed;
        continue;
      }
      if (auto held = holder.find(file.sha256); held != holder.end()) {
        entry.outcome = Outcome::duplicate;
        entry.duplicate_of = held->second;
        if (Status committed = commit(entry, "", "", std::nullopt, ""); !committed.ok())
          return committed;
        continue;
      }
      holder.emplace(file.sha256, file.path);
      chosen.push_back(index);
    }
    queue_ = largest_first(listing_.files, std::move(chosen));
    for (size_t index : queue_) progress_.bytes_to_do += listing_.files[index].bytes;
    progress_.documents = out_.entries().size() + queue_.size();
    progress_.done = out_.entries().size();
    progress_.failed = 0;
    for (const JournalEntry& entry : out_.entries())
      progress_.failed += entry.outcome == Outcome::failed || entry.outcome == Outcome::partial;
    selected_ = true;
    return {};
  }

  Status run_workers() {
    const int jobs = std::max(1, options_.jobs);
    auto last_watch = Clock::now() - kTick;
    while (true) {
      while (!interrupted_ && running_.size() < static_cast<size_t>(jobs) &&
             next_ < queue_.size()) {
        Status started = start(queue_[next_]);
        if (!started.ok()) {
          if (running_.empty()) return started;
          break;  // out of processes for now: try again when one ends
        }
        ++next_;
      }
      if (running_.empty() && (interrupted_ || next_ >= queue_.size())) return {};

      std::vector<pollfd> fds = {{signals_.fd(), POLLIN, 0}};
      for (const Running& run : running_)
        for (int fd : run.worker.open_pipes()) fds.push_back({fd, POLLIN, 0});
      poll(fds.data(), fds.size(), static_cast<int>(kTick.count()));

      if (signals_.stop_requested() && !interrupted_) {
        interrupted_ = true;
        for (Running& run : running_) run.worker.stop(StopReason::interrupted);
      }
      for (Running& run : running_) {
        run.worker.read_pipes();
        run.worker.reap();
      }
      if (Clock::now() - last_watch >= kTick) {
        watch_limits();
        last_watch = Clock::now();
      }
      for (auto run = running_.begin(); run != running_.end();) {
        if (!run->worker.finished()) {
          ++run;
          continue;
        }
        Status finished = finish_document(*run);
        run = running_.erase(run);
        if (!finished.ok()) {
          for (Running& other : running_) other.worker.stop(StopReason::interrupted);
          running_.clear();
          return finished;
        }
      }
      tick_progress(false);
      if (Clock::now() - last_summary_ >= kSummaryEvery) write_summary();
    }
  }

  Status start(size_t index) {
    const InputFile& file = listing_.files[index];
    const int threads = worker_threads(options_.jobs, queue_.size() - next_ - 1);
    std::vector<std::string> arguments = {"extract",
                                          "--worker-status-fd",
                                          "3",
                                          "-o",
                                          out_.packet_path(file.sha256),
                                          "--ocr",
                                          options_.ocr,
                                          "--dpi",
                                          std::to_string(options_.dpi),
                                          "-j",
                                          std::to_string(threads),
                                          "--page-timeout",
                                          std::to_string(options_.page_timeout_seconds),
                                          "--max-raster-mp",
                                          std::to_string(options_.max_raster_megapixels),
                                          "--",
                                          file.path};
    const uint64_t memory = options_.limits.memory_mb;
    const uint64_t address_space =
        memory && kCapAddressSpace ? 2 * memory + kAddressSpaceBaseMb +
                                         kAddressSpacePerThreadMb * static_cast<uint64_t>(threads)
                                   : 0;
    if (!options_.page_cache.empty()) arguments.insert(arguments.end() - 2, {"--page-cache", options_.page_cache});
    Result<WorkerProcess> worker =
        WorkerProcess::start(options_.executable, arguments, address_space);
    if (!worker.ok()) return worker.status();
    running_.push_back({index, std::move(worker.value())});
    return {};
  }

  void watch_limits() {
    for (Running& run : running_) {
      if (run.worker.ended()) continue;
      if (options_.limits.timeout_seconds && run.worker.seconds() > options_.limits.timeout_seconds)
        run.worker.stop(StopReason::timeout);
      else if (options_.limits.memory_mb && run.worker.resident_mb() > options_.limits.memory_mb)
        run.worker.stop(StopReason::memory);
    }
  }

  Status finish_document(Running& run) {
    const InputFile& file = listing_.files[run.file];
    const WorkerProcess& worker = run.worker;
    Verdict verdict = judge_worker(
        {worker.wait_status(), worker.stopped_by(), worker.status(), worker.error_output()},
        options_.limits);
    const std::string packet = out_.packet_path(file.sha256);
    if (verdict.kind == Verdict::Kind::abandoned) {
      ++abandoned_;
      sweep_abandoned_temporaries(std::filesystem::path(packet).parent_path().string());
      return {};
    }
    ++finished_;
    JournalEntry entry;
    entry.file = file.path;
    entry.sha256 = file.sha256;
    entry.seconds = worker.seconds();
    entry.peak_mb = worker.peak_mb();
    progress_.bytes_done += file.bytes;
    std::string records, message;
    if (verdict.kind == Verdict::Kind::packet) {
      Result<PacketDigest> digest = digest_packet(read_file(packet), file.path);
      if (!digest.ok()) {
        verdict = {Verdict::Kind::failed, "packet", digest.status().message(), verdict.exit_code,
                   ""};
      } else if (digest.value().sha256 != file.sha256) {
        verdict = {Verdict::Kind::failed, "input",
                   "the file changed while the batch was reading it", verdict.exit_code, ""};
      } else {
        const PacketDigest& read = digest.value();
        records = read.records;
        entry.pages = read.pages;
        entry.ocr_pages = read.ocr_pages;
        entry.records = read.kinds;
        progress_.pages += static_cast<uint64_t>(read.pages);
        progress_.ocr_pages += static_cast<uint64_t>(read.ocr_pages);
        entry.outcome = verdict.exit_code == static_cast<int>(ErrorCode::no_records)
                            ? Outcome::no_records
                            : Outcome::ok;
        if (!read.page_failures.empty()) {
          entry.outcome = Outcome::partial;
          entry.stage = read.page_failures.front().stage;
          message = read.page_failures.front().message;
          if (read.page_failures.size() > 1)
            message +=
                " (and " + std::to_string(read.page_failures.size() - 1) + " more page failures)";
        }
      }
    }
    if (verdict.kind == Verdict::Kind::failed) {
      entry.outcome = Outcome::failed;
      entry.stage = verdict.stage;
      message = verdict.message;
      // The worker names its file; the failure line has it in "file" already.
      if (message.rfind(file.path + ": ", 0) == 0) message.erase(0, file.path.size() + 2);
      std::error_code ignored;
      std::filesystem::remove(packet, ignored);  // a failed document has no packet
      if (worker.stopped_by() != StopReason::none)
        sweep_abandoned_temporaries(std::filesystem::path(packet).parent_path().string());
    }
    return commit(entry, records, message, verdict.exit_code, verdict.signal);
  }

  Status commit(JournalEntry& entry, const std::string& records, const std::string& message,
                const std::optional<int>& exit_code, const std::string& signal) {
    std::string failure;
    if (entry.outcome == Outcome::failed || entry.outcome == Outcome::partial) {
      failure = failure_line(entry, message, exit_code, signal);
      ++progress_.failed;
      if (options_.on_failure)
        options_.on_failure(entry.file + ": " + entry.stage + ": " + message);
    }
    ++progress_.done;
    return out_.commit(entry, records, failure);
  }

  void tick_progress(bool last) {
    if (!options_.on_progress) return;
    if (!last && Clock::now() - last_progress_ < kProgressEvery) return;
    last_progress_ = Clock::now();
    progress_.running = running_.size();
    progress_.seconds = since(started_);
    options_.on_progress(progress_);
  }

  // Documents of this shard not yet decided; before selection, every listed file may be one.
  size_t pending() const { return selected_ ? queue_.size() - finished_ : listing_.files.size(); }

  void write_summary() {
    last_summary_ = Clock::now();
    RunFacts facts{pending(), since(started_), progress_.pages};
    out_.write_summary(batch_summary(manifest_, out_.entries(), facts));
  }

  Result<BatchReport> finish() {
    write_summary();
    tick_progress(true);
    BatchReport report;
    report.interrupted = interrupted_;
    report.ignored = listing_.ignored;
    report.progress = progress_;
    for (const JournalEntry& entry : out_.entries())
      report.failures += entry.outcome == Outcome::failed || entry.outcome == Outcome::partial;
    return report;
  }

  const BatchOptions& options_;
  Listing listing_;
  Manifest manifest_;
  BatchDirectory out_;
  SignalWatch signals_;
  std::vector<size_t> queue_;  // listing indexes, in the order they run
  bool selected_ = false;
  size_t next_ = 0;      // the next in queue_ to start
  size_t finished_ = 0;  // of queue_, committed
  size_t abandoned_ = 0;
  std::vector<Running> running_;
  bool interrupted_ = false;
  Progress progress_;
  const Clock::time_point started_ = Clock::now();
  Clock::time_point last_progress_{}, last_summary_ = Clock::now();
};

}  // namespace

Result<BatchReport> run_batch(const BatchOptions& options) {
  Result<Listing> listed = list_inputs(options.inputs, options.out);
  if (!listed.ok()) return listed.status();
  Manifest manifest;
  manifest.agendum_version = options.version;
  manifest.shard = options.shard;
  manifest.ocr = options.ocr;
  manifest.dpi = options.dpi;
  manifest.files = listed.value().files.size();
  manifest.fingerprint = listing_fingerprint(listed.value().files);
  Result<BatchDirectory> out = BatchDirectory::open(options.out, manifest, options.resume);
  if (!out.ok()) return out.status();
  Batch batch(options, std::move(listed.value()), std::move(manifest), std::move(out.value()));
  return batch.run();
}

}  // namespace agendum
