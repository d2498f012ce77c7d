// extract_resolutions() over whole seed packets, segmented by the real segmenter. The seeds
// live in ../shared, which users do not have: each test skips when its file is missing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractors/resolution.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::optional<std::string> read_seed(std::string_view prefix) {
  std::filesystem::path folder =
      std::filesystem::path(AGENDUM_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!std::filesystem::exists(folder)) return std::nullopt;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }
  return std::nullopt;
}

struct Extracted {
  std::vector<DocumentSpan> documents;
  std::vector<Resolution> resolutions;
  std::vector<Diagnostic> diagnostics;
};

Extracted extract_seed(const std::string& markup) {
  Extracted out;
  CleanText text = testing::clean_from_markup(markup);
  out.documents = segment_packet(text, out.diagnostics);
  out.resolutions = extract_resolutions(text, out.documents, {}, out.diagnostics);
  return out;
}

TEST(ResolutionSeeds, Carson) {
  std::optional<std::string> seed = read_seed("001_");
  if (!seed) GTEST_SKIP() << "seed 001 not available";
  Extracted extracted = extract_seed(*seed);
  ASSERT_EQ(extracted.resolutions.size(), 1u);
  const Resolution& resolution = extracted.resolutions[0];
  EXPECT_EQ(resolution.number, "19-110");
  EXPECT_EQ(resolution.jurisdiction, "City of Carson");
  EXPECT_EQ(resolution.body, "City Council");
  ASSERT_TRUE(resolution.title);
  EXPECT_TRUE(resolution.title->ends_with("TO THE SYSTEMS COORDINATOR POSITION"));
  EXPECT_EQ(resolution.recitals.size(), 7u);
  ASSERT_EQ(resolution.sections.size(), 5u);
  EXPECT_TRUE(resolution.sections[4].text.ends_with("the same shall be in force and effect."));
  EXPECT_EQ(resolution.status, ResolutionStatus::draft);
  EXPECT_FALSE(resolution.vote);
  EXPECT_EQ(resolution.adopted_date, "2019-05-14");
  EXPECT_EQ(resolution.references, (std::vector<std::string>{"77-111", "18-069"}));
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Albert Robles");
  EXPECT_EQ(resolution.signatories[0].role, "Mayor");
}

TEST(ResolutionSeeds, DiamondBar) {
  std::optional<std::string> seed = read_seed("003_");
  if (!seed) GTEST_SKIP() << "seed 003 not available";
  Extracted extracted = extract_seed(*seed);
  ASSERT_EQ(extracted.resolutions.size(), 3u);
  const Resolution& minutes_vote = extracted.resolutions[0];
  EXPECT_EQ(minutes_vote.number, "2020-13");
  EXPECT_EQ(minutes_vote.status, ResolutionStatus::adopted);
  EXPECT_EQ(minutes_vote.adopted_date, "2020-05-19");
  EXPECT_EQ(minutes_vote.jurisdiction, "City of Diamond Bar");
  ASSERT_TRUE(minutes_vote.vote);
  EXPECT_EQ(minutes_vote.vote->ayes,
            (std::vector<std::string>{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  for (size_t i = 1; i < 3; ++i) {
    const Resolution& draft = extracted.resolutions[i];
    EXPECT_EQ(draft.number, i == 1 ? "2020-14" : "2020-15");
    EXPECT_EQ(draft.status, ResolutionStatus::draft);
    EXPECT_FALSE(draft.vote);
    EXPECT_EQ(draft.adopted_date, "2020-06-02");
    EXPECT_EQ(draft.jurisdiction, "City of Diamond Bar");
    EXPECT_EQ(draft.signatories.size(), 2u);
  }
  EXPECT_EQ(extracted.resolutions[1].sections.size(), 1u);  // never the personnel rules' sections
  EXPECT_EQ(extracted.resolutions[2].sections.size(), 3u);
}

TEST(ResolutionSeeds, Torrance) {
  std::optional<std::string> seed = read_seed("000_");
  if (!seed) GTEST_SKIP() << "seed 000 not available";
  // A civil service packet without resolutions: its class specs' "Section" headings and
  // "adopted" dates make none.
  EXPECT_TRUE(extract_seed(*seed).resolutions.empty());
}

// Any stretch of a real packet, cut anywhere and called any kind of document, gives records
// that are whole (an id, a status, pages) and never a crash.
TEST(ResolutionSeeds, SurvivesArbitraryCuts) {
  std::optional<std::string> seed = read_seed("003_");
  if (!seed) GTEST_SKIP() << "seed 003 not available";
  std::vector<std::string> markups;
  for (size_t at = 0; at + 1 < seed->size(); at += 7919) markups.push_back(seed->substr(at, 5000));
  for (std::string_view other : {"000_", "001_"})
    if (std::optional<std::string> more = read_seed(other))
      for (size_t at = 0; at + 1 < more->size(); at += 15013)
        markups.push_back(more->substr(at, 6000));
  int records = 0;
  for (const std::string& markup : markups) {
    CleanText text = testing::clean_from_markup(markup);
    if (text.lines.empty()) continue;
    for (DocumentKind kind :
         {DocumentKind::resolution, DocumentKind::minutes, DocumentKind::other}) {
      DocumentSpan document = testing::whole_document(text, kind, "doc-1");
      std::vector<Diagnostic> diagnostics;
      for (const Resolution& resolution : extract_resolutions(text, {document}, {}, diagnostics)) {
        ++records;
        EXPECT_FALSE(resolution.id.empty());
        EXPECT_TRUE(resolution.status == ResolutionStatus::adopted ||
                    resolution.status == ResolutionStatus::draft);
        EXPECT_GE(resolution.pages.first, 1);
        EXPECT_GE(resolution.pages.last, resolution.pages.first);
      }
    }
  }
  EXPECT_GT(records, 0);
}

}  // namespace
}  // namespace agendum
