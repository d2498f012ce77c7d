// Packet -> JSON in the contract's names (../shared/design/CONTRACT.md, schemas/).
#pragma once

#include <nlohmann/json.hpp>

#include "extractors/records.h"

namespace agendum {

nlohmann::json packet_to_json(const Packet& packet);

}  // namespace agendum
