#include "search/index_database.h"

#include <sqlite3.h>

#include <cstring>
#include <ctime>

namespace agendum {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS packets (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  page_count INTEGER, bytes INTEGER, title TEXT, producer TEXT, agency TEXT, date TEXT,
  content_hash TEXT NOT NULL,     -- SHA-256 of the packet JSON as loaded
  loaded_from TEXT NOT NULL,      -- the packet file (or records.jsonl) it came from
  loaded_mtime INTEGER NOT NULL,  -- that file's modification time (ns): the newer copy wins
  indexed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
  packet_id INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
  page INTEGER NOT NULL, method TEXT, quality REAL, chars INTEGER, ocr_confidence REAL,
  rotation INTEGER,
  PRIMARY KEY (packet_id, page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  packet_id INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
  document TEXT NOT NULL, kind TEXT, title TEXT, first_page INTEGER, last_page INTEGER,
  PRIMARY KEY (packet_id, document)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (
  id INTEGER PRIMARY KEY,
  packet_id INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
  record TEXT NOT NULL,           -- its id in the packet: spec-3, res-1, pay-12, item-4
  kind TEXT NOT NULL, title TEXT NOT NULL, agency TEXT, date TEXT, status TEXT, document TEXT,
  first_page INTEGER, last_page INTEGER, annual_min REAL, annual_max REAL,
  UNIQUE (packet_id, record)
);
-- The record as the packet holds it, apart from the narrow rows searches join and filter.
CREATE TABLE IF NOT EXISTS record_json (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_by_kind_date ON records(kind, date);
CREATE TABLE IF NOT EXISTS pay_ranges (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  classification TEXT, range TEXT, unit TEXT NOT NULL, min REAL, max REAL,
  annual_factor REAL, annual_min REAL, annual_max REAL,
  effective_date TEXT, context TEXT, text TEXT
);
CREATE TABLE IF NOT EXISTS diagnostics (
  packet_id INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, severity TEXT, code TEXT, message TEXT, page INTEGER, stage TEXT,
  PRIMARY KEY (packet_id, seq)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
  title, body, tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Cascading deletes reach records; this reaches their full text.
CREATE TRIGGER IF NOT EXISTS records_fts_delete AFTER DELETE ON records BEGIN
  DELETE FROM records_fts WHERE rowid = old.id;
END;
CREATE TABLE IF NOT EXISTS loaded_files (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS review_marks (
  packet TEXT NOT NULL,           -- the packet's sha256
  target TEXT NOT NULL,           -- "page:3", "record:spec-2", "packet"
  content_hash TEXT NOT NULL,     -- the extraction that was reviewed
  reviewed_at TEXT NOT NULL,
  PRIMARY KEY (packet, target)
) WITHOUT ROWID;
)sql";

// The review connection may read everything and write review marks, nothing else: a bug
// (or a crafted request) in the server cannot change the index through it.
int allow_review_writes_only(void*, int action, const char* table, const char*, const char*,
                             const char*) {
  switch (action) {
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
      return table && std::strcmp(table, "review_marks") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
      return SQLITE_DENY;
  }
}

int schema_version(sqlite::Database& database) {
  sqlite::Statement version = database.prepare("PRAGMA user_version");
  return version.step() ? static_cast<int>(version.integer(0)) : 0;
}

bool has_records_table(sqlite::Database& database) {
  sqlite::Statement table =
      database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'records'");
  return table.step();
}

}  // namespace

std::string index_timestamp() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

Result<sqlite::Database> open_index(const std::string& path, IndexAccess access) {
  using Access = sqlite::Database::Access;
  Result<sqlite::Database> opened =
      sqlite::Database::open(path, access == IndexAccess::read     ? Access::read_only
                                   : access == IndexAccess::review ? Access::read_write
                                                                   : Access::create);
  if (!opened.ok()) return opened.status();
  sqlite::Database database = std::move(opened).value();
  try {
    int version = schema_version(database);
    bool empty = version == 0 && !has_records_table(database);
    if (access == IndexAccess::write && empty) {
      // WAL: readers (search, serve) go on while the index grows.
      database.exec("PRAGMA journal_mode = WAL");
      sqlite::Transaction transaction(database);
      database.exec(kSchema);
      database.exec("PRAGMA user_version = " + std::to_string(kIndexSchemaVersion));
      transaction.commit();
      version = kIndexSchemaVersion;
    }
    if (empty && access != IndexAccess::write)
      return Status(ErrorCode::bad_database,
                    path + ": not an agendum index (make one with agendum index)");
    if (version != kIndexSchemaVersion)
      return Status(ErrorCode::bad_database, path + ": index schema version " +
                                                 std::to_string(version) + ", this agendum reads " +
                                                 std::to_string(kIndexSchemaVersion) +
                                                 " (index into a new file)");
    database.exec("PRAGMA foreign_keys = ON");
    // Pages straight from the operating system's cache: the server opens a connection per
    // request, which would otherwise start with an empty page cache and copy every page in.
    database.exec("PRAGMA mmap_size = 268435456");
    if (access == IndexAccess::write) database.exec("PRAGMA synchronous = NORMAL");
    if (access == IndexAccess::review)
      sqlite3_set_authorizer(database.handle(), allow_review_writes_only, nullptr);
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, path + ": " + error.what());
  }
  return database;
}

}  // namespace agendum
