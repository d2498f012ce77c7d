// What the index knows about one page of a packet: how it was read, what extraction said
// about it, which records lie on it, and whether a clerk has reviewed it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/status.h"
#include "search/sqlite.h"

namespace agendum {

struct PacketFacts {
  std::string sha256, file, content_hash;
  std::optional<int> page_count;
  std::optional<long long> bytes;
};

struct PageDiagnostic {
  std::string severity, code, message;
};

struct PageRecord {
  std::int64_t row = 0;
  std::string kind, title;
};

struct PageFacts {
  std::optional<std::string> method;  // "text" | "ocr"; absent when the packet has no page row
  std::optional<double> quality, ocr_confidence;
  int rotation = 0;
  std::vector<PageDiagnostic> diagnostics;  // those that name this page
  std::vector<PageRecord> records;          // records whose pages include it
};

// Fails with file_not_found when the index has no packet with this sha256.
Result<PacketFacts> packet_facts(sqlite::Database& database, const std::string& sha256);

Result<PageFacts> page_facts(sqlite::Database& database, const std::string& sha256, int page);

// When the target was marked reviewed, for the packet's current extraction; nothing otherwise.
std::optional<std::string> review_mark(sqlite::Database& database, const std::string& sha256,
                                       const std::string& target);

}  // namespace agendum
