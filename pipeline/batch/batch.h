// Batch ingestion: a folder, a list or many PDFs in; one output folder out (journal.h names
// its files); each document in a worker process of its own (worker.h), so a crash, hang or
// memory blow-up costs that document one failure line and nothing else.
//
// run_batch() lists and hashes the inputs (inputs.h), keeps its shard, skips what the folder's
// journal already holds (with --resume) and content seen under another name (a duplicate
// entry, no second packet), then runs up to `jobs` workers at once (schedule.h decides order
// and threads), each under a wall-clock timeout and a resident-memory limit. Each document is
// committed as it ends. SIGINT, SIGTERM and SIGHUP stop the batch: workers in flight are
// killed and their documents left for --resume (never recorded as failed); the report says
// it was interrupted. summary.json is rewritten every minute and at the end.
//
// Errors: the Status of a batch that cannot start (an INPUT missing, an --out that is not
// usable) or cannot write its outputs. Everything about single documents is in the folder.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline/batch/inputs.h"
#include "pipeline/batch/progress.h"
#include "pipeline/batch/worker.h"
#include "pipeline/core/status.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string out;
  int jobs = 1;  // workers at once (cores to use)
  bool resume = false;
  Shard shard;
  WorkerLimits limits;
  std::string ocr = "auto";  // passed to each worker, with dpi and the page timeout
  int dpi = 300;
  int page_timeout_seconds = 120;
  double max_raster_megapixels = kDefaultMaxRasterMegapixels;  // passed to each worker
  std::string page_cache;          // a page cache folder for the workers (see page_cache.h), or ""
  std::string executable = "/proc/self/exe";           // the agendum binary the workers run
  std::string version;                                 // of that binary, for the manifest
  std::function<void(const Progress&)> on_progress;    // about five times a second, and at the end
  std::function<void(const std::string&)> on_failure;  // one line per failed document
};

struct BatchReport {
  bool interrupted = false;  // stopped by a signal: run again with --resume
  size_t failures = 0;       // lines in failures.jsonl (this run and earlier ones)
  size_t ignored = 0;        // files in folders not named *.pdf
  Progress progress;
};

Result<BatchReport> run_batch(const BatchOptions& options);

}  // namespace agendum
