// Status and Result<T>: errors travel as values through every stage.
//
// A stage that can fail returns Result<T>. The CLI is the only place that turns a
// failed Status into an exit code and a sentence for the user; stages never throw
// across their interface and never print.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace agendum {

// Error codes double as the CLI's documented exit codes (see README "Exit codes").
enum class ErrorCode : int {
  ok = 0,
  partial = 1,           // packet written, but some pages failed (see its error diagnostics)
  usage = 2,             // bad command line
  file_not_found = 3,    // input path missing or unreadable
  not_a_pdf = 4,         // input does not start with a PDF header
  corrupt_pdf = 5,       // truncated or damaged beyond what Poppler can open
  encrypted_pdf = 6,     // needs a password we were not given
  empty_pdf = 7,         // opened, but has zero pages
  invalid_packet = 8,    // a packet failed schema validation (a bug in agendum)
  io_error = 9,          // could not write the output
  internal = 10,         // anything else
  no_records = 11,       // packet written, but no extractor recognised anything in it
  interrupted = 12,      // batch stopped by a signal; its folder is consistent: run it again with --resume
  shards_mismatch = 13,  // merge refused: the folders are not the complete, disjoint shards of one batch
  bad_database = 14,     // the --db file is not an agendum index, is damaged or cannot be written
  cannot_listen = 15,    // `serve` could not listen on the address and port asked for
};

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status ok_status() { return {}; }

  bool ok() const { return code_ == ErrorCode::ok; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::ok;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : value_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  Status status() const { return ok() ? Status() : std::get<Status>(value_); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace agendum
