#include "schemas/validate.h"

#include <memory>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "embedded_schemas.h"

namespace agendum {
namespace {

const nlohmann::json* parse_embedded(std::string_view name) {
  for (const auto& [file, text] : kEmbeddedSchemas)
    if (file == name) return new nlohmann::json(nlohmann::json::parse(text));
  return nullptr;
}

// Compiled once; valijson's Schema is read-only after parsing, so concurrent validations
// share it safely.
const valijson::Schema& packet_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    auto parsed = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    std::unique_ptr<const nlohmann::json> root(parse_embedded("packet.schema.json"));
    valijson::adapters::NlohmannJsonAdapter adapter(*root);
    // $refs name sibling schema files ("pay_range.schema.json"); they resolve to the
    // embedded copies, never to the file system or the network.
    auto fetch = [](const std::string& uri) -> const nlohmann::json* {
      std::string name = uri.substr(uri.find_last_of('/') + 1);
      return parse_embedded(name);
    };
    auto free = [](const nlohmann::json* document) { delete document; };
    parser.populateSchema(adapter, *parsed, fetch, free);
    return parsed;
  }();
  return *schema;
}

}  // namespace

std::vector<std::string> validate_packet(const nlohmann::json& packet) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(packet);
  std::vector<std::string> errors;
  if (validator.validate(packet_schema(), adapter, &results)) return errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const std::string& part : error.context) path += part;
    errors.push_back(path + ": " + error.description);
  }
  return errors;
}

}  // namespace agendum
