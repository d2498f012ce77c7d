// An append-only file whose appends are whole and on disk when append() returns.
//
// Used for batch logs (records.jsonl, failures.jsonl, journal.jsonl): each append is one
// block of complete lines, written and flushed (fdatasync) before the caller goes on, so the
// order "records, then the journal line that commits them" holds after a power cut. A block
// that fails half-way (a full disk) is cut off again, so the file never ends in a torn block;
// truncate() drops a tail that a crashed run wrote but never committed. Errors are Status
// values with ErrorCode::io_error. One writer per file (the caller locks the directory).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/core/status.h"

namespace agendum {

class AppendFile {
 public:
  // Opens (creating it if needed) for appending.
  static Result<AppendFile> open(const std::string& path);

  AppendFile(AppendFile&& other) noexcept;
  AppendFile& operator=(AppendFile&& other) noexcept;
  AppendFile(const AppendFile&) = delete;
  ~AppendFile();

  Status append(std::string_view block);
  Status truncate(uint64_t size);
  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

 private:
  AppendFile() = default;

  std::string path_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace agendum
