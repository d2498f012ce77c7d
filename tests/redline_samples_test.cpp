// Redlined specifications on the bundled samples: struck-through text never reaches the
// accepted text, on born-digital pages (strokes from the vector graphics) and on scans
// (strokes found in the image).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "tests/support/command.h"

namespace agendum {
namespace {

// Lower case, letters and digits only, single spaces: OCR and layout differences in spacing
// and punctuation do not hide a leak.
std::string comparable(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out.push_back(static_cast<char>(std::tolower(c)));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string accepted_text(const nlohmann::json& spec) {
  std::string text;
  for (const char* list : {"duties", "other_duties", "knowledge", "skills", "abilities", "licenses"})
    for (const auto& item : spec[list])
      if (item["change"] != "deleted") text += comparable(item["text"].get<std::string>()) + " | ";
  for (const char* field : {"definition", "distinguishing_characteristics", "supervision_received",
                            "supervision_exercised", "education_experience", "special_requirements",
                            "career_ladder"})
    if (spec[field].is_string()) text += comparable(spec[field].get<std::string>()) + " | ";
  return text;
}

std::vector<std::string> deleted_text(const nlohmann::json& spec) {
  std::vector<std::string> runs;
  for (const char* list : {"duties", "other_duties", "knowledge", "skills", "abilities", "licenses"})
    for (const auto& item : spec[list]) {
      if (item["change"] == "deleted") runs.push_back(comparable(item["text"].get<std::string>()));
      for (const auto& run : item["deleted"]) runs.push_back(comparable(run.get<std::string>()));
    }
  return runs;
}

const std::map<std::string, nlohmann::json>& packets() {
  static const std::map<std::string, nlohmann::json> extracted = [] {
    std::map<std::string, nlohmann::json> out;
    for (const char* sample : {"carson_19-110.pdf", "carson_19-110_scan.pdf", "mixed_carson_torrance.pdf"}) {
      testing::CommandResult result = testing::run_agendum("extract " + testing::source_path(std::string("samples/") + sample));
      out[sample] = nlohmann::json::parse(result.out, nullptr, false);
    }
    return out;
  }();
  return extracted;
}

// The runs the Carson seed strikes through (~~...~~), long enough to be unambiguous.
std::vector<std::string> carson_struck_runs() {
  std::ifstream in(testing::source_path("samples/seeds/carson_reso_19-110.txt"));
  std::stringstream seed;
  seed << in.rdbuf();
  std::string text = seed.str();
  std::vector<std::string> runs;
  static const std::regex kStruck("~~([^~]+)~~");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kStruck); it != std::sregex_iterator(); ++it) {
    std::string run = comparable((*it)[1].str());
    if (run.size() >= 12) runs.push_back(run);
  }
  return runs;
}

TEST(RedlineSamples, CarsonStruckTextNeverInAcceptedText) {
  std::vector<std::string> struck = carson_struck_runs();
  ASSERT_GE(struck.size(), 10u);
  for (const char* sample : {"carson_19-110.pdf", "carson_19-110_scan.pdf", "mixed_carson_torrance.pdf"}) {
    SCOPED_TRACE(sample);
    const nlohmann::json& packet = packets().at(sample);
    ASSERT_FALSE(packet.is_discarded());
    ASSERT_FALSE(packet["class_specs"].empty());
    const nlohmann::json& spec = packet["class_specs"][0];
    std::string accepted = accepted_text(spec);
    for (const std::string& run : struck) EXPECT_EQ(accepted.find(run), std::string::npos) << "leaked: " << run;
    EXPECT_FALSE(deleted_text(spec).empty()) << "the redline was not seen at all";
  }
}

TEST(RedlineSamples, BornDigitalCarsonKeepsEveryDeletion) {
  const nlohmann::json& spec = packets().at("carson_19-110.pdf")["class_specs"][0];
  std::vector<std::string> deleted = deleted_text(spec);
  std::string all;
  for (const std::string& run : deleted) all += run + " | ";
  // A deletion fused to the next word ("sorts~~Open, sort~~ and") is cut at the stroke's end.
  EXPECT_NE(all.find("open sort"), std::string::npos) << all;
  EXPECT_NE(accepted_text(spec).find("opens sorts and routes"), std::string::npos);
  int deleted_items = 0;
  for (const auto& item : spec["duties"]) deleted_items += item["change"] == "deleted";
  EXPECT_GE(deleted_items, 2);
}

}  // namespace
}  // namespace agendum
