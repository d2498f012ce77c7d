// Class specifications read from whole packets: the seed renderings of real packets and
// another agency's specs. These files live beside the checkout (../shared); the tests skip
// when they are absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "extractors/class_spec.h"
#include "pipeline/core/record_names.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

const std::filesystem::path kShared = std::filesystem::path(AGENDUM_SOURCE_DIR) / ".." / "shared";

// The seed renderings escape dollar signs ("\$5,017"); the printed text has none.
std::optional<std::string> read_rendering(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text;
  const std::string raw = buffer.str();
  for (size_t i = 0; i < raw.size(); ++i)
    if (!(raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == '$')) text.push_back(raw[i]);
  return text;
}

std::optional<std::vector<ClassSpec>> specs_in(const std::string& relative) {
  auto text = read_rendering(kShared / relative);
  if (!text) return std::nullopt;
  CleanText clean = testing::clean_from_markup(*text);
  std::vector<Diagnostic> diagnostics;
  return extract_class_specs(clean, segment_packet(clean, diagnostics), {}, diagnostics);
}

size_t count_changed(const std::vector<Item>& items, Change change) {
  size_t n = 0;
  for (const Item& item : items) n += item.change == change;
  return n;
}

TEST(ClassSpecSeeds, TorrancePacket) {
  auto specs = specs_in("seeds/000_83a8ad330dc9ebf0.txt");
  if (!specs) GTEST_SKIP() << "Torrance seed not available";
  ASSERT_EQ(specs->size(), 17u);
  std::set<std::string> titles;
  size_t duplicates = 0;
  for (const ClassSpec& spec : *specs) {
    titles.insert(spec.title);
    duplicates += spec.duplicate_of.has_value();
    EXPECT_GE(spec.duties.size(), 10u) << spec.title;
    EXPECT_TRUE(spec.definition) << spec.title;
  }
  EXPECT_EQ(titles.size(), 12u);
  EXPECT_EQ(duplicates, 2u);

  // Administrative Assistant, attached to its exam report with redlines, and again to the
  // reclassification report.
  const ClassSpec& assistant = (*specs)[0];
  EXPECT_EQ(assistant.title, "Administrative Assistant");
  EXPECT_EQ(assistant.status, SpecStatus::revised);
  EXPECT_EQ(assistant.duties.size(), 14u);
  EXPECT_EQ(assistant.other_duties.size(), 9u);
  EXPECT_EQ(assistant.knowledge.size(), 13u);
  EXPECT_EQ(count_changed(assistant.knowledge, Change::deleted), 2u);
  EXPECT_EQ(assistant.abilities.size(), 14u);
  EXPECT_EQ(count_changed(assistant.abilities, Change::deleted), 1u);
  EXPECT_EQ(specs->back().title, "Administrative Assistant");
  EXPECT_EQ(specs->back().duplicate_of, assistant.id);

  const ClassSpec& clerk = (*specs)[1];
  EXPECT_EQ(clerk.title, "Deputy City Clerk II");
  EXPECT_EQ(clerk.class_code, "1125");
  EXPECT_EQ(clerk.dates.size(), 4u);

  // Police Services Supervisor: a duty list per section of the department.
  const ClassSpec& police = (*specs)[4];
  EXPECT_EQ(police.title, "Police Services Supervisor");
  std::set<std::string> areas;
  for (const Item& duty : police.duties)
    if (duty.area) areas.insert(*duty.area);
  EXPECT_EQ(areas, (std::set<std::string>{"Community Affairs", "Jail", "Property", "Police Records",
                                          "Traffic"}));

  // Revised and existing versions of two classes, and the three proposed IT manager classes.
  std::vector<std::pair<std::string, std::string>> statuses;
  for (const ClassSpec& spec : *specs)
    if (spec.title == "Deputy City Attorney II" || spec.title == "Police Services Supervisor" ||
        spec.title.rfind("Information Technology Manager", 0) == 0)
      statuses.emplace_back(spec.title.substr(0, 30),
                            spec.status ? std::string(name_of(*spec.status)) : "null");
  EXPECT_EQ(statuses, (std::vector<std::pair<std::string, std::string>>{
                          {"Police Services Supervisor", "revised"},
                          {"Information Technology Manager", "proposed"},
                          {"Information Technology Manager", "proposed"},
                          {"Information Technology Manager", "proposed"},
                          {"Deputy City Attorney II", "revised"},
                          {"Deputy City Attorney II", "existing"},
                          {"Police Services Supervisor", "revised"},
                          {"Police Services Supervisor", "existing"},
                      }));
}

TEST(ClassSpecSeeds, CarsonResolutionExhibit) {
  auto specs = specs_in("seeds/001_36efc959072b5b8a.txt");
  if (!specs) GTEST_SKIP() << "Carson seed not available";
  ASSERT_EQ(specs->size(), 1u);
  const ClassSpec& spec = specs->front();
  EXPECT_EQ(spec.title, "Systems Coordinator");
  EXPECT_EQ(spec.flsa, Flsa::non_exempt);
  EXPECT_EQ(spec.bargaining_unit, "AFSCME");
  EXPECT_EQ(spec.status, SpecStatus::revised);
  EXPECT_EQ(count_changed(spec.duties, Change::deleted), 2u);
  EXPECT_EQ(spec.knowledge.size(), 21u);
  EXPECT_EQ(count_changed(spec.knowledge, Change::deleted), 8u);
  for (const Item& duty : spec.duties) EXPECT_FALSE(duty.area) << duty.text;  // running headers
  ASSERT_TRUE(spec.education_experience);
  EXPECT_EQ(spec.education_experience->find("Systems Coordinator"), std::string::npos);
}

TEST(ClassSpecSeeds, LosAngelesCompetencyModel) {
  auto specs = specs_in("seeds/004_8a8c8bf6940887f5.txt");
  if (!specs) GTEST_SKIP() << "Los Angeles seed not available";
  ASSERT_EQ(specs->size(), 1u);
  const ClassSpec& spec = specs->front();
  EXPECT_EQ(spec.title, "Director of Systems");
  EXPECT_EQ(spec.class_code, "9375");
  ASSERT_EQ(spec.competencies.size(), 9u);
  EXPECT_EQ(spec.competencies[0].number, "3");
  EXPECT_EQ(spec.competencies[0].indicators.size(), 6u);
  EXPECT_EQ(spec.competencies[8].name, "Leadership");
}

TEST(ClassSpecSeeds, ReportsWithoutSpecs) {
  for (const char* seed : {"seeds/002_415a49744bf07e71.txt", "seeds/003_af8b199ac2cd2511.txt"}) {
    auto specs = specs_in(seed);
    if (!specs) GTEST_SKIP() << seed << " not available";
    EXPECT_TRUE(specs->empty()) << seed;
  }
}

TEST(ClassSpecSeeds, PhiladelphiaLayout) {
  auto specs = specs_in("corpus/real/philadelphia_pa_classspec_1B10_account_clerk.txt");
  if (!specs) GTEST_SKIP() << "Philadelphia spec not available";
  ASSERT_EQ(specs->size(), 1u);
  const ClassSpec& spec = specs->front();
  EXPECT_EQ(spec.title, "Account Clerk");
  EXPECT_EQ(spec.class_code, "1B10");
  EXPECT_EQ(spec.duties.size(), 8u);
  EXPECT_EQ(spec.knowledge.size(), 4u);
  EXPECT_EQ(spec.skills.size(), 3u);
  EXPECT_EQ(spec.abilities.size(), 7u);
  EXPECT_TRUE(spec.education_experience);
  EXPECT_TRUE(spec.special_requirements);
  ASSERT_FALSE(spec.dates.empty());
  EXPECT_EQ(spec.dates[0].label, "Class Established");
  ASSERT_FALSE(spec.other_sections.empty());
  EXPECT_EQ(spec.other_sections[0].heading, "ALLOCATING FACTORS");
}

TEST(ClassSpecSeeds, PhiladelphiaDutyAreasWithoutBullets) {
  auto specs = specs_in("corpus/real/philadelphia_pa_classspec_1F13_fleet_stores_worker.txt");
  if (!specs) GTEST_SKIP() << "Philadelphia spec not available";
  ASSERT_EQ(specs->size(), 1u);
  const ClassSpec& spec = specs->front();
  ASSERT_FALSE(spec.duties.empty());
  EXPECT_EQ(spec.duties.front().area, "Ordering, Receiving, and Storing Inventory");
  EXPECT_EQ(spec.duties.back().area, "Shipping Inventory");
  EXPECT_FALSE(spec.licenses.empty());
}

}  // namespace
}  // namespace agendum
