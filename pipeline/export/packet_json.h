// Packet -> JSON in the contract's names (../shared/design/CONTRACT.md, schemas/).
// Optional fields come out as null, lists as [], so every contract field exists.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/core/record_names.h"
#include "pipeline/core/records.h"

namespace agendum {

nlohmann::json packet_to_json(const Packet& packet);
nlohmann::json diagnostic_to_json(const Diagnostic& diagnostic);

}  // namespace agendum
