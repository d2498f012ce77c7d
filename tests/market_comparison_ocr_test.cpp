// extract_market_comparisons() on a market table as OCR reads a scanned study: letters taken
// for digits and digits for letters in the header and the names, a percent sign set apart
// from its figure, a lost closing parenthesis, and a stray mark between the columns.
#include <gtest/gtest.h>

#include "extractors/market_comparison.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<MarketComparison> extract(std::string_view markup) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  return extract_market_comparisons(
      text, {testing::whole_document(text, DocumentKind::compensation_study)}, diagnostics);
}

constexpr std::string_view kScanned = R"(# MARKET SUMMARY

Benchmark Classification	# of Matches	Base Sa1ary % Above/(BeIow) Median	Total Compensation % Above/(Below) Median
Accountant	7	(3.2 %)	1.5%
Civil Engineer	9	4.0%	2.2 %
Senior Librarian	6	(0.8%	| (2.4%)
Water Treatment Operator Ill	8	12.1%	9.9%
)";

TEST(MarketComparisonsOcr, NoisyTableKeepsItsFigures) {
  std::vector<MarketComparison> rows = extract(kScanned);
  ASSERT_EQ(rows.size(), 8u);
  auto find = [&](std::string_view name, std::string_view measure) -> const MarketComparison* {
    for (const MarketComparison& row : rows)
      if (row.classification == name && row.measure == measure) return &row;
    return nullptr;
  };
  const MarketComparison* accountant = find("Accountant", "base_salary");
  ASSERT_NE(accountant, nullptr);
  EXPECT_EQ(accountant->percent_vs_market, -3.2);
  const MarketComparison* engineer = find("Civil Engineer", "total_compensation");
  ASSERT_NE(engineer, nullptr);
  EXPECT_EQ(engineer->percent_vs_market, 2.2);
  const MarketComparison* librarian = find("Senior Librarian", "base_salary");
  ASSERT_NE(librarian, nullptr);
  EXPECT_EQ(librarian->percent_vs_market, -0.8);
  const MarketComparison* total = find("Senior Librarian", "total_compensation");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->percent_vs_market, -2.4);
  EXPECT_NE(find("Water Treatment Operator III", "base_salary"), nullptr);
}

}  // namespace
}  // namespace agendum
