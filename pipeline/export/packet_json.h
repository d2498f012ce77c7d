// Packet -> JSON in the contract's names (../shared/design/CONTRACT.md, schemas/).
// Optional fields come out as null, lists as [], so every contract field exists.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/core/record_names.h"
#include "pipeline/core/records.h"

namespace agendum {

nlohmann::json packet_to_json(const Packet& packet);
nlohmann::json diagnostic_to_json(const Diagnostic& diagnostic);

// One record as it stands in the packet's JSON (its section's array element).
nlohmann::json record_json(const PageInfo& page);
nlohmann::json record_json(const DocumentSpan& document);
nlohmann::json record_json(const Agenda& agenda);
nlohmann::json record_json(const Minutes& minutes);
nlohmann::json record_json(const MarketComparison& row);
nlohmann::json record_json(const Resolution& resolution);
nlohmann::json record_json(const ClassSpec& spec);
nlohmann::json record_json(const PayRange& pay);

}  // namespace agendum
