// Resolutions and ordinances: a "RESOLUTION NO." / "ORDINANCE NO." heading, recitals
// (WHEREAS ...), the operative words (NOW, THEREFORE, BE IT RESOLVED / DOES ORDAIN), numbered
// sections, and an adoption block with a vote and signatures.
#include "pipeline/recognize/resolution.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {

const std::string& resolution_word() {
  // "RESOLUHON" is OCR's reading of a worn "TI".
  static const std::string kWord =
      "(?:" + ocr_tolerant("resolution") + "|(?i:res[o0]l[uv][a-z1|]{2,4}n))";
  return kWord;
}

const std::string& ordinance_word() {
  static const std::string kWord = "(?:" + ocr_tolerant("ordinance") + "|(?i:ordin[a-z1|]{2,4}))";
  return kWord;
}

const RE2& whereas_pattern() {
  // "WHEREAS, the City Council adopted ...", "Whereas, the", "WHEREA S," (OCR)
  static const RE2 kWhereas("\\b" + ocr_tolerant("whereas") + "\\b");
  return kWhereas;
}

namespace {

// "be it resolved", "BE IT FURTHER RESOLVED", "BE IT HEREBY RESOLVED"
std::string be_it_resolved() {
  return "\\b(?i:be\\s+it\\s+(?:further\\s+)?(?:hereby\\s+)?)" + ocr_tolerant("resolved") + "\\b";
}

// "RESOLVED, that" opening a sentence or a line (a flattened text keeps only the sentence end).
std::string resolved_that() {
  return "(?:^|\\n|[.;:]\\s)\\s*(?i:further\\s+)?" + ocr_tolerant("resolved") +
         ",?\\s+(?i:that)\\b";
}

}  // namespace

const RE2& operative_pattern() {
  // "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL", "NOW THEREFORE, THE CITY COUNCIL ...
  // RESOLVES AS FOLLOWS:", "BE IT RESOLVED", "RESOLVED, that the Board"
  static const RE2 kOperative("\\b" + ocr_tolerant("now") + ",?\\s*" + ocr_tolerant("therefore") +
                              "\\b|" + be_it_resolved() + "|" + resolved_that());
  return kOperative;
}

const RE2& resolves_pattern() {
  // "BE IT RESOLVED", "RESOLVED, that", "THE CITY COUNCIL ... RESOLVES AS FOLLOWS",
  // "the Board hereby resolves"
  static const RE2 kResolves(be_it_resolved() + "|" + resolved_that() + "|\\b" +
                             ocr_tolerant("resolves") + "\\s+(?i:as\\s+follows)\\b|" +
                             "\\b(?i:hereby|does)\\s+" + ocr_tolerant("resolve") + "s?\\b");
  return kResolves;
}

const RE2& ordains_pattern() {
  // "THE CITY COUNCIL OF THE CITY OF ELM GROVE DOES ORDAIN AS FOLLOWS:", "BE IT ORDAINED"
  static const RE2 kOrdains(
      R"((?i)\bdoes\s+(?:hereby\s+)?ordain\b|\bbe\s+it\s+ordained\b|\bordains\s+as\s+follows\b)");
  return kOrdains;
}

const RE2& adoption_pattern() {
  // "PASSED, APPROVED and ADOPTED this 14th day of May, 2019", "Approved and adopted at a
  // regular meeting", "ADOPTED: August 26, 1985", "ADOPTED this 5th day", "PASSED: 5-0"
  static const RE2 kAdoption("\\b" + ocr_tolerant("passed") +
                             ",?\\s+(?:" + ocr_tolerant("approved") + ",?\\s+)?(?i:and)\\s+" +
                             ocr_tolerant("adopted") + "\\b|\\b" + ocr_tolerant("approved") +
                             "\\s+(?i:and)\\s+" + ocr_tolerant("adopted") +
                             "\\b|(?i:\\badopted\\s*:|\\badopted\\s+this\\b|\\bpassed\\s*:)");
  return kAdoption;
}

const RE2& adoption_sentence_pattern() {
  // "Passed at the April 8, 2024 City Council Meeting", "Adopted by the City Council on May 5,
  // 2020", "Approved by the City of Elm Grove this 9th day of July 1984", "ENACTED on ..."
  static const RE2 kSentence(
      R"((?:^|\n|[.;:!?)]\s)\s*(?:PASSED|Passed|ADOPTED|Adopted|APPROVED|Approved|ENACTED|Enacted))"
      R"((?:\s+(?i:and)\s+(?i:adopted|approved|passed))?\s+(?i:at|by|on|this|in|during|upon)\b)");
  return kSentence;
}

namespace {

// A heading line that names nothing else: "Resolution No." with the number on the next line
// ("Resolution NO" / "300 - 2024"), as some agencies type it.
bool number_on_next_line(const std::vector<Line>& lines, size_t i) {
  // "300 - 2024", "2021-33", "72", "R-2019-4"
  static const RE2 kNumberLine(R"(^(?:[A-Z]{1,3}\s?-?\s?)?\d[\d\s-]{0,14}[A-Za-z]?$)");
  if (i + 1 >= lines.size() || lines[i + 1].page != lines[i].page) return false;
  return RE2::FullMatch(line_for_matching(lines[i + 1]), kNumberLine);
}

std::optional<Opening> numbered_heading_at(const std::vector<Line>& lines, size_t i,
                                           DocumentKind kind) {
  // "RESOLUTION NO. 19-110", "RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL OF ...",
  // "RESOLUHON NO. 2020-15" (OCR), "ORDINANCE NO. 1234", "Resolution NO" (number below)
  static const RE2 kResolution("^(" + resolution_word() +
                               R"()\s*(?i:n[o0]|#)[.,]?\s*:?\s*([\w-]*)\s*(.*)$)");
  static const RE2 kOrdinance("^(" + ordinance_word() +
                              R"()\s*(?i:n[o0]|#)[.,]?\s*:?\s*([\w-]*)\s*(.*)$)");
  // What may follow the number on the heading line: the title's opening words.
  static const RE2 kTitleStart(R"(^(?:AN?\s+)?(?:RESOLUTION|ORDINANCE)\s+OF\b)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  std::string word, number, rest;
  const RE2& heading = kind == DocumentKind::ordinance ? kOrdinance : kResolution;
  if (!RE2::FullMatch(text, heading, &word, &number, &rest)) return std::nullopt;
  // A line that is the heading and nothing else is one however it is cased, when it stands
  // apart (top of a page, a gap above) and its number is on it or right under it.
  bool alone = rest.empty() && (!number.empty() || number_on_next_line(lines, i)) &&
               (at_page_top(lines, i) || starts_paragraph(lines, i));
  if (caps_ratio(word) < 0.7 && !styled_as_heading(line) && !alone) return std::nullopt;
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
  if (number.empty() && number_on_next_line(lines, i))
    opening.title = *opening.title + " " + line_for_matching(lines[i + 1]);
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
  bool adoption = false;  // "PASSED, APPROVED AND ADOPTED", "Adopted by ... on", "AYES:"
  size_t first_whereas = std::string::npos;  // line of the first recital
  bool resolves = false;  // the word itself: "BE IT RESOLVED" (an agreement's recitals end in
                          // "NOW THEREFORE, the parties agree")
};

// Found anywhere in a line, so text whose line breaks were lost still shows its structure.
EnactmentEvidence read_evidence(const CleanText& text, LineSpan span) {
  // "AYES: 4", "NOES: None"
  static const RE2 kVoteLabel(R"((?i)\bayes\s*:|\bnoes\s*:)");
  // "BE IT RESOLVED", "HEREBY RESOLVES", "RESOLVES AS FOLLOWS", "DOES RESOLVE", "RESOLVED,
  // that" (not "disputes will be resolved by the arbitrator").
  static const RE2 kResolveWord(
      R"((?i:\bbe\s+it\s+(?:further\s+)?resolved\b|\bhereby\s+resolves?\b|\bresolves?\s+as\s+follows\b|\bdoes\s+(?:hereby\s+)?resolve\b)|(?:^|[.:;]\s*)RESOLVED\b)");
  EnactmentEvidence evidence;
  for (size_t i = span.first; i < span.last && i < span.first + 800; ++i) {
    const std::string& line =
        text.lines[i].match.empty() ? text.lines[i].text : text.lines[i].match;
    re2::StringPiece scan(line);
    while (RE2::FindAndConsume(&scan, whereas_pattern())) {
      ++evidence.whereas;
      evidence.first_whereas = std::min(evidence.first_whereas, i);
    }
    evidence.resolved = evidence.resolved || RE2::PartialMatch(line, operative_pattern()) ||
                        RE2::PartialMatch(line, resolves_pattern());
    evidence.ordains = evidence.ordains || RE2::PartialMatch(line, ordains_pattern());
    evidence.resolves = evidence.resolves || RE2::PartialMatch(line, kResolveWord);
    evidence.adoption = evidence.adoption || RE2::PartialMatch(line, adoption_pattern()) ||
                        RE2::PartialMatch(line, adoption_sentence_pattern()) ||
                        RE2::PartialMatch(line, kVoteLabel);
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
  // "RESOLUTION NO. 72", "Resolution #12", "RESOLUTION 2019-4", "A RESOLUTION OF THE ..."
  static const RE2 kName("\\b" + resolution_word() +
                         R"(\s*(?i:n[o0]\b|#|\d)|(?i:\ba\s+resolution\s+of\b))");
  EnactmentEvidence e = read_evidence(text, span);
  double structure =
      0.1 * std::min(e.whereas, 3) + (e.resolved ? 0.25 : 0) + (e.adoption ? 0.1 : 0);
  if (e.ordains) structure -= 0.3;
  double score = head_names(text, span, kName) ? 0.35 + structure : std::min(structure, 0.45);
  // Recitals from its head to an operative clause make a page a resolution however its head
  // is set (a roll-call sheet's form fields, a title alone): quoted in a report or minutes,
  // they would start deeper in.
  constexpr size_t kHeadLines = 12, kShortDocument = 150;
  if (score < 0.55 && !e.ordains && e.whereas >= 2 && e.resolved && e.resolves &&
      e.first_whereas < span.first + kHeadLines && span.last - span.first <= kShortDocument)
    score = 0.55;
  return std::clamp(score, 0.0, 1.0);
}

double ordinance_score(const CleanText& text, LineSpan span) {
  // "ORDINANCE NO. 1234", "AN ORDINANCE OF THE CITY COUNCIL ..."
  static const RE2 kName("\\b" + ordinance_word() +
                         R"(\s*(?i:n[o0]\b|#|\d)|(?i:\ban\s+ordinance\s+of\b))");
  EnactmentEvidence e = read_evidence(text, span);
  double structure =
      (e.ordains ? 0.35 : 0) + 0.05 * std::min(e.whereas, 3) + (e.adoption ? 0.1 : 0);
  double score = head_names(text, span, kName) ? 0.35 + structure : std::min(structure, 0.45);
  return std::clamp(score, 0.0, 1.0);
}

// A resolution no heading named is titled by the line of capitals over its first recital
// ("AMENDING THE PROCEDURAL RULES OF THE CITY COUNCIL"), not by a form field above it.
std::optional<std::string> resolution_title(const CleanText& text, LineSpan span) {
  constexpr size_t kHeadLines = 12, kTitleWords = 3;
  const size_t last = std::min({span.last, text.lines.size(), span.first + kHeadLines});
  for (size_t i = span.first; i < last; ++i) {
    if (!RE2::PartialMatch(text.lines[i].match, whereas_pattern())) continue;
    for (size_t above = i; above-- > span.first;) {
      const Line& line = text.lines[above];
      if (line.text.empty()) continue;
      if (looks_all_caps(line) && word_count(line.text) >= kTitleWords) return line.text;
      break;
    }
    break;
  }
  return std::nullopt;
}

}  // namespace

const Recognizer kResolutionRecognizer{DocumentKind::resolution, resolution_openings,
                                       resolution_score, resolution_title};
const Recognizer kOrdinanceRecognizer{DocumentKind::ordinance, ordinance_openings, ordinance_score};

}  // namespace agendum
