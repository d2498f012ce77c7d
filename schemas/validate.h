// Validation of packets against the bundled JSON Schemas (schemas/*.schema.json).
//
// Every packet is validated before it is written: a packet that fails is a bug in agendum,
// and the errors name the JSON path and the rule it broke. Safe to call from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace agendum {

// Empty when the packet is valid; otherwise one line per error: "<path>: <what is wrong>".
std::vector<std::string> validate_packet(const nlohmann::json& packet);

}  // namespace agendum
