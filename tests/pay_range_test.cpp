#include "extractors/pay_range.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/support/markup.h"

namespace agendum {
namespace {

struct Extracted {
  std::vector<PayRange> pay;
  std::vector<Diagnostic> diagnostics;
};

Extracted extract(std::string_view markup, std::vector<DocumentSpan> documents = {}) {
  const CleanText text = testing::clean_from_markup(markup);
  Extracted out;
  out.pay = extract_pay_ranges(text, documents, out.diagnostics);
  return out;
}

DocumentSpan whole_document(DocumentKind kind, std::optional<std::string> title = std::nullopt) {
  DocumentSpan document;
  document.id = "doc-1";
  document.kind = kind;
  document.title = std::move(title);
  document.pages = {1, 9};
  document.lines = {0, 10000};
  return document;
}

size_t count_code(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [&](const Diagnostic& d) { return d.code == code; }));
}

// --- Class spec headers -------------------------------------------------------------------

constexpr const char* kSpecHeader =
    "**DEPUTY CITY CLERK II**\n"
    "$33.29 - $46.95 Hourly\n"
    "$5,770.27 - $8,138.00 Monthly\n"
    "$69,243.20 - $97,656.00 Annually\n"
    "**DEFINITION**\n"
    "Under general direction, performs a variety of professional duties.\n";

TEST(PayRangeSpecHeader, OneRecordPerUnit) {
  const Extracted out =
      extract(kSpecHeader, {whole_document(DocumentKind::class_spec, "Deputy City Clerk II")});
  ASSERT_EQ(out.pay.size(), 3u);
  EXPECT_EQ(out.pay[0].id, "pay-1");
  EXPECT_EQ(out.pay[2].id, "pay-3");
  EXPECT_EQ(out.pay[0].unit, PayUnit::hourly);
  EXPECT_EQ(out.pay[1].unit, PayUnit::monthly);
  EXPECT_EQ(out.pay[2].unit, PayUnit::annual);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 33.29);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 46.95);
  EXPECT_DOUBLE_EQ(*out.pay[2].min, 69243.20);
  EXPECT_DOUBLE_EQ(*out.pay[2].max, 97656.00);
  for (const PayRange& pay : out.pay) {
    EXPECT_EQ(pay.context, PayContext::class_spec);
    EXPECT_EQ(pay.document, "doc-1");
    EXPECT_EQ(pay.classification, "Deputy City Clerk II");
    EXPECT_EQ(pay.pages.first, 1);
  }
  EXPECT_EQ(out.pay[1].text, "$5,770.27 - $8,138.00 Monthly");
  EXPECT_EQ(out.pay[1].lines.first, 2u);
  EXPECT_EQ(out.pay[1].lines.last, 3u);
  EXPECT_EQ(count_code(out.diagnostics, "pay_units_disagree"), 0u);
}

TEST(PayRangeSpecHeader, UnitsThatDoNotConvertAreReported) {
  // The annual line was retyped with a digit dropped: 69,243.20 became 6,924.32.
  const Extracted out = extract(
      "$33.29 - $46.95 Hourly\n"
      "$5,770.27 - $8,138.00 Monthly\n"
      "$6,924.32 - $97,656.00 Annually\n");
  ASSERT_EQ(out.pay.size(), 3u);
  EXPECT_DOUBLE_EQ(*out.pay[2].min, 6924.32);  // reported, never corrected
  EXPECT_GE(count_code(out.diagnostics, "pay_units_disagree"), 1u);
  for (const Diagnostic& d : out.diagnostics) EXPECT_EQ(d.stage, "pay_range");
}

TEST(PayRangeChecks, MinimumAboveMaximum) {
  const Extracted out = extract("$46.95 - $33.29 Hourly\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(count_code(out.diagnostics, "pay_min_above_max"), 1u);
  EXPECT_EQ(out.diagnostics[0].page, 1);
}

// --- Reclassification table (Carson Resolution 19-110, Section 3) ---------------------------

TEST(PayRangeReclassification, OneRecordPerClassWithRangeNumber) {
  const Extracted out = extract(
      "Existing Classification Title\tExisting Salary Range\tProposed Classification "
      "Title\tProposed Salary Range\n"
      "Division Secretary\trange 335 $4,330 - $5,517 per month\tSystems Coordinator\trange 341 "
      "$5,017 - $6,391 "
      "per month\n",
      {whole_document(DocumentKind::resolution)});
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[0].classification, "Division Secretary");
  EXPECT_EQ(out.pay[0].range, "335");
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 4330);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 5517);
  EXPECT_EQ(out.pay[1].classification, "Systems Coordinator");
  EXPECT_EQ(out.pay[1].range, "341");
  EXPECT_DOUBLE_EQ(*out.pay[1].min, 5017);
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 6391);
  EXPECT_EQ(out.pay[1].context, PayContext::resolution);
  EXPECT_EQ(out.pay[1].text, "range 341 $5,017 - $6,391 per month");
}

TEST(PayRangeInline, OneClassTwoUnitsOnARow) {
  const Extracted out = extract(
      "Accountant\t$5,017 - $6,391 per month\t$28.94 - $36.87 per hour\n"
      "Senior Accountant\t$5,531 - $7,045 per month\t$31.91 - $30.64 per hour\n");
  ASSERT_EQ(out.pay.size(), 4u);
  EXPECT_EQ(out.pay[1].classification, "Accountant");
  EXPECT_EQ(out.pay[1].unit, PayUnit::hourly);
  EXPECT_EQ(out.pay[3].classification, "Senior Accountant");
  // The second row's hourly maximum is misprinted: below its minimum, and not the monthly x 12 /
  // 2,080.
  EXPECT_EQ(count_code(out.diagnostics, "pay_min_above_max"), 1u);
  EXPECT_EQ(count_code(out.diagnostics, "pay_units_disagree"), 1u);
}

TEST(PayRangeInline, LabelAndUnitInTheCellsBeside) {
  const Extracted out = extract(
      "Salary Range:\t$4,330 - $5,517\tMonthly\n"
      "$33.29 - $46.95\tHourly\n");
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
  EXPECT_FALSE(out.pay[0].classification);
  EXPECT_EQ(out.pay[1].unit, PayUnit::hourly);
}

TEST(PayRangeReclassification, WrappedUnitsAndABudgetLineBelow) {
  // Carson Resolution 19-110 as its text layer reads: the "per month" of both ranges wraps
  // to a line of its own, and Section 4's budget amendment follows.
  const Extracted out = extract(
      "Existing Classification      Existing Salary Range      Proposed            Proposed Salary "
      "Range\n"
      "Title                                                   Classification Title\n"
      "Division Secretary           range 335 $4,330 - $5,517  Systems Coordinator range 341 "
      "$5,017 - $6,391\n"
      "\n"
      "                             per month                                      per month\n"
      "Section 4. The following amendment will be made to the City's FY 2018-2019 budget:\n"
      "Description                                                    Approximate Increase\n"
      "Division Secretary to Systems Coordinator                      $600.00\n",
      {whole_document(DocumentKind::resolution)});
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[0].classification, "Division Secretary");
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
  EXPECT_EQ(out.pay[1].classification, "Systems Coordinator");
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 6391);
}

// --- Narrative ----------------------------------------------------------------------------

TEST(PayRangeNarrative, FirstAndTopStepWithUnitFromSize) {
  const Extracted out = extract(
      "The Senior Lifeguard classification is recommended at $18.73 at the first step and $23.90 "
      "at the top "
      "step of the range.\n",
      {whole_document(DocumentKind::staff_report)});
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].unit, PayUnit::hourly);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 18.73);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 23.90);
  EXPECT_EQ(out.pay[0].context, PayContext::report);
}

// --- Multi-column schedule (pdftotext -layout rendering of a fire district's schedule) ------

constexpr const char* kMasterSchedule =
    "SALARY SCHEDULE\n"
    "\n"
    "                                                        MINIMUM HOURLY     MAXIMUM HOURLY     "
    "  MINIMUM "
    "MONTHLY             MAXIMUM MONTHLY\n"
    "               TITLE                  Effective Date\n"
    "                                                             RATE               RATE          "
    "       SALARY "
    "                     SALARY\n"
    "\n"
    "ADMINISTRATIVE ANALYST               January 1, 2026              $49.10             $59.68   "
    "              "
    "$8,510.74                  $10,344.86\n"
    "BATTALION CHIEF- 56 hr               January 1, 2026              $68.33             $75.34   "
    "             "
    "$16,628.01                  $18,332.38\n"
    "DEFENSIBLE SPACE INSPECTOR           January 1, 2026              $35.00             $35.00 - "
    "             "
    "             -\n"
    "DEFENSIBLE SPACE SPECIALIST          January 1, 2026              $45.00             $45.00\n"
    "PAID CALL FIREFIGHTER (ON-CALL)      January 1, 2026              $16.90             $22.90   "
    "         -     "
    "                      -\n";

TEST(PayRangeSchedule, HourlyAndMonthlyRecordsPerTitle) {
  const Extracted out = extract(kMasterSchedule, {whole_document(DocumentKind::salary_schedule)});
  // Two analysts' rows give hourly and monthly; the three rows with blank monthly cells
  // give hourly only.
  ASSERT_EQ(out.pay.size(), 7u);
  EXPECT_EQ(out.pay[0].classification, "ADMINISTRATIVE ANALYST");
  EXPECT_EQ(out.pay[0].unit, PayUnit::hourly);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 49.10);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 59.68);
  EXPECT_EQ(out.pay[1].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*out.pay[1].min, 8510.74);
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 10344.86);
  EXPECT_EQ(out.pay[3].classification, "BATTALION CHIEF- 56 hr");
  EXPECT_DOUBLE_EQ(*out.pay[3].max, 18332.38);
  EXPECT_EQ(out.pay[4].classification, "DEFENSIBLE SPACE INSPECTOR");
  EXPECT_EQ(out.pay[4].unit, PayUnit::hourly);
  EXPECT_EQ(out.pay[5].classification, "DEFENSIBLE SPACE SPECIALIST");
  EXPECT_DOUBLE_EQ(*out.pay[5].min, 45.00);
  EXPECT_EQ(out.pay[6].classification, "PAID CALL FIREFIGHTER (ON-CALL)");
  EXPECT_DOUBLE_EQ(*out.pay[6].max, 22.90);
  for (const PayRange& pay : out.pay) EXPECT_EQ(pay.context, PayContext::schedule);
  // 56-hour shift: hourly x 2,912 agrees with monthly x 12.
  EXPECT_EQ(count_code(out.diagnostics, "pay_units_disagree"), 0u);
}

TEST(PayRangeScheduleDates, EffectiveDateFromTheRow) {
  const Extracted out = extract(kMasterSchedule);
  ASSERT_FALSE(out.pay.empty());
  EXPECT_EQ(out.pay[0].effective_date, "2026-01-01");
}

// --- Step rows under a class (MOU appendix) -------------------------------------------------

constexpr const char* kMouSteps =
    " 5% COLA PP Including January 1, 2026                            Base           Base      "
    "Holiday    "
    "Holiday\n"
    "              POSITION                     Hourly   Bi-Weekly  Monthly         Annually   "
    "Monthly Annually\n"
    "    56-hr PROBATIONARY FIREFIGHTER         $36.11   $4,054.92 $8,785.65      $105,427.85 "
    "$938.74 $11,264.89\n"
    "                         FIREFIGHTER I     $44.03   $4,945.02 $10,714.21     $128,570.55 "
    "$1,144.81 "
    "$13,737.67\n"
    "                                      II   $46.23   $5,192.27 $11,249.92     $134,999.07 "
    "$1,202.05 "
    "$14,424.56\n"
    "                                     III   $48.54   $5,451.89 $11,812.42     $141,749.02 "
    "$1,262.15 "
    "$15,145.79\n";

TEST(PayRangeStepRows, RowsNamedByStepJoinTheClassAbove) {
  const Extracted out = extract(kMouSteps);
  // Probationary: one rate per unit (4 units; holiday columns are not base pay).
  // Firefighter: steps I-III per unit.
  ASSERT_EQ(out.pay.size(), 8u);
  EXPECT_EQ(out.pay[0].classification, "56-hr PROBATIONARY FIREFIGHTER");
  EXPECT_EQ(out.pay[0].unit, PayUnit::hourly);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 36.11);
  EXPECT_EQ(out.pay[1].unit, PayUnit::biweekly);
  EXPECT_EQ(out.pay[3].unit, PayUnit::annual);
  EXPECT_DOUBLE_EQ(*out.pay[3].max, 105427.85);
  const PayRange& firefighter_hourly = out.pay[4];
  EXPECT_EQ(firefighter_hourly.classification, "FIREFIGHTER");
  EXPECT_EQ(firefighter_hourly.unit, PayUnit::hourly);
  ASSERT_EQ(firefighter_hourly.steps.size(), 3u);
  EXPECT_EQ(firefighter_hourly.steps[0].step, "I");
  EXPECT_EQ(firefighter_hourly.steps[2].step, "III");
  EXPECT_DOUBLE_EQ(firefighter_hourly.steps[1].amount, 46.23);
  EXPECT_DOUBLE_EQ(*firefighter_hourly.min, 44.03);
  EXPECT_DOUBLE_EQ(*firefighter_hourly.max, 48.54);
  EXPECT_EQ(firefighter_hourly.lines.first, 3u);
  EXPECT_EQ(firefighter_hourly.lines.last, 6u);
  EXPECT_EQ(out.pay[6].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*out.pay[6].max, 11812.42);
  for (const PayRange& pay : out.pay) {
    EXPECT_NE(pay.min, 938.74);  // holiday pay is not a pay range
    EXPECT_NE(pay.min, 1144.81);
  }
}

TEST(PayRangeStepRowsDates, EffectiveDateFromTheHeader) {
  const Extracted out = extract(kMouSteps);
  ASSERT_FALSE(out.pay.empty());
  EXPECT_EQ(out.pay[0].effective_date, "2026-01-01");
}

TEST(PayRangeStepRows, IncentivePayColumnsAreNotPayRanges) {
  const Extracted out = extract(
      "           CY 2026               1st ED      2nd ED    3rd ED Company         Chief        "
      "MOP or EFO\n"
      "          POSITION              Monthly     Monthly   Monthly Officer        Officer\n"
      "     PROBATIONARY FIREFIGHTER $200.00       $300.00   $400.00 $50.00         $50.00         "
      "$100.00\n"
      "                  FIREFIGHTER I $200.00     $300.00   $400.00 $50.00         $50.00         "
      "$100.00\n");
  EXPECT_TRUE(out.pay.empty());
}

// --- Step and grade tables --------------------------------------------------------------------

TEST(PayRangeStepTable, ClassesListedUnderTheRange) {
  const Extracted out = extract(
      "Salaries are shown in monthly amounts.\n"
      "RANGE        STEP A       STEP B       STEP C       STEP D       STEP E\n"
      " 335         4,330        4,547        4,774        5,013        5,264\n"
      "      Division Secretary\n"
      " 341         5,017        5,268        5,531        5,808        6,098\n"
      "      Systems Coordinator\n"
      "      Senior Account Clerk\n");
  ASSERT_EQ(out.pay.size(), 3u);
  EXPECT_EQ(out.pay[0].range, "335");
  EXPECT_EQ(out.pay[0].classification, "Division Secretary");
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
  ASSERT_EQ(out.pay[0].steps.size(), 5u);
  EXPECT_EQ(out.pay[0].steps[0].step, "A");
  EXPECT_EQ(out.pay[0].steps[4].step, "E");
  EXPECT_DOUBLE_EQ(out.pay[0].steps[4].amount, 5264);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 4330);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 5264);
  EXPECT_EQ(out.pay[1].range, "341");
  EXPECT_EQ(out.pay[1].classification, "Systems Coordinator");
  EXPECT_EQ(out.pay[2].classification, "Senior Account Clerk");
  EXPECT_EQ(out.pay[2].range, "341");
}

TEST(PayRangeStepTable, ClassesBesideTheRange) {
  const Extracted out = extract(
      "CLASSIFICATION          RANGE     STEP A     STEP B     STEP C\n"
      "Account Clerk           0009      $33,412    $34,387    $35,376\n"
      "Systems Coordinator     EP12      $35,423    $37,951    $40,475\n");
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[0].classification, "Account Clerk");
  EXPECT_EQ(out.pay[0].range, "0009");
  EXPECT_EQ(out.pay[0].unit, PayUnit::annual);
  EXPECT_EQ(out.pay[1].range, "EP12");
  EXPECT_EQ(out.pay[1].steps.size(), 3u);
}

TEST(PayRangeStepTable, StepsThatFallAreReported) {
  const Extracted out = extract(
      "RANGE        STEP A       STEP B       STEP C\n"
      " 335         4,330        4,247        4,774\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(count_code(out.diagnostics, "pay_steps_not_increasing"), 1u);
}

// Philadelphia's pay range pages print cells between bars, with the range code at both ends.
constexpr const char* kGradeTable =
    "AFSCME DC47 Local 2186 Pay Ranges (N001-N041, CP10-19-A)\n"
    "Salaries are listed in annual amounts unless otherwise noted.\n"
    "This salary table was generated: 7/7/2015 8:43:47 AM, E.S.T.\n"
    "Pay Range | Step1 | Step2 | Step3 | Step4 | Step5 | Step6 | Step7 | Date Effective | Pay "
    "Range\n"
    "CP10-19-A | $34,077 | $37,581 | $47,884 | $51,302 | $54,717 | $58,146 | $61,565 | Jul-1-2015 "
    "| CP10-19-A\n"
    "N017 | $43,958 | $47,091 | $50,222 | $53,363 | $56,501 | N/A | N/A | Jul-1-2015 | N017\n"
    "<<page>>\n"
    "N018 | $45,529 | $48,778 | $52,028 | $55,274 | $58,524 | N/A | N/A | Jul-1-2015 | N018\n";

TEST(PayRangeGradeTable, BarSeparatedRowsAcrossPages) {
  const Extracted out = extract(kGradeTable);
  ASSERT_EQ(out.pay.size(), 3u);
  EXPECT_EQ(out.pay[0].range, "CP10-19-A");
  EXPECT_EQ(out.pay[0].steps.size(), 7u);
  EXPECT_EQ(out.pay[0].unit, PayUnit::annual);
  EXPECT_EQ(out.pay[1].range, "N017");
  ASSERT_EQ(out.pay[1].steps.size(), 5u);  // "N/A" steps are absent, not zero
  EXPECT_EQ(out.pay[1].steps[4].step, "5");
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 56501);
  EXPECT_FALSE(out.pay[1].classification);
  EXPECT_EQ(out.pay[2].range, "N018");
  EXPECT_EQ(out.pay[2].pages.first, 2);  // the table runs on without its header
}

TEST(PayRangeGradeTable, RepeatedHeaderStartsNoNewRecords) {
  const Extracted out = extract(
      "Pay Range | Step1 | Step2 | Step3 | Step4 | Date Effective | Pay Range\n"
      "0009 | $33,412 | $34,387 | $35,376 | $36,360 | Jul-1-2015 | 0009\n"
      "<<page>>\n"
      "Pay Range | Step1 | Step2 | Step3 | Step4 | Date Effective | Pay Range\n"
      "0010 | $34,470 | $35,504 | $36,534 | $37,564 | Jul-1-2015 | 0010\n");
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[1].range, "0010");
  EXPECT_EQ(out.pay[1].pages.first, 2);
  EXPECT_EQ(out.pay[1].unit, PayUnit::annual);  // from size: no unit is printed here
}

TEST(PayRangeCellPerLine, ExportWithOneCellPerLine) {
  const Extracted out = extract(
      "Classification\n"
      "Minimum Monthly\n"
      "Maximum Monthly\n"
      "Division Secretary\n"
      "$4,330\n"
      "$5,517\n"
      "Systems Coordinator\n"
      "$5,017\n"
      "$6,391\n");
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[1].classification, "Systems Coordinator");
  EXPECT_EQ(out.pay[1].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*out.pay[1].min, 5017);
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 6391);
  EXPECT_EQ(out.pay[1].lines.first, 6u);
  EXPECT_EQ(out.pay[1].lines.last, 9u);
}

TEST(PayRangeChecks, AmountMissingItsDecimalPointIsFlaggedNotFixed) {
  const Extracted out = extract(
      "TITLE                    HOURLY RATE\n"
      "Recreation Leader        $12.50\n"
      "Lifeguard                1300\n"
      "Senior Lifeguard         $14.10\n"
      "Pool Manager             $16.75\n");
  ASSERT_EQ(out.pay.size(), 4u);
  EXPECT_DOUBLE_EQ(*out.pay[1].min, 1300);
  EXPECT_EQ(count_code(out.diagnostics, "pay_amount_suspect"), 1u);
}

TEST(PayRangeRangeColumn, SalaryRangeCellsUnderAHeading) {
  const Extracted out = extract(
      "Classification            Salary Range             Effective\n"
      "Accountant                $5,017 - $6,391          July 1, 2019\n"
      "Senior Accountant         $5,531 - $7,045          July 1, 2019\n");
  ASSERT_EQ(out.pay.size(), 2u);
  EXPECT_EQ(out.pay[0].classification, "Accountant");
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*out.pay[0].min, 5017);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 6391);
  EXPECT_FALSE(out.pay[0].range);
  EXPECT_DOUBLE_EQ(*out.pay[1].max, 7045);
}

TEST(PayRangeInline, PeriodWrittenOntoTheAmount) {
  const Extracted out = extract("Salary: $2,400.00 - $2,950.00/biweekly\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].unit, PayUnit::biweekly);
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 2950);
}

TEST(PayRangeInline, UnitBeforeTheRange) {
  const Extracted out = extract("Monthly: $5,017.00 - $6,391.00\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].unit, PayUnit::monthly);
}

TEST(PayRangeInline, RangeNamedWithoutAmounts) {
  const Extracted out = extract(
      "9D12\n"
      "PAY RANGE: N17\n"
      "RECREATION LEADER 2\n",
      {whole_document(DocumentKind::class_spec, "RECREATION LEADER 2")});
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].range, "N17");
  EXPECT_EQ(out.pay[0].unit, PayUnit::unknown);
  EXPECT_FALSE(out.pay[0].min);
  EXPECT_FALSE(out.pay[0].max);
  EXPECT_EQ(out.pay[0].classification, "RECREATION LEADER 2");
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(PayRangeGradeTable, FourteenNumberedSteps) {
  const Extracted out = extract(
      "GRADE   1      2      3      4      5      6      7      8      9      10     11     12     "
      "13     14\n"
      "EP12    35423  36480  37570  38690  39850  41040  42270  43540  44840  46190  47570  49000  "
      "50470  "
      "51980\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].range, "EP12");
  ASSERT_EQ(out.pay[0].steps.size(), 14u);
  EXPECT_EQ(out.pay[0].steps[13].step, "14");
  EXPECT_DOUBLE_EQ(*out.pay[0].max, 51980);
  EXPECT_EQ(out.pay[0].unit, PayUnit::annual);
}

TEST(PayRangeScheduleDates, EffectiveDateInTheTitleAboveTheHeader) {
  const Extracted out = extract(
      "Approved by the Board June 3, 2024\n"
      "SALARY SCHEDULE EFFECTIVE JULY 1, 2024\n"
      "CLASSIFICATION          RANGE     STEP A     STEP B     STEP C\n"
      "Account Clerk           0009      $33,412    $34,387    $35,376\n");
  ASSERT_EQ(out.pay.size(), 1u);
  EXPECT_EQ(out.pay[0].effective_date, "2024-07-01");
}

// --- Not pay ------------------------------------------------------------------------------

TEST(PayRangeNotPay, FeesBudgetsRegistersSurveysAndGrievanceSteps) {
  const Extracted out = extract(
      "For Diamond Bar, this means increasing those fees as follows:\n"
      "Unaltered Dog Licenses - Increase from $50 to $100.\n"
      "Penalty Fee - Increase from $25 to $60.\n"
      "Dog License Fee Changes\tAltered Dog\tUnaltered Dog\tAltered Dog (Senior "
      "Discount)\tPenalty\n"
      "Diamond Bar (Current)\t$20.00\t$50.00\t$10.00\t$25.00\n"
      "Chino (Current)\t$25.00\t$50.00\t$5.00\t$35.00\n"
      "3.3 RATIFICATION OF CHECK REGISTER DATED MAY 7, 2020 THROUGH MAY 20, 2020 TOTALING "
      "$634,455.70.\n"
      "7\tCommunity Services\tDelete 1.0 Senior Recreation Supervisor\t$ (104,247)\tGeneral Fund\n"
      "Total Proposed Amendments\t\t\t$ (6,368)\tNet Savings\n"
      "The results show that the City's base salaries are 4.1% below market with a variance of "
      "28.4% below "
      "market to 8.7% above market.\n"
      "Step 1: Informal Discussion: The grievant shall discuss the grievance with the supervisor.\n"
      "If the grievance is not settled at Step 1, the grievant may submit it at Step 2.\n"
      "The annual permit fee range is $50 - $100 depending on the size of the event.\n"
      "The budget range for the salary survey contract is $15,000 - $20,000 per year.\n");
  EXPECT_TRUE(out.pay.empty()) << out.pay.front().text;
}

TEST(PayRangeIllegible, GarbledScheduleGivesADiagnosticAndNoNumbers) {
  const Extracted out = extract(
      "Final Report - Volume II Total Compensation Study\n"
      "<<page>>\n"
      "Appendix III Current Salary Schedule\n"
      "O O__^^^^__--^^^^_'-m'_--mmmRR&rpRRRrNN FNNRRmm$ Ny Om s gBN$mrm8 YummA^R$C^m, R.$ am: a.e "
      "N O\n"
      "uiN NromN mm'R Nn&RRRRHNNNFANNNR ,B .mx$:a m rvrvNNmmmY4NNNNNN. mmm _waa np RRnM RF RNNm\n"
      "z U o o o o r e c c q N H C g= f - ^ E E E E & b d m c $12.50 $ 1,300 E E m E m\n");
  EXPECT_TRUE(out.pay.empty());
  ASSERT_EQ(count_code(out.diagnostics, "illegible_table"), 1u);
  const auto it = std::find_if(out.diagnostics.begin(), out.diagnostics.end(),
                               [](const Diagnostic& d) { return d.code == "illegible_table"; });
  EXPECT_EQ(it->page, 2);
  EXPECT_EQ(it->stage, "pay_range");
}

// An OCR'd line: words at the x positions the recogniser reported, proportional widths.
Line ocr_line(int page, double y, const std::vector<std::pair<std::string, double>>& words) {
  Line line;
  line.page = page;
  line.method = PageMethod::ocr;
  line.confidence = 88;
  line.font_size = 10;
  for (const auto& [text, x] : words) {
    Word word;
    word.text = text;
    word.box = {x, y, x + 5.3 * static_cast<double>(text.size()), y + 10};
    word.font_size = 10;
    word.confidence = 88;
    line.words.push_back(word);
    line.text += (line.text.empty() ? "" : " ") + text;
  }
  line.match = line.text;
  line.box = {line.words.front().box.x0, y, line.words.back().box.x1, y + 10};
  return line;
}

TEST(PayRangeGeometry, BlankCellsFindTheirColumnsFromAlignment) {
  CleanText text;
  text.lines = {
      ocr_line(3, 100,
               {{"CLASSIFICATION", 40},
                {"MIN", 252},
                {"HOURLY", 272},
                {"MAX", 332},
                {"HOURLY", 352},
                {"MIN", 410},
                {"MONTHLY", 430},
                {"MAX", 500},
                {"MONTHLY", 520}}),
      ocr_line(3, 116, {{"Recreation", 40}, {"Leader", 95}, {"$16.50", 259}, {"$19.25", 339}}),
      ocr_line(3, 132,
               {{"Account", 41},
                {"Clerk", 84},
                {"$24.98", 258},
                {"$30.36", 338},
                {"$4,330.00", 413},
                {"$5,262.40", 503}}),
      ocr_line(3, 148, {{"Accountant", 40}, {"$6,391.00", 412}, {"$7,768.00", 502}}),
  };
  text.furniture = {{3, {}, {}, std::nullopt, std::nullopt, std::nullopt}};
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 4u);
  EXPECT_EQ(pay[0].classification, "Recreation Leader");
  EXPECT_EQ(pay[0].unit, PayUnit::hourly);
  EXPECT_DOUBLE_EQ(*pay[0].max, 19.25);
  EXPECT_EQ(pay[2].classification, "Account Clerk");
  EXPECT_EQ(pay[2].unit, PayUnit::monthly);
  EXPECT_EQ(pay[3].classification, "Accountant");
  EXPECT_EQ(pay[3].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*pay[3].min, 6391);
  EXPECT_DOUBLE_EQ(*pay[3].max, 7768);
  EXPECT_EQ(pay[3].pages.first, 3);
  EXPECT_EQ(count_code(diagnostics, "pay_units_disagree"), 0u);
}

TEST(PayRangeIllegible, LowConfidenceOcrRowsAreNotRead) {
  CleanText text = testing::clean_from_markup(
      "SALARY SCHEDULE\n"
      "TITLE                    MINIMUM MONTHLY     MAXIMUM MONTHLY\n"
      "Account Clerk            $4,330              $5,517\n"
      "Acc0unt Technlcian       $4,8l7              $6,l91\n");
  ASSERT_EQ(text.lines.size(), 4u);
  for (Line& line : text.lines) line.method = PageMethod::ocr;
  text.lines[3].confidence = 31;
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 1u);
  EXPECT_EQ(pay[0].classification, "Account Clerk");
  EXPECT_EQ(count_code(diagnostics, "illegible_table"), 1u);
}

}  // namespace
}  // namespace agendum
