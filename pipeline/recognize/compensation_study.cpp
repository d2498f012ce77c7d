// Classification and compensation studies: a consultant's report comparing an agency's pay
// with comparator agencies' ("market survey", "median", "% above/below market").
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

std::vector<Opening> compensation_study_openings(const CleanText& text) {
  // "CLASSIFICATION AND COMPENSATION STUDY", "Total Compensation Survey Report"
  static const RE2 kTitle(
      R"((?i)^(?:[a-z&,]+\s+){0,4}(?:classification\s+and\s+)?(?:total\s+)?compensation\s+(?:study|survey)\b)");
  return title_openings(text, DocumentKind::compensation_study,
                        {.pattern = kTitle, .page_top_only_inside = true, .title_chars = 80});
}

double compensation_study_score(const CleanText& text, LineSpan span) {
  static const RE2 kMarket(
      R"((?i)\bmarket\s+(?:survey|median|average|data|position|comparison)|\bcomparator\s+agenc|\blabor\s+market\b|\b(?:above|below)\s+(?:the\s+)?market\b|\bmedian\b)");
  static const RE2 kStudy(R"((?i)\b(?:classification|compensation)\s+(?:and\s+\w+\s+)?study\b)");
  int market = 0;
  bool study = false;
  for (size_t i = span.first; i < span.last && i < span.first + 4000; ++i) {
    const std::string& line =
        text.lines[i].match.empty() ? text.lines[i].text : text.lines[i].match;
    market += RE2::PartialMatch(line, kMarket);
    study = study || RE2::PartialMatch(line, kStudy);
  }
  return std::min(1.0, (study ? 0.3 : 0) + 0.06 * std::min(market, 8));
}

}  // namespace

const Recognizer kCompensationStudyRecognizer{
    DocumentKind::compensation_study, compensation_study_openings, compensation_study_score};

}  // namespace agendum
