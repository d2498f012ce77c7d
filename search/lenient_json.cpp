#include "search/lenient_json.h"

namespace agendum {

using nlohmann::json;

const json& json_array(const json& object, const char* key) {
  static const json empty = json::array();
  if (!object.is_object()) return empty;
  auto found = object.find(key);
  return found != object.end() && found->is_array() ? *found : empty;
}

std::optional<std::string> json_text(const json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  auto found = object.find(key);
  if (found == object.end() || !found->is_string()) return std::nullopt;
  std::string value = found->get<std::string>();
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<double> json_number(const json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  auto found = object.find(key);
  if (found == object.end() || !found->is_number()) return std::nullopt;
  return found->get<double>();
}

std::optional<int> json_integer(const json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  auto found = object.find(key);
  if (found == object.end() || !found->is_number_integer()) return std::nullopt;
  return found->get<int>();
}

std::pair<int, int> json_pages(const json& object) {
  const json& pages = json_array(object, "pages");
  if (pages.size() != 2 || !pages[0].is_number_integer() || !pages[1].is_number_integer())
    return {0, 0};
  return {pages[0].get<int>(), pages[1].get<int>()};
}

}  // namespace agendum
