#include "search/packet_records.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "search/lenient_json.h"
#include "search/pay_annual.h"

namespace agendum {
namespace {

using nlohmann::json;

// Text for the full-text body: fields one per line, nothing for what is absent.
class BodyText {
 public:
  void add(const std::optional<std::string>& text) {
    if (!text) return;
    if (!text_.empty()) text_ += '\n';
    text_ += *text;
  }
  void add(const std::string& text) { add(std::optional<std::string>(text)); }
  // Items {text, area, change}: the accepted ones (struck-through items are not the spec).
  void add_items(const json& items) {
    for (const json& item : items) {
      if (json_text(item, "change") == "deleted") continue;
      add(json_text(item, "area"));
      add(json_text(item, "text"));
    }
  }
  void add_strings(const json& strings) {
    for (const json& value : strings)
      if (value.is_string()) add(value.get<std::string>());
  }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

std::string joined(std::initializer_list<std::optional<std::string>> parts) {
  std::string out;
  for (const auto& part : parts) {
    if (!part) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

std::optional<IndexedPay> pay_of(const json& pay) {
  IndexedPay out;
  out.unit = json_text(pay, "unit").value_or("unknown");
  out.classification = json_text(pay, "classification");
  out.range = json_text(pay, "range");
  out.effective_date = json_text(pay, "effective_date");
  out.context = json_text(pay, "context");
  out.text = json_text(pay, "text");
  out.min = json_number(pay, "min");
  out.max = json_number(pay, "max");
  if (std::optional<double> factor = annual_factor(out.unit); factor && (out.min || out.max)) {
    AnnualPay annual;
    annual.factor = *factor;
    if (out.min) annual.min = *out.min * *factor;
    if (out.max) annual.max = *out.max * *factor;
    out.annual = annual;
  }
  return out;
}

// The span of annual pay over a list of pay ranges (a spec's salary, a resolution's tables).
void take_annual_span(const json& pay_ranges, IndexedRecord& record) {
  for (const json& pay : pay_ranges) {
    std::optional<IndexedPay> facts = pay_of(pay);
    if (!facts || !facts->annual) continue;
    for (std::optional<double> amount : {facts->annual->min, facts->annual->max}) {
      if (!amount) continue;
      record.annual_min = std::min(record.annual_min.value_or(*amount), *amount);
      record.annual_max = std::max(record.annual_max.value_or(*amount), *amount);
    }
  }
}

IndexedRecord base_record(const json& value, std::string kind) {
  IndexedRecord record;
  record.kind = std::move(kind);
  record.id = json_text(value, "id").value_or("");
  std::tie(record.first_page, record.last_page) = json_pages(value);
  record.document = json_text(value, "document");
  record.json = value;
  return record;
}

IndexedRecord class_spec_record(const json& spec) {
  IndexedRecord record = base_record(spec, "class_spec");
  record.title = json_text(spec, "title").value_or("Class specification");
  std::optional<std::string> printed = json_text(spec, "title_as_printed");
  if (printed == record.title) printed.reset();
  record.search_title = joined({record.title, printed, json_text(spec, "class_code")});
  record.agency = json_text(spec, "jurisdiction");
  record.status = json_text(spec, "status");
  for (const json& date : json_array(spec, "dates"))
    if (std::optional<std::string> value = json_text(date, "date"))
      record.date = std::max(record.date.value_or(""), *value);
  BodyText body;
  for (const char* field : {"definition", "distinguishing_characteristics", "supervision_received",
                            "supervision_exercised"})
    body.add(json_text(spec, field));
  for (const char* field : {"duties", "other_duties", "knowledge", "skills", "abilities"})
    body.add_items(json_array(spec, field));
  body.add(json_text(spec, "education_experience"));
  body.add_items(json_array(spec, "licenses"));
  for (const char* field : {"special_requirements", "career_ladder", "bargaining_unit"})
    body.add(json_text(spec, field));
  for (const json& section : json_array(spec, "other_sections")) {
    body.add(json_text(section, "heading"));
    body.add(json_text(section, "text"));
  }
  for (const json& competency : json_array(spec, "competencies")) {
    body.add(json_text(competency, "name"));
    body.add_strings(json_array(competency, "indicators"));
  }
  record.body = body.take();
  take_annual_span(json_array(spec, "salary"), record);
  return record;
}

IndexedRecord resolution_record(const json& resolution) {
  IndexedRecord record = base_record(resolution, "resolution");
  std::optional<std::string> number = json_text(resolution, "number");
  std::optional<std::string> title = json_text(resolution, "title");
  record.title = number ? "Resolution " + *number + (title ? ": " + *title : "")
                        : title.value_or("Resolution");
  record.search_title = joined({number, title});
  record.agency = json_text(resolution, "jurisdiction");
  record.status = json_text(resolution, "status");
  record.date = json_text(resolution, "adopted_date");
  BodyText body;
  body.add(json_text(resolution, "body"));
  body.add_strings(json_array(resolution, "recitals"));
  body.add(json_text(resolution, "resolved"));
  for (const json& section : json_array(resolution, "sections"))
    body.add(json_text(section, "text"));
  if (const json& vote = resolution.value("vote", json()); vote.is_object())
    for (const char* side : {"ayes", "noes", "abstain", "absent"})
      body.add_strings(json_array(vote, side));
  for (const json& signatory : json_array(resolution, "signatories"))
    body.add(joined({json_text(signatory, "name"), json_text(signatory, "role")}));
  record.body = body.take();
  take_annual_span(json_array(resolution, "pay_ranges"), record);
  return record;
}

IndexedRecord pay_range_record(const json& pay) {
  IndexedRecord record = base_record(pay, "pay_range");
  record.pay = pay_of(pay);
  const IndexedPay& facts = *record.pay;
  record.title = facts.classification ? *facts.classification
                 : facts.range        ? "Range " + *facts.range
                                      : "Pay range";
  record.search_title = joined({facts.classification, facts.range});
  record.date = facts.effective_date;
  BodyText body;
  body.add(facts.text);
  record.body = body.take();
  if (facts.annual) {
    record.annual_min = facts.annual->min ? facts.annual->min : facts.annual->max;
    record.annual_max = facts.annual->max ? facts.annual->max : facts.annual->min;
  }
  return record;
}

IndexedRecord agenda_item_record(const json& item, const json& agenda, size_t index) {
  IndexedRecord record = base_record(item, "agenda_item");
  record.id = "item-" + std::to_string(index + 1);
  if (record.first_page == 0) std::tie(record.first_page, record.last_page) = json_pages(agenda);
  std::optional<std::string> number = json_text(item, "number");
  std::optional<std::string> title = json_text(item, "title");
  record.title = joined({number, title.value_or("Agenda item")});
  record.search_title = joined({number, title});
  record.date = json_text(agenda, "date");
  BodyText body;
  body.add(json_text(item, "section"));
  body.add(json_text(item, "recommendation"));
  body.add(json_text(agenda, "body"));
  record.body = body.take();
  return record;
}

IndexedRecord minutes_record(const json& minutes, size_t index) {
  IndexedRecord record = base_record(minutes, "minutes");
  record.id = "minutes-" + std::to_string(index + 1);
  record.date = json_text(minutes, "date");
  std::optional<std::string> body_name = json_text(minutes, "body");
  record.title = joined({body_name, std::string("minutes"), record.date});
  record.search_title = joined({body_name, std::string("minutes")});
  BodyText body;
  body.add_strings(json_array(minutes, "present"));
  body.add_strings(json_array(minutes, "absent"));
  for (const json& motion : json_array(minutes, "motions")) {
    body.add(json_text(motion, "text"));
    body.add(joined({json_text(motion, "moved_by"), json_text(motion, "seconded_by")}));
  }
  record.body = body.take();
  return record;
}

IndexedRecord market_record(const json& comparison, size_t index) {
  IndexedRecord record = base_record(comparison, "market_comparison");
  record.id = "market-" + std::to_string(index + 1);
  record.title = json_text(comparison, "classification").value_or("Market comparison");
  record.search_title = record.title;
  BodyText body;
  body.add(json_text(comparison, "measure"));
  body.add(json_text(comparison, "note"));
  body.add(json_text(comparison, "text"));
  record.body = body.take();
  return record;
}

// The packet's agency: its most frequent jurisdiction, else the agenda's (or minutes') body.
std::optional<std::string> packet_agency(const json& packet) {
  std::map<std::string, int> counts;
  for (const char* list : {"class_specs", "resolutions"})
    for (const json& record : json_array(packet, list))
      if (std::optional<std::string> jurisdiction = json_text(record, "jurisdiction"))
        ++counts[*jurisdiction];
  if (!counts.empty())
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  if (std::optional<std::string> body = json_text(packet.value("agenda", json()), "body"))
    return body;
  for (const json& minutes : json_array(packet, "minutes"))
    if (std::optional<std::string> body = json_text(minutes, "body")) return body;
  return std::nullopt;
}

// The packet's date: its meeting's, else the latest adoption date of its resolutions.
std::optional<std::string> packet_date(const json& packet) {
  if (std::optional<std::string> date = json_text(packet.value("agenda", json()), "date"))
    return date;
  for (const json& minutes : json_array(packet, "minutes"))
    if (std::optional<std::string> date = json_text(minutes, "date")) return date;
  std::optional<std::string> latest;
  for (const json& resolution : json_array(packet, "resolutions"))
    if (std::optional<std::string> date = json_text(resolution, "adopted_date"))
      latest = std::max(latest.value_or(""), *date);
  return latest;
}

std::vector<IndexedRecord> records_of(const json& packet) {
  std::vector<IndexedRecord> records;
  for (const json& spec : json_array(packet, "class_specs"))
    if (!json_text(spec, "duplicate_of")) records.push_back(class_spec_record(spec));
  for (const json& resolution : json_array(packet, "resolutions"))
    records.push_back(resolution_record(resolution));
  for (const json& pay : json_array(packet, "pay_ranges")) records.push_back(pay_range_record(pay));
  const json& agenda = packet.value("agenda", json());
  const json& items = json_array(agenda, "items");
  for (size_t i = 0; i < items.size(); ++i)
    records.push_back(agenda_item_record(items[i], agenda, i));
  const json& minutes = json_array(packet, "minutes");
  for (size_t i = 0; i < minutes.size(); ++i) records.push_back(minutes_record(minutes[i], i));
  const json& market = json_array(packet, "market_comparisons");
  for (size_t i = 0; i < market.size(); ++i) records.push_back(market_record(market[i], i));
  return records;
}

// Agency and date from the record's document and packet when it names none itself.
void fill_agency_and_date(IndexedPacket& out) {
  std::map<std::string, std::string> document_agency;
  for (const IndexedRecord& record : out.records)
    if (record.document && record.agency) document_agency.emplace(*record.document, *record.agency);
  std::set<std::string> ids;
  for (size_t i = 0; i < out.records.size(); ++i) {
    IndexedRecord& record = out.records[i];
    if (!record.agency && record.document) {
      auto found = document_agency.find(*record.document);
      if (found != document_agency.end()) record.agency = found->second;
    }
    if (!record.agency) record.agency = out.agency;
    if (!record.date) record.date = out.date;
    // A record without an id (not written by agendum) still needs one unique in its packet.
    if (record.id.empty()) record.id = record.kind + "-at-" + std::to_string(i + 1);
    while (!ids.insert(record.id).second) record.id += "'";
  }
}

}  // namespace

bool looks_like_packet(const json& json) {
  std::optional<std::string> schema = json_text(json, "schema");
  return schema && schema->rfind("agendum/packet/", 0) == 0;
}

Result<IndexedPacket> flatten_packet(const json& packet) {
  if (!looks_like_packet(packet))
    return Status(ErrorCode::invalid_packet,
                  "not an agendum packet (no \"schema\": \"agendum/packet/v1\")");
  const json& source = packet.value("source", json());
  IndexedPacket out;
  out.sha256 = json_text(source, "sha256").value_or("");
  if (out.sha256.size() != 64 || !std::all_of(out.sha256.begin(), out.sha256.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      }))
    return Status(ErrorCode::invalid_packet, "packet has no source.sha256 (64 hex digits)");
  out.file = json_text(source, "file").value_or("");
  out.page_count = json_integer(source, "pages");
  if (std::optional<double> bytes = json_number(source, "bytes"))
    out.bytes = static_cast<long long>(*bytes);
  out.title = json_text(source, "title");
  out.producer = json_text(source, "producer");
  out.agency = packet_agency(packet);
  out.date = packet_date(packet);
  for (const json& page : json_array(packet, "pages")) {
    std::optional<int> number = json_integer(page, "page");
    if (!number) continue;
    out.pages.push_back({*number, json_text(page, "method").value_or(""),
                         json_number(page, "quality"), json_number(page, "ocr_confidence"),
                         json_integer(page, "chars"), json_integer(page, "rotation")});
  }
  for (const json& document : json_array(packet, "documents")) {
    auto [first, last] = json_pages(document);
    out.documents.push_back({json_text(document, "id").value_or(""),
                             json_text(document, "kind").value_or(""), json_text(document, "title"),
                             first, last});
  }
  for (const json& diagnostic : json_array(packet, "diagnostics"))
    out.diagnostics.push_back(
        {json_text(diagnostic, "severity").value_or("warning"),
         json_text(diagnostic, "code").value_or(""), json_text(diagnostic, "message").value_or(""),
         json_text(diagnostic, "stage").value_or(""), json_integer(diagnostic, "page")});
  out.records = records_of(packet);
  fill_agency_and_date(out);
  return out;
}

}  // namespace agendum
