#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
namespace agendum {
std::vector<std::string> validate_packet(const nlohmann::json& packet);
}
