// Merging the output folders of a batch's shards into one folder, the same as one machine
// running the whole batch would have written: the same packets (hard-linked where the
// folders share a filesystem, else copied), the same lines in records.jsonl and
// failures.jsonl (shard by shard), a journal and a summary over all of it. The merged folder
// is an ordinary batch folder of shard 0/1 (its manifest lists the shards it came from), so
// `agendum batch --resume` over the same inputs finds nothing left to do.
//
// The shards must be the complete, disjoint shards of one batch: each a finished batch
// folder (summary complete, no log past its journal), all of one agendum version, one set of
// options, one listing (fingerprint) and one shard count, every index present exactly once,
// and no document in two of them. Anything else is refused before a byte is written, with
// ErrorCode::shards_mismatch and a sentence naming the folders. The output folder must be new
// or empty (ErrorCode::usage otherwise); write errors are ErrorCode::io_error.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

struct MergeReport {
  size_t documents = 0;  // journal entries merged
  size_t failures = 0;   // failure lines merged
};

Result<MergeReport> merge_batches(const std::vector<std::string>& shards, const std::string& out);

}  // namespace agendum
