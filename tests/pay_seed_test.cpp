// Pay extraction on the seed packets (text renderings of real packets), with the real
// text and segmentation stages in front.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/pay_range.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

const std::string kSeeds = std::string(AGENDUM_SOURCE_DIR) + "/../shared/seeds/";

struct SeedPay {
  std::vector<PayRange> pay;
  std::vector<Diagnostic> diagnostics;
};

std::optional<SeedPay> seed_pay(const std::string& prefix) {
  if (!std::filesystem::exists(kSeeds)) return std::nullopt;
  for (const auto& entry : std::filesystem::directory_iterator(kSeeds)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    // The renderings escape dollar signs for markdown ("\$33.29").
    for (size_t at = text.find("\\$"); at != std::string::npos; at = text.find("\\$", at))
      text.erase(at, 1);
    SeedPay out;
    const CleanText clean = testing::clean_from_markup(text);
    const std::vector<DocumentSpan> documents = segment_packet(clean, out.diagnostics);
    out.pay = extract_pay_ranges(clean, documents, out.diagnostics);
    return out;
  }
  return std::nullopt;
}

size_t count_code(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  size_t count = 0;
  for (const Diagnostic& d : diagnostics) count += d.code == code;
  return count;
}

TEST(PaySeeds, TorranceSpecHeadersAndNarrative) {
  const std::optional<SeedPay> seed = seed_pay("000_");
  if (!seed) GTEST_SKIP() << "seed packets missing";
  // Six specs print hourly, monthly and annual lines (one only monthly and annual), and a
  // staff report gives the first and top steps of a range in a sentence. The budget review's
  // fiscal impacts and reference points are not pay ranges.
  ASSERT_EQ(seed->pay.size(), 18u);
  size_t in_specs = 0;
  for (const PayRange& pay : seed->pay) {
    if (pay.context == PayContext::class_spec) {
      ++in_specs;
      EXPECT_TRUE(pay.classification) << pay.text;
    }
    EXPECT_NE(pay.unit, PayUnit::unknown) << pay.text;
    EXPECT_LT(*pay.min, *pay.max) << pay.text;
  }
  EXPECT_EQ(in_specs, 17u);
  EXPECT_EQ(seed->pay[0].text, "$33.29 - $46.95 Hourly");
  EXPECT_EQ(seed->pay[0].id, "pay-1");
  EXPECT_EQ(seed->pay[17].classification, "Office Assistant");
  EXPECT_EQ(seed->pay[17].unit, PayUnit::hourly);
  EXPECT_EQ(count_code(seed->diagnostics, "pay_units_disagree"), 0u);
}

TEST(PaySeeds, CarsonReclassificationTable) {
  const std::optional<SeedPay> seed = seed_pay("001_");
  if (!seed) GTEST_SKIP() << "seed packets missing";
  ASSERT_EQ(seed->pay.size(), 2u);
  EXPECT_EQ(seed->pay[1].classification, "Systems Coordinator");
  EXPECT_EQ(seed->pay[1].range, "341");
  EXPECT_EQ(seed->pay[1].context, PayContext::resolution);
}

TEST(PaySeeds, SealBeachSurveyIsNotPayAndAppendicesAreIllegible) {
  const std::optional<SeedPay> seed = seed_pay("002_");
  if (!seed) GTEST_SKIP() << "seed packets missing";
  EXPECT_TRUE(seed->pay.empty());
  EXPECT_EQ(count_code(seed->diagnostics, "illegible_table"), 1u);
}

TEST(PaySeeds, DiamondBarFeesAndCheckRegisterAreNotPay) {
  const std::optional<SeedPay> seed = seed_pay("003_");
  if (!seed) GTEST_SKIP() << "seed packets missing";
  EXPECT_TRUE(seed->pay.empty());
  EXPECT_EQ(count_code(seed->diagnostics, "illegible_table"), 0u);
}

}  // namespace
}  // namespace agendum
