// Classification and compensation studies: a consultant's report comparing an agency's pay
// with comparator agencies' ("market survey", "median", "% above/below market").
#include "pipeline/recognize/compensation_study.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

// Words with OCR's digit-for-letter and capital-I-for-l confusions undone ("Sa1ary" ->
// "Salary", "BeIow" -> "Below", "Med1an" -> "Median"), so the vocabulary below matches a
// scanned header. Numbers ("12.1%", "2019") are left as they are: only a digit or an I
// between letters, in a word of three letters or more, is taken for a letter.
std::string letters_as_ocr_meant(std::string_view text) {
  std::string out(text);
  auto letter = [&](size_t i) {
    return i < out.size() && std::isalpha(static_cast<unsigned char>(out[i]));
  };
  auto lower = [&](size_t i) {
    return i < out.size() && std::islower(static_cast<unsigned char>(out[i]));
  };
  for (size_t i = 1; i + 1 < out.size(); ++i) {
    const char c = out[i];
    const bool between_letters = letter(i - 1) && (letter(i + 1) || (i >= 2 && letter(i - 2)));
    if ((c == '1' || c == '|') && between_letters) out[i] = 'l';
    if (c == '0' && between_letters) out[i] = 'o';
    if (c == 'I' && lower(i - 1) && (lower(i + 1) || !letter(i + 1))) out[i] = 'l';
  }
  return out;
}

}  // namespace

std::vector<std::string> measures_named(std::string_view raw_text) {
  const std::string text = letters_as_ocr_meant(raw_text);
  // "top monthly (base) salary", "base salary", "Top Step", "Actual Salary" -> base_salary;
  // "Total Compensation", "Total Comp." -> total_compensation; "Benefits" -> benefits.
  static const RE2 kMeasure(
      R"((?i)\b(?:(top\s+(?:monthly\s+|annual\s+)?(?:\(?base\)?\s+)?(?:salary|step|pay)|base\s+(?:salary|pay|wage)s?|)"
      R"(salary\s+only|top\s+step)|(total\s+comp(?:ensation)?\.?)|(benefits?(?:\s+(?:value|costs?))?))\b)");
  static constexpr std::array<std::string_view, 3> kNames = {"base_salary", "total_compensation",
                                                             "benefits"};
  std::vector<std::string> measures;
  re2::StringPiece rest(text.data(), text.size());
  std::array<re2::StringPiece, 4> groups;
  while (!rest.empty() &&
         kMeasure.Match(rest, 0, rest.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
    for (size_t g = 1; g < groups.size(); ++g) {
      if (groups[g].data() == nullptr) continue;
      std::string name(kNames[g - 1]);
      if (std::find(measures.begin(), measures.end(), name) == measures.end())
        measures.push_back(name);
    }
    rest.remove_prefix(static_cast<size_t>(groups[0].data() - rest.data()) + groups[0].size());
  }
  return measures;
}

const RE2& market_note_pattern() {
  // "Insufficient Data", "Insufficient Data to do Analysis", "Insufficient Matches", "No Data",
  // "No Matches", "N/A", "NA"
  static const RE2 kNote(
      R"((?i)\b((?:insufficient|no)\s+(?:data|match(?:es)?|comparables?)|n/a)(?:\b|$))");
  return kNote;
}

bool counts_below_market(std::string_view raw_text) {
  static const RE2 kBelow(R"((?i)\bbelow\s+(?:the\s+)?(?:market|median|average|mean)\b)");
  static const RE2 kAbove(R"((?i)\babove\b)");
  const std::string text = letters_as_ocr_meant(raw_text);
  re2::StringPiece input(text);
  return RE2::PartialMatch(input, kBelow) && !RE2::PartialMatch(input, kAbove);
}

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

// A study is titled by the words that name it, on a line of their own or inside a line that
// lost its breaks: "FINAL REPORT OF THE CLASSIFICATION & TOTAL COMPENSATION STU DY".
std::optional<std::string> compensation_study_title(const CleanText& text, LineSpan span) {
  static const RE2 kNamed(
      "(?i)((?:final\\s+report\\s+of\\s+the\\s+)?(?:classification\\s*(?:and|&)\\s*)?(?:total\\s+)?"
      "compensation\\s+(?:" +
      ocr_tolerant("study") + "|survey|report))");
  std::string title;
  for (size_t i = span.first; i < span.last && i < span.first + 80; ++i)
    if (RE2::PartialMatch(line_for_matching(text.lines[i]), kNamed, &title))
      return title_from(title);
  return std::nullopt;
}

}  // namespace

const Recognizer kCompensationStudyRecognizer{DocumentKind::compensation_study,
                                              compensation_study_openings, compensation_study_score,
                                              compensation_study_title};

}  // namespace agendum
