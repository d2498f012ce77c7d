// The index file: an SQLite database with FTS5, made by `agendum index` and read by
// `search`, `export` and `serve`.
//
// Tables (all rows of a packet go when the packet is replaced):
//   packets      one per source PDF (sha256), with where and when its JSON was loaded
//   pages        method, quality, OCR confidence per page
//   documents    the packet's split into documents
//   records      one per searchable record (kind, title, agency, date, pages, annual pay)
//   record_json  the record as the packet holds it
//   records_fts  full text of each record: columns title and body (porter stemming)
//   pay_ranges   pay ranges as numbers, each also annual with its factor
//   diagnostics  what extraction noticed, per packet
//   loaded_files the files read, with size and mtime, so a re-run skips what has not changed
//   review_marks what a clerk has marked reviewed, by packet sha256 and target, for one
//                extraction of the packet (its content hash); kept across re-indexing
#pragma once

#include <string>

#include "pipeline/core/status.h"
#include "search/sqlite.h"

namespace agendum {

enum class IndexAccess {
  read,    // search, export, the server's pages
  review,  // read, and write review_marks only (an authorizer refuses every other write)
  write,   // agendum index: created when missing
};

// Opens the index. Fails with file_not_found when it is missing (read, review), and with
// bad_database when the file is not an agendum index, is from another schema version, or is
// damaged.
Result<sqlite::Database> open_index(const std::string& path, IndexAccess access);

// Now, as the index stores times: UTC, "2024-05-01T17:30:00Z".
std::string index_timestamp();

// The schema version in PRAGMA user_version.
inline constexpr int kIndexSchemaVersion = 1;

}  // namespace agendum
