#include "review/spec_sources.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/export/packet_json.h"
#include "pipeline/run/run.h"
#include "search/lenient_json.h"
#include "search/packet_records.h"

namespace agendum {
namespace {

using nlohmann::json;

bool starts_like_pdf(const std::string& text) {
  return text.find("%PDF-") < 1024;  // the header may follow a little junk, as readers allow
}

bool looks_like_class_spec(const json& value) {
  return value.is_object() && value.contains("title") && value.contains("duties");
}

Result<json> packet_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::file_not_found, path + ": no such file");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string content = text.str();
  if (starts_like_pdf(content)) {
    Result<Extraction> extraction = extract_packet(path, ReadOptions{});
    if (!extraction.ok()) return extraction.status();
    return packet_to_json(extraction.value().packet);
  }
  json value = json::parse(content, nullptr, false);
  if (looks_like_packet(value)) return value;
  if (looks_like_class_spec(value)) return json{{"class_specs", json::array({value})}};
  return Status(ErrorCode::invalid_packet, path + ": not a packet, a class spec or a PDF");
}

}  // namespace

const json* find_spec(const json& packet, const std::string& id) {
  for (const json& spec : json_array(packet, "class_specs"))
    if (json_text(spec, "id") == id) return &spec;
  return nullptr;
}

Result<SpecSource> load_spec_source(const std::string& argument) {
  SpecSource source;
  source.name = argument;
  // FILE#id, unless a file is named that way.
  std::error_code error;
  size_t hash = argument.rfind('#');
  if (hash != std::string::npos && !std::filesystem::exists(argument, error)) {
    source.name = argument.substr(0, hash);
    source.spec_id = argument.substr(hash + 1);
  }
  Result<json> packet = packet_of(source.name);
  if (!packet.ok()) return packet.status();
  source.packet = std::move(packet).value();
  if (source.spec_id && !find_spec(source.packet, *source.spec_id))
    return Status(ErrorCode::no_records,
                  source.name + ": no class spec with id " + *source.spec_id);
  return source;
}

}  // namespace agendum
