#include "pipeline/text/line_structure.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "pipeline/core/text_ops.h"
#include "pipeline/text/normalize.h"

namespace agendum {
namespace {

// A gap above a line wider than this many line pitches opens a paragraph.
constexpr double kParagraphGapPitches = 1.4;
// A heading is at most this many words (a label ending in ':' may run to kLabelMaxWords).
constexpr int kHeadingMaxWords = 8;
constexpr int kLabelMaxWords = 12;
// "Clearly larger" than the body text.
constexpr double kLargerThanBody = 1.15;
constexpr double kOcrLargerThanBody = 1.35;

int word_count(const std::string& text) {
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++count;
    }
  }
  return count;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// Whether a line could open with a list marker at all; most lines start with a word and
// need no pattern run on them.
bool may_open_with_marker(const std::string& text) {
  if (text.size() < 3) return false;
  const auto first = static_cast<unsigned char>(text[0]);
  if (first >= 0x80 || first == '(' || first == '-' || first == '*' || std::isdigit(first))
    return true;
  if (!std::isalpha(first)) return false;
  // "o Prepares", "a. Receive", "B) Other", "iv. Other", "XII. Adjournment"
  size_t letters = 0;
  while (letters < text.size() && std::isalpha(static_cast<unsigned char>(text[letters])))
    ++letters;
  if (letters == 1 && first == 'o' && text[1] == ' ') return true;
  return letters <= 5 && letters < text.size() && (text[letters] == '.' || text[letters] == ')');
}

}  // namespace

void take_list_marker(Line& line) {
  if (!may_open_with_marker(line.text)) return;
  // Matches symbol bullets, also when set tight against the text: "• Prepares reports",
  // "●Maintains files", "➢ Knowledge of", and the Symbol/Wingdings private-use bullets.
  static const RE2 symbol_bullet(
      "^([•●▪◦○■□➢➤►▶◆◇✓✔·\xEF\x82\xB7\xEF\x82\xA7\xEF\x83\x98\xEF\x83\xBC\xEF\x81\xB6\xEF\x82\xA8]"
      ")"
      "\\s*(\\S.*)$");
  // Matches typed bullets, which need a space after them: "- Reviews timesheets",
  // "* Note", "o Prepares agendas", "– Attends meetings".
  static const RE2 typed_bullet("^([-*o–—])\\s+(\\S.*)$");
  // Matches a section-sign bullet but not a citation: "§ Operates equipment", not "§ 54953".
  static const RE2 section_bullet("^(§)\\s+([^\\d\\s].*)$");
  // Matches enumerators: "1. Presentation to Mayor", "2) Remarks", "(3) Adopt", "(a) Review",
  // "a. Receive", "iv. Other", "B. CONSENT CALENDAR". Not "3.1 Approval" nor "6A Minutes".
  static const RE2 enumerator(
      "^(\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\([a-zA-Z]\\)|\\([ivxIVX]{1,5}\\)|[ivx]{1,5}[.)]|[IVX]{2,5}[."
      ")]|"
      "[a-zA-Z][.)])\\s+(\\S.*)$");
  std::string marker, rest;
  if (!RE2::FullMatch(line.text, symbol_bullet, &marker, &rest) &&
      !RE2::FullMatch(line.text, typed_bullet, &marker, &rest) &&
      !RE2::FullMatch(line.text, section_bullet, &marker, &rest) &&
      !RE2::FullMatch(line.text, enumerator, &marker, &rest))
    return;
  line.list_marker = marker;
  line.text = rest;
  line.match = matching_form(line.text);
  line.all_caps = is_all_caps(line.text);
}

double body_font_size(const std::vector<Line>& lines) {
  std::map<long, size_t> chars_by_size;  // size in tenths of a point -> characters
  for (const Line& line : lines)
    if (line.font_size > 0) chars_by_size[std::lround(line.font_size * 10)] += line.text.size();
  long best = 0;
  size_t best_chars = 0;
  for (const auto& [size, chars] : chars_by_size)
    if (chars > best_chars) best = size, best_chars = chars;
  return static_cast<double>(best) / 10.0;
}

void mark_heading(Line& line, double body_size) {
  line.heading = false;
  if (line.text.empty()) return;
  const int words = word_count(line.text);
  const bool label = line.text.back() == ':';
  if (words > (label ? kLabelMaxWords : kHeadingMaxWords)) return;
  // OCR sizes are word-box heights, which letters with ascenders and descenders stretch.
  const double larger_than_body =
      line.method == PageMethod::ocr ? kOcrLargerThanBody : kLargerThanBody;
  const bool larger = body_size > 0 && line.font_size > body_size * larger_than_body;
  if (!line.bold && !line.all_caps && !larger) return;
  // Headings start with a capital or a number, not in the middle of a sentence.
  if (std::islower(static_cast<unsigned char>(line.text.front()))) return;
  // A sentence ends in a full stop (not an abbreviation such as "No." or "Inc.") or
  // runs on with a comma or semicolon.
  const char last = line.text.back();
  if (last == ',' || last == ';') return;
  if (last == '.' && words > 3) return;
  bool has_letter = std::any_of(line.text.begin(), line.text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
  line.heading = has_letter;
}

void mark_headings(std::vector<Line>& lines) {
  const double body_size = body_font_size(lines);
  for (Line& line : lines) mark_heading(line, body_size);
  for (size_t i = 1; i < lines.size(); ++i) {
    Line& line = lines[i];
    const Line& above = lines[i - 1];
    if (!line.heading || line.bold || !line.list_marker.empty() || above.page != line.page)
      continue;
    if (line.font_size > body_size * kLargerThanBody && line.method == PageMethod::text) continue;
    if (above.heading || !above.all_caps || above.text.empty()) continue;
    const char last = above.text.back();
    if (last == '.' || last == ':') continue;
    line.heading = false;
  }
}

void mark_paragraph_starts(std::vector<Line>& lines) {
  // The typical line pitch: the median step between consecutive lines of a column.
  std::vector<double> steps;
  for (size_t i = 1; i < lines.size(); ++i) {
    const Line& above = lines[i - 1];
    const Line& line = lines[i];
    if (line.page != above.page || line.column != above.column) continue;
    double step = line.box.y0 - above.box.y0;
    if (step > 0) steps.push_back(step);
  }
  const double pitch = median(std::move(steps));
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (i == 0 || line.page != lines[i - 1].page || line.column != lines[i - 1].column) {
      line.paragraph_start = true;
      continue;
    }
    const Line& above = lines[i - 1];
    const double step = line.box.y0 - above.box.y0;
    const double char_width = std::max(line.font_size, 1.0) * 0.5;
    const bool gap = pitch > 0 && step > kParagraphGapPitches * pitch;
    // A first-line indent: further right than the line above and than the line below.
    const bool below_returns = i + 1 < lines.size() && lines[i + 1].page == line.page &&
                               lines[i + 1].column == line.column &&
                               lines[i + 1].box.x0 < line.box.x0 - 1.5 * char_width;
    const bool indent =
        line.box.x0 > above.box.x0 + 1.5 * char_width && below_returns && above.list_marker.empty();
    line.paragraph_start =
        gap || indent || step < 0 || !line.list_marker.empty() || line.heading || above.heading;
  }
}

}  // namespace agendum
