// Resolutions and ordinances: a "RESOLUTION NO." / "ORDINANCE NO." heading, recitals
// (WHEREAS ...), the operative words (NOW, THEREFORE, BE IT RESOLVED / DOES ORDAIN), numbered
// sections, and an adoption block with a vote and signatures.
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

std::optional<Opening> numbered_heading_at(const std::vector<Line>& lines, size_t i,
                                           DocumentKind kind) {
  // "RESOLUTION NO. 19-110", "RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL OF ...",
  // "RESOLUHON NO. 2020-15" (OCR), "ORDINANCE NO. 1234"
  static const RE2 kResolution(R"((?i)^(resol\S{2,5})\s*n[o0][.,]?\s*:?\s*([\w-]*)\s*(.*)$)");
  static const RE2 kOrdinance(R"((?i)^(ordin\S{2,4})\s*n[o0][.,]?\s*:?\s*([\w-]*)\s*(.*)$)");
  // What may follow the number on the heading line: the title's opening words.
  static const RE2 kTitleStart(R"(^(?:AN?\s+)?(?:RESOLUTION|ORDINANCE)\s+OF\b)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  std::string word, number, rest;
  const RE2& heading = kind == DocumentKind::ordinance ? kOrdinance : kResolution;
  if (!RE2::FullMatch(text, heading, &word, &number, &rest)) return std::nullopt;
  if (caps_ratio(word) < 0.7 && !styled_as_heading(line)) return std::nullopt;
  if (!rest.empty() && text.size() > 40 && !RE2::PartialMatch(rest, kTitleStart))
    return std::nullopt;
  // A caps sentence that wraps right before "RESOLUTION NO." is a citation, not a heading.
  if (i > 0 && !line.paragraph_start && !at_page_top(lines, i, 1)) {
    std::string above = line_for_matching(lines[i - 1]);
    char last = above.empty() ? '.' : above.back();
    if (above.size() > 60 && (has_letter(std::string_view(&last, 1)) || last == ','))
      return std::nullopt;
  }
  Opening opening;
  opening.line = i;
  opening.kind = kind;
  opening.strong = true;
  opening.title = trim(text.substr(0, text.size() - rest.size()), " \t");
  return opening;
}

std::vector<Opening> openings_of(const CleanText& text, DocumentKind kind) {
  std::vector<Opening> openings;
  for (size_t i = 0; i < text.lines.size(); ++i)
    if (auto opening = numbered_heading_at(text.lines, i, kind)) openings.push_back(*opening);
  return openings;
}

std::vector<Opening> resolution_openings(const CleanText& text) {
  return openings_of(text, DocumentKind::resolution);
}

std::vector<Opening> ordinance_openings(const CleanText& text) {
  return openings_of(text, DocumentKind::ordinance);
}

struct EnactmentEvidence {
  int whereas = 0;        // recitals
  bool resolved = false;  // "NOW, THEREFORE", "BE IT RESOLVED", "RESOLVES AS FOLLOWS"
  bool ordains = false;   // "DOES ORDAIN", "BE IT ORDAINED"
  bool adoption = false;  // "PASSED, APPROVED AND ADOPTED", "AYES:"
};

// Found anywhere in a line, so text whose line breaks were lost still shows its structure.
EnactmentEvidence read_evidence(const CleanText& text, LineSpan span) {
  static const RE2 kWhereas(R"((?i)\bwhereas\b)");
  static const RE2 kResolved(
      R"((?i)\bnow,?\s+therefore\b|\bbe\s+it\s+(?:further\s+)?resolved\b|\bresolves?\s+as\s+follows\b)");
  static const RE2 kOrdains(
      R"((?i)\bdoes\s+(?:hereby\s+)?ordain\b|\bbe\s+it\s+ordained\b|\bordains\s+as\s+follows\b)");
  static const RE2 kAdoption(
      R"((?i)\b(?:passed|adopted|approved)(?:,)?\s+(?:approved\s+)?(?:and\s+)?(?:adopted|passed)\b|\bayes\s*:|\bnoes\s*:)");
  EnactmentEvidence evidence;
  for (size_t i = span.first; i < span.last && i < span.first + 800; ++i) {
    const std::string& line =
        text.lines[i].match.empty() ? text.lines[i].text : text.lines[i].match;
    re2::StringPiece scan(line);
    while (RE2::FindAndConsume(&scan, kWhereas)) ++evidence.whereas;
    evidence.resolved = evidence.resolved || RE2::PartialMatch(line, kResolved);
    evidence.ordains = evidence.ordains || RE2::PartialMatch(line, kOrdains);
    evidence.adoption = evidence.adoption || RE2::PartialMatch(line, kAdoption);
  }
  return evidence;
}

// A document names itself at its head ("RESOLUTION NO. 72", "A RESOLUTION OF THE CITY
// COUNCIL ..."); recitals and a vote deep inside a long span may be a resolution quoted by a
// report or recorded in minutes, so without that name the score stays under the naming bar.
bool head_names(const CleanText& text, LineSpan span, const RE2& name) {
  return RE2::PartialMatch(head_of(text, span), name);
}

double resolution_score(const CleanText& text, LineSpan span) {
  static const RE2 kName(R"((?i)\bresol\S{2,5}\s*(?:n[o0]\b|#|\d)|\ba\s+resolution\s+of\b)");
  EnactmentEvidence e = read_evidence(text, span);
  double structure =
      0.1 * std::min(e.whereas, 3) + (e.resolved ? 0.25 : 0) + (e.adoption ? 0.1 : 0);
  if (e.ordains) structure -= 0.3;
  double score = head_names(text, span, kName) ? 0.35 + structure : std::min(structure, 0.45);
  return std::clamp(score, 0.0, 1.0);
}

double ordinance_score(const CleanText& text, LineSpan span) {
  static const RE2 kName(R"((?i)\bordin\S{2,4}\s*(?:n[o0]\b|#|\d)|\ban\s+ordinance\s+of\b)");
  EnactmentEvidence e = read_evidence(text, span);
  double structure =
      (e.ordains ? 0.35 : 0) + 0.05 * std::min(e.whereas, 3) + (e.adoption ? 0.1 : 0);
  double score = head_names(text, span, kName) ? 0.35 + structure : std::min(structure, 0.45);
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace

const Recognizer kResolutionRecognizer{DocumentKind::resolution, resolution_openings,
                                       resolution_score};
const Recognizer kOrdinanceRecognizer{DocumentKind::ordinance, ordinance_openings, ordinance_score};

}  // namespace agendum
