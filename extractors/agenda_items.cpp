#include "extractors/agenda_items.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/meeting_cues.h"

namespace agendum {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// How an entry is numbered. child: a number that names its parent ("6A", "3.1", "6.A.");
// file: a legislative file number standing for the item ("24-0153 Approve ...").
enum class Style { heading, roman, upper, lower, digit, digit_paren, child, file };

struct Entry {
  size_t line = 0;          // index into the agenda's lines
  size_t offset = 0;        // where the number starts
  size_t title_offset = 0;  // where the title starts (past a file number printed with it)
  Style style = Style::heading;
  std::string number;  // as exported: "11.", "3.1", "6A", "A.", "a)", "IV."
  int value = 0;       // place in its list: 11, 'C' -> 3, IV -> 4; a child's minor
  int major = 0;       // a child's parent number: 6 for "6A"
  bool line_start = true;
  bool styled = false;  // its line is set as a heading
  bool caps = false;    // its title opens in capitals
  BusinessCue cue = BusinessCue::none;
  bool has_file = false;  // a file number is printed with it
  bool evidence = false;  // it reads as an item (file number, recommendation label)
  bool body = false;      // text of its own follows its title
  bool business = false;  // in the order of business, not the header
  bool boilerplate = false;
  int parent = -1;  // index of the entry it is under
};

// Upper-case words open the title: "CONSENT CALENDAR", "CITY MANAGER REPORTS".
bool title_in_capitals(std::string_view title) {
  int words = 0;
  size_t p = 0;
  while (p < title.size() && words < 2) {
    while (p < title.size() && title[p] == ' ') ++p;
    size_t end = title.find(' ', p);
    if (end == std::string_view::npos) end = title.size();
    std::string_view word = title.substr(p, end - p);
    if (std::any_of(word.begin(), word.end(), is_alpha)) {
      if (std::any_of(word.begin(), word.end(), is_lower)) return false;
      ++words;
    }
    p = end;
  }
  return words > 0;
}

int roman_value(std::string_view token) {
  int total = 0, previous = 0;
  for (auto it = token.rbegin(); it != token.rend(); ++it) {
    int value = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : 0;
    if (value == 0) return 0;
    total += value < previous ? -value : value;
    previous = std::max(previous, value);
  }
  return total;
}

// OCR reads digits inside a number as letters: "1O." is 10, "5.l" is 5.1; and Roman numerals
// as digits and l: "ll." is II. Both are undone here, byte for byte, for reading markers only.
std::string with_ocr_numbers(const std::string& text) {
  std::string out = text;
  size_t i = 0;
  while (i < out.size()) {
    size_t end = out.find(' ', i);
    if (end == std::string::npos) end = out.size();
    std::string_view token(out.data() + i, end - i);
    size_t body = token.find_last_not_of(".)");
    std::string_view core = body == std::string_view::npos ? "" : token.substr(0, body + 1);
    bool has_digit = std::any_of(core.begin(), core.end(), is_digit);
    bool romanish = core.size() >= 2 && core.size() < token.size() &&
                    core.find_first_not_of("IVXl1") == std::string_view::npos &&
                    core.find_first_not_of('1') != std::string_view::npos &&
                    core.find_first_of("l1") != std::string_view::npos;
    if (romanish) {
      for (size_t k = i; k < i + core.size(); ++k)
        if (out[k] == 'l' || out[k] == '1') out[k] = 'I';
    } else if (has_digit && token.size() <= 8) {
      for (size_t k = i; k < end; ++k) {
        if (out[k] == 'l') out[k] = '1';
        if (out[k] == 'O') out[k] = '0';
      }
    }
    i = end + 1;
  }
  return out;
}

// Titles open with a capital, a digit, a quote or a parenthesis; "2 member of the public" is
// prose. Returns where the title starts after the marker ending at p, or npos.
size_t title_after(const std::string& text, size_t p) {
  if (p >= text.size() || text[p] != ' ') return std::string::npos;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size()) return std::string::npos;
  char first = text[p];
  if (!(is_upper(first) || is_digit(first) || first == '"' || first == '(' ||
        static_cast<unsigned char>(first) >= 0x80))
    return std::string::npos;
  return p;
}

// Every reading of a number token at text[at]: "6A.", "3.1", "6.A.", "11.", "1)", "A.", "a)",
// "(a)", "IV.". "I." and "V." are read both as Roman numerals and as letters; the outline
// keeps the one that continues it. Letters and Roman numerals count only at a line's start.
std::vector<Entry> read_markers(const std::string& text, size_t at, bool line_start) {
  std::vector<Entry> out;
  auto finish = [&](Entry entry, size_t marker_end) {
    size_t title = title_after(text, marker_end);
    if (title == std::string::npos) return;
    entry.offset = at;
    entry.title_offset = title;
    entry.line_start = line_start;
    out.push_back(std::move(entry));
  };
  size_t p = at;
  char c = text[p];
  if (is_digit(c)) {
    size_t digits = 0;
    while (p < text.size() && is_digit(text[p]) && digits < 3) ++p, ++digits;
    if (digits > 2 || (p < text.size() && is_digit(text[p]))) return out;
    int major = std::stoi(text.substr(at, digits));
    Entry entry;
    if (p + 1 < text.size() && text[p] == '.' && is_digit(text[p + 1])) {
      // "3.1", "3.1." — a child of 3
      size_t minor_start = ++p;
      while (p < text.size() && is_digit(text[p]) && p - minor_start < 3) ++p;
      if (p - minor_start > 2) return out;
      entry.style = Style::child;
      entry.major = major;
      entry.value = std::stoi(text.substr(minor_start, p - minor_start));
      entry.number = text.substr(at, p - at);
      if (p < text.size() && text[p] == '.') ++p;
    } else if (p + 1 < text.size() && text[p] == '.' && is_alpha(text[p + 1]) &&
               (p + 2 == text.size() || !is_alpha(text[p + 2]))) {
      // "6.A.", "1.a" — a lettered child of 6, of 1
      entry.style = Style::child;
      entry.major = major;
      entry.value = std::toupper(static_cast<unsigned char>(text[p + 1])) - 'A' + 1;
      entry.number = text.substr(at, p + 2 - at);
      p += 2;
      if (p < text.size() && (text[p] == '.' || text[p] == ')')) ++p;
    } else if (p < text.size() && is_alpha(text[p]) &&
               (p + 1 == text.size() || !is_alpha(text[p + 1]))) {
      // "6A.", "6a)" — a lettered child of 6
      entry.style = Style::child;
      entry.major = major;
      entry.value = std::toupper(static_cast<unsigned char>(text[p])) - 'A' + 1;
      entry.number = text.substr(at, p - at + 1);
      ++p;
      if (p < text.size() && (text[p] == '.' || text[p] == ')')) ++p;
    } else if (p < text.size() && text[p] == '.') {
      entry.style = Style::digit;
      entry.value = major;
      ++p;
      entry.number = text.substr(at, p - at);
    } else if (line_start && p < text.size() && text[p] == ')') {
      entry.style = Style::digit_paren;
      entry.value = major;
      ++p;
      entry.number = text.substr(at, p - at);
    } else {
      return out;
    }
    finish(entry, p);
    return out;
  }
  if (!line_start) return out;
  if (c == '(' && p + 2 < text.size() && text[p + 2] == ')' && is_alpha(text[p + 1])) {
    // "(a) Review ..."
    Entry entry;
    entry.style = is_upper(text[p + 1]) ? Style::upper : Style::lower;
    entry.value = std::toupper(static_cast<unsigned char>(text[p + 1])) - 'A' + 1;
    entry.number = text.substr(at, 3);
    finish(entry, p + 3);
    return out;
  }
  if (c == '(' && p + 2 < text.size() && is_digit(text[p + 1])) {
    // "(1) Adopt ..."
    size_t q = p + 1;
    while (q < text.size() && is_digit(text[q]) && q - p <= 2) ++q;
    if (q < text.size() && text[q] == ')') {
      Entry entry;
      entry.style = Style::digit_paren;
      entry.value = std::stoi(text.substr(p + 1, q - p - 1));
      entry.number = text.substr(at, q + 1 - at);
      finish(entry, q + 1);
    }
    return out;
  }
  // Roman: "IV. PUBLIC HEARINGS", its title in capitals.
  size_t q = p;
  while (q < text.size() && (text[q] == 'I' || text[q] == 'V' || text[q] == 'X')) ++q;
  if (q > p && q - p <= 5 && q < text.size() && (text[q] == '.' || text[q] == ')')) {
    int value = roman_value(std::string_view(text).substr(p, q - p));
    size_t title = title_after(text, q + 1);
    if (value > 0 && title != std::string::npos &&
        title_in_capitals(std::string_view(text).substr(title))) {
      Entry entry;
      entry.style = Style::roman;
      entry.value = value;
      entry.number = text.substr(at, q + 1 - at);
      finish(entry, q + 1);
    }
  }
  // One letter: "A.", "B)", "a.", "c)".
  if (is_alpha(c) && p + 1 < text.size() && (text[p + 1] == '.' || text[p + 1] == ')')) {
    Entry entry;
    entry.style = is_upper(c) ? Style::upper : Style::lower;
    entry.value = std::toupper(static_cast<unsigned char>(c)) - 'A' + 1;
    entry.number = text.substr(at, 2);
    finish(entry, p + 2);
    // OCR reads "1." as "l." or "I.": the first of a numbered list.
    if (c == 'l' || c == 'I') {
      entry.style = text[p + 1] == '.' ? Style::digit : Style::digit_paren;
      entry.value = 1;
      entry.number = std::string("1") + text[p + 1];
      finish(entry, p + 2);
    }
  }
  return out;
}

// An unnumbered section heading: "CONSENT CALENDAR:", "PUBLIC HEARINGS" set as a heading.
bool is_heading(const Line& line, const std::string& text, bool paragraph_start) {
  if (text.size() > 80 || text.size() < 4) return false;
  // A bulleted line is a point in a list ("• A:"), not a section.
  if (!line.list_marker.empty() && !std::isalnum(static_cast<unsigned char>(line.list_marker[0])))
    return false;
  if (std::count_if(text.begin(), text.end(), is_upper) < 2) return false;
  // "2022-44 THAT SETS THE SALARY ...": a caps line opening with a number carries on a
  // sentence (a resolution's title in a recommendation); it names no section.
  if (is_digit(text[0])) return false;
  bool caps = std::none_of(text.begin(), text.end(), is_lower);
  bool letters = std::any_of(text.begin(), text.end(), is_upper);
  if (!caps || !letters) return false;
  // Without a colon only a styled heading standing as its own paragraph: a caps line
  // inside a recommendation ("BE PAID.") is not a section.
  return text.back() == ':' || (line.heading && paragraph_start && is_alpha(text.back()));
}

// A caps line that carries on the caps title above it, wrapped: "... FROM THE" / "PUBLIC",
// "... COMMERCE PRESENTS" / "REVIEW OF ...". The title above ran long or broke at a small word.
bool continues_caps_title(std::string_view above, size_t above_chars, std::string_view line) {
  static const RE2 kEndsOnSmallWord(R"((?i)\b(?:the|and|of|for|to|an?|from|with|in|on|by|at|or)$)");
  static const RE2 kOpensOnSmallWord(R"((?i)^(?:and|of|for|to|the|from|with|in|on|by|at|or)\b)");
  above = trim_view(above);
  line = trim_view(line);
  if (above.empty() || line.empty() || has_lowercase(above) || has_lowercase(line)) return false;
  if (above.back() == ':' || above.back() == '.') return false;
  if (business_cue(line) != BusinessCue::none) return false;
  re2::StringPiece above_piece(above.data(), above.size()), line_piece(line.data(), line.size());
  return above_chars >= 45 || RE2::PartialMatch(above_piece, kEndsOnSmallWord) ||
         RE2::PartialMatch(line_piece, kOpensOnSmallWord);
}

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

// The outline read so far: the open entries from the outermost in, and the last number each
// style reached (numbering runs on across unnumbered headings: "10." / "CONSENT AGENDA" /
// "11.").
class Outline {
 public:
  explicit Outline(std::vector<Entry>& entries) : entries_(entries) {}

  // Adds the first reading the outline accepts; returns its index, or -1.
  int add(std::vector<Entry> readings) {
    for (Entry& entry : readings) {
      std::vector<Level> saved = stack_;
      bool accepted = false;
      switch (entry.style) {
        case Style::heading:
          accepted = accept_heading();
          break;
        case Style::child:
          accepted = accept_child(entry);
          break;
        default:
          accepted = accept_listed(entry);
          break;
      }
      if (!accepted) {
        stack_ = saved;
        continue;
      }
      int index = static_cast<int>(entries_.size());
      entry.parent = innermost_entry();
      stack_.back().entry = index;
      if (entry.style != Style::heading && entry.style != Style::child)
        last_value_[entry.style] = entry.value;
      if (entry.cue == BusinessCue::closing) closed_ = true;
      entries_.push_back(std::move(entry));
      return index;
    }
    return -1;
  }

  // The order of business starts: what came before was the header.
  void restart() {
    stack_.clear();
    last_value_.clear();
    closed_ = false;
  }

  // The entry whose text the next lines are, or -1.
  int current() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->entry >= 0) return it->entry;
    return -1;
  }

  bool closed() const { return closed_; }

 private:
  struct Level {
    Style style;
    int value = 0;
    int entry = -1;      // -1: a section number never printed ("3.1" with no "3.")
    int last_minor = 0;  // for a numbered level: its last child ("6C" -> 3)
  };

  // The entry the next one goes under (the stack's top is where it will go).
  int innermost_entry() const {
    for (size_t k = stack_.size() - 1; k-- > 0;)
      if (stack_[k].entry >= 0) return stack_[k].entry;
    return -1;
  }

  static int reach(bool line_start) {
    // How far the next number may jump: an agenda printed line by line may omit items;
    // inside a flattened line a far jump is more likely a stray number.
    return line_start ? 9 : 3;
  }

  bool accept_heading() {
    if (closed_) return false;
    stack_.clear();
    stack_.push_back({Style::heading});
    return true;
  }

  // Whether entry p can hold a list starting with e under it.
  bool can_hold(const Entry& p, const Entry& e) const {
    if (p.cue != BusinessCue::none) return false;  // "CALL TO ORDER" holds no items
    // "CONSENT AGENDA" does not hold "# 8. PRESENTATION": both are sections of one rank. It
    // holds a list that starts under it ("OPEN SESSION" / "I. CALL TO ORDER").
    if (p.style == Style::heading) return !(e.styled && e.caps) || e.value == 1;
    // "C. MANAGEMENT" / "1. Approve ...", or "4. Council Reorganization" / "a. Selection ..."
    return p.caps || p.styled || !p.body;
  }

  // Pops open entries that cannot hold e. False when e is an item's own list; a list that
  // continues numbering printed before ("VIII." after "VII." and its items) is not.
  bool find_holder(const Entry& e, bool continues) {
    while (!stack_.empty()) {
      const Level& top = stack_.back();
      if (top.entry < 0) return true;
      const Entry& p = entries_[static_cast<size_t>(top.entry)];
      // "Recommendation: Staff recommends: 1. Award ..."
      if (p.evidence && !continues) return false;
      if (can_hold(p, e)) return true;
      stack_.pop_back();
    }
    return true;
  }

  bool runs_on(Style style, int value, bool line_start) const {
    auto last = last_value_.find(style);
    return last != last_value_.end() && value > last->second &&
           value <= last->second + reach(line_start);
  }

  bool accept_listed(const Entry& e) {
    // A list already open: the entry continues it.
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].style != e.style) continue;
      const Level& level = stack_[k];
      bool next = e.style == Style::file ||
                  (e.value > level.value && e.value <= level.value + reach(e.line_start));
      bool printed_section = level.entry < 0 && e.value == level.value;
      if (!next && !printed_section) return false;
      if (!e.line_start && !e.caps) return false;  // inside a flattened line only sections
      stack_.resize(k);
      stack_.push_back({e.style, e.value});
      return true;
    }
    // A new list, one level down from the entry that holds it.
    if (!e.line_start) {
      // Inside a flattened line only a section heading continuing the numbering counts:
      // "3. CONSENT CALENDAR:".
      if (e.style != Style::digit || !e.caps) return false;
      if (!(last_value_.count(e.style) ? runs_on(e.style, e.value, false) : e.value <= 2))
        return false;
    }
    if (closed_) return false;
    bool continues = runs_on(e.style, e.value, e.line_start) && (e.caps || e.styled);
    if (!find_holder(e, continues)) return false;
    bool starts = e.style == Style::file || e.value == 1 ||
                  (e.value == 2 && (e.style == Style::digit || e.style == Style::roman));
    // "# 8. PRESENTATION" after unnumbered business: a section set apart as a heading.
    bool set_apart =
        e.style == Style::digit && e.styled && e.caps && e.line_start && stack_.empty();
    if (!starts && !runs_on(e.style, e.value, e.line_start) && !set_apart) return false;
    stack_.push_back({e.style, e.value});
    return true;
  }

  // "6A", "3.1", "6.A.": under the section the number names.
  bool accept_child(const Entry& e) {
    int reach_here = reach(e.line_start);
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].style != Style::digit) continue;
      Level& section = stack_[k];
      if (section.value == e.major) {
        bool continues = section.last_minor == 0
                             ? e.value <= 2
                             : e.value > section.last_minor && e.value <= section.last_minor + 3;
        if (!continues) return false;
        section.last_minor = e.value;
        stack_.resize(k + 1);
        stack_.push_back({Style::child, e.value});
        return true;
      }
      if (e.major > section.value && e.major <= section.value + reach_here && e.value == 1) {
        // The section's own number was not printed: "6A." opens section 6.
        stack_.resize(k);
        stack_.push_back({Style::digit, e.major, -1, e.value});
        last_value_[Style::digit] = e.major;
        stack_.push_back({Style::child, e.value});
        return true;
      }
      return false;
    }
    // No numbered section open: "3.1" opens section 3 (after a heading, or first of all).
    bool opens = last_value_.count(Style::digit) ? runs_on(Style::digit, e.major, e.line_start)
                                                 : e.major <= reach_here;
    if (!opens || e.value != 1 || closed_) return false;
    Entry section;
    section.style = Style::digit;
    if (!find_holder(section, false)) return false;
    stack_.push_back({Style::digit, e.major, -1, e.value});
    last_value_[Style::digit] = e.major;
    stack_.push_back({Style::child, e.value});
    return true;
  }

  std::vector<Entry>& entries_;
  std::vector<Level> stack_;
  std::map<Style, int> last_value_;
  bool closed_ = false;
};

struct Piece {
  size_t line = 0;
  std::string text;
  bool paragraph_start = false;
  bool continues_title = false;  // a wrapped caps title line
};

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
  if (for_title) {
    // "Recommended Action: Approve ..." ends a title; "REPORTS AND RECOMMENDATIONS:" is one.
    static const RE2 kInTitle(R"((?i)(?:\band|&|\bof|\bfor|\bon)\s*$)");
    re2::StringPiece input(text), label;
    size_t from = 0;
    while (from < text.size() &&
           recommendation_label().Match(input, from, text.size(), RE2::UNANCHORED, &label, 1)) {
      size_t at = static_cast<size_t>(label.data() - text.data());
      if (!RE2::PartialMatch(re2::StringPiece(text.data(), at), kInTitle)) {
        stop = std::min(stop, at);
        break;
      }
      from = at + label.size();
    }
  }
  return stop;
}

std::string join_words(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

// "(Presented by the City Clerk)", "(Public Works Director)": who brings the item, not its title.
bool is_presenter_line(std::string_view text) {
  text = trim_view(text);
  return text.size() > 2 && text.front() == '(' && text.back() == ')';
}

// A file number opening a title line is the item's, not its title: "23-0021 (City Clerk)".
std::string without_file_number(const std::string& text) {
  re2::StringPiece input(text), whole;
  if (!file_number_at_start().Match(input, 0, text.size(), RE2::ANCHOR_START, &whole, 1))
    return text;
  return text.substr(whole.size());
}

// "PUBLIC COMMENTS: Public Comments is the time reserved ..." -> "PUBLIC COMMENTS": a caps
// name of two words or more before a colon is the whole title.
std::string caps_name_before_colon(std::string title) {
  while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
  size_t colon = title.find(": ");
  if (colon == std::string::npos) return title;
  std::string name = trim(std::string_view(title).substr(0, colon));
  if (word_count(name) < 2 || has_lowercase(name) || !has_letter(name)) return title;
  return name;
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
      // "b) REPORT CITY COUNCIL MINUTES" / "23-0021 (City Clerk)": the file number under the
      // title's first line is the item's, and the title may go on after it.
      std::string after_file = without_file_number(text);
      bool file_line = after_file.size() < text.size();
      text = trim(after_file);
      // A title ends with its line when the line closes a sentence and the next opens one:
      // "8A. Appeal of Discipline of a Police Services Officer." / "Consideration of ...".
      bool sentence_ended = n > 0 && !title.empty() && title.back() == '.' && !text.empty() &&
                            std::isupper(static_cast<unsigned char>(text[0]));
      bool new_paragraph = piece.paragraph_start && !piece.continues_title && !file_line;
      if (n > 0 && (new_paragraph || sentence_ended || is_presenter_line(text) ||
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
    // "Staff recommends City Council:" / "1. Hold the hearing; and" / "2. Adopt ...": the
    // steps of a recommendation that announces them are its text.
    static const RE2 kStep(R"(^\(?\d{1,2}[.)]\s)");
    static const RE2 kAnnounces(R"((?:[:;]|\band|\bor)$)");
    bool step = RE2::PartialMatch(*recommendation, kAnnounces) && RE2::PartialMatch(text, kStep);
    if (piece.paragraph_start && !step) break;
    size_t stop = stop_in(text, false);
    recommendation = join_words(*recommendation, trim(std::string_view(text).substr(0, stop)));
    recommendation_done = stop < text.size();
  }
  // "—_ CALL TO ORDER": marks OCR left where it could not read a number.
  static const RE2 kLeadingMarks(R"(^(?:[-_~*=]|\xE2\x80\x93|\xE2\x80\x94|\s)+)");
  RE2::Replace(&title, kLeadingMarks, "");
  item.title = caps_name_before_colon(title);
  if (recommendation && !recommendation->empty()) item.recommendation = recommendation;
}

// A section's name: its title up to a colon ("CONSENT CALENDAR: All items ..." ->
// "CONSENT CALENDAR").
std::optional<std::string> section_name(const std::string& title) {
  std::string name = trim(title);
  size_t colon = name.find(": ");
  if (colon != std::string::npos) name = trim(std::string_view(name).substr(0, colon));
  while (!name.empty() && name.back() == ':') name.pop_back();
  name = trim(name, " \t-\xE2\x80\x93\x94");
  if (name.empty()) return std::nullopt;
  return name;
}

// The key a numbered list is compared by when it is printed again.
std::string repeat_key(const std::string& title) {
  std::string form = vocabulary_form(title);
  return form.substr(0, 32);
}

// A numbered list printed again (its first entries the same) is a notice, "1. IN PERSON ...
// 2. BY VIDEO ...", not business: both printings are left out.
void mark_repeated_lists(std::vector<Entry>& entries, const std::vector<std::string>& titles) {
  // Lists: entries with one parent and one style, in order.
  std::map<std::pair<int, int>, std::vector<size_t>> lists;
  std::vector<std::vector<size_t>> ordered;
  std::map<std::pair<int, int>, size_t> open;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& entry = entries[i];
    if (entry.style == Style::heading) continue;
    std::pair<int, int> key{entry.parent, static_cast<int>(entry.style)};
    auto found = open.find(key);
    if (found == open.end() || entries[ordered[found->second].back()].value >= entry.value) {
      open[key] = ordered.size();
      ordered.push_back({i});
    } else {
      ordered[found->second].push_back(i);
    }
  }
  for (size_t later = 1; later < ordered.size(); ++later) {
    if (ordered[later].size() < 2) continue;
    for (size_t earlier = 0; earlier < later; ++earlier) {
      const std::vector<size_t>& a = ordered[earlier];
      const std::vector<size_t>& b = ordered[later];
      size_t same = 0;
      while (same < a.size() && same < b.size() &&
             repeat_key(titles[a[same]]) == repeat_key(titles[b[same]]) &&
             !repeat_key(titles[a[same]]).empty())
        ++same;
      if (same < 2) continue;
      for (size_t i : a) entries[i].boilerplate = true;
      for (size_t i : b) entries[i].boilerplate = true;
    }
  }
  // What sits under a notice is the notice's too.
  for (Entry& entry : entries)
    if (entry.parent >= 0 && entries[static_cast<size_t>(entry.parent)].boilerplate)
      entry.boilerplate = true;
}

// The length of a file number opening text ("23-0021 (City Clerk)" -> 8), or 0.
size_t file_number_length(const std::string& text) {
  re2::StringPiece input(text), whole;
  if (!file_number_at_start().Match(input, 0, text.size(), RE2::ANCHOR_START, &whole, 1)) return 0;
  return whole.size();
}

// Caps, cue and file number of the entry's title; a file number printed before the title
// ("a) 23-0028 MINUTES ...") is stepped over and makes the entry an item.
void describe_title(Entry& entry, const std::string& text) {
  size_t file = file_number_length(text.substr(entry.title_offset));
  if (file > 0 && entry.style != Style::file) {
    entry.has_file = entry.evidence = true;
    entry.title_offset += file;
  }
  std::string_view title = std::string_view(text).substr(entry.title_offset);
  entry.caps = title_in_capitals(title);
  entry.cue = business_cue(title);
}

// Reads the numbered entries of one line (several when a flattened line holds several
// items); returns the last one the outline took, or -1.
int add_numbered_entries(Outline& outline, const std::vector<Entry>& entries,
                         const std::string& text, size_t n, bool styled) {
  // "A. Starks D. Harrar": initials in a distribution list, not an item.
  static const RE2 kInitials(R"(^[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+)");
  std::string readable = with_ocr_numbers(text);
  int added = -1;
  for (size_t at = 0; at < text.size(); ++at) {
    if (at > 0 && (text[at - 1] != ' ' || !is_digit(readable[at]))) continue;
    std::vector<Entry> readings = read_markers(readable, at, at == 0);
    std::vector<Entry> kept;
    for (Entry& entry : readings) {
      entry.line = n;
      entry.styled = styled;
      describe_title(entry, text);
      std::string_view title = std::string_view(text).substr(entry.title_offset);
      if (entry.style == Style::upper && RE2::PartialMatch(title, kInitials)) continue;
      kept.push_back(std::move(entry));
    }
    if (kept.empty()) continue;
    int index = outline.add(std::move(kept));
    if (index < 0) continue;
    added = index;
    at = entries[static_cast<size_t>(index)].title_offset;
  }
  return added;
}

// The number an entry is known by: as printed, except that a letter under a numbered section
// takes the section's number ("a." under "11." is item 11a, as minutes and reports cite it).
std::string exported_number(const std::vector<Entry>& entries, size_t e) {
  const Entry& entry = entries[e];
  if (entry.parent < 0 || (entry.style != Style::lower && entry.style != Style::upper) ||
      entry.number.empty())
    return entry.number;
  const Entry& parent = entries[static_cast<size_t>(entry.parent)];
  if (parent.style != Style::digit) return entry.number;
  std::string section = parent.number;
  while (!section.empty() && !is_digit(section.back())) section.pop_back();
  size_t letter = entry.number.front() == '(' ? 1 : 0;
  return section + entry.number.substr(letter, 1);
}

// How many words of text come before byte offset.
size_t words_before(const std::string& text, size_t offset) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size() && i < offset; ++i) {
    bool space = text[i] == ' ' || text[i] == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
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
  if (texts.empty()) return parsed;

  // The order of business opens at its first cue ("CALL TO ORDER", "ROLL CALL:").
  std::optional<size_t> cue_line;
  for (size_t n = 0; n < texts.size() && !cue_line; ++n)
    if (business_cue(texts[n]) == BusinessCue::opening) cue_line = n;

  std::vector<Entry> entries;
  Outline outline(entries);
  bool title_open = false;  // the current entry's title may run on to the next line
  for (size_t n = 0; n < texts.size(); ++n) {
    const std::string& text = texts[n];
    const Line& line = lines[span.first + n];
    bool paragraph = opens_paragraph(lines, span.first + n, span.first);
    if (cue_line && n == *cue_line) {
      outline.restart();
      title_open = false;
    }
    int current = outline.current();
    int added = add_numbered_entries(outline, entries, text, n, line.heading);
    if (added < 0 && title_open && current >= 0) {
      // The file number printed under an item's first line, or its wrapped caps title, is
      // the item's, not a new entry.
      Entry& entry = entries[static_cast<size_t>(current)];
      if (!entry.has_file && entry.style != Style::heading && file_number_length(text) > 0) {
        entry.has_file = entry.evidence = true;
        continue;
      }
      std::string_view above = texts[n - 1];
      size_t above_chars = above.size();
      if (entry.line == n - 1) above = above.substr(std::min(entry.title_offset, above.size()));
      if (continues_caps_title(above, above_chars, text)) continue;
    }
    if (added < 0 && is_heading(line, text, paragraph)) {
      Entry heading;
      heading.line = n;
      heading.styled = heading.caps = true;
      heading.cue = business_cue(text);
      added = outline.add({heading});
    } else if (added < 0 && paragraph && file_number_length(text) > 0) {
      // "24-0153 Approve the minutes of ...": the file number is the item's number.
      Entry entry;
      entry.style = Style::file;
      entry.line = n;
      entry.number = trim(text.substr(0, file_number_length(text)));
      entry.title_offset = file_number_length(text);
      entry.has_file = entry.evidence = true;
      entry.styled = line.heading;
      describe_title(entry, text);
      if (entry.title_offset < text.size()) added = outline.add({entry});
    }
    if (added >= 0) {
      title_open = true;
    } else if (current >= 0) {
      // A line of the entry's own text: the title has ended once a paragraph or a sentence did.
      Entry& entry = entries[static_cast<size_t>(current)];
      bool runs_on = !paragraph && n > 0 && !texts[n - 1].empty() && texts[n - 1].back() != '.';
      if (!runs_on) {
        title_open = false;
        entry.body = true;
      }
    }
    // "Recommendation: ..." makes the entry it is printed under an item.
    int innermost = outline.current();
    if (innermost >= 0 && RE2::PartialMatch(text, recommendation_label())) {
      entries[static_cast<size_t>(innermost)].evidence = true;
      if (added < 0) {
        entries[static_cast<size_t>(innermost)].body = true;
        title_open = false;
      }
    }
  }
  if (cue_line) parsed.first_entry = AgendaItemsPosition{*cue_line, 0};
  if (entries.empty()) return parsed;

  // Where the business starts: at its cue, else at the first numbered entry (with the heading
  // it is under, which names its section).
  size_t first_business = entries.size();
  if (cue_line) {
    for (size_t i = 0; i < entries.size() && first_business == entries.size(); ++i)
      if (entries[i].line >= *cue_line) first_business = i;
    // The header runs on over label lines under the cue ("CALL TO ORDER: 6:30 p.m.") to the
    // first entry.
    if (first_business < entries.size())
      parsed.first_entry =
          AgendaItemsPosition{entries[first_business].line, entries[first_business].offset};
  } else {
    for (size_t i = 0; i < entries.size() && first_business == entries.size(); ++i)
      if (entries[i].style != Style::heading) first_business = i;
    if (first_business < entries.size()) {
      parsed.first_entry =
          AgendaItemsPosition{entries[first_business].line, entries[first_business].offset};
      int parent = entries[first_business].parent;
      if (parent >= 0 && entries[static_cast<size_t>(parent)].style == Style::heading)
        first_business = static_cast<size_t>(parent);
    }
  }
  for (size_t i = first_business; i < entries.size(); ++i) entries[i].business = true;

  // Each entry's text: from its title to the next entry.
  std::vector<AgendaItem> texts_of(entries.size());
  for (size_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    size_t end_line = e + 1 < entries.size() ? entries[e + 1].line : texts.size() - 1;
    size_t end_offset = e + 1 < entries.size() ? entries[e + 1].offset : texts.back().size();
    // The meeting ends at its adjournment: a closing entry ("ADJOURNMENT") at the end holds
    // what its page says of it, not the pages glued after the agenda (copies of it, exhibits
    // no opening cut off).
    if (e + 1 == entries.size() && entry.cue == BusinessCue::closing) {
      const int page = lines[span.first + entry.line].page;
      while (end_line > entry.line && lines[span.first + end_line].page != page) --end_line;
      end_offset = texts[end_line].size();
    }
    std::vector<Piece> pieces;
    for (size_t n = entry.line; n <= end_line && n < texts.size(); ++n) {
      size_t from = n == entry.line ? entry.title_offset : 0;
      size_t to = n == end_line ? end_offset : texts[n].size();
      if (from >= to) continue;
      bool continues = n > entry.line && !pieces.empty() && pieces.back().line + 1 == n &&
                       continues_caps_title(pieces.back().text, texts[n - 1].size(), texts[n]);
      pieces.push_back({n, texts[n].substr(from, to - from),
                        n != entry.line && opens_paragraph(lines, span.first + n, span.first),
                        continues});
    }
    if (pieces.empty()) continue;
    fill_item_text(pieces, texts_of[e]);
    texts_of[e].pages = {lines[span.first + pieces.front().line].page,
                         lines[span.first + pieces.back().line].page};
  }
  std::vector<std::string> titles;
  for (const AgendaItem& item : texts_of) titles.push_back(item.title);
  mark_repeated_lists(entries, titles);

  // Each entry's depth, and where it and everything under it run.
  std::vector<int> depth(entries.size(), 0);
  for (size_t e = 0; e < entries.size(); ++e)
    if (entries[e].parent >= 0) depth[e] = depth[static_cast<size_t>(entries[e].parent)] + 1;
  auto position = [&](const Entry& entry) {
    return WordPosition{span.first + entry.line, words_before(texts[entry.line], entry.offset)};
  };
  for (size_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    if (!entry.business || entry.boilerplate || entry.style == Style::heading) continue;
    OutlineEntry out{exported_number(entries, e), "", "", position(entry), {span.last, 0}};
    for (size_t next = e + 1; next < entries.size(); ++next) {
      if (depth[next] > depth[e]) continue;
      out.end = position(entries[next]);
      break;
    }
    for (int p = entry.parent; p >= 0 && out.section_number.empty();
         p = entries[static_cast<size_t>(p)].parent)
      if (entries[static_cast<size_t>(p)].style != Style::heading) {
        out.section_number = exported_number(entries, static_cast<size_t>(p));
        out.section_title = section_name(texts_of[static_cast<size_t>(p)].title).value_or("");
      }
    parsed.outline.push_back(std::move(out));
  }

  std::vector<int> children(entries.size(), 0);
  for (const Entry& entry : entries)
    if (entry.parent >= 0 && !entry.boilerplate) ++children[static_cast<size_t>(entry.parent)];
  for (size_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    if (!entry.business || entry.boilerplate || children[e] > 0 || texts_of[e].title.empty())
      continue;
    AgendaItem item = texts_of[e];
    item.number = exported_number(entries, e);
    for (int p = entry.parent; p >= 0 && !item.section; p = entries[static_cast<size_t>(p)].parent)
      item.section = section_name(texts_of[static_cast<size_t>(p)].title);
    parsed.items.push_back(std::move(item));
  }
  return parsed;
}

}  // namespace agendum
