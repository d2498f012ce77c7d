#include "pipeline/export/packet_json.h"

#include <string_view>
#include <type_traits>

namespace agendum {
namespace {

using nlohmann::json;

template <typename T>
json optional_json(const std::optional<T>& value) {
  if (!value) return json(nullptr);
  if constexpr (std::is_enum_v<T>) {
    return json(name_of(*value));
  } else {
    return json(*value);
  }
}

json pages_json(const PageSpan& pages) { return json::array({pages.first, pages.last}); }

json pay_ranges_json(const std::vector<PayRange>& pay_ranges) {
  json out = json::array();
  for (const PayRange& pay : pay_ranges) out.push_back(record_json(pay));
  return out;
}

json vote_json(const Vote& vote) {
  json out = {
      {"ayes", vote.ayes}, {"noes", vote.noes}, {"abstain", vote.abstain}, {"absent", vote.absent}};
  // Counts printed without names are kept; absent counts stay out of the record.
  if (vote.ayes_count) out["ayes_count"] = *vote.ayes_count;
  if (vote.noes_count) out["noes_count"] = *vote.noes_count;
  if (vote.abstain_count) out["abstain_count"] = *vote.abstain_count;
  if (vote.absent_count) out["absent_count"] = *vote.absent_count;
  return out;
}

json items_json(const std::vector<Item>& items) {
  json out = json::array();
  for (const Item& item : items)
    out.push_back({{"text", item.text},
                   {"area", optional_json(item.area)},
                   {"change", optional_json(item.change)},
                   {"deleted", item.deleted}});
  return out;
}

json motion_json(const Motion& motion) {
  return {{"text", motion.text},
          {"moved_by", optional_json(motion.moved_by)},
          {"seconded_by", optional_json(motion.seconded_by)},
          {"result", optional_json(motion.result)},
          {"vote", motion.vote ? vote_json(*motion.vote) : json(nullptr)},
          {"resolution", optional_json(motion.resolution)},
          {"item", optional_json(motion.item)}};
}

}  // namespace

json record_json(const PayRange& pay) {
  json steps = json::array();
  for (const PayStep& step : pay.steps)
    steps.push_back({{"step", step.step}, {"amount", step.amount}});
  return {{"id", pay.id},
          {"classification", optional_json(pay.classification)},
          {"range", optional_json(pay.range)},
          {"unit", name_of(pay.unit)},
          {"min", optional_json(pay.min)},
          {"max", optional_json(pay.max)},
          {"steps", steps},
          {"effective_date", optional_json(pay.effective_date)},
          {"context", name_of(pay.context)},
          {"document", pay.document},
          {"text", pay.text},
          {"pages", pages_json(pay.pages)}};
}

json record_json(const Resolution& resolution) {
  json sections = json::array();
  for (const ResolutionSection& section : resolution.sections)
    sections.push_back({{"number", section.number}, {"text", section.text}});
  json signatories = json::array();
  for (const Signatory& signatory : resolution.signatories)
    signatories.push_back({{"name", signatory.name}, {"role", signatory.role}});
  return {{"id", resolution.id},
          {"number", optional_json(resolution.number)},
          {"jurisdiction", optional_json(resolution.jurisdiction)},
          {"body", optional_json(resolution.body)},
          {"title", optional_json(resolution.title)},
          {"status", name_of(resolution.status)},
          {"recitals", resolution.recitals},
          {"resolved", optional_json(resolution.resolved)},
          {"sections", sections},
          {"adopted_date", optional_json(resolution.adopted_date)},
          {"vote", resolution.vote ? vote_json(*resolution.vote) : json(nullptr)},
          {"signatories", signatories},
          {"references", resolution.references},
          {"pay_ranges", pay_ranges_json(resolution.pay_ranges)},
          {"document", resolution.document},
          {"pages", pages_json(resolution.pages)}};
}

json record_json(const Agenda& agenda) {
  json items = json::array();
  for (const AgendaItem& item : agenda.items)
    items.push_back({{"number", item.number},
                     {"section", optional_json(item.section)},
                     {"title", item.title},
                     {"recommendation", optional_json(item.recommendation)},
                     {"document", optional_json(item.document)},
                     {"pages", pages_json(item.pages)}});
  return {{"body", optional_json(agenda.body)},
          {"meeting_type", optional_json(agenda.meeting_type)},
          {"date", optional_json(agenda.date)},
          {"time", optional_json(agenda.time)},
          {"location", optional_json(agenda.location)},
          {"members", agenda.members},
          {"items", items},
          {"document", agenda.document},
          {"pages", pages_json(agenda.pages)}};
}

json record_json(const ClassSpec& spec) {
  json dates = json::array();
  for (const SpecDate& date : spec.dates)
    dates.push_back(
        {{"label", date.label}, {"date", optional_json(date.date)}, {"text", date.text}});
  json other_sections = json::array();
  for (const OtherSection& section : spec.other_sections)
    other_sections.push_back({{"heading", section.heading}, {"text", section.text}});
  json competencies = json::array();
  for (const Competency& competency : spec.competencies)
    competencies.push_back({{"number", competency.number},
                            {"name", competency.name},
                            {"level", optional_json(competency.level)},
                            {"indicators", competency.indicators}});
  return {{"id", spec.id},
          {"title", spec.title},
          {"title_as_printed", spec.title_as_printed},
          {"jurisdiction", optional_json(spec.jurisdiction)},
          {"class_code", optional_json(spec.class_code)},
          {"bargaining_unit", optional_json(spec.bargaining_unit)},
          {"flsa", optional_json(spec.flsa)},
          {"status", optional_json(spec.status)},
          {"salary", pay_ranges_json(spec.salary)},
          {"definition", optional_json(spec.definition)},
          {"distinguishing_characteristics", optional_json(spec.distinguishing_characteristics)},
          {"supervision_received", optional_json(spec.supervision_received)},
          {"supervision_exercised", optional_json(spec.supervision_exercised)},
          {"duties", items_json(spec.duties)},
          {"other_duties", items_json(spec.other_duties)},
          {"knowledge", items_json(spec.knowledge)},
          {"skills", items_json(spec.skills)},
          {"abilities", items_json(spec.abilities)},
          {"education_experience", optional_json(spec.education_experience)},
          {"licenses", items_json(spec.licenses)},
          {"special_requirements", optional_json(spec.special_requirements)},
          {"career_ladder", optional_json(spec.career_ladder)},
          {"dates", dates},
          {"other_sections", other_sections},
          {"competencies", competencies},
          {"duplicate_of", optional_json(spec.duplicate_of)},
          {"document", spec.document},
          {"pages", pages_json(spec.pages)}};
}

json record_json(const Minutes& minutes) {
  json motions = json::array();
  for (const Motion& motion : minutes.motions) motions.push_back(motion_json(motion));
  return {{"body", optional_json(minutes.body)},
          {"meeting_type", optional_json(minutes.meeting_type)},
          {"date", optional_json(minutes.date)},
          {"location", optional_json(minutes.location)},
          {"present", minutes.present},
          {"absent", minutes.absent},
          {"motions", motions},
          {"document", minutes.document},
          {"pages", pages_json(minutes.pages)}};
}

json record_json(const MarketComparison& row) {
  return {{"classification", row.classification},
          {"measure", row.measure},
          {"percent_vs_market", optional_json(row.percent_vs_market)},
          {"comparators", optional_json(row.comparators)},
          {"note", optional_json(row.note)},
          {"text", row.text},
          {"document", row.document},
          {"pages", pages_json(row.pages)}};
}

json record_json(const DocumentSpan& document) {
  return {{"id", document.id},
          {"kind", name_of(document.kind)},
          {"title", optional_json(document.title)},
          {"label", optional_json(document.label)},
          {"confidence", optional_json(document.confidence)},
          {"pages", pages_json(document.pages)}};
}

json record_json(const PageInfo& page) {
  return {{"page", page.page},
          {"method", page.method == PageMethod::ocr ? "ocr" : "text"},
          {"quality", page.quality},
          {"chars", page.chars},
          {"ocr_confidence", optional_json(page.ocr_confidence)},
          {"rotation", page.rotation}};
}

nlohmann::json diagnostic_to_json(const Diagnostic& diagnostic) {
  return {{"severity", name_of(diagnostic.severity)},
          {"code", diagnostic.code},
          {"message", diagnostic.message},
          {"page", optional_json(diagnostic.page)},
          {"stage", diagnostic.stage}};
}

nlohmann::json packet_to_json(const Packet& packet) {
  json pages = json::array();
  for (const PageInfo& page : packet.pages) pages.push_back(record_json(page));
  json documents = json::array();
  for (const DocumentSpan& document : packet.documents) documents.push_back(record_json(document));
  json resolutions = json::array();
  for (const Resolution& resolution : packet.resolutions)
    resolutions.push_back(record_json(resolution));
  json class_specs = json::array();
  for (const ClassSpec& spec : packet.class_specs) class_specs.push_back(record_json(spec));
  json minutes = json::array();
  for (const Minutes& meeting : packet.minutes) minutes.push_back(record_json(meeting));
  json market = json::array();
  for (const MarketComparison& row : packet.market_comparisons) market.push_back(record_json(row));
  json diagnostics = json::array();
  for (const Diagnostic& diagnostic : packet.diagnostics)
    diagnostics.push_back(diagnostic_to_json(diagnostic));
  const SourceInfo& source = packet.source;
  return {{"schema", "agendum/packet/v1"},
          {"source",
           {{"file", source.file},
            {"sha256", source.sha256},
            {"bytes", source.bytes},
            {"pages", source.pages},
            {"producer", optional_json(source.producer)},
            {"title", optional_json(source.title)}}},
          {"pages", pages},
          {"documents", documents},
          {"agenda", packet.agenda ? record_json(*packet.agenda) : json(nullptr)},
          {"minutes", minutes},
          {"market_comparisons", market},
          {"resolutions", resolutions},
          {"class_specs", class_specs},
          {"pay_ranges", pay_ranges_json(packet.pay_ranges)},
          {"diagnostics", diagnostics}};
}

}  // namespace agendum
