#include "extractors/agenda_items.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

enum class EntryForm { top, dotted, lettered, letter_only, heading };

struct Entry {
  size_t line = 0;          // index into the agenda's lines
  size_t offset = 0;        // where the number starts
  size_t title_offset = 0;  // where the title starts
  EntryForm form = EntryForm::top;
  std::string number;  // as exported: "11.", "3.1", "6A", "A."
  int major = 0;       // 11, 3, 6
  int minor = 0;       // 1 for "3.1", 'A' for "6A" and "A."
};

// Reads a number token at text[at] ("6A.", "3.1", "11.", "A.") and the title start after it.
std::optional<Entry> read_number(const std::string& text, size_t at) {
  size_t p = at;
  Entry entry;
  entry.offset = at;
  if (is_digit(text[p])) {
    size_t digits = 0;
    while (p < text.size() && is_digit(text[p]) && digits < 3) ++p, ++digits;
    if (digits > 2 || (p < text.size() && is_digit(text[p]))) return std::nullopt;
    entry.major = std::stoi(text.substr(at, digits));
    if (p + 1 < text.size() && text[p] == '.' && is_digit(text[p + 1])) {
      size_t minor_start = ++p;
      while (p < text.size() && is_digit(text[p]) && p - minor_start < 3) ++p;
      if (p - minor_start > 2) return std::nullopt;
      entry.form = EntryForm::dotted;
      entry.minor = std::stoi(text.substr(minor_start, p - minor_start));
      entry.number = text.substr(at, p - at);
      if (p < text.size() && text[p] == '.') ++p;
    } else if (p < text.size() && is_alpha(text[p]) &&
               (p + 1 == text.size() || !is_alpha(text[p + 1]))) {
      entry.form = EntryForm::lettered;
      entry.minor = std::toupper(static_cast<unsigned char>(text[p]));
      entry.number = text.substr(at, p - at + 1);
      ++p;
      if (p < text.size() && (text[p] == '.' || text[p] == ')')) ++p;
    } else if (p < text.size() && text[p] == '.') {
      entry.form = EntryForm::top;
      ++p;
      entry.number = text.substr(at, p - at);
    } else {
      return std::nullopt;
    }
  } else if (at == 0 && is_upper(text[p]) && p + 1 < text.size() && text[p + 1] == '.') {
    entry.form = EntryForm::letter_only;
    entry.minor = text[p];
    p += 2;
    entry.number = text.substr(at, 2);
  } else {
    return std::nullopt;
  }
  if (p >= text.size() || text[p] != ' ') return std::nullopt;
  while (p < text.size() && text[p] == ' ') ++p;
  // Titles open with a capital, a digit or a quote; "2 member of the public" is prose.
  if (p >= text.size()) return std::nullopt;
  char first = text[p];
  if (!(is_upper(first) || is_digit(first) || first == '"' || first == '(' ||
        static_cast<unsigned char>(first) >= 0x80))
    return std::nullopt;
  entry.title_offset = p;
  return entry;
}

// Upper-case words open the title: "CONSENT CALENDAR", "CITY MANAGER REPORTS".
bool title_in_capitals(std::string_view title) {
  int words = 0;
  size_t p = 0;
  while (p < title.size() && words < 2) {
    while (p < title.size() && title[p] == ' ') ++p;
    size_t end = title.find(' ', p);
    if (end == std::string_view::npos) end = title.size();
    std::string_view word = title.substr(p, end - p);
    bool has_letter = std::any_of(word.begin(), word.end(), is_alpha);
    if (has_letter) {
      if (std::any_of(word.begin(), word.end(),
                      [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
        return false;
      ++words;
    }
    p = end;
  }
  return words > 0;
}

// An unnumbered section heading line: "CONSENT CALENDAR:", "PUBLIC HEARINGS:", or one
// numbered in Roman numerals: "I. CLASSIFICATION AND PAY ITEMS".
std::optional<Entry> read_heading(const Line& line, const std::string& text, bool paragraph_start) {
  static const RE2 kRoman(R"(^((?:X{0,2})(?:IX|IV|V?I{0,3})\.\s+)[A-Z]{2})");
  re2::StringPiece roman;
  if (text.size() <= 100 && RE2::PartialMatch(text, kRoman, &roman) && !roman.empty() &&
      title_in_capitals(std::string_view(text).substr(roman.size()))) {
    Entry entry;
    entry.form = EntryForm::heading;
    entry.title_offset = roman.size();
    return entry;
  }
  if (text.size() > 80 || text.size() < 4) return std::nullopt;
  bool caps = std::none_of(text.begin(), text.end(),
                           [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  bool letters = std::any_of(text.begin(), text.end(), is_upper);
  if (!caps || !letters) return std::nullopt;
  // Without a colon only a styled heading standing as its own paragraph: a caps line
  // inside a recommendation ("BE PAID.") is not a section.
  if (text.back() != ':' && !(line.heading && paragraph_start && is_alpha(text.back())))
    return std::nullopt;
  Entry entry;
  entry.form = EntryForm::heading;
  return entry;
}

// Follows the agenda's numbering, so a stray "1." in a recommendation is not an item.
class Sequence {
 public:
  bool accept(const Entry& entry, bool line_start, std::string_view title = {}) {
    switch (entry.form) {
      case EntryForm::top:
        if (!(top_ == 0 ? entry.major <= 2
                        : (entry.major > top_ && entry.major <= top_ + reach(line_start)) ||
                              (entry.major == top_ && top_implicit_)))
          return false;
        // Inside a flattened line only a section heading counts: "3. CONSENT CALENDAR:".
        if (!line_start && !title_in_capitals(title)) return false;
        enter_top(entry.major, false);
        return true;
      case EntryForm::dotted:
      case EntryForm::lettered: {
        int first = entry.form == EntryForm::dotted ? 1 : 'A';
        bool continues = last_minor_ == 0
                             ? entry.minor <= first + 1
                             : entry.minor > last_minor_ && entry.minor <= last_minor_ + 3;
        if (entry.major == top_ && continues) {
          last_minor_ = entry.minor;
          return true;
        }
        if (entry.major > top_ && entry.major <= top_ + reach(line_start) && entry.minor == first) {
          enter_top(entry.major, true);
          last_minor_ = entry.minor;
          return true;
        }
        return false;
      }
      case EntryForm::letter_only: {
        // "A. Starks D. Harrar": initials in a distribution list, not an item.
        static const RE2 kInitials(R"(\b[A-Z]\.\s+[A-Z][a-z]+)");
        if (!line_start || RE2::PartialMatch(title, kInitials)) return false;
        if (last_letter_ == 0 ? entry.minor != 'A'
                              : (entry.minor <= last_letter_ || entry.minor > last_letter_ + 2))
          return false;
        last_letter_ = entry.minor;
        return true;
      }
      case EntryForm::heading:
        // Under an unnumbered section numbering may start again: "REGULAR BUSINESS:" / "1.".
        enter_top(0, false);
        return true;
    }
    return false;
  }

 private:
  // How far the next section number may jump: an agenda printed line by line may omit
  // sections; inside a flattened line a far jump is more likely a stray number.
  static int reach(bool line_start) { return line_start ? 9 : 3; }

  void enter_top(int major, bool implicit) {
    top_ = major;
    top_implicit_ = implicit;
    last_minor_ = 0;
    last_letter_ = 0;
  }
  int top_ = 0;
  bool top_implicit_ = false;
  int last_minor_ = 0;
  int last_letter_ = 0;
};

// A line opens a paragraph when the layout says so or a gap sits above it.
bool opens_paragraph(const std::vector<Line>& lines, size_t i, size_t first) {
  const Line& line = lines[i];
  if (line.paragraph_start) return true;
  if (i == first) return true;
  const Line& above = lines[i - 1];
  if (above.page != line.page) return false;
  double size = line.font_size > 0 ? line.font_size : line.box.height();
  return size > 0 && line.box.y0 - above.box.y1 > 0.8 * size;
}

struct Piece {
  size_t line = 0;
  std::string text;
  bool paragraph_start = false;
};

// "Recommended Action:", "Recommendation:", "RECOMMENDATION:", "Staff Recommendation:"
const RE2& recommendation_label() {
  static const RE2 kLabel(
      R"((?i)\b(?:staff\s+)?(?:recommended\s+action|recommendations?|action\s+required)\s*:\s*)");
  return kLabel;
}

// "Recommendation of the Human Resources Director that your Honorable Body approve ..."
const RE2& recommendation_sentence() {
  static const RE2 kSentence(R"((?i)^recommendation\s+of\b)");
  return kSentence;
}

// Where a title or a recommendation stops inside a piece: "Requested by: City Clerk",
// "3.1.a May 19, 2020 Study Session Minutes" (the item's attachments).
size_t stop_in(const std::string& text, bool for_title) {
  static const RE2 kRequested(R"((?i)\brequested\s+by\s*:)");
  static const RE2 kAttachmentRef(R"(\b\d{1,2}\.\d{1,2}\.[a-z]\b)");
  size_t stop = text.size();
  auto consider = [&](const RE2& pattern) {
    re2::StringPiece match;
    if (pattern.Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1))
      stop = std::min(stop, static_cast<size_t>(match.data() - text.data()));
  };
  consider(kRequested);
  consider(kAttachmentRef);
  if (for_title) consider(recommendation_label());
  return stop;
}

std::string join_words(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

void fill_item_text(const std::vector<Piece>& pieces, AgendaItem& item) {
  std::string title;
  bool title_done = false;
  std::optional<std::string> recommendation;
  bool recommendation_done = false;
  for (size_t n = 0; n < pieces.size(); ++n) {
    const Piece& piece = pieces[n];
    std::string text = piece.text;
    if (!title_done) {
      // A title ends with its line when the line closes a sentence and the next opens one:
      // "8A. Appeal of Discipline of a Police Services Officer." / "Consideration of ...".
      bool sentence_ended = n > 0 && !title.empty() && title.back() == '.' && !text.empty() &&
                            std::isupper(static_cast<unsigned char>(text[0]));
      if (n > 0 && (piece.paragraph_start || sentence_ended ||
                    RE2::PartialMatch(text, recommendation_sentence()))) {
        title_done = true;
      } else {
        size_t stop = stop_in(text, true);
        title = join_words(title, trim(std::string_view(text).substr(0, stop)));
        if (stop < text.size()) {
          title_done = true;
          text = text.substr(stop);
        } else {
          continue;
        }
      }
    }
    if (recommendation_done) break;
    if (!recommendation) {
      re2::StringPiece input(text), label;
      if (recommendation_label().Match(input, 0, text.size(), RE2::UNANCHORED, &label, 1)) {
        std::string rest =
            text.substr(static_cast<size_t>(label.data() - text.data()) + label.size());
        size_t stop = stop_in(rest, false);
        recommendation = trim(std::string_view(rest).substr(0, stop));
        recommendation_done = stop < rest.size();
      } else if (RE2::PartialMatch(text, recommendation_sentence())) {
        size_t stop = stop_in(text, false);
        recommendation = trim(std::string_view(text).substr(0, stop));
        recommendation_done = stop < text.size();
      }
      continue;
    }
    if (piece.paragraph_start) break;
    size_t stop = stop_in(text, false);
    recommendation = join_words(*recommendation, trim(std::string_view(text).substr(0, stop)));
    recommendation_done = stop < text.size();
  }
  item.title = title;
  if (recommendation && !recommendation->empty()) item.recommendation = recommendation;
}

}  // namespace

std::string printed_with_marker(const Line& line) {
  if (line.list_marker.empty()) return line.text;
  return line.text.empty() ? line.list_marker : line.list_marker + " " + line.text;
}

ParsedAgendaItems parse_agenda_items(const std::vector<Line>& lines, LineSpan span) {
  ParsedAgendaItems parsed;
  std::vector<std::string> texts;
  for (size_t i = span.first; i < span.last; ++i) texts.push_back(printed_with_marker(lines[i]));

  // Numbered entries and section headings, in reading order.
  std::vector<Entry> entries;
  Sequence sequence;
  for (size_t n = 0; n < texts.size(); ++n) {
    const std::string& text = texts[n];
    if (auto heading = read_heading(lines[span.first + n], text,
                                    opens_paragraph(lines, span.first + n, span.first))) {
      bool numbered = !text.empty() && (is_digit(text[0]) ||
                                        (is_upper(text[0]) && text.size() > 1 && text[1] == '.'));
      if (!numbered || heading->title_offset > 0) {
        heading->line = n;
        sequence.accept(*heading, true);
        entries.push_back(*heading);
        continue;
      }
    }
    for (size_t at = 0; at < text.size(); ++at) {
      if (at > 0 && text[at - 1] != ' ') continue;
      if (!is_digit(text[at]) && !(at == 0 && is_upper(text[at]))) continue;
      std::optional<Entry> entry = read_number(text, at);
      if (!entry ||
          !sequence.accept(*entry, at == 0, std::string_view(text).substr(entry->title_offset)))
        continue;
      entry->line = n;
      entries.push_back(*entry);
      at = entry->title_offset;
    }
  }
  for (const Entry& entry : entries) {
    if (entry.form == EntryForm::heading) continue;
    parsed.first_entry = AgendaItemsPosition{entry.line, entry.offset};
    break;
  }

  std::optional<std::string> section;
  for (size_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    size_t end_line = e + 1 < entries.size() ? entries[e + 1].line : texts.size() - 1;
    size_t end_offset = e + 1 < entries.size() ? entries[e + 1].offset : texts.back().size();

    std::vector<Piece> pieces;
    for (size_t n = entry.line; n <= end_line && n < texts.size(); ++n) {
      size_t from = n == entry.line ? entry.title_offset : 0;
      size_t to = n == end_line ? end_offset : texts[n].size();
      if (from >= to) continue;
      pieces.push_back({n, texts[n].substr(from, to - from),
                        n != entry.line && opens_paragraph(lines, span.first + n, span.first)});
    }
    if (pieces.empty()) continue;

    bool is_section = entry.form == EntryForm::heading ||
                      (entry.form == EntryForm::top && title_in_capitals(pieces.front().text));
    if (is_section) {
      std::string name = trim(pieces.front().text);
      size_t colon = name.find(':');
      if (colon != std::string::npos) name = trim(std::string_view(name).substr(0, colon));
      section = name.empty() ? std::nullopt : std::optional<std::string>(name);
      continue;
    }
    AgendaItem item;
    item.number = entry.number;
    item.section = section;
    fill_item_text(pieces, item);
    item.pages = {lines[span.first + pieces.front().line].page,
                  lines[span.first + pieces.back().line].page};
    parsed.items.push_back(std::move(item));
  }
  return parsed;
}

}  // namespace agendum
