#include "pipeline/export/packet_json.h"

#include <string_view>

namespace agendum {
namespace {

using nlohmann::json;

template <typename T>
json optional_json(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json pages_json(const PageSpan& pages) { return json::array({pages.first, pages.last}); }

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

json pay_range_json(const PayRange& pay) {
  json steps = json::array();
  for (const PayStep& step : pay.steps) steps.push_back({{"step", step.step}, {"amount", step.amount}});
  return {{"id", pay.id},
          {"classification", optional_json(pay.classification)},
          {"range", optional_json(pay.range)},
          {"unit", pay.unit},
          {"min", optional_json(pay.min)},
          {"max", optional_json(pay.max)},
          {"steps", steps},
          {"effective_date", optional_json(pay.effective_date)},
          {"context", pay.context},
          {"document", pay.document},
          {"text", pay.text},
          {"pages", pages_json(pay.pages)}};
}

json pay_ranges_json(const std::vector<PayRange>& pay_ranges) {
  json out = json::array();
  for (const PayRange& pay : pay_ranges) out.push_back(pay_range_json(pay));
  return out;
}

json vote_json(const Vote& vote) {
  json out = {{"ayes", vote.ayes}, {"noes", vote.noes}, {"abstain", vote.abstain}, {"absent", vote.absent}};
  // Counts printed without names are kept; absent counts stay out of the record.
  if (vote.ayes_count) out["ayes_count"] = *vote.ayes_count;
  if (vote.noes_count) out["noes_count"] = *vote.noes_count;
  if (vote.abstain_count) out["abstain_count"] = *vote.abstain_count;
  if (vote.absent_count) out["absent_count"] = *vote.absent_count;
  return out;
}

json resolution_json(const Resolution& resolution) {
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
          {"status", resolution.status},
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

json agenda_json(const Agenda& agenda) {
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

json items_json(const std::vector<Item>& items) {
  json out = json::array();
  for (const Item& item : items)
    out.push_back({{"text", item.text},
                   {"area", optional_json(item.area)},
                   {"change", optional_json(item.change)},
                   {"deleted", item.deleted}});
  return out;
}

json class_spec_json(const ClassSpec& spec) {
  json dates = json::array();
  for (const SpecDate& date : spec.dates)
    dates.push_back({{"label", date.label}, {"date", optional_json(date.date)}, {"text", date.text}});
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

json page_info_json(const PageInfo& page) {
  return {{"page", page.page},
          {"method", page.method == PageMethod::ocr ? "ocr" : "text"},
          {"quality", page.quality},
          {"chars", page.chars},
          {"ocr_confidence", optional_json(page.ocr_confidence)},
          {"rotation", page.rotation}};
}

}  // namespace

nlohmann::json diagnostic_to_json(const Diagnostic& diagnostic) {
  return {{"severity", severity_name(diagnostic.severity)},
          {"code", diagnostic.code},
          {"message", diagnostic.message},
          {"page", optional_json(diagnostic.page)},
          {"stage", diagnostic.stage}};
}

nlohmann::json packet_to_json(const Packet& packet) {
  json pages = json::array();
  for (const PageInfo& page : packet.pages) pages.push_back(page_info_json(page));
  json documents = json::array();
  for (const DocumentSpan& document : packet.documents)
    documents.push_back({{"id", document.id},
                         {"kind", document.kind},
                         {"title", optional_json(document.title)},
                         {"label", optional_json(document.label)},
                         {"pages", pages_json(document.pages)}});
  json resolutions = json::array();
  for (const Resolution& resolution : packet.resolutions) resolutions.push_back(resolution_json(resolution));
  json class_specs = json::array();
  for (const ClassSpec& spec : packet.class_specs) class_specs.push_back(class_spec_json(spec));
  json diagnostics = json::array();
  for (const Diagnostic& diagnostic : packet.diagnostics) diagnostics.push_back(diagnostic_to_json(diagnostic));
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
          {"agenda", packet.agenda ? agenda_json(*packet.agenda) : json(nullptr)},
          {"resolutions", resolutions},
          {"class_specs", class_specs},
          {"pay_ranges", pay_ranges_json(packet.pay_ranges)},
          {"diagnostics", diagnostics}};
}

}  // namespace agendum
