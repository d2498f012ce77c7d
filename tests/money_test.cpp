#include "extractors/money.h"

#include <gtest/gtest.h>

namespace agendum {
namespace {

TEST(ParseMoney, DollarsWithGroupingAndCents) {
  EXPECT_DOUBLE_EQ(*parse_money("$5,017")->amount, 5017.0);
  EXPECT_DOUBLE_EQ(*parse_money("5,017.00")->amount, 5017.0);
  EXPECT_DOUBLE_EQ(*parse_money("$69,243.20")->amount, 69243.20);
  EXPECT_DOUBLE_EQ(*parse_money("$134,999.08")->amount, 134999.08);
  EXPECT_TRUE(parse_money("$69,243.20")->cents);
  EXPECT_FALSE(parse_money("$5,017")->cents);
  EXPECT_TRUE(parse_money("$5,017")->dollar_sign);
}

TEST(ParseMoney, ParenthesesAreNegative) {
  // Budget tables: "Total Proposed Amendments   $ (6,368)   Net Savings"
  const std::optional<Money> money = parse_money("$ (104,247)");
  ASSERT_TRUE(money);
  EXPECT_TRUE(money->negative);
  EXPECT_DOUBLE_EQ(*money->amount, -104247.0);
  EXPECT_DOUBLE_EQ(*parse_money("($6,368)")->amount, -6368.0);
}

TEST(ParseMoney, PrintedBlankHasNoAmount) {
  const std::optional<Money> dollar_dash = parse_money("$ -");
  ASSERT_TRUE(dollar_dash);
  EXPECT_FALSE(dollar_dash->amount);
  ASSERT_TRUE(parse_money("-"));
  EXPECT_FALSE(parse_money("-")->amount);
}

TEST(ParseMoney, OcrSpaceInsideTheCentsIsJoinedAndMarked) {
  const std::optional<Money> money = parse_money("11. 05");
  ASSERT_TRUE(money);
  EXPECT_DOUBLE_EQ(*money->amount, 11.05);
  EXPECT_TRUE(money->ocr_space);
  EXPECT_FALSE(parse_money("11.05")->ocr_space);
}

TEST(ParseMoney, RatePeriodAfterTheAmount) {
  // "H009 | $12.33 /hour | $12.83 /hour | N/A | 7/1/2007 | H009"
  const std::optional<Money> hourly = parse_money("$12.33 /hour");
  ASSERT_TRUE(hourly);
  EXPECT_DOUBLE_EQ(*hourly->amount, 12.33);
  EXPECT_EQ(hourly->per, "hour");
  EXPECT_EQ(parse_money("$54.61/day")->per, "day");
  EXPECT_EQ(parse_money("$54.61")->per, "");
}

TEST(ParseMoney, RejectsWhatIsNotAnAmount) {
  EXPECT_FALSE(parse_money("2.50%"));
  EXPECT_FALSE(parse_money("Jul-1-2015"));
  EXPECT_FALSE(parse_money("0009"));  // a range code
  EXPECT_FALSE(parse_money("N017"));
  EXPECT_FALSE(parse_money("1234,567"));
  EXPECT_FALSE(parse_money("January 1, 2026"));
  EXPECT_FALSE(parse_money("Hourly"));
  EXPECT_FALSE(parse_money(""));
}

TEST(ParseMoneyRange, BothEndsAndTheTail) {
  const std::optional<MoneyRange> range = parse_money_range("$5,017 - $6,391 per month");
  ASSERT_TRUE(range);
  EXPECT_DOUBLE_EQ(*range->low.amount, 5017);
  EXPECT_DOUBLE_EQ(*range->high.amount, 6391);
  EXPECT_EQ(range->tail, "per month");
  EXPECT_TRUE(parse_money_range("4,330 to 5,517"));
  EXPECT_FALSE(parse_money_range("$4,330"));
  EXPECT_FALSE(parse_money_range("$4,330 and $5,517"));
  EXPECT_FALSE(parse_money_range("Jul-1-2015"));
}

TEST(FindMoney, DollarAmountsInProseOnly) {
  const std::vector<Money> found = find_money(
      "range 341 $5,017 - $6,391 per month, effective 2019 for 12 staff ($ 600.00 total)");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_DOUBLE_EQ(*found[0].amount, 5017);
  EXPECT_DOUBLE_EQ(*found[1].amount, 6391);
  EXPECT_DOUBLE_EQ(*found[2].amount, 600);
  EXPECT_EQ(found[0].text, "$5,017");
  EXPECT_EQ(found[0].offset, 10u);
}

TEST(FindMoney, SkipsPercentagesAndBareNumbers) {
  EXPECT_TRUE(find_money("base salaries are 4.1% below market with 41 benchmark classes").empty());
  const std::vector<Money> found = find_money("Longevity >10 yrs 2.50% and $413.43");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_DOUBLE_EQ(*found[0].amount, 413.43);
}

TEST(MissingDecimalPoint, FlagsHundredfoldAmountAmongCents) {
  const std::vector<double> column = {12.50, 13.25, 1300, 14.10};
  EXPECT_TRUE(missing_decimal_point(*parse_money("1300"), column));
  EXPECT_FALSE(missing_decimal_point(*parse_money("13.00"), column));
  // A monthly column has large values of its own: nothing is out of scale there.
  EXPECT_FALSE(missing_decimal_point(*parse_money("5017"), {4330, 5017, 5517}));
}

TEST(ReadAsThousands, PeriodWhereTheCommaWas) {
  EXPECT_DOUBLE_EQ(*read_as_thousands(*parse_money("$5.199")), 5199);
  EXPECT_DOUBLE_EQ(*read_as_thousands(*parse_money("$10.260")), 10260);
  EXPECT_DOUBLE_EQ(*read_as_thousands(*parse_money("$ 7.682")), 7682);
  // Cents, grouped thousands and four decimals are no comma read as a period.
  EXPECT_FALSE(read_as_thousands(*parse_money("$5.19")));
  EXPECT_FALSE(read_as_thousands(*parse_money("$5,199")));
  EXPECT_FALSE(read_as_thousands(*parse_money("$23.4567")));
  EXPECT_FALSE(read_as_thousands(*parse_money("$1234.567")));
}

}  // namespace
}  // namespace agendum
