#include "search/sqlite.h"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace agendum::sqlite {

Statement::Statement(sqlite3* connection, std::string_view sql) : connection_(connection) {
  check(sqlite3_prepare_v2(connection, sql.data(), static_cast<int>(sql.size()), &statement_,
                           nullptr),
        "prepare");
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_), statement_(std::exchange(other.statement_, nullptr)) {}

void Statement::check(int result, const char* what) const {
  if (result == SQLITE_OK || result == SQLITE_ROW || result == SQLITE_DONE) return;
  throw DatabaseError(std::string(what) + ": " + sqlite3_errmsg(connection_));
}

int Statement::parameter_index(const char* name) const {
  int index = sqlite3_bind_parameter_index(statement_, name);
  if (index == 0) throw DatabaseError(std::string("no SQL parameter ") + name);
  return index;
}

Statement& Statement::bind(int index, std::int64_t value) {
  check(sqlite3_bind_int64(statement_, index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check(sqlite3_bind_double(statement_, index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  check(sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8),
        "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  check(sqlite3_bind_null(statement_, index), "bind");
  return *this;
}

bool Statement::step() {
  int result = sqlite3_step(statement_);
  check(result, "step");
  return result == SQLITE_ROW;
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

double Statement::real(int column) const { return sqlite3_column_double(statement_, column); }

std::string Statement::text(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::optional<double> Statement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}

std::optional<std::int64_t> Statement::optional_integer(int column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

Result<Database> Database::open(const std::string& path, Access access) {
  std::error_code error;
  if (access != Access::create && !std::filesystem::exists(path, error))
    return Status(ErrorCode::file_not_found,
                  path + ": no such index (make one with agendum index)");
  int flags = access == Access::read_only    ? SQLITE_OPEN_READONLY
              : access == Access::read_write ? SQLITE_OPEN_READWRITE
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // One connection per thread (the server opens one per request): no shared cache, and
  // SQLite's own locking is enough.
  flags |= SQLITE_OPEN_NOMUTEX;
  sqlite3* connection = nullptr;
  int result = sqlite3_open_v2(path.c_str(), &connection, flags, nullptr);
  if (result != SQLITE_OK) {
    std::string message = connection ? sqlite3_errmsg(connection) : sqlite3_errstr(result);
    sqlite3_close(connection);
    return Status(ErrorCode::bad_database, path + ": " + message);
  }
  // A writer (agendum index) and readers (search, serve) may meet: wait for a lock rather
  // than fail at once.
  sqlite3_busy_timeout(connection, 5000);
  return Database(connection);
}

Database::~Database() { sqlite3_close(connection_); }

Database::Database(Database&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(connection_);
    connection_ = std::exchange(other.connection_, nullptr);
  }
  return *this;
}

void Database::exec(std::string_view sql) {
  char* message = nullptr;
  std::string text(sql);
  if (sqlite3_exec(connection_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string error = message ? message : "unknown error";
    sqlite3_free(message);
    throw DatabaseError(error);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(connection_, sql); }

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(connection_); }

Transaction::Transaction(Database& database) : database_(database) {
  database_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    database_.exec("ROLLBACK");
  } catch (const DatabaseError&) {
    // The connection already rolled back (an error inside SQLite ends the transaction).
  }
}

void Transaction::commit() {
  database_.exec("COMMIT");
  done_ = true;
}

}  // namespace agendum::sqlite
