// What `agendum diff` compares: a packet JSON, one ClassSpec JSON, or a PDF (extracted on the
// spot with the default options), optionally narrowed to one spec by its id: FILE#spec-3.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pipeline/core/status.h"

namespace agendum {

struct SpecSource {
  std::string name;                    // the file as given, without the #id
  nlohmann::json packet;               // a lone ClassSpec comes as a packet of one spec
  std::optional<std::string> spec_id;  // from FILE#id
};

// Fails with the extraction's code for a PDF that cannot be read, file_not_found,
// invalid_packet for JSON that is neither a packet nor a class spec, and no_records when
// the #id names no class spec in the file.
Result<SpecSource> load_spec_source(const std::string& argument);

// The class spec with this id in the packet, or nullptr.
const nlohmann::json* find_spec(const nlohmann::json& packet, const std::string& id);

}  // namespace agendum
