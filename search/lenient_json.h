// Reading contract JSON leniently, as downstream readers of packets should: a field that is
// absent or of another type than expected reads as absent (or as an empty list), never as an
// error, so packets from older or newer agendum versions load.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

namespace agendum {

// The array at `key`, or an empty array.
const nlohmann::json& json_array(const nlohmann::json& object, const char* key);

// A non-empty string at `key`.
std::optional<std::string> json_text(const nlohmann::json& object, const char* key);

std::optional<double> json_number(const nlohmann::json& object, const char* key);
std::optional<int> json_integer(const nlohmann::json& object, const char* key);

// "pages": [first, last], or {0, 0}.
std::pair<int, int> json_pages(const nlohmann::json& object);

}  // namespace agendum
