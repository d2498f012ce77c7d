// A thin layer over SQLite: one connection, its prepared statements and transactions.
//
// Every value reaches SQL through bind(), never through the text of a statement, so what a
// user types or a packet holds cannot change what a statement does. Errors inside this layer
// and its callers in search/ are DatabaseError exceptions; each public function of search/
// catches them at its edge and returns a Status (ErrorCode::bad_database), so nothing throws
// across the library's interface. A Database and its Statements belong to one thread.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "pipeline/core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace agendum::sqlite {

struct DatabaseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* connection, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;

  // Parameters are 1-based positions or ":names". An empty optional binds NULL.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  template <typename T>
  Statement& bind(const char* name, const T& value) {
    return bind(parameter_index(name), value);
  }

  // True while a row is ready; false when the statement is done.
  bool step();
  // Runs a statement that returns no rows (or ignores them).
  void run();
  // Ready to run again with new bindings.
  void reset();

  bool is_null(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::optional<double> optional_real(int column) const;
  std::optional<std::int64_t> optional_integer(int column) const;

 private:
  int parameter_index(const char* name) const;
  void check(int result, const char* what) const;

  sqlite3* connection_;
  sqlite3_stmt* statement_ = nullptr;
};

class Database {
 public:
  enum class Access { read_only, read_write, create };

  // Opens (or with Access::create, creates) the database file. Fails with file_not_found
  // when the file is missing and may not be created, bad_database when SQLite refuses it.
  static Result<Database> open(const std::string& path, Access access);

  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;

  // Statements without parameters (schema, pragmas); may hold several.
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  std::int64_t last_insert_id() const;
  sqlite3* handle() const { return connection_; }

 private:
  explicit Database(sqlite3* connection) : connection_(connection) {}
  sqlite3* connection_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back if destroyed before commit() (on an error).
class Transaction {
 public:
  explicit Transaction(Database& database);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& database_;
  bool done_ = false;
};

}  // namespace agendum::sqlite
