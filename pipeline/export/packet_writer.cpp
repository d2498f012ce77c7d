#include "pipeline/export/packet_writer.h"

#include <array>

#include "pipeline/export/packet_json.h"
#include "schemas/validate.h"

namespace agendum {
namespace {

// The packet's sections in the order packet_to_json().dump() prints them (its keys sorted),
// each with the schema its elements are held to.
struct SectionSpec {
  const char* name;
  const char* schema;
};
constexpr std::array<SectionSpec, 8> kSections = {{
    {"class_specs", "class_spec.schema.json"},
    {"diagnostics", "diagnostic.schema.json"},
    {"documents", "document.schema.json"},
    {"market_comparisons", "market_comparison.schema.json"},
    {"minutes", "minutes.schema.json"},
    {"pages", "page.schema.json"},
    {"pay_ranges", "pay_range.schema.json"},
    {"resolutions", "resolution.schema.json"},
}};
enum SectionIndex : size_t {
  kClassSpecs,
  kDiagnostics,
  kDocuments,
  kMarket,
  kMinutes,
  kPages,
  kPayRanges,
  kResolutions
};

// A JSON value dumped with two-space indentation, every line after the first shifted right by
// `indent` spaces: how dump(2) prints it nested that deep. (Strings never hold a raw line
// break, so shifting lines cannot touch their content.)
std::string nested(const nlohmann::json& value, size_t indent) {
  std::string text = value.dump(2);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const std::string pad(indent, ' ');
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += pad;
  }
  return out;
}

}  // namespace

struct PacketWriter::Section {
  std::FILE* spool = nullptr;
  size_t count = 0;
  bool failed = false;
  ~Section() {
    if (spool) std::fclose(spool);
  }
};

PacketWriter::PacketWriter() {
  for (size_t s = 0; s < kSections.size(); ++s) sections_.push_back(std::make_unique<Section>());
}

PacketWriter::~PacketWriter() = default;

PacketWriter::Section& PacketWriter::section(size_t index) { return *sections_[index]; }

void PacketWriter::append(size_t index, std::string_view schema, const nlohmann::json& record) {
  Section& target = section(index);
  for (std::string& violation : validate_record(schema, record))
    violations_.push_back(std::string(kSections[index].name) + "[" + std::to_string(target.count) +
                          "]" + violation);
  spool(target, record, 4);
}

void PacketWriter::spool(Section& target, const nlohmann::json& record, size_t indent) {
  if (!target.spool && !target.failed) {
    target.spool = std::tmpfile();
    target.failed = target.spool == nullptr;
  }
  if (target.failed) return;
  const std::string pad(indent, ' ');
  std::string text = (target.count == 0 ? pad : ",\n" + pad) + nested(record, indent);
  if (std::fwrite(text.data(), 1, text.size(), target.spool) != text.size()) target.failed = true;
  ++target.count;
}

void PacketWriter::add(const PageInfo& page) {
  append(kPages, kSections[kPages].schema, record_json(page));
}
void PacketWriter::add(const DocumentSpan& document) {
  append(kDocuments, kSections[kDocuments].schema, record_json(document));
}
void PacketWriter::add(const Minutes& minutes) {
  ++records_;
  append(kMinutes, kSections[kMinutes].schema, record_json(minutes));
}
void PacketWriter::add(const MarketComparison& row) {
  ++records_;
  append(kMarket, kSections[kMarket].schema, record_json(row));
}
void PacketWriter::add(const Resolution& resolution) {
  ++records_;
  append(kResolutions, kSections[kResolutions].schema, record_json(resolution));
}
void PacketWriter::add(const ClassSpec& spec) {
  ++records_;
  append(kClassSpecs, kSections[kClassSpecs].schema, record_json(spec));
}
void PacketWriter::add(const PayRange& pay) {
  ++records_;
  append(kPayRanges, kSections[kPayRanges].schema, record_json(pay));
}
void PacketWriter::add(const Diagnostic& diagnostic) {
  if (diagnostic.severity == Severity::error) ++error_diagnostics_;
  append(kDiagnostics, kSections[kDiagnostics].schema, diagnostic_to_json(diagnostic));
}

void PacketWriter::set_agenda(const Agenda& agenda) {
  if (!agenda_) ++records_;
  agenda_ = agenda;
  agenda_->items.clear();
  agenda_items_ = std::make_unique<Section>();
  for (std::string& violation : validate_record("agenda.schema.json", record_json(*agenda_)))
    violations_.push_back("agenda" + violation);
  for (const AgendaItem& item : agenda.items) {
    // An item is checked in an agenda of its own: the schema describes items only there.
    Agenda alone = *agenda_;
    alone.items = {item};
    nlohmann::json json = record_json(alone);
    constexpr std::string_view kOwnPlace = "/items/0";
    for (std::string& violation : validate_record("agenda.schema.json", json))
      if (violation.starts_with(kOwnPlace))  // the head's were reported when it was set
        violations_.push_back("agenda/items/" + std::to_string(agenda_items_->count) +
                              violation.substr(kOwnPlace.size()));
    spool(*agenda_items_, json["items"][0], 6);
  }
}

// The agenda as dump(2) prints it in the packet: its head, with the spooled items in place of
// the head's empty list.
bool PacketWriter::write_agenda(std::ostream& out) {
  if (!agenda_) {
    out << "null";
    return true;
  }
  const std::string head = nested(record_json(*agenda_), 2);
  constexpr std::string_view kEmptyItems = "\"items\": []";
  const size_t items = head.find(kEmptyItems);
  if (agenda_items_->count == 0 || items == std::string::npos) {
    out << head;
    return true;
  }
  out << std::string_view(head).substr(0, items) << "\"items\": [\n";
  if (!copy_spool(*agenda_items_, out)) return false;
  out << "\n    ]" << std::string_view(head).substr(items + kEmptyItems.size());
  return true;
}

bool PacketWriter::copy_spool(Section& spool, std::ostream& out) {
  if (spool.failed) return false;
  std::fflush(spool.spool);
  std::rewind(spool.spool);
  char buffer[1 << 16];
  size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, spool.spool)) > 0)
    out.write(buffer, static_cast<std::streamsize>(read));
  return !std::ferror(spool.spool);
}

Status PacketWriter::finish(const SourceInfo& source, std::ostream& out) {
  // The envelope alone (source, schema tag) against the packet schema; records were checked
  // as they came.
  Packet envelope;
  envelope.source = source;
  nlohmann::json head = packet_to_json(envelope);
  for (std::string& violation : validate_packet(head)) violations_.push_back(violation);
  if (!violations_.empty()) return {ErrorCode::invalid_packet, violations_.front()};

  out << "{\n  \"agenda\": ";
  if (!write_agenda(out))
    return {ErrorCode::io_error, "a temporary spool of the packet could not be read back"};
  size_t next = 0;
  auto write_sections_before = [&](std::string_view key) {
    for (; next < kSections.size() && std::string_view(kSections[next].name) < key; ++next) {
      Section& spool = section(next);
      if (spool.failed) return false;
      out << ",\n  \"" << kSections[next].name << "\": ";
      if (spool.count == 0) {
        out << "[]";
        continue;
      }
      out << "[\n";
      if (!copy_spool(spool, out)) return false;
      out << "\n  ]";
    }
    return true;
  };
  if (!write_sections_before("schema"))
    return {ErrorCode::io_error, "a temporary spool of the packet could not be read back"};
  out << ",\n  \"schema\": " << head["schema"].dump()
      << ",\n  \"source\": " << nested(head["source"], 2);
  if (!write_sections_before("~"))
    return {ErrorCode::io_error, "a temporary spool of the packet could not be read back"};
  out << "\n}\n";
  if (!out) return {ErrorCode::io_error, "the packet could not be written"};
  return {};
}

void add_records(const Packet& packet, PacketWriter& writer) {
  for (const PageInfo& page : packet.pages) writer.add(page);
  for (const DocumentSpan& document : packet.documents) writer.add(document);
  if (packet.agenda) writer.set_agenda(*packet.agenda);
  for (const Minutes& minutes : packet.minutes) writer.add(minutes);
  for (const MarketComparison& row : packet.market_comparisons) writer.add(row);
  for (const Resolution& resolution : packet.resolutions) writer.add(resolution);
  for (const ClassSpec& spec : packet.class_specs) writer.add(spec);
  for (const PayRange& pay : packet.pay_ranges) writer.add(pay);
  for (const Diagnostic& diagnostic : packet.diagnostics) writer.add(diagnostic);
}

}  // namespace agendum
