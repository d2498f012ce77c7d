// Pay tables in damaged text: OCR'd pages read block by block, OCR money misreads, dot
// leaders read as letter soup, tables printed sideways, and text whose line breaks were lost.
// Pages are built word by word here, with the positions and confidences OCR gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/pay_range.h"
#include "extractors/table_rebuild.h"
#include "pipeline/text/clean.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

constexpr double kCharWidth = 5, kWordHeight = 8;

// A line of words at height y, each word a (text, x) pair; OCR confidence per line.
struct PlacedLine {
  std::vector<std::pair<std::string, double>> words;
  double y = 0;
  float confidence = 93;
};

TextLine text_line(const PlacedLine& placed) {
  TextLine line;
  for (const auto& [text, x] : placed.words) {
    Word word;
    word.text = text;
    word.box = {x, placed.y, x + kCharWidth * static_cast<double>(text.size()),
                placed.y + kWordHeight};
    word.font_size = kWordHeight;
    word.confidence = placed.confidence;
    line.words.push_back(word);
  }
  line.box = bounding_box(line.words);
  return line;
}

// An OCR'd page whose lines come in the order given (the OCR's block order, not the page's).
CleanText ocr_page(const std::vector<PlacedLine>& lines) {
  PageText page;
  page.width = 612;
  page.height = 792;
  page.info.page = 1;
  page.info.method = PageMethod::ocr;
  page.info.quality = 0.9;
  page.info.ocr_confidence = 90;
  for (const PlacedLine& placed : lines) page.lines.push_back(text_line(placed));
  std::vector<PageText> pages;
  pages.push_back(std::move(page));
  std::vector<Diagnostic> diagnostics;
  return clean_pages(std::move(pages), diagnostics);
}

// Words spaced across a line from x, one gap of `gap` points between them.
PlacedLine spaced(const std::vector<std::string>& words, double x, double y, double gap = 8) {
  PlacedLine line;
  line.y = y;
  for (const std::string& word : words) {
    line.words.push_back({word, x});
    x += kCharWidth * static_cast<double>(word.size()) + gap;
  }
  return line;
}

// Cells at fixed x positions ("| $5,199 | $5,368 |" with its bars).
PlacedLine cells(const std::vector<std::string>& texts, double x, double y, double pitch) {
  PlacedLine line;
  line.y = y;
  for (const std::string& text : texts) {
    line.words.push_back({"|", x - 8});
    line.words.push_back({text, x});
    x += pitch;
  }
  line.words.push_back({"|", x - 8});
  return line;
}

size_t count_code(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [&](const Diagnostic& d) { return d.code == code; }));
}

// A grade table the OCR read in three blocks: the grade labels and their classes down the
// left, then the step headings and the amounts, then the classes printed in a second column.
std::vector<PlacedLine> grade_table_in_blocks() {
  constexpr double kSteps = 250, kPitch = 45;
  return {
      spaced({"Monthly", "Salary"}, 100, 134),
      spaced({"\xE2\x80\x98Satary", "Grade", "(1)"}, 100, 158),
      spaced({"Salary", "Grade", "(2)"}, 100, 200),
      spaced({"Planner", "1"}, 102, 212),
      spaced({"Salary", "Grade", "(3)"}, 100, 250),
      spaced({"Code", "Compliance", "Officer"}, 102, 262),
      spaced({"Step?", "Step2", "Step3", "StepG", "Step5"}, kSteps, 131, 20),
      cells({"$5.199", "$5.368", "$5.542", "$5.722", "$5.908"}, kSteps, 156, kPitch),
      cells({"$5.459", "$5.636", "$5,819", "$c.405", "$6.293"}, kSteps, 198, kPitch),
      spaced({"Survey", "Services", "Coordinator"}, 330, 213),
      cells({"$5.732", "$5,918", "$86.110", "$6.309", "36.514"}, kSteps, 248, kPitch),
  };
}

TEST(PayOcrGrades, TableReadWhereItsWordsSitNotInTheOcrBlockOrder) {
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay =
      extract_pay_ranges(ocr_page(grade_table_in_blocks()), {}, diagnostics);
  ASSERT_EQ(pay.size(), 4u);
  EXPECT_FALSE(pay[0].classification);  // grade 1 lists no class
  EXPECT_EQ(pay[0].range, "1");
  EXPECT_EQ(pay[0].unit, PayUnit::monthly);
  ASSERT_EQ(pay[0].steps.size(), 5u);
  EXPECT_EQ(pay[0].steps[0].step, "1");  // "Step?" between nothing and "Step2"
  EXPECT_EQ(pay[0].steps[3].step, "4");  // "StepG" among numbered steps
  EXPECT_EQ(pay[1].classification, "Planner 1");
  EXPECT_EQ(pay[1].range, "2");
  EXPECT_EQ(pay[2].classification, "Survey Services Coordinator");  // second column of names
  EXPECT_EQ(pay[3].classification, "Code Compliance Officer");
  EXPECT_EQ(pay[3].range, "3");
}

TEST(PayOcrGrades, PeriodReadForTheThousandsCommaOnlyWhereTheStepsRise) {
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay =
      extract_pay_ranges(ocr_page(grade_table_in_blocks()), {}, diagnostics);
  ASSERT_EQ(pay.size(), 4u);
  // "$5.199" in a table of whole dollars with thousands commas is $5,199.
  EXPECT_DOUBLE_EQ(*pay[0].min, 5199);
  EXPECT_DOUBLE_EQ(*pay[0].max, 5908);
  // "$c.405" reads as no amount: the step is left out, never guessed.
  ASSERT_EQ(pay[1].steps.size(), 4u);
  for (const PayStep& step : pay[1].steps) EXPECT_NE(step.step, "4");
  // "$86.110" would be $86,110 between $5,918 and $6,309: not certain, left out; "36.514"
  // has lost its dollar sign, so its last step (and the range's maximum) is unknown.
  ASSERT_EQ(pay[3].steps.size(), 3u);
  EXPECT_DOUBLE_EQ(pay[3].steps[1].amount, 5918);
  EXPECT_FALSE(pay[3].max);
  EXPECT_DOUBLE_EQ(*pay[3].min, 5732);
  EXPECT_EQ(count_code(diagnostics, "pay_amount_unreadable"), 3u);
  EXPECT_EQ(count_code(diagnostics, "pay_amount_comma_read"), 1u);
}

TEST(PayOcrGrades, PeriodsInAScheduleWithCentsAreCents) {
  // A table that prints cents has no thousands to misread: "$5.125" stays as printed.
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(
      ocr_page({
          spaced({"Hourly", "Rate"}, 100, 120),
          spaced({"Step1", "Step2", "Step3"}, 250, 120, 20),
          spaced({"Range", "4"}, 100, 140),
          cells({"$15.125", "$15.88", "$16.67"}, 250, 140, 45),
      }),
      {}, diagnostics);
  ASSERT_EQ(pay.size(), 1u);
  EXPECT_EQ(count_code(diagnostics, "pay_amount_comma_read"), 0u);
}

// Steps lettered A to E, the OCR joining the first letter to its word: the header is read
// as a header, not as letter soup from the table's rulings.
TEST(PayOcrGrades, LetteredStepsAreNoNoise) {
  PlacedLine header{{{"Range", 100},
                     {"StepA", 180},
                     {"Step", 260},
                     {"B", 285},
                     {"Step", 340},
                     {"C", 365},
                     {"Step", 420},
                     {"D", 445},
                     {"Step", 500},
                     {"E", 525}},
                    130};
  auto row = [](const std::string& range, const std::vector<std::string>& amounts, double y) {
    PlacedLine line{{{range, 100}}, y};
    for (size_t s = 0; s < amounts.size(); ++s)
      line.words.push_back({amounts[s], 180 + 80 * static_cast<double>(s)});
    return line;
  };
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(
      ocr_page({
          spaced({"BI-WEEKLY", "SALARY", "RANGE", "TABLE"}, 200, 100),
          header,
          row("41", {"2,771.31", "2,909.88", "3,055.37", "3,208.14", "3,368.55"}, 150),
          row("42", {"2,840.59", "2,982.62", "3,131.75", "3,288.34", "3,452.76"}, 170),
      }),
      {}, diagnostics);
  EXPECT_EQ(count_code(diagnostics, "illegible_table"), 0u);
  ASSERT_EQ(pay.size(), 2u);
  EXPECT_EQ(pay[0].range, "41");
  EXPECT_EQ(pay[0].unit, PayUnit::biweekly);
  ASSERT_EQ(pay[0].steps.size(), 5u);
  EXPECT_EQ(pay[0].steps[4].step, "E");
  EXPECT_DOUBLE_EQ(*pay[1].max, 3452.76);
}

// --- Lists behind dot leaders, as the OCR reads them -------------------------------------

TEST(PayOcrList, LeaderSoupLowConfidenceAndRomanNumerals) {
  PlacedLine intro = spaced({"The", "monthly", "base", "wage", "rates", "as", "of", "January", "1,",
                             "2025", "are:"},
                            72, 100);
  PlacedLine title = spaced({"Fire", "Private", "Il"}, 72, 114);
  // The leaders read as "ieee ee eee" at confidence 0; the amounts read clearly.
  auto step = [](const std::string& years, const std::string& amount, double y) {
    PlacedLine line = spaced({years, "YOAIS", "0.", "ieee", "ee", "eee", "nents", "$", amount},
                             72, y);
    line.confidence = 30;
    return line;
  };
  std::vector<PlacedLine> lines = {intro, title, step("1", "3,485.65", 128),
                                   step("2", "3,736.78.", 142), step("3", "3,869.21", 156)};
  PlacedLine driver = spaced({"Fire", "Driver", "........ccccececececeeeeees", "$", "4,113.08"},
                             72, 170);
  lines.push_back(driver);
  std::vector<Diagnostic> diagnostics;
  CleanText text = ocr_page(lines);
  // The OCR's word confidences: the leaders' near zero, the amounts' high.
  for (Line& line : text.lines)
    for (Word& word : line.words)
      word.confidence = word.text.find_first_of("0123456789$") != std::string::npos ||
                                std::isupper(static_cast<unsigned char>(word.text[0]))
                            ? 95
                            : 2;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 2u);
  EXPECT_EQ(pay[0].classification, "Fire Private II");  // "Il" is the roman numeral
  ASSERT_EQ(pay[0].steps.size(), 3u);
  EXPECT_DOUBLE_EQ(pay[0].steps[1].amount, 3736.78);  // the OCR's stray "." after it
  EXPECT_EQ(pay[0].effective_date, "2025-01-01");
  EXPECT_EQ(pay[0].unit, PayUnit::monthly);
  EXPECT_EQ(pay[1].classification, "Fire Driver");
}

TEST(PayOcrList, AmountTheOcrCouldNotReadEndsTheList) {
  PlacedLine intro = spaced({"Salaries", "shall", "be:"}, 72, 100);
  PlacedLine a = spaced({"Clerk", "....", "$", "2,100.00"}, 72, 114);
  PlacedLine b = spaced({"Typist", "....", "$", "2,2O0.00"}, 72, 128);  // O for 0
  PlacedLine c = spaced({"Secretary", "....", "$", "2,300.00"}, 72, 142);
  PlacedLine d = spaced({"Senior", "Secretary", "....", "$", "2,400.00"}, 72, 156);
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay =
      extract_pay_ranges(ocr_page({intro, a, b, c, d}), {}, diagnostics);
  for (const PayRange& range : pay) {
    EXPECT_NE(range.classification, "Typist");  // no amount is made up for it
    EXPECT_NE(range.min, 2200.0);
  }
}

// --- Tables printed sideways --------------------------------------------------------------

// The words of a table turned a quarter on a portrait page, as the text layer gives them:
// upright boxes, in the order the text device found them (column by column).
Line sideways_line(bool upwards) {
  // Rows of cells, each cell's words one space apart, the cells in columns 120 points apart.
  const std::vector<std::vector<std::vector<std::string>>> rows = {
      {{"Classification"}, {"Grade"}, {"Minimum"}, {"Maximum"}},
      {{"Account", "Clerk"}, {"12"}, {"$3,100"}, {"$4,000"}},
      {{"Payroll", "Technician"}, {"16"}, {"$3,750"}, {"$4,800"}},
  };
  constexpr double kColumn = 120;
  Line line;
  line.page = 1;
  double x = 100;  // each printed row is a band of x
  for (const auto& printed : rows) {
    for (size_t c = 0; c < printed.size(); ++c) {
      double along = kColumn * static_cast<double>(c);  // distance along the row
      for (const std::string& text : printed[c]) {
        const double length = 6.0 * static_cast<double>(text.size());
        Word word;
        word.text = text;
        word.font_size = 10;
        // Reading upwards the row starts at the bottom of the page; downwards, at the top.
        word.box = upwards ? Box(x, 700 - along - length, x + 10, 700 - along)
                           : Box(x, 100 + along, x + 10, 100 + along + length);
        line.words.push_back(word);
        along += length + 4;
      }
    }
    x += upwards ? 16 : -16;
  }
  line.box = bounding_box(line.words);
  line.text = "sideways";
  return line;
}

TEST(PaySideways, TableTurnedUprightWhicheverWayItReads) {
  for (bool upwards : {true, false}) {
    const Line sideways = sideways_line(upwards);
    ASSERT_TRUE(is_sideways(sideways));
    const std::vector<Line> lines = lines_turned_upright(sideways);
    ASSERT_EQ(lines.size(), 3u) << upwards;
    EXPECT_EQ(lines[0].text, "Classification Grade Minimum Maximum") << upwards;
    EXPECT_EQ(lines[1].text, "Account Clerk 12 $3,100 $4,000") << upwards;
    EXPECT_EQ(lines[2].text, "Payroll Technician 16 $3,750 $4,800") << upwards;
  }
}

TEST(PaySideways, PayRangesFromASidewaysTableKeepThePacketsLines) {
  CleanText text;
  Line before;
  before.page = 1;
  before.text = before.match = "Salary Resolution Exhibit A";
  text.lines.push_back(before);
  text.lines.push_back(sideways_line(true));
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 2u);
  EXPECT_EQ(pay[0].classification, "Account Clerk");
  EXPECT_EQ(pay[0].range, "12");
  EXPECT_DOUBLE_EQ(*pay[0].max, 4000);
  EXPECT_EQ(pay[0].unit, PayUnit::monthly);
  EXPECT_EQ(pay[0].lines.first, 1u);  // the sideways line of the packet
  EXPECT_EQ(pay[0].lines.last, 2u);
  EXPECT_EQ(pay[1].classification, "Payroll Technician");
}

TEST(PaySideways, OrdinaryLinesAreNotSideways) {
  const CleanText text = testing::clean_from_markup(
      "Account Clerk       12      $3,100      $4,000\n"
      "A paragraph of ordinary prose that runs across the page as prose does.\n");
  for (const Line& line : text.lines) EXPECT_FALSE(is_sideways(line));
}

// --- Text whose line breaks were lost -----------------------------------------------------

TEST(PayFlattened, SpecHeaderRunIntoItsDefinition) {
  const CleanText text = testing::clean_from_markup(
      "CLASS TITLE: Account Clerk SALARY RANGE: $17.88 - $23.08 Hourly $3,099.20 - $4,000.53 "
      "Monthly DEFINITION: Under general supervision, performs a variety of accounting "
      "support work in the processing of payables and receivables.\n");
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 2u);
  EXPECT_EQ(pay[0].unit, PayUnit::hourly);
  EXPECT_DOUBLE_EQ(*pay[0].min, 17.88);
  EXPECT_EQ(pay[1].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*pay[1].max, 4000.53);
  EXPECT_EQ(count_code(diagnostics, "pay_units_disagree"), 0u);
}

TEST(PayFlattened, ClassRangesRunTogetherKeepTheirNames) {
  const CleanText text = testing::clean_from_markup(
      "The salary ranges are amended as follows: Account Clerk $3,100 - $4,000 per month; "
      "Senior Account Clerk $3,400 - $4,300 per month; Payroll Technician $3,750 - $4,800 per "
      "month.\n");
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_pay_ranges(text, {}, diagnostics);
  ASSERT_EQ(pay.size(), 3u);
  EXPECT_EQ(pay[1].classification, "Senior Account Clerk");
  EXPECT_EQ(pay[1].unit, PayUnit::monthly);
  EXPECT_DOUBLE_EQ(*pay[1].min, 3400);
  EXPECT_EQ(pay[2].classification, "Payroll Technician");
  EXPECT_DOUBLE_EQ(*pay[2].max, 4800);
}

}  // namespace
}  // namespace agendum
