#include "pipeline/batch/packet_records.h"

#include <nlohmann/json.hpp>

namespace agendum {
namespace {

using nlohmann::ordered_json;

struct RecordList {
  const char* key;   // in the packet
  const char* kind;  // in records.jsonl
};

constexpr RecordList kRecordLists[] = {
    {"agenda", "agenda"},
    {"minutes", "minutes"},
    {"market_comparisons", "market_comparison"},
    {"resolutions", "resolution"},
    {"class_specs", "class_spec"},
    {"pay_ranges", "pay_range"},
};

}  // namespace

Result<PacketDigest> digest_packet(const std::string& packet_text, const std::string& file) {
  ordered_json packet = ordered_json::parse(packet_text, nullptr, false);
  auto broken = [&](const std::string& why) {
    return Status{ErrorCode::invalid_packet,
                  "the packet for " + file + " cannot be read back: " + why};
  };
  if (packet.is_discarded() || !packet.is_object()) return broken("not JSON");
  try {
    PacketDigest digest;
    digest.sha256 = packet.at("source").at("sha256").get<std::string>();
    for (const ordered_json& page : packet.at("pages")) {
      ++digest.pages;
      if (page.at("method") == "ocr") ++digest.ocr_pages;
    }
    for (const RecordList& list : kRecordLists) {
      if (!packet.contains(list.key)) continue;
      const ordered_json& value = packet[list.key];
      std::vector<const ordered_json*> records;
      if (value.is_object()) records.push_back(&value);
      if (value.is_array())
        for (const ordered_json& record : value) records.push_back(&record);
      for (const ordered_json* record : records) {
        ordered_json line = {{"kind", list.kind}, {"packet", digest.sha256}, {"file", file}};
        for (const auto& [name, field] : record->items()) line[name] = field;
        digest.records += line.dump() + "\n";
        ++digest.kinds[list.kind];
      }
    }
    for (const ordered_json& diagnostic : packet.at("diagnostics"))
      if (diagnostic.at("severity") == "error")
        digest.page_failures.push_back(
            {diagnostic.value("stage", ""), diagnostic.value("message", "")});
    return digest;
  } catch (const ordered_json::exception& error) {
    return broken(error.what());
  }
}

}  // namespace agendum
