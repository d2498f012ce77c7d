#include "cli/batch.h"

#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>

#include "pipeline/batch/batch.h"
#include "pipeline/batch/merge.h"

namespace agendum::cli {
namespace {

using Clock = std::chrono::steady_clock;

// The default memory limit per worker: an equal share of four fifths of the memory this
// process may use among the workers, between 256 MB and 2 GB (a scanned page needs about 150 MB on
// one thread; a poster-sized page several times that).
constexpr uint64_t kDefaultMemoryCapMb = 2048;
constexpr uint64_t kDefaultMemoryFloorMb = 256;

int exit_code(ErrorCode code) { return static_cast<int>(code); }

int fail(const Status& status) {
  std::cerr << "agendum: " << status.message() << "\n";
  return exit_code(status.code());
}

// Cores this process may run on (a Slurm or container cpuset included).
int usable_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1, static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)));
}

uint64_t default_memory_mb(int jobs) {
  const uint64_t machine_mb = static_cast<uint64_t>(sysconf(_SC_PHYS_PAGES)) *
                              static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) / (1024 * 1024);
  return std::clamp<uint64_t>(machine_mb * 4 / 5 / static_cast<uint64_t>(jobs),
                              kDefaultMemoryFloorMb, kDefaultMemoryCapMb);
}

int terminal_width() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

// Progress on standard error: a bar redrawn in place on a terminal, a line every
// `every` seconds otherwise; failures as lines of their own either way.
class ProgressDisplay {
 public:
  ProgressDisplay(bool quiet, int every_seconds)
      : quiet_(quiet),
        terminal_(isatty(STDERR_FILENO)),
        every_(std::chrono::seconds(every_seconds)) {}

  void show(const Progress& progress) {
    last_ = progress;
    if (quiet_) return;
    if (terminal_) {
      std::cerr << "\r" << progress_bar(progress, terminal_width() - 1) << "\033[K" << std::flush;
      drawn_ = true;
    } else if (Clock::now() - last_line_ >= every_) {
      last_line_ = Clock::now();
      std::cerr << progress_line(progress) << "\n";
    }
  }

  void failure(const std::string& line) {
    if (quiet_) return;
    clear();
    std::cerr << "agendum: " << line << "\n";
  }

  // Ends the display with the final figures on a line of their own.
  void finish() {
    if (quiet_) return;
    clear();
    std::cerr << progress_line(last_) << "\n";
  }

  void clear() {
    if (drawn_) std::cerr << "\r\033[K";
    drawn_ = false;
  }

 private:
  bool quiet_, terminal_;
  bool drawn_ = false;
  Clock::duration every_;
  Clock::time_point last_line_ = Clock::now();
  Progress last_;
};

}  // namespace

BatchCommands::BatchCommands(CLI::App& app) {
  batch_ = app.add_subcommand("batch",
                              "extract many PDFs into one output folder, each in a worker process");
  batch_
      ->add_option("INPUT", inputs_,
                   "folders (recursive), PDFs, or list files of paths (one per line)")
      ->required();
  batch_
      ->add_option("--out", out_,
                   "output folder: packets/, records.jsonl, failures.jsonl, summary.json")
      ->required();
  batch_->add_option("-j,--jobs", jobs_, "documents at once (default: all cores)")
      ->check(CLI::Range(0, 1024));
  batch_->add_flag("--resume", resume_,
                   "continue the batch already in --out, skipping what it has done");
  batch_->add_option("--shard", shard_,
                     "do only shard K of N (K/N, 0-based), split by content hash");
  batch_
      ->add_option("--timeout", timeout_seconds_,
                   "seconds one document may take before it fails (0: no limit)")
      ->check(CLI::Range(0, 1000000));
  batch_
      ->add_option("--max-memory", max_memory_mb_,
                   "MB of memory one worker may use before its document fails (0: no limit; "
                   "default: a share of this machine's memory, at most 2048)")
      ->check(CLI::Range(0, 1 << 24));
  batch_->add_option("--ocr", ocr_, "when to OCR pages: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  batch_->add_option("--dpi", dpi_, "OCR raster resolution")->check(CLI::Range(72, 600));
  batch_
      ->add_option("--page-timeout", page_timeout_seconds_,
                   "seconds before one page's rendering and OCR are abandoned")
      ->check(CLI::Range(1, 3600));
  batch_
      ->add_option("--max-raster-mp", max_raster_megapixels_,
                   "largest page raster in megapixels; larger pages are OCR'd at a lower dpi")
      ->check(CLI::Range(1.0, 1000.0));
  batch_->add_option("--page-cache", page_cache_,
                     "keep the pages read (and OCR'd) in this folder, so a batch run again skips rendering and OCR");
  batch_->add_flag("-q,--quiet", quiet_, "no progress and no failure lines on stderr");
  batch_
      ->add_option("--progress-every", progress_every_seconds_,
                   "seconds between progress lines when stderr is not a terminal")
      ->check(CLI::Range(1, 86400));

  merge_ = app.add_subcommand("merge", "merge the output folders of a batch's shards into one");
  merge_->add_option("DIR", shards_, "the shards' output folders")->required();
  merge_->add_option("--out", out_, "the merged output folder (new or empty)")->required();
  merge_->add_flag("-q,--quiet", quiet_, "no summary line on stderr");
}

bool BatchCommands::chosen() const { return batch_->parsed() || merge_->parsed(); }

int BatchCommands::run(const std::string& version) const {
  try {
    return batch_->parsed() ? run_batch_command(version) : run_merge_command();
  } catch (const std::exception& error) {
    return fail({ErrorCode::internal, error.what()});
  }
}

int BatchCommands::run_batch_command(const std::string& version) const {
  Result<Shard> shard = parse_shard(shard_);
  if (!shard.ok()) return fail(shard.status());
  BatchOptions options;
  options.inputs = inputs_;
  options.out = out_;
  options.jobs = jobs_ > 0 ? jobs_ : usable_cores();
  options.resume = resume_;
  options.shard = shard.value();
  options.limits.timeout_seconds = timeout_seconds_;
  options.limits.memory_mb =
      max_memory_mb_ >= 0 ? static_cast<uint64_t>(max_memory_mb_) : default_memory_mb(options.jobs);
  options.ocr = ocr_;
  options.dpi = dpi_;
  options.page_timeout_seconds = page_timeout_seconds_;
  options.max_raster_megapixels = max_raster_megapixels_;
  options.page_cache = page_cache_;
  options.version = version;
  ProgressDisplay display(quiet_, progress_every_seconds_);
  options.on_progress = [&](const Progress& progress) { display.show(progress); };
  options.on_failure = [&](const std::string& line) { display.failure(line); };

  Result<BatchReport> result = run_batch(options);
  display.clear();
  if (!result.ok()) return fail(result.status());
  display.finish();
  const BatchReport& report = result.value();
  if (report.ignored && !quiet_)
    std::cerr << "agendum: left out " << report.ignored
              << (report.ignored == 1 ? " file" : " files")
              << " of the input folders not named *.pdf\n";
  if (report.interrupted) {
    std::cerr << "agendum: interrupted; " << out_
              << " is consistent: run the same command with --resume to go on\n";
    return exit_code(ErrorCode::interrupted);
  }
  return report.failures ? exit_code(ErrorCode::partial) : 0;
}

int BatchCommands::run_merge_command() const {
  Result<MergeReport> result = merge_batches(shards_, out_);
  if (!result.ok()) return fail(result.status());
  if (!quiet_)
    std::cerr << "agendum merge: " << result.value().documents << " documents from "
              << shards_.size() << " shards into " << out_ << " (" << result.value().failures
              << " failure lines)\n";
  return result.value().failures ? exit_code(ErrorCode::partial) : 0;
}

}  // namespace agendum::cli
