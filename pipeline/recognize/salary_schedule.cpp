// Salary schedules: a "SALARY SCHEDULE" or "Salary Ranges" heading, or a run of step rows
// (a class or range, then several amounts that rise step by step).
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

std::vector<Opening> salary_schedule_openings(const CleanText& text) {
  // "SALARY SCHEDULE", "MASTER SALARY SCHEDULE", "Salary Ranges", "RANGE STEP A STEP B STEP C"
  static const RE2 kSalary(
      R"((?i)^(?:(?:[a-z0-9&/-]+\s+){0,4}salary\s+schedules?\b|salary\s+ranges\b|range\s+step\s+a\b))");
  return title_openings(text, DocumentKind::salary_schedule,
                        {.pattern = kSalary, .page_top_only_inside = true, .title_chars = 80});
}

// Share of the span's lines that are rows of pay: three or more amounts ("$4,330 $4,547
// $4,774"), or, once the span has named steps or ranges, four whole-dollar numbers in a row
// ("22 3574 3741 3921 4107").
double salary_schedule_score(const CleanText& text, LineSpan span) {
  static const RE2 kAmount(R"((?:\$\s?)?\d{1,3}(?:,\d{3})*\.\d{2}\b|\$\s?\d{1,3}(?:,\d{3})+\b)");
  // Step rows printed in bare whole dollars: "22 3574 3741 3921 4107 4303".
  static const RE2 kBareStepRow(R"((?:\b\d{3,6}\s+){3}\d{3,6}\b)");
  static const RE2 kHeading(
      R"((?i)\b(?:salary|wage|pay)\s+(?:schedule|plan|table|rates?|ranges?|grades?)\b)");
  // Column and row labels of pay tables: "Step 1", "STEP A", "Range", "Grade", "Hourly".
  static const RE2 kPayWords(
      R"((?i)\b(?:step|range|grade|hourly|bi-?weekly|monthly|annual(?:ly)?)\b)");
  size_t rows = 0, lines = 0;
  bool titled = false, pay_words = false;
  for (size_t i = span.first; i < span.last && i < span.first + 3000; ++i) {
    const std::string& line = text.lines[i].text;
    if (line.empty()) continue;
    ++lines;
    if (line.size() <= 120) titled = titled || RE2::PartialMatch(line, kHeading);
    pay_words = pay_words || RE2::PartialMatch(line, kPayWords);
    re2::StringPiece scan(line);
    int amounts = 0;
    while (amounts < 3 && RE2::FindAndConsume(&scan, kAmount)) ++amounts;
    rows += amounts >= 3 || (pay_words && RE2::PartialMatch(line, kBareStepRow));
  }
  if (lines == 0) return 0;
  double share = static_cast<double>(rows) / static_cast<double>(lines);
  // Rows of amounts alone are as often a budget or a check register: pay says what it is.
  if (titled) return std::min(1.0, 0.3 + 1.5 * share);
  return pay_words ? std::min(1.0, 1.2 * share) : std::min(0.4, share);
}

}  // namespace

const Recognizer kSalaryScheduleRecognizer{DocumentKind::salary_schedule, salary_schedule_openings,
                                           salary_schedule_score};

}  // namespace agendum
