// Loading packets into the index (`agendum index OUT_DIR... --db FILE.db`).
//
// An input is one of:
//   - a batch output folder (it has packets/): every packets/<sha256>.json, then any record
//     in records.jsonl whose packet has no packet file there (as a packet of records only);
//   - any other folder: every *.json below it that is a packet (other JSON is passed over);
//   - a packet JSON file.
// Incremental and idempotent: a file whose size and modification time are those of the last
// run is not read again; a packet whose JSON is unchanged is left alone; a packet whose JSON
// changed (re-extracted, e.g. by a newer agendum) has all its rows replaced, unless the copy
// being loaded is older than the one indexed (another folder holding an earlier extraction
// of the same PDF). Each packet is written in one transaction: a crash leaves whole packets.
//
// A bad input (missing path, unreadable file, not JSON, not a packet) is reported in
// IndexReport::problems and the rest is indexed. Only a database that cannot be opened or
// written fails the whole call.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

struct IndexReport {
  int packets_added = 0;
  int packets_replaced = 0;
  int packets_unchanged = 0;      // read, same JSON as indexed
  int packets_older = 0;          // an older copy than the one indexed: not loaded
  int files_not_read = 0;         // same size and mtime as at the last run
  long long records_written = 0;  // records of added and replaced packets
  std::vector<Status> problems;   // one per bad input, in the order met
};

Result<IndexReport> index_packets(const std::string& db_path,
                                  const std::vector<std::string>& inputs);

}  // namespace agendum
