// Resolutions from other agencies' PDFs, end to end (read, clean, segment, extract). The
// corpus lives in ../shared, which users do not have: each test skips when its file is missing.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/run/run.h"

namespace agendum {
namespace {

std::optional<Packet> packet_of(const std::string& name) {
  std::filesystem::path file =
      std::filesystem::path(AGENDUM_SOURCE_DIR) / ".." / "shared" / "corpus" / "real" / name;
  if (!std::filesystem::exists(file)) return std::nullopt;
  ReadOptions options;
  options.jobs = 1;
  Result<Extraction> extraction = extract_packet(file.string(), options);
  if (!extraction.ok()) return std::nullopt;
  return extraction.value().packet;
}

TEST(ResolutionCorpus, CountyBoardResolutionWithHandwrittenVote) {
  std::optional<Packet> packet = packet_of("sacramento_county_boe_reso_22-07_2022-04-12.pdf");
  if (!packet) GTEST_SKIP() << "corpus file not available";
  ASSERT_EQ(packet->resolutions.size(), 1u);
  const Resolution& resolution = packet->resolutions[0];
  EXPECT_EQ(resolution.number, "22-07");
  EXPECT_EQ(resolution.body, "Board of Education");
  EXPECT_EQ(resolution.jurisdiction, "Sacramento County");
  EXPECT_EQ(resolution.recitals.size(), 5u);
  EXPECT_EQ(resolution.sections.size(), 2u);
  EXPECT_EQ(resolution.adopted_date, "2022-04-12");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes_count, 5);
  EXPECT_TRUE(resolution.vote->ayes.empty());  // the names are handwriting, not print
  EXPECT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.pages.first, 1);
  EXPECT_EQ(resolution.pages.last, 2);
}

TEST(ResolutionCorpus, ScannedRollCallSheet) {
  std::optional<Packet> packet = packet_of("desmoines_ia_rollcall_21-0796_2021-05-24_scan.pdf");
  if (!packet) GTEST_SKIP() << "corpus file not available";
  ASSERT_EQ(packet->resolutions.size(), 1u);
  const Resolution& resolution = packet->resolutions[0];
  EXPECT_FALSE(resolution.number);  // handwritten
  EXPECT_EQ(resolution.jurisdiction, "City of Des Moines");
  EXPECT_EQ(resolution.recitals.size(), 3u);
  EXPECT_EQ(resolution.adopted_date, "2021-05-24");
  EXPECT_FALSE(resolution.vote);  // marks in a table
}

}  // namespace
}  // namespace agendum
