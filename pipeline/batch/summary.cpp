#include "pipeline/batch/summary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace agendum {
namespace {

constexpr size_t kSlowestKept = 5;

double rounded(double value) { return std::round(value * 1000) / 1000; }

}  // namespace

nlohmann::json batch_summary(const Manifest& manifest, const std::vector<JournalEntry>& entries,
                             const RunFacts& run) {
  std::map<std::string, size_t> documents = {
      {"ok", 0}, {"partial", 0}, {"no_records", 0}, {"failed", 0}, {"duplicate", 0}};
  std::map<std::string, size_t> failures_by_stage, records;
  uint64_t pages = 0, ocr_pages = 0;
  double document_seconds = 0, peak_mb = 0;
  std::vector<const JournalEntry*> slowest;
  for (const JournalEntry& entry : entries) {
    ++documents[outcome_name(entry.outcome)];
    if (entry.outcome == Outcome::failed || entry.outcome == Outcome::partial)
      ++failures_by_stage[entry.stage];
    for (const auto& [kind, count] : entry.records) records[kind] += static_cast<size_t>(count);
    pages += static_cast<uint64_t>(entry.pages);
    ocr_pages += static_cast<uint64_t>(entry.ocr_pages);
    document_seconds += entry.seconds;
    peak_mb = std::max(peak_mb, entry.peak_mb);
    if (entry.outcome != Outcome::duplicate) slowest.push_back(&entry);
  }
  std::stable_sort(
      slowest.begin(), slowest.end(),
      [](const JournalEntry* a, const JournalEntry* b) { return a->seconds > b->seconds; });
  nlohmann::json slowest_json = nlohmann::json::array();
  for (size_t i = 0; i < std::min(kSlowestKept, slowest.size()); ++i)
    slowest_json.push_back({{"file", slowest[i]->file}, {"seconds", rounded(slowest[i]->seconds)}});
  nlohmann::json documents_json(documents);
  documents_json["total"] = entries.size() + run.pending;
  documents_json["pending"] = run.pending;
  return {{"schema", "agendum/batch-summary/v1"},
          {"agendum", manifest.agendum_version},
          {"shard", {{"index", manifest.shard.index}, {"count", manifest.shard.count}}},
          {"complete", run.pending == 0},
          {"documents", documents_json},
          {"failures_by_stage", failures_by_stage},
          {"records", records},
          {"pages", {{"total", pages}, {"text", pages - ocr_pages}, {"ocr", ocr_pages}}},
          {"timings",
           {{"wall_seconds", rounded(run.wall_seconds)},
            {"document_seconds", rounded(document_seconds)},
            {"pages_per_second",
             run.wall_seconds > 0 ? rounded(static_cast<double>(run.pages_read) / run.wall_seconds)
                                  : 0.0},
            {"slowest", slowest_json}}},
          {"memory", {{"worker_peak_mb", rounded(peak_mb)}}}};
}

}  // namespace agendum
