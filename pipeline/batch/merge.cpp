#include "pipeline/batch/merge.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/batch/journal.h"
#include "pipeline/batch/summary.h"
#include "pipeline/output/atomic_file.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

// Entries committed to the merged folder at a time: a few flushes per shard, bounded memory.
constexpr size_t kEntriesPerCommit = 2000;

struct ShardFolder {
  std::string dir;
  Manifest manifest;
  std::vector<JournalEntry> entries;
  double wall_seconds = 0;
};

Status mismatch(const std::string& message) {
  return {ErrorCode::shards_mismatch, "cannot merge: " + message};
}

uint64_t size_of(const fs::path& path) {
  std::error_code error;
  uint64_t size = fs::file_size(path, error);
  return error ? 0 : size;
}

Result<ShardFolder> load_shard(const std::string& dir) {
  ShardFolder shard;
  shard.dir = dir;
  Result<Manifest> manifest = read_manifest(dir);
  if (!manifest.ok()) return mismatch(manifest.status().message());
  shard.manifest = manifest.value();
  const fs::path root(dir);
  Result<JournalFile> journal = read_journal((root / "journal.jsonl").string());
  if (!journal.ok()) return mismatch(journal.status().message());
  shard.entries = std::move(journal.value().entries);
  const uint64_t records_end = shard.entries.empty() ? 0 : shard.entries.back().records_end;
  const uint64_t failures_end = shard.entries.empty() ? 0 : shard.entries.back().failures_end;
  if (size_of(root / "journal.jsonl") != journal.value().valid_bytes ||
      size_of(root / "records.jsonl") != records_end ||
      size_of(root / "failures.jsonl") != failures_end)
    return mismatch(
        dir +
        " was interrupted (its logs run past its journal): finish it with agendum batch --resume");
  std::ifstream summary_file(root / "summary.json");
  nlohmann::json summary = nlohmann::json::parse(summary_file, nullptr, false);
  if (summary.is_discarded() || !summary.value("complete", false))
    return mismatch(dir + " is not finished: run its batch again with --resume until it completes");
  shard.wall_seconds = summary["timings"].value("wall_seconds", 0.0);
  return shard;
}

std::string shard_name(const ShardFolder& shard) {
  return shard.dir + " (shard " + std::to_string(shard.manifest.shard.index) + "/" +
         std::to_string(shard.manifest.shard.count) + ")";
}

// The sentence saying why these folders are not the shards of one batch, or "".
std::string why_not_one_batch(const std::vector<ShardFolder>& shards) {
  const Manifest& first = shards.front().manifest;
  if (first.shard.count < 1) return shards.front().dir + "/batch.json names no shard count";
  std::vector<const ShardFolder*> by_index(static_cast<size_t>(first.shard.count), nullptr);
  std::map<std::string, const ShardFolder*> holder;  // sha256 -> the shard holding it
  for (const ShardFolder& shard : shards) {
    const Manifest& manifest = shard.manifest;
    if (manifest.agendum_version != first.agendum_version)
      return shards.front().dir + " was made by agendum " + first.agendum_version + " and " +
             shard.dir + " by " + manifest.agendum_version;
    if (manifest.ocr != first.ocr || manifest.dpi != first.dpi)
      return shards.front().dir + " and " + shard.dir + " were run with different --ocr or --dpi";
    if (manifest.shard.count != first.shard.count)
      return shard_name(shards.front()) + " and " + shard_name(shard) +
             " split the batch differently";
    if (manifest.fingerprint != first.fingerprint)
      return shards.front().dir + " and " + shard.dir + " were run over different inputs";
    if (manifest.shard.index < 0 || manifest.shard.index >= manifest.shard.count)
      return shard.dir + "/batch.json names no shard of " + std::to_string(manifest.shard.count);
    const ShardFolder*& slot = by_index[static_cast<size_t>(manifest.shard.index)];
    if (slot)
      return slot->dir + " and " + shard.dir + " are both shard " +
             std::to_string(manifest.shard.index) + "/" + std::to_string(manifest.shard.count) +
             ": the shards overlap";
    slot = &shard;
    for (const JournalEntry& entry : shard.entries) {
      if (entry.sha256.empty() || entry.outcome == Outcome::duplicate) continue;
      auto [held, fresh] = holder.emplace(entry.sha256, &shard);
      if (!fresh && held->second != &shard)
        return held->second->dir + " and " + shard.dir + " both hold " + entry.file +
               ": the shards overlap";
    }
  }
  for (size_t index = 0; index < by_index.size(); ++index)
    if (!by_index[index])
      return "shard " + std::to_string(index) + "/" + std::to_string(first.shard.count) +
             " is missing";
  return "";
}

// A packet into the merged folder: a hard link when both are on one filesystem, else a copy.
Status place_packet(const std::string& from, const std::string& to) {
  if (link(from.c_str(), to.c_str()) == 0) return {};
  std::ifstream in(from, std::ios::binary);
  if (!in) return {ErrorCode::io_error, "cannot read " + from};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return write_file_atomically(to, bytes.str());
}

std::string read_slice(std::ifstream& in, uint64_t bytes) {
  std::string slice(bytes, '\0');
  in.read(slice.data(), static_cast<std::streamsize>(bytes));
  slice.resize(static_cast<size_t>(in.gcount()));
  return slice;
}

Status copy_shard(const ShardFolder& shard, BatchDirectory& out, MergeReport& report) {
  const fs::path root(shard.dir);
  std::ifstream records(root / "records.jsonl", std::ios::binary),
      failures(root / "failures.jsonl", std::ios::binary);
  uint64_t records_at = 0, failures_at = 0;
  std::vector<BatchDirectory::Commit> commits;
  for (const JournalEntry& entry : shard.entries) {
    if (has_packet(entry.outcome))
      if (Status placed = place_packet((root / "packets" / (entry.sha256 + ".json")).string(),
                                       out.packet_path(entry.sha256));
          !placed.ok())
        return placed;
    BatchDirectory::Commit commit{entry, read_slice(records, entry.records_end - records_at),
                                  read_slice(failures, entry.failures_end - failures_at)};
    report.failures += !commit.failure_line.empty();
    records_at = entry.records_end;
    failures_at = entry.failures_end;
    commits.push_back(std::move(commit));
    if (commits.size() == kEntriesPerCommit) {
      if (Status committed = out.commit_all(std::move(commits)); !committed.ok()) return committed;
      commits.clear();
    }
  }
  report.documents += shard.entries.size();
  return out.commit_all(std::move(commits));
}

}  // namespace

Result<MergeReport> merge_batches(const std::vector<std::string>& dirs, const std::string& out) {
  std::vector<ShardFolder> shards;
  for (const std::string& dir : dirs) {
    std::error_code error;
    if (fs::exists(out, error) && fs::exists(dir, error) && fs::equivalent(dir, out, error))
      return Status{ErrorCode::usage,
                    "cannot merge " + dir + " into itself; choose a new --out folder"};
    Result<ShardFolder> shard = load_shard(dir);
    if (!shard.ok()) return shard.status();
    shards.push_back(std::move(shard.value()));
  }
  if (shards.empty()) return Status{ErrorCode::usage, "merge needs the shard folders to merge"};
  if (std::string why = why_not_one_batch(shards); !why.empty()) return mismatch(why);
  std::sort(shards.begin(), shards.end(), [](const ShardFolder& a, const ShardFolder& b) {
    return a.manifest.shard.index < b.manifest.shard.index;
  });

  std::error_code error;
  if (fs::exists(fs::path(out) / "batch.json", error))
    return Status{ErrorCode::usage,
                  out + " already holds a batch; merge into a new or empty folder"};
  Manifest merged = shards.front().manifest;
  merged.shard = {};
  for (const ShardFolder& shard : shards) merged.merged_from.push_back(shard.dir);
  Result<BatchDirectory> opened = BatchDirectory::open(out, merged, false);
  if (!opened.ok()) return opened.status();
  BatchDirectory& directory = opened.value();
  MergeReport report;
  RunFacts facts;
  for (const ShardFolder& shard : shards) {
    if (Status copied = copy_shard(shard, directory, report); !copied.ok()) return copied;
    facts.wall_seconds = std::max(facts.wall_seconds, shard.wall_seconds);
  }
  for (const JournalEntry& entry : directory.entries())
    facts.pages_read += static_cast<uint64_t>(entry.pages);
  if (Status written = directory.write_summary(batch_summary(merged, directory.entries(), facts));
      !written.ok())
    return written;
  return report;
}

}  // namespace agendum
