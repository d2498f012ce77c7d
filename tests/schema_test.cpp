// The bundled schemas accept every packet the exporter can produce and reject broken ones.
#include <gtest/gtest.h>

#include "pipeline/export/packet_json.h"
#include "schemas/validate.h"

namespace agendum {
namespace {

PayRange sample_pay(const std::string& id) {
  PayRange pay;
  pay.id = id;
  pay.classification = "Systems Coordinator";
  pay.range = "341";
  pay.unit = PayUnit::monthly;
  pay.min = 5017.0;
  pay.max = 6391.0;
  pay.steps = {{"A", 5017.0}, {"E", 6391.0}};
  pay.effective_date = "2019-05";
  pay.context = PayContext::resolution;
  pay.document = "doc-1";
  pay.text = "Systems Coordinator range 341 $5,017 - $6,391 per month";
  pay.pages = {2, 2};
  return pay;
}

// A packet with every record kind and every optional field filled.
Packet full_packet() {
  Packet packet;
  packet.source = {"carson.pdf", std::string(64, 'a'), 1234, 3, "reportlab", std::nullopt};
  packet.pages = {{1, PageMethod::text, 0.98, 1500, std::nullopt, 0},
                  {2, PageMethod::ocr, 0.8, 1200, 91.5, 90}};
  packet.documents = {{"doc-1",
                       DocumentKind::resolution,
                       "RESOLUTION NO. 19-110",
                       {1, 3},
                       {0, 10},
                       std::nullopt,
                       0.95}};
  Resolution resolution;
  resolution.id = "res-1";
  resolution.number = "19-110";
  resolution.jurisdiction = "City of Carson";
  resolution.body = "City Council";
  resolution.title = "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON";
  resolution.status = ResolutionStatus::adopted;
  resolution.recitals = {"WHEREAS, the City Council adopted the budget; and"};
  resolution.sections = {{"1", "The above recitals are true and correct."}};
  resolution.adopted_date = "2019-05-14";
  Vote vote;
  vote.ayes = {"Robles", "Davis-Holmes"};
  vote.ayes_count = 2;
  resolution.vote = vote;
  resolution.signatories = {{"Albert Robles", "Mayor"}};
  resolution.references = {"77-111"};
  resolution.pay_ranges = {sample_pay("pay-1")};
  resolution.document = "doc-1";
  resolution.pages = {1, 3};
  packet.resolutions = {resolution};
  ClassSpec spec;
  spec.id = "spec-1";
  spec.title = "Deputy City Clerk II";
  spec.title_as_printed = "CITY CLERK II, DEPUTY";
  spec.flsa = Flsa::non_exempt;
  spec.status = SpecStatus::revised;
  spec.salary = {sample_pay("pay-2")};
  spec.duties = {{"Answers the telephone.", "Jail", Change::deleted, {}},
                 {"Maintains records.", std::nullopt, std::nullopt, {"old words"}}};
  spec.dates = {{"Revision Date", "2017-08-01", "Aug 1, 2017"}};
  spec.other_sections = {{"WORKING CONDITIONS", "Office."}};
  spec.competencies = {{"1", "Leadership", "3", {"Sets direction."}}};
  spec.document = "doc-1";
  spec.pages = {2, 3};
  packet.class_specs = {spec};
  packet.pay_ranges = {sample_pay("pay-1"), sample_pay("pay-2")};
  Agenda agenda;
  agenda.body = "Torrance Civil Service Commission";
  agenda.meeting_type = "regular";
  agenda.date = "2023-04-10";
  agenda.time = "18:00";
  agenda.members = {"Hamada"};
  agenda.items = {{"6A", "CONSENT CALENDAR", "Approve minutes", "Approve.", "doc-1", {1, 1}}};
  agenda.pages = {1, 1};
  packet.agenda = agenda;
  packet.diagnostics = {
      {Severity::warning, "ocr_low_confidence", "Page 2 is hard to read.", 2, "ocr"}};
  return packet;
}

TEST(Schema, AcceptsAFullPacket) {
  nlohmann::json json = packet_to_json(full_packet());
  EXPECT_EQ(validate_packet(json), std::vector<std::string>{});
}

TEST(Schema, AcceptsAnEmptyPacket) {
  Packet packet;
  packet.source = {"empty.pdf", std::string(64, '0'), 10, 1, std::nullopt, std::nullopt};
  EXPECT_TRUE(validate_packet(packet_to_json(packet)).empty());
}

TEST(Schema, EveryContractFieldIsPresentEvenWhenEmpty) {
  nlohmann::json json = packet_to_json(Packet{});
  for (const char* field : {"schema", "source", "pages", "documents", "agenda", "resolutions",
                            "class_specs", "pay_ranges", "diagnostics"})
    EXPECT_TRUE(json.contains(field)) << field;
  EXPECT_TRUE(json["agenda"].is_null());
}

TEST(Schema, RejectsAMissingRequiredField) {
  nlohmann::json json = packet_to_json(full_packet());
  json["resolutions"][0].erase("vote");
  std::vector<std::string> errors = validate_packet(json);
  ASSERT_FALSE(errors.empty());
}

TEST(Schema, RejectsAnUnknownEnumValueDeepInside) {
  nlohmann::json json = packet_to_json(full_packet());
  json["class_specs"][0]["salary"][0]["unit"] = "weekly";
  EXPECT_FALSE(validate_packet(json).empty());
  json = packet_to_json(full_packet());
  json["pages"][1]["method"] = "scan";
  EXPECT_FALSE(validate_packet(json).empty());
}

TEST(Schema, RejectsMoneyAsStringsAndBadDates) {
  nlohmann::json json = packet_to_json(full_packet());
  json["pay_ranges"][0]["min"] = "5,017";
  EXPECT_FALSE(validate_packet(json).empty());
  json = packet_to_json(full_packet());
  json["resolutions"][0]["adopted_date"] = "May 14, 2019";
  EXPECT_FALSE(validate_packet(json).empty());
}

TEST(Schema, VoteCountsAreKeptOnlyWhenPrinted) {
  nlohmann::json json = packet_to_json(full_packet());
  const nlohmann::json& vote = json["resolutions"][0]["vote"];
  EXPECT_EQ(vote["ayes_count"], 2);
  EXPECT_FALSE(vote.contains("noes_count"));
}

}  // namespace
}  // namespace agendum
