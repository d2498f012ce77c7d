#include "schemas/validate.h"

#include <map>
#include <memory>
#include <mutex>
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

std::unique_ptr<valijson::Schema> compile(std::string_view name) {
  auto parsed = std::make_unique<valijson::Schema>();
  std::unique_ptr<const nlohmann::json> root(parse_embedded(name));
  if (!root) return nullptr;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(*root);
  // $refs name sibling schema files ("pay_range.schema.json"); they resolve to the
  // embedded copies, never to the file system or the network.
  auto fetch = [](const std::string& uri) -> const nlohmann::json* {
    std::string file = uri.substr(uri.find_last_of('/') + 1);
    return parse_embedded(file);
  };
  auto free = [](const nlohmann::json* document) { delete document; };
  parser.populateSchema(adapter, *parsed, fetch, free);
  return parsed;
}

// Each schema is compiled once, on first use; valijson's Schema is read-only after parsing,
// so concurrent validations share it safely.
const valijson::Schema* schema_named(std::string_view name) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<valijson::Schema>, std::less<>> compiled;
  std::lock_guard<std::mutex> guard(lock);
  auto found = compiled.find(name);
  if (found == compiled.end()) found = compiled.emplace(std::string(name), compile(name)).first;
  return found->second.get();
}

std::vector<std::string> validate_against(const valijson::Schema& schema,
                                          const nlohmann::json& document) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  std::vector<std::string> errors;
  if (validator.validate(schema, adapter, &results)) return errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const std::string& part : error.context) path += part;
    errors.push_back(path + ": " + error.description);
  }
  return errors;
}

}  // namespace

std::vector<std::string> validate_packet(const nlohmann::json& packet) {
  return validate_record("packet.schema.json", packet);
}

std::vector<std::string> validate_record(std::string_view schema_file,
                                         const nlohmann::json& record) {
  const valijson::Schema* schema = schema_named(schema_file);
  if (!schema) return {"no bundled schema named " + std::string(schema_file)};
  return validate_against(*schema, record);
}

}  // namespace agendum
