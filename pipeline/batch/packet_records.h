// What a batch takes from one written packet: its records.jsonl lines and its counts.
//
// Each record becomes one line: {"kind", "packet" (the packet's sha256), "file" (the input
// path as listed), then the record's own fields, "pages" among them}. Kinds, from the packet's
// lists: agenda, minutes, market_comparison, resolution, class_spec, pay_range (pay ranges
// nested in resolutions and class specs are also in the packet's flat list, which is the
// one taken). Lines are deterministic: the same packet gives the same bytes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

struct PageFailure {
  std::string stage;
  std::string message;
};

struct PacketDigest {
  std::string sha256;                // source.sha256 as the packet states it
  std::string records;               // whole lines, each ending in '\n'
  std::map<std::string, int> kinds;  // kind -> records
  int pages = 0;
  int ocr_pages = 0;
  std::vector<PageFailure> page_failures;  // the packet's error diagnostics
};

// Fails (ErrorCode::invalid_packet) when `packet_text` is not a packet.
Result<PacketDigest> digest_packet(const std::string& packet_text, const std::string& file);

}  // namespace agendum
