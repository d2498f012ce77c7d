// summary.json: what a batch's output folder holds, counted from its journal.
//
//   documents   {total, ok, partial, no_records, failed, duplicate, pending}
//   failures_by_stage  {stage: count}   (failed and partial documents)
//   records     {kind: count}           pages {total, text, ocr}
//   timings     {wall_seconds, document_seconds, pages_per_second, slowest: [{file, seconds}]}
//   memory      {worker_peak_mb}
//   complete    true when nothing listed is left to do (merge requires it of every shard)
//
// Everything but timings and memory depends only on the inputs and options, so a batch split
// into shards and merged has the same summary as one run over the whole.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "pipeline/batch/journal.h"

namespace agendum {

struct RunFacts {
  size_t pending = 0;       // listed documents not yet decided (interrupted, abandoned)
  double wall_seconds = 0;  // of the run (of the longest shard, for a merge)
  uint64_t pages_read = 0;  // by the run
};

nlohmann::json batch_summary(const Manifest& manifest, const std::vector<JournalEntry>& entries,
                             const RunFacts& run);

}  // namespace agendum
