// Labor agreements (memoranda of understanding, collective bargaining agreements): a title
// naming the agreement and its parties, then ARTICLE after ARTICLE on recognition, wages,
// hours, seniority and grievances. Their wage tables are read as salary schedules.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

// "MEMORANDUM OF UNDERSTANDING", "COLLECTIVE BARGAINING AGREEMENT", "AGREEMENT BETWEEN THE CITY
// OF BELLINGHAM AND TEAMSTERS LOCAL 231", "LABOR AGREEMENT"
const RE2& title_pattern() {
  static const RE2 kTitle(
      R"((?i)^(?:(?:the\s+)?(?:[a-z]+\s+){0,3})?(?:memorandum\s+of\s+(?:understanding|agreement)|(?:collective\s+)?(?:bargaining|labor|labour|working)\s+agreement|agreement\s+(?:between|by\s+and\s+between)\b|contract\s+between\b))");
  return kTitle;
}

std::vector<Opening> agreement_openings(const CleanText& text) {
  return title_openings(text, DocumentKind::agreement,
                        {.pattern = title_pattern(),
                         .max_chars = 120,
                         .near_page_top = 12,
                         .page_top_only_inside = true,
                         .title_chars = 120});
}

double agreement_score(const CleanText& text, LineSpan span) {
  // "ARTICLE 12", "ARTICLE XIV - GRIEVANCE PROCEDURE", "Article 3. Union Security"
  static const RE2 kArticle(R"((?i)^article\s+(?:\d{1,3}|[ivxlc]{1,7})\b)");
  // The matters an agreement settles.
  static const RE2 kMatter(
      R"((?i)\b(grievance|seniority|union\s+security|dues|recognition|management\s+rights|overtime|probationary|bargaining\s+unit|layoff|arbitration|shop\s+steward)\b)");
  static const RE2 kParties(
      R"((?i)\b(?:local\s+(?:no\.\s*)?\d{2,5}|the\s+union\b|the\s+association\b|the\s+employer\b))");
  int articles = 0, parties = 0;
  bool titled = false;
  std::set<std::string> matters;
  for (size_t i = span.first; i < span.last && i < span.first + 8000; ++i) {
    std::string line = line_for_matching(text.lines[i]);
    if (line.size() <= 120) {
      articles += RE2::PartialMatch(line, kArticle);
      if (i < span.first + 60) titled = titled || RE2::PartialMatch(line, title_pattern());
    }
    std::string matter;
    if (RE2::PartialMatch(line, kMatter, &matter)) matters.insert(to_lower_ascii(matter));
    parties += RE2::PartialMatch(line, kParties);
  }
  double score = (titled ? 0.35 : 0) + 0.05 * std::min(articles, 6) +
                 0.05 * static_cast<double>(std::min<size_t>(matters.size(), 5)) +
                 (parties >= 3 ? 0.1 : 0);
  return std::min(score, 1.0);
}

}  // namespace

const Recognizer kAgreementRecognizer{DocumentKind::agreement, agreement_openings, agreement_score};

}  // namespace agendum
