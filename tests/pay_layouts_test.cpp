// Pay layouts in the wild: one row per step with several units, rates by effective date,
// dates over Min-Max pairs, grade tables with classes listed under each grade, lists without
// headings, step programs, class lists linked to range tables, tables printed sideways, and
// tables that are no pay (longevity, allowances, per diem). The wording is ours; the layouts
// follow what agencies print.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/pay_range.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<PayRange> extract(std::string_view markup,
                              std::vector<Diagnostic>* diagnostics = nullptr) {
  const CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> ignored;
  return extract_pay_ranges(text, {}, diagnostics ? *diagnostics : ignored);
}

// One table row of markup: each cell padded to its column's width (two spaces at least
// between columns, so cells stay apart the way printed columns do).
std::string row(const std::vector<std::string>& cells, const std::vector<size_t>& widths) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    out += cells[i];
    if (i + 1 < cells.size())
      out +=
          std::string(std::max<size_t>(2, widths[i] - std::min(widths[i], cells[i].size())), ' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\n";
}

const PayRange* find(const std::vector<PayRange>& ranges, const std::string& classification,
                     PayUnit unit) {
  for (const PayRange& pay : ranges)
    if (pay.classification == classification && pay.unit == unit) return &pay;
  return nullptr;
}

// --- One row per step, several units per row, the class named once beside its block -------

const std::vector<size_t> kStepWidths = {22, 9, 12, 9, 12, 12};

std::string step_rows_schedule() {
  std::string text = "Classified Unit Salary Schedule\nEffective July 1, 2024\n";
  text += row({"", "", "Base", "", "", "Bi-Weekly"}, kStepWidths);
  text += row({"", "", "Hourly", "Add", "Hourly", "Rate"}, kStepWidths);
  text += row({"Classification", "Step", "Rate", "On", "Rate", ""}, kStepWidths);
  // Account Clerk: its name beside the middle step.
  const char* clerk[5][4] = {{"$20.00", "$0.75", "$20.75", "$1,600.00"},
                             {"$21.00", "$0.79", "$21.79", "$1,680.00"},
                             {"$22.05", "$0.83", "$22.88", "$1,764.00"},
                             {"$23.15", "$0.87", "$24.02", "$1,852.00"},
                             {"$24.31", "$0.91", "$25.22", "$1,944.80"}};
  for (int s = 0; s < 5; ++s)
    text += row({s == 2 ? "4102 Account Clerk" : "", "Step 0" + std::to_string(s + 1), clerk[s][0],
                 clerk[s][1], clerk[s][2], clerk[s][3]},
                kStepWidths);
  // Senior Account Clerk: its name wrapped over the lines between its steps.
  const char* senior[5][4] = {{"$24.00", "$0.90", "$24.90", "$1,920.00"},
                              {"$25.20", "$0.95", "$26.15", "$2,016.00"},
                              {"$26.46", "$0.99", "$27.45", "$2,116.80"},
                              {"$27.78", "$1.04", "$28.82", "$2,222.40"},
                              {"$29.17", "$1.09", "$30.26", "$2,333.60"}};
  for (int s = 0; s < 5; ++s) {
    if (s == 2) text += "4110 Senior Account\n";
    if (s == 3) text += "  Clerk\n";
    text += row({"", "Step 0" + std::to_string(s + 1), senior[s][0], senior[s][1], senior[s][2],
                 senior[s][3]},
                kStepWidths);
  }
  return text;
}

TEST(PayStepRows, OneRecordPerUnitWithTheClassNamedOnceBesideItsSteps) {
  const std::vector<PayRange> pay = extract(step_rows_schedule());
  ASSERT_EQ(pay.size(), 4u);  // two classes, hourly and bi-weekly each
  const PayRange* hourly = find(pay, "4102 Account Clerk", PayUnit::hourly);
  ASSERT_NE(hourly, nullptr);
  ASSERT_EQ(hourly->steps.size(), 5u);
  EXPECT_EQ(hourly->steps[0].step, "01");
  EXPECT_DOUBLE_EQ(*hourly->min, 20.00);  // the base rate, not the rate with the add-on
  EXPECT_DOUBLE_EQ(*hourly->max, 24.31);
  EXPECT_EQ(hourly->effective_date, "2024-07-01");
  const PayRange* biweekly = find(pay, "4102 Account Clerk", PayUnit::biweekly);
  ASSERT_NE(biweekly, nullptr);
  EXPECT_DOUBLE_EQ(*biweekly->min, 1600.00);
  EXPECT_DOUBLE_EQ(*biweekly->max, 1944.80);
}

TEST(PayStepRows, NameWrappedBetweenTheStepsIsOneClass) {
  const std::vector<PayRange> pay = extract(step_rows_schedule());
  const PayRange* senior = find(pay, "4110 Senior Account Clerk", PayUnit::biweekly);
  ASSERT_NE(senior, nullptr);
  ASSERT_EQ(senior->steps.size(), 5u);
  EXPECT_DOUBLE_EQ(*senior->min, 1920.00);
  EXPECT_DOUBLE_EQ(*senior->max, 2333.60);
  for (const PayRange& range : pay) EXPECT_NE(range.min, 0.75);  // add-ons are no range
}

TEST(PayStepRows, ClassHeadingAboveItsSteps) {
  const std::vector<size_t> widths = {24, 14, 14};
  std::string text = row({"Step", "Hourly", "Monthly"}, widths);
  text += "Library Assistant\n";
  text += row({"Step A", "$18.10", "$3,137.33"}, widths);
  text += row({"Step B", "$19.01", "$3,295.07"}, widths);
  text += row({"Step C", "$19.96", "$3,459.73"}, widths);
  text += "Library Technician\n";
  text += row({"Step A", "$21.40", "$3,709.33"}, widths);
  text += row({"Step B", "$22.47", "$3,894.80"}, widths);
  text += row({"Step C", "$23.59", "$4,088.93"}, widths);
  const std::vector<PayRange> pay = extract(text);
  const PayRange* assistant = find(pay, "Library Assistant", PayUnit::monthly);
  ASSERT_NE(assistant, nullptr);
  EXPECT_DOUBLE_EQ(*assistant->max, 3459.73);
  const PayRange* technician = find(pay, "Library Technician", PayUnit::hourly);
  ASSERT_NE(technician, nullptr);
  ASSERT_EQ(technician->steps.size(), 3u);
  EXPECT_EQ(technician->steps[2].step, "C");
  EXPECT_DOUBLE_EQ(*technician->min, 21.40);
}

// --- Rates by effective date --------------------------------------------------------------

TEST(PayEffectiveDates, OneRecordPerClassPerDateColumn) {
  const std::vector<size_t> widths = {24, 16, 16, 16};
  std::string text = "Wages. The pay scale for full-time employees is as follows:\n";
  text += row({"Classification", "July 1, 2024", "July 1, 2025", "July 1, 2026"}, widths);
  text += row({"Master Mechanic", "$28.45", "$29.30", "$30.18"}, widths);
  text += row({"Custodian (non CDL)", "$15.97", "$16.45", "$16.94"}, widths);
  const std::vector<PayRange> pay = extract(text);
  ASSERT_EQ(pay.size(), 6u);
  EXPECT_EQ(pay[0].classification, "Master Mechanic");
  EXPECT_EQ(pay[0].effective_date, "2024-07-01");
  EXPECT_DOUBLE_EQ(*pay[0].min, 28.45);
  EXPECT_EQ(pay[0].unit, PayUnit::hourly);  // from size: nothing prints the unit
  EXPECT_EQ(pay[2].effective_date, "2026-07-01");
  EXPECT_DOUBLE_EQ(*pay[2].max, 30.18);
  EXPECT_EQ(pay[3].classification, "Custodian (non CDL)");
}

TEST(PayEffectiveDates, DatesPrintedOverMinMaxPairs) {
  const std::vector<size_t> widths = {26, 22, 22, 22};
  std::string text = "SALARY RANGES\n";
  text += row({"EFFECTIVE DATE:", "7/1/24", "7/1/25", "9/30/26"}, widths);
  text += row({"TITLE", "Min. - Max.", "Min. - Max.", "Min. - Max."}, widths);
  text += row(
      {"Licensed Vocational Nurse", "$48,883 - $52,883", "$50,038 - $54,198", "$50,316 - $54,514"},
      widths);
  const std::vector<PayRange> pay = extract(text);
  ASSERT_EQ(pay.size(), 3u);
  EXPECT_EQ(pay[0].classification, "Licensed Vocational Nurse");
  EXPECT_EQ(pay[0].unit, PayUnit::annual);
  EXPECT_DOUBLE_EQ(*pay[0].min, 48883);
  EXPECT_DOUBLE_EQ(*pay[0].max, 52883);
  EXPECT_EQ(pay[0].effective_date, "2024-07-01");
  EXPECT_EQ(pay[2].effective_date, "2026-09-30");
  EXPECT_DOUBLE_EQ(*pay[2].min, 50316);
}

TEST(PayEffectiveDates, SectionsEachUnderTheirOwnDate) {
  const std::vector<size_t> widths = {24, 14, 14};
  std::string text = "Salary Schedule Effective July 1, 2024\n";
  text += row({"Classification", "Minimum", "Maximum"}, widths);
  text += row({"Planner", "$6,100", "$7,400"}, widths);
  text += "\nSalary Schedule Effective July 1, 2025\n";
  text += row({"Classification", "Minimum", "Maximum"}, widths);
  text += row({"Planner", "$6,283", "$7,622"}, widths);
  const std::vector<PayRange> pay = extract(text);
  ASSERT_EQ(pay.size(), 2u);
  EXPECT_EQ(pay[0].effective_date, "2024-07-01");
  EXPECT_EQ(pay[1].effective_date, "2025-07-01");
  EXPECT_DOUBLE_EQ(*pay[1].max, 7622);
  EXPECT_EQ(pay[1].unit, PayUnit::monthly);
}

// --- Grade tables with the classes of each grade listed under it ---------------------------

TEST(PayGradeTable, ClassesListedInColumnsUnderEachGrade) {
  const std::vector<size_t> widths = {22, 10, 10, 10, 10};
  std::string text = "Monthly Salary Plan\n";
  text += row({"Monthly Salary", "Step 1", "Step 2", "Step 3", "Step 4"}, widths);
  text += row({"Salary Grade (1)", "$5,199", "$5,368", "$5,542", "$5,722"}, widths);
  text += "Planner 1                       Permit Technician\n";
  text += row({"Salary Grade (2)", "$5,459", "$5,636", "$5,819", "$6,008"}, widths);
  text += "Accountant 2                    Crime Analyst\n";
  text += "Housing Specialist\n";
  const std::vector<PayRange> pay = extract(text);
  ASSERT_EQ(pay.size(), 5u);
  EXPECT_EQ(pay[0].classification, "Planner 1");
  EXPECT_EQ(pay[0].range, "1");
  EXPECT_EQ(pay[0].unit, PayUnit::monthly);  // "Monthly Salary" heads the grade column
  EXPECT_EQ(pay[0].steps.size(), 4u);
  EXPECT_EQ(pay[1].classification, "Permit Technician");
  EXPECT_EQ(pay[2].classification, "Accountant 2");
  EXPECT_EQ(pay[2].range, "2");
  EXPECT_DOUBLE_EQ(*pay[2].max, 6008);
  EXPECT_EQ(pay[4].classification, "Housing Specialist");
}

// --- Class lists linked to range tables ---------------------------------------------------

TEST(PayClassList, ClassesTakeTheirRangesFromTheTableInEffect) {
  const std::vector<size_t> list = {12, 34, 8};
  std::string text = "Classification Plan (July 1, 2024 - June 30, 2026)\n";
  text += row({"Class No.", "Class Title", "Range"}, list);
  text += row({"0102", "Office Assistant", "12"}, list);
  text += row({"0104", "Office Specialist", "15"}, list);
  text += row({"0530", "Word Processing Technician", "15"}, list);
  text += row({"0707", "Property Specialist", "19"}, list);
  text += "<<page>>\n";
  const std::vector<size_t> steps = {10, 8, 8, 8, 8};
  text += "Monthly Salary Schedule\n(7/1/2023 - 6/30/2024)\n";
  text += row({"Range", "Step 1", "Step 2", "Step 3", "Step 4"}, steps);
  text += row({"12", "2,702", "2,807", "2,897", "3,022"}, steps);
  text += row({"15", "2,980", "3,110", "3,245", "3,390"}, steps);
  text += "\nMonthly Salary Schedule\n(7/1/2024 - 6/30/2025)\n";
  text += row({"Range", "Step 1", "Step 2", "Step 3", "Step 4"}, steps);
  text += row({"12", "2,783", "2,891", "2,984", "3,113"}, steps);
  text += row({"15", "3,069", "3,203", "3,342", "3,492"}, steps);
  const std::vector<PayRange> pay = extract(text);
  const PayRange* assistant = nullptr;
  const PayRange* property = nullptr;
  for (const PayRange& range : pay) {
    if (range.classification == "Office Assistant") assistant = &range;
    if (range.classification == "Property Specialist") property = &range;
  }
  ASSERT_NE(assistant, nullptr);
  EXPECT_EQ(assistant->range, "12");
  EXPECT_EQ(assistant->unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*assistant->min, 2783);  // the table dated within the list's period
  EXPECT_DOUBLE_EQ(*assistant->max, 3113);
  EXPECT_EQ(assistant->steps.size(), 4u);
  EXPECT_EQ(assistant->effective_date, "2024-07-01");
  EXPECT_EQ(assistant->pages.first, 1);  // the record stays where the class is listed
  ASSERT_NE(property, nullptr);          // range 19 is in no table: no amounts
  EXPECT_EQ(property->range, "19");
  EXPECT_FALSE(property->min);
  EXPECT_EQ(property->unit, PayUnit::unknown);
}

// An MOU's appendices: the grade x step table, then the list of classes and their grades
// under its own headings. The headings belong to the list, not to the last grade's row.
TEST(PayClassList, ListAfterTheGradeTableUnderItsOwnHeadings) {
  // As the page prints: grades right-aligned under their heading, headings centred, the
  // list's "Classification" centred over its column, its title in a larger face across both
  // columns' headings.
  std::string text =
      "#                                APPENDIX A\n"
      "#                         MONTHLY SALARY SCHEDULE\n"
      "                                   Effective July 6, 2024\n"
      "     Grade        Step 1        Step 2        Step 3        Step 4\n"
      "        20      3,412.00      3,582.60      3,761.73      3,949.82\n"
      "        21      3,497.30      3,672.17      3,855.78      4,048.57\n"
      "        22      3,584.73      3,763.97      3,952.17      4,149.78\n"
      "\n"
      "  Hourly equivalents are the monthly amount times twelve, divided by 2,080.\n"
      "\n"
      "#                                APPENDIX B\n"
      "#                 CLASSIFICATIONS AND GRADES\n"
      "#                  Classification      Grade\n"
      "  Account Clerk                                               20\n"
      "  Maintenance Worker I                                        21\n"
      "  Office Specialist                                           22\n";
  const std::vector<PayRange> pay = extract(text);
  for (const PayRange& range : pay) {  // the grades' own records name no class
    if (range.classification) {
      EXPECT_EQ(range.classification->find("APPENDIX"), std::string::npos);
    }
  }
  const PayRange* worker = find(pay, "Maintenance Worker I", PayUnit::monthly);
  ASSERT_NE(worker, nullptr);
  EXPECT_EQ(worker->range, "21");
  EXPECT_DOUBLE_EQ(*worker->min, 3497.30);
  EXPECT_DOUBLE_EQ(*worker->max, 4048.57);
  EXPECT_EQ(worker->steps.size(), 4u);
  EXPECT_EQ(worker->effective_date, "2024-07-06");
}

// A civil service commission's list of classification actions: a header over two lines
// ("SAL." over "RANGE"), titles and actions wrapped inside their cells, and a distribution
// list under the table. Each class keeps its whole title and its range; the wrapped words of
// other columns and the names below are no classes.
TEST(PayClassList, CommissionActionsWithWrappedCells) {
  const std::vector<size_t> columns = {6, 8, 36, 18, 8, 12};
  std::string text = "# I. CLASSIFICATION AND PAY ACTIONS\n";
  text += row({"NO.", "CLASS", "CLASS TITLE", "NATURE OF", "SAL.", "COMMISSION"}, columns);
  text += row({"", "CODE", "", "ACTION", "RANGE", "ACTION"}, columns);
  text += row({"1.", "4K11", "Water Quality Laboratory", "Change in", "N25", "Approved"}, columns);
  text += row({"", "", "Supervisor", "class", "", ""}, columns);
  text += row({"", "", "", "specification", "", ""}, columns);
  text +=
      row({"2.", "6B07", "Code Enforcement Inspector 2", "Change in", "19", "Approved"}, columns);
  text += row({"", "", "", "pay range", "", ""}, columns);
  text += row({"3.", "2A30", "Grants Accountant", "Establishment", "EP17", "Approved"}, columns);
  text += row({"", "", "", "of Class", "", ""}, columns);
  text += row({"4.", "8C12", "Fleet Parts Specialist", "Change in", "14", "Held over"}, columns);
  text += row({"", "", "(Heavy Equipment)", "class", "", ""}, columns);
  text += "\nDistribution:\n";
  const std::vector<size_t> names = {20, 20, 20};
  text += row({"R. Abernathy", "T. Delgado", "Local 12"}, names);
  text += row({"K. Osei", "P. Marchetti", "Local 47"}, names);
  text += row({"L. Brandt", "J. Whitcomb", "Fire Local 9"}, names);
  const std::vector<PayRange> pay = extract(text);
  std::vector<std::pair<std::string, std::string>> found;
  for (const PayRange& range : pay)
    found.emplace_back(range.classification.value_or(""), range.range.value_or(""));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Water Quality Laboratory Supervisor", "N25"},
      {"Code Enforcement Inspector 2", "19"},
      {"Grants Accountant", "EP17"},
      {"Fleet Parts Specialist (Heavy Equipment)", "14"}};
  EXPECT_EQ(found, expected);
  for (const PayRange& range : pay) {
    EXPECT_FALSE(range.min);
    EXPECT_EQ(range.unit, PayUnit::unknown);
  }
}

// --- Lists without column headings --------------------------------------------------------

TEST(PayList, ClassesAndStepsBehindDotLeaders) {
  const std::vector<PayRange> pay = extract(
      "ARTICLE 30 SALARY\n"
      "The monthly base wage rates for members of the bargaining unit\n"
      "as of January 1, 2025 are:\n"
      "Firefighter II\n"
      "1 to 2 Years .............................. $ 3,485.65\n"
      "2 to 3 Years .............................. $ 3,736.78\n"
      "3 Years and Over .......................... $ 3,869.21\n"
      "Fire Engineer ............................. $ 4,113.08\n"
      "Fire Captain .............................. $ 4,669.60\n"
      "Relief Dispatcher\n"
      "(Part Time) ............................... $ 21.37 Per hour\n");
  ASSERT_EQ(pay.size(), 4u);
  EXPECT_EQ(pay[0].classification, "Firefighter II");
  EXPECT_EQ(pay[0].unit, PayUnit::monthly);
  ASSERT_EQ(pay[0].steps.size(), 3u);
  EXPECT_DOUBLE_EQ(*pay[0].min, 3485.65);
  EXPECT_DOUBLE_EQ(*pay[0].max, 3869.21);
  EXPECT_EQ(pay[0].effective_date, "2025-01-01");
  EXPECT_EQ(pay[1].classification, "Fire Engineer");
  EXPECT_DOUBLE_EQ(*pay[1].min, 4113.08);
  EXPECT_EQ(pay[3].classification, "Relief Dispatcher (Part Time)");
  EXPECT_EQ(pay[3].unit, PayUnit::hourly);
}

TEST(PayList, StepProgramNamesTheClassAtEachStep) {
  const std::vector<size_t> widths = {14, 22, 10};
  std::string text =
      "Mechanics shall have a step program which ends at Master Mechanic.\n"
      "The steps are as follows:\n";
  text += row({"Step One", "Apprentice #2", "$18.00"}, widths);
  text += row({"Step Two", "Apprentice #2", "$18.45"}, widths);
  text += row({"Step Three", "Apprentice #1", "$20.00"}, widths);
  text += row({"Step Four", "Journeyman", "$24.83"}, widths);
  text += row({"Step Five", "Journeyman", "$25.45"}, widths);
  const std::vector<PayRange> pay = extract(text);
  ASSERT_EQ(pay.size(), 3u);
  EXPECT_EQ(pay[0].classification, "Apprentice #2");
  ASSERT_EQ(pay[0].steps.size(), 2u);
  EXPECT_EQ(pay[0].steps[1].step, "Two");
  EXPECT_DOUBLE_EQ(*pay[0].max, 18.45);
  EXPECT_EQ(pay[2].classification, "Journeyman");
  EXPECT_EQ(pay[2].unit, PayUnit::hourly);
}

TEST(PayList, FeeListsAreNotPay) {
  const std::vector<PayRange> pay = extract(
      "The following fees are adopted:\n"
      "Dog License .............................. $ 25.00\n"
      "Kennel Permit ............................ $ 75.00\n"
      "Impound Charge ........................... $ 40.00\n");
  EXPECT_TRUE(pay.empty());
}

// --- Tables that are no pay ---------------------------------------------------------------

TEST(PayNotPay, LongevityAllowancePerDiemAndContentsAreNoRanges) {
  const std::vector<size_t> widths = {24, 22, 22};
  std::string text = "Section 7. Longevity Differential\n";
  text += "Employees with the years below receive an annual longevity differential.\n";
  text += row({"Years of Experience", "Effective 7/1/24", "Effective 7/1/25"}, widths);
  text += row({"After 5 years", "$157", "$160"}, widths);
  text += row({"After 10 Years", "an additional $260", "an additional $270"}, widths);
  text += "\nPer Diem Rates\n";
  text += row({"Effective Date", "Day", "Evening & Night"}, widths);
  text += row({"7/1/24", "$122.00", "$133.00"}, widths);
  text += "\nTABLE OF CONTENTS\n";
  text += row({"IV", "UNION SECURITY AND DUES", "4"}, widths);
  text += row({"XXII", "WAGES", "12"}, widths);
  text += row({"XXIII", "DURATION", "13"}, widths);
  EXPECT_TRUE(extract(text).empty());
}

}  // namespace
}  // namespace agendum
