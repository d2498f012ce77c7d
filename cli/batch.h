// The `batch` and `merge` commands: their options, the progress a person or a log sees, and
// the exit codes a script acts on (README "Exit codes").
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/pdf/read_pdf.h"

namespace agendum::cli {

class BatchCommands {
 public:
  // Adds `batch` and `merge` to `app`.
  explicit BatchCommands(CLI::App& app);
  // True when the command line chose one of them.
  bool chosen() const;
  // Runs the chosen command; returns the exit code.
  int run(const std::string& version) const;

 private:
  int run_batch_command(const std::string& version) const;
  int run_merge_command() const;

  CLI::App* batch_ = nullptr;
  CLI::App* merge_ = nullptr;
  std::vector<std::string> inputs_;
  std::string out_;
  int jobs_ = 0;
  bool resume_ = false;
  std::string shard_ = "0/1";
  int timeout_seconds_ = 3600;
  int max_memory_mb_ = -1;  // -1: a share of this machine's memory (see run_batch_command)
  std::string ocr_ = "auto";
  int dpi_ = 300;
  int page_timeout_seconds_ = 120;
  double max_raster_megapixels_ = kDefaultMaxRasterMegapixels;
  std::string page_cache_;
  bool quiet_ = false;
  int progress_every_seconds_ = 30;
  std::vector<std::string> shards_;
};

}  // namespace agendum::cli
