// Validation of packets against the bundled JSON Schemas (schemas/*.schema.json).
//
// Every packet is validated before it is written: a packet that fails is a bug in agendum,
// and the errors name the JSON path and the rule it broke. Safe to call from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace agendum {

// Empty when the packet is valid; otherwise one line per error: "<path>: <what is wrong>".
std::vector<std::string> validate_packet(const nlohmann::json& packet);

// One record against the bundled schema of its kind ("pay_range.schema.json",
// "class_spec.schema.json", ...), for writers that validate records as they write them.
std::vector<std::string> validate_record(std::string_view schema_file,
                                         const nlohmann::json& record);

}  // namespace agendum
