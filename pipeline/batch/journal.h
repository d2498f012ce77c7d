// A batch's output directory and the journal that makes it safe to stop at any moment.
//
//   OUT/batch.json       the manifest: agendum version, shard, options that shape packets,
//                        and the fingerprint of the listing it was run over
//   OUT/packets/<sha256>.json   one packet per document (written by its worker, atomically)
//   OUT/records.jsonl    one line per record       OUT/failures.jsonl  one line per failure
//   OUT/journal.jsonl    one line per document decided: the commit log
//   OUT/summary.json     counts and timings, rewritten as the batch goes
//
// Commit order is what makes a resumed run lose and repeat nothing: a document's packet is in
// place first, then its records are appended (and flushed), then its failure line, then its
// journal line, which names the sizes records.jsonl and failures.jsonl had after it. Opening
// the directory again cuts both files back to the sizes the last whole journal line names,
// so lines a killed run wrote for a document it never committed are dropped, and that
// document is done again. A journal line torn by a power cut is dropped the same way.
//
// One writer at a time: open() takes a lock (OUT/.lock) and refuses a directory another
// batch holds. A directory is resumed only when its manifest matches (same version, shard
// and options); anything else is refused with a sentence saying why. Errors are Status
// values: ErrorCode::usage for a directory that cannot be used this way, io_error for I/O.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/batch/inputs.h"
#include "pipeline/core/status.h"
#include "pipeline/output/append_file.h"

namespace agendum {

enum class Outcome {
  ok,          // packet written, nothing failed
  partial,     // packet written, some pages failed (a failure line says which)
  no_records,  // packet written, nothing recognised in it
  failed,      // no packet: one failure line
  duplicate,   // same content as another listed file, which holds the packet
};

const char* outcome_name(Outcome outcome);
bool has_packet(Outcome outcome);

struct JournalEntry {
  std::string file;
  std::string sha256;  // empty when the file could not be read
  Outcome outcome = Outcome::ok;
  std::string stage;  // where a failed or partial document failed
  int pages = 0;
  int ocr_pages = 0;
  std::map<std::string, int> records;  // kind -> count
  double seconds = 0;                  // the worker's wall time
  double peak_mb = 0;                  // the worker's peak resident memory
  std::string duplicate_of;            // for a duplicate: the file that holds its packet
  uint64_t records_end = 0;            // records.jsonl and failures.jsonl sizes after this commit
  uint64_t failures_end = 0;
};

nlohmann::json journal_entry_json(const JournalEntry& entry);
JournalEntry journal_entry_from_json(const nlohmann::json& json);

struct Manifest {
  std::string agendum_version;
  Shard shard;
  std::string ocr = "auto";
  int dpi = 300;
  uint64_t files = 0;                    // files in the listing (all shards)
  std::string fingerprint;               // listing_fingerprint() of that listing
  std::vector<std::string> merged_from;  // set by merge: the shard directories
};

nlohmann::json manifest_json(const Manifest& manifest);
Result<Manifest> read_manifest(const std::string& out);

// Entries of a journal file, and the byte size of its whole lines (a torn last line is not
// counted). Fails only when the file exists and cannot be read or holds a line that is not
// an entry.
struct JournalFile {
  std::vector<JournalEntry> entries;
  uint64_t valid_bytes = 0;
};
Result<JournalFile> read_journal(const std::string& path);

class BatchDirectory {
 public:
  // Creates OUT (resume or not) or reopens it (resume only; OUT must be empty otherwise),
  // locks it, checks a resumed manifest against `manifest` and recovers the journal.
  static Result<BatchDirectory> open(const std::string& out, const Manifest& manifest, bool resume);

  BatchDirectory(BatchDirectory&&) noexcept;
  BatchDirectory(const BatchDirectory&) = delete;
  ~BatchDirectory();

  const std::vector<JournalEntry>& entries() const { return entries_; }
  const std::string& root() const { return root_; }
  std::string packet_path(const std::string& sha256) const;

  // Appends a document's records (whole lines), its failure line (or nothing) and its journal
  // line, in that order, each flushed before the next.
  Status commit(JournalEntry entry, std::string_view records, std::string_view failure_line);
  // The same for many documents at once: three appends and three flushes in all.
  struct Commit {
    JournalEntry entry;
    std::string records;
    std::string failure_line;
  };
  Status commit_all(std::vector<Commit> commits);
  Status write_manifest(const Manifest& manifest);
  Status write_summary(const nlohmann::json& summary);

 private:
  BatchDirectory() = default;

  std::string root_;
  int lock_fd_ = -1;
  std::optional<AppendFile> records_, failures_, journal_;
  std::vector<JournalEntry> entries_;
};

}  // namespace agendum
