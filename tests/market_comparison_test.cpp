// extract_market_comparisons() on compensation studies' market tables: a table with a column
// header, a count of matches and negative figures in parentheses; a table printed as running
// text (line breaks lost) with a running header inside it; percentages counted below the
// market; prose that quotes percentages; a table whose measures nobody names; tables that print
// the comparators' amounts and the median before the percentage, lines kept or lost.
#include "extractors/market_comparison.h"

#include <gtest/gtest.h>

#include "pipeline/recognize/compensation_study.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

struct Extracted {
  std::vector<MarketComparison> rows;
  std::vector<Diagnostic> diagnostics;
};

Extracted extract(std::string_view markup, DocumentKind kind = DocumentKind::compensation_study) {
  CleanText text = testing::clean_from_markup(markup);
  Extracted out;
  out.rows =
      extract_market_comparisons(text, {testing::whole_document(text, kind)}, out.diagnostics);
  return out;
}

const MarketComparison* find(const std::vector<MarketComparison>& rows, std::string_view name,
                             std::string_view measure) {
  for (const MarketComparison& row : rows)
    if (row.classification == name && row.measure == measure) return &row;
  return nullptr;
}

constexpr std::string_view kColumns = R"(# MARKET SUMMARY

The table shows, for each benchmark class, how the District's pay compares with the median of
the comparator agencies.

Benchmark Classification	# of Matches	Base Salary % Above/(Below) Median	Total Compensation % Above/(Below) Median
Accountant	7	(3.2%)	1.5%
Civil Engineer	9	4.0%	2.2%
Planning Technician	3	Insufficient Matches	Insufficient Matches
Senior Librarian	6	-0.8%	(2.4%)
<<page>>
Water Treatment Operator III	8	12.1%	9.9%
)";

TEST(MarketComparisons, ColumnHeaderMatchesAndParentheses) {
  Extracted out = extract(kColumns);
  ASSERT_EQ(out.rows.size(), 10u);
  const MarketComparison* accountant = find(out.rows, "Accountant", "base_salary");
  ASSERT_NE(accountant, nullptr);
  EXPECT_EQ(accountant->percent_vs_market, -3.2);
  EXPECT_EQ(accountant->comparators, 7);
  EXPECT_FALSE(accountant->note);
  EXPECT_EQ(accountant->text, "Accountant 7 (3.2%) 1.5%");
  EXPECT_EQ(accountant->document, "doc-2");
  const MarketComparison* librarian = find(out.rows, "Senior Librarian", "total_compensation");
  ASSERT_NE(librarian, nullptr);
  EXPECT_EQ(librarian->percent_vs_market, -2.4);
  const MarketComparison* technician = find(out.rows, "Planning Technician", "base_salary");
  ASSERT_NE(technician, nullptr);
  EXPECT_FALSE(technician->percent_vs_market);
  EXPECT_EQ(technician->note, "Insufficient Matches");
  EXPECT_EQ(technician->comparators, 3);
  // The table runs on over the page break.
  const MarketComparison* operator3 = find(out.rows, "Water Treatment Operator III", "base_salary");
  ASSERT_NE(operator3, nullptr);
  EXPECT_EQ(operator3->percent_vs_market, 12.1);
  EXPECT_EQ(operator3->pages.first, 2);
  EXPECT_TRUE(out.diagnostics.empty());
}

// The same kind of table as a text layer without line breaks gives it: rows run on, a wrapped
// name, two figures printed together, and the report's running header in the middle.
constexpr std::string_view kRunningText =
    R"(Comparator data was collected from eleven agencies. Summary of Findings Final Report
Harbor District Compensation Study Page Final Report Harbor District Compensation Study Page
The table lists, for each benchmark class, the percent above or below the market median of the
top monthly salary and of total compensation. Harbor Patrol Officer 6.2% 3.9% Deckhand 2.0%
-1.1% Facilities Maintenance Worker II -0.5% -4.4% Marina Office Assistant -3.3%-2.7% Final
Report Harbor District Compensation Study Page Dock Supervisor -7.9% -10.2% Harbor Master
Insufficient Data Insufficient Data Base salaries are competitive for most classes.
)";

TEST(MarketComparisons, RowsRunningOnInFlattenedText) {
  Extracted out = extract(kRunningText);
  ASSERT_EQ(out.rows.size(), 12u);
  EXPECT_EQ(out.rows[0].classification, "Harbor Patrol Officer");
  EXPECT_EQ(out.rows[0].measure, "base_salary");
  EXPECT_EQ(out.rows[1].measure, "total_compensation");
  const MarketComparison* worker =
      find(out.rows, "Facilities Maintenance Worker II", "total_compensation");
  ASSERT_NE(worker, nullptr);
  EXPECT_EQ(worker->percent_vs_market, -4.4);
  const MarketComparison* assistant =
      find(out.rows, "Marina Office Assistant", "total_compensation");
  ASSERT_NE(assistant, nullptr);
  EXPECT_EQ(assistant->percent_vs_market, -2.7);
  // The running header is not part of the name after it.
  const MarketComparison* supervisor = find(out.rows, "Dock Supervisor", "base_salary");
  ASSERT_NE(supervisor, nullptr);
  EXPECT_EQ(supervisor->percent_vs_market, -7.9);
  const MarketComparison* master = find(out.rows, "Harbor Master", "total_compensation");
  ASSERT_NE(master, nullptr);
  EXPECT_EQ(master->note, "Insufficient Data");
}

// The amounts behind the percentages printed between name and cells: the agency's own top
// salary, each comparator's ("N/A" or a dash where one has no match), the market median.
constexpr std::string_view kAmounts = R"(Table 2. Top Monthly Salary Comparison
Classification	Agency	Alton	Birch	Carlow	Dorset	Median	% Above / (Below) Market
Accountant	$8,015	$8,240	N/A	$7,990	$8,410	$8,240	(2.7%)
Code Enforcement Officer	$6,540	$6,975	$7,110	-	$6,890	$6,975	(6.2%)
Executive Assistant	$6,610	N/A	$6,980	N/A	N/A	Insufficient Data
Equipment Mechanic	6,880	6,720	6,655	6,810	6,905	6,765	1.7%
)";

TEST(MarketComparisons, AmountsBetweenNameAndPercentages) {
  Extracted out = extract(kAmounts);
  ASSERT_EQ(out.rows.size(), 4u);
  const MarketComparison* accountant = find(out.rows, "Accountant", "base_salary");
  ASSERT_NE(accountant, nullptr);
  EXPECT_EQ(accountant->percent_vs_market, -2.7);
  EXPECT_FALSE(accountant->note);
  const MarketComparison* officer = find(out.rows, "Code Enforcement Officer", "base_salary");
  ASSERT_NE(officer, nullptr);
  EXPECT_EQ(officer->percent_vs_market, -6.2);
  // Placeholders of the last comparators are no cells: the row keeps its one note.
  const MarketComparison* assistant = find(out.rows, "Executive Assistant", "base_salary");
  ASSERT_NE(assistant, nullptr);
  EXPECT_FALSE(assistant->percent_vs_market);
  EXPECT_EQ(assistant->note, "Insufficient Data");
  const MarketComparison* mechanic = find(out.rows, "Equipment Mechanic", "base_salary");
  ASSERT_NE(mechanic, nullptr);
  EXPECT_EQ(mechanic->percent_vs_market, 1.7);
  EXPECT_EQ(mechanic->text, "Equipment Mechanic 6,880 6,720 6,655 6,810 6,905 6,765 1.7%");
}

TEST(MarketComparisons, AmountsTableWithLineBreaksLost) {
  std::string flat;
  for (char c : kAmounts.substr(kAmounts.find("Accountant"))) flat += c == '\n' ? ' ' : c;
  Extracted out = extract("Table 2. Top Monthly Salary Comparison\n" + flat + "\n");
  ASSERT_EQ(out.rows.size(), 4u);
  EXPECT_EQ(out.rows[1].classification, "Code Enforcement Officer");
  EXPECT_EQ(out.rows[2].note, "Insufficient Data");
  EXPECT_EQ(out.rows[3].percent_vs_market, 1.7);
}

TEST(MarketComparisons, AmountsAsOcrPrintsThem) {
  Extracted out = extract(R"(Table 2. Top Monthly Salary Comparison
Accountant	$8,O15	$8,240	N/A	$7,99O	$8,410	$8,240	(2.7%)
Senior Civil Engineer	$l2,150	$12,480	$12,925	--	$I2,700	$12,615	(3.7%)
Equipment Mechanic	$6,880	$6,720	$6,655	$6,810	$6,905	$6,765	1.7%
)");
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].classification, "Accountant");
  EXPECT_EQ(out.rows[1].classification, "Senior Civil Engineer");
  EXPECT_EQ(out.rows[1].percent_vs_market, -3.7);
}

TEST(MarketComparisons, PercentagesCountedBelowTheMarketChangeSign) {
  Extracted out = extract(R"(Classification	% Below Market Median (Base Salary)
Park Ranger	4.5%
Recreation Leader	0.0%
Aquatics Supervisor	11.0%
)");
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].measure, "base_salary");
  EXPECT_EQ(out.rows[0].percent_vs_market, -4.5);
  EXPECT_EQ(out.rows[2].percent_vs_market, -11.0);
}

TEST(MarketComparisons, ProseWithPercentagesIsNoTable) {
  Extracted out = extract(R"(Base salaries rose 3.5% in 2019, 2.0% in 2020 and 4.1% in 2021. Total
compensation grew by 6.2% over the same years, while the market median moved 5.0%.
)");
  EXPECT_TRUE(out.rows.empty());
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(MarketComparisons, MeasuresNobodyNamesAreUnknown) {
  Extracted out = extract(R"(APPENDIX C
Police Sergeant	5.1%	2.2%
Police Corporal	3.3%	1.0%
Dispatcher	-2.0%	-3.1%
)");
  ASSERT_EQ(out.rows.size(), 6u);
  EXPECT_EQ(out.rows[0].measure, "unknown");
  ASSERT_EQ(out.diagnostics.size(), 1u);
  EXPECT_EQ(out.diagnostics[0].code, "market_measures_unknown");
  EXPECT_EQ(out.diagnostics[0].severity, Severity::warning);
}

TEST(MarketComparisons, OnlyCompensationStudiesAreRead) {
  EXPECT_TRUE(extract(kColumns, DocumentKind::staff_report).rows.empty());
}

TEST(MarketVocabulary, MeasuresInTheOrderNamed) {
  EXPECT_EQ(measures_named("the percent above or below the top monthly salary market median and "
                           "total compensation market median is listed"),
            (std::vector<std::string>{"base_salary", "total_compensation"}));
  EXPECT_EQ(measures_named("Total Comp. % Diff   Base Salary % Diff   Benefits Value"),
            (std::vector<std::string>{"total_compensation", "base_salary", "benefits"}));
  EXPECT_TRUE(measures_named("The salary survey").empty());
  EXPECT_TRUE(counts_below_market("% Below Market"));
  EXPECT_FALSE(counts_below_market("% Above/(Below) Market"));
}

}  // namespace
}  // namespace agendum
