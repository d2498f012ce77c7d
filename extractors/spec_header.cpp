#include "extractors/spec_header.h"

#include <re2/re2.h>

#include <cctype>
#include <cmath>

#include "extractors/dates.h"

namespace agendum {

using namespace spec_text;

namespace {

size_t letter_count(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if (std::isalpha(static_cast<unsigned char>(c))) ++n;
  return n;
}

// "Bargaining Unit:", "Representation Unit:", "Union:"
bool names_bargaining_unit(std::string_view label) {
  static const RE2 unit(R"((?i)bargaining|representation|union)");
  return RE2::PartialMatch(label, unit);
}

// "DRAFT" printed above a spec that is not yet adopted
bool is_draft_caption(std::string_view text) {
  static const RE2 draft(R"((?i)draft)");
  return RE2::FullMatch(text, draft);
}

// "Bargaining Unit: Torrance Professional", "City Council Reso. No:", "CONCUR:".
bool read_label(std::string_view text, std::string& label, std::string& value) {
  static const RE2 labelled(R"(^([A-Z][A-Za-z.&/()\- ]{0,40}?)\s*:\s*(.*)$)");
  return RE2::FullMatch(text, labelled, &label, &value) && word_count(label) <= 5;
}

bool is_attachment_caption(std::string_view text) {
  // "Attachment: A) Deputy City Clerk II Class Specification", "ATTACHMENT A", "Exhibit A".
  static const RE2 caption(R"((?i)^(?:attachments?|exhibits?|enclosures?)\b)");
  return RE2::PartialMatch(text, caption);
}

bool is_money_line(std::string_view text) {
  // "$33.29 - $46.95 Hourly", "\$5,770.27 - \$8,138.00 Monthly"
  static const RE2 money(R"(\$\s*\d)");
  return RE2::PartialMatch(text, money);
}

bool is_salary_caption(std::string_view text) {
  // "SALARY RANGE", "Pay Grade", "Salary Schedule:"
  static const RE2 salary(
      R"((?i)^(?:salary|pay|compensation)(?: range| schedule| grade| plan)?s?:?$)");
  return RE2::FullMatch(text, salary);
}

std::optional<std::string> read_jurisdiction(std::string_view text) {
  // "CITY OF TORRANCE", "CITY OF CARSON", "County of Los Angeles"
  static const RE2 jurisdiction(
      R"((?i)^((?:city|county|town|village|borough|township)(?: and county)? of [A-Za-z .'\-]{2,40})$)");
  std::string name;
  if (!RE2::FullMatch(text, jurisdiction, &name)) return std::nullopt;
  return display_title(name);
}

bool is_document_caption(std::string_view text) {
  // "Class Specification", "JOB DESCRIPTION"
  static const RE2 caption(
      R"((?i)^(?:class(?:ification)? (?:specification|description)|job (?:description|specification)|position description)s?$)");
  return RE2::FullMatch(text, caption);
}

std::optional<std::string> read_class_code(std::string_view text) {
  // "Class Code: 5610", "CLASS CODE 9375", "Job Code: 1B10"
  static const RE2 code(
      R"((?i)^(?:class|job|position)\s+(?:code|number|no\.?)\s*:?\s*([0-9A-Z][0-9A-Z\-]{1,9})$)");
  std::string value;
  if (RE2::FullMatch(text, code, &value)) return value;
  return std::nullopt;
}

bool is_class_code_label(std::string_view text) {
  // "Class Code:" with the code on the next line ("1125")
  static const RE2 label(R"((?i)^(?:class|job|position)\s+(?:code|number|no\.?)\s*:?$)");
  return RE2::FullMatch(text, label);
}

bool is_bare_code(std::string_view text) {
  // "1125", "1B10", "9D12": a code printed alone on its line
  static const RE2 code(R"(^[0-9][0-9A-Z]{2,5}$)");
  return RE2::FullMatch(text, code);
}

// Caps titles as OCR reads them: "s TOREKEEPER" has one stray lower-case letter.
bool mostly_caps(std::string_view text) {
  size_t upper = 0, lower = 0;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    if (std::islower(static_cast<unsigned char>(c))) ++lower;
  }
  return upper >= 3 && lower * 10 <= upper;
}

// OCR splits a large initial off its word: "s TOREKEEPER" -> "STOREKEEPER".
std::string repair_split_capital(const std::string& title) {
  static const RE2 split(R"((^|\s)([A-Za-z]) ([A-Z]{3,}))");
  std::string repaired = title;
  RE2::GlobalReplace(&repaired, split, R"(\1\2\3)");
  for (char& c : repaired) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return repaired;
}

// Whether a title line runs on into the next: the first ends on a connector ("–", "AND",
// ",") or the second opens with one ("(TREES UNIT)", "AND ANALYTICS").
bool title_continues(std::string_view upper, std::string_view lower) {
  static const RE2 open_end(R"((?i)(?:[–—\-,&/]|\b(?:and|of|for|the|or|in|to))$)");
  static const RE2 open_start(R"((?i)^(?:[–—\-(&/]|(?:and|of|for|or|in|to)\b))");
  return RE2::PartialMatch(upper, open_end) || RE2::PartialMatch(lower, open_start);
}

}  // namespace

bool is_stray_caption(std::string_view text) {
  // "ATTACHMENT A", "Exhibit B-1", "Page 2 of 4"
  static const RE2 caption(
      R"((?i)^(?:(?:attachment|exhibit|enclosure)\s+[A-Z0-9][A-Z0-9\-]{0,3}|page\s+\d+(?:\s+of\s+\d+)?)$)");
  return RE2::FullMatch(text, caption) || read_jurisdiction(text).has_value();
}

std::optional<std::string> read_bargaining_unit(std::string_view text) {
  std::string label, value;
  if (!read_label(text, label, value) || value.empty()) return std::nullopt;
  if (!names_bargaining_unit(label)) return std::nullopt;
  return value;
}

std::optional<Flsa> read_flsa(std::string_view text) {
  // "FLSA: Non-Exempt", "FLSA Status: Exempt", "FLSA: NON EXEMPT"
  static const RE2 flsa(R"((?i)\bFLSA(?:\s+status)?\s*:?\s*(non[\s\-]?exempt|exempt)\b)");
  std::string value;
  if (!RE2::PartialMatch(text, flsa, &value)) return std::nullopt;
  return std::tolower(static_cast<unsigned char>(value[0])) == 'n' ? Flsa::non_exempt
                                                                   : Flsa::exempt;
}

std::optional<SpecDate> read_date_line(const std::vector<SpecLine>& lines, size_t i,
                                       size_t& consumed) {
  // "Revision Date: Aug 1, 2017", "Re-Titled/Revised Date: May 2015", "Dept. Review Date: March
  // 2023", "Established Date: December 2010", "Class Established: 8/54", "Spec. Revision:"
  static const RE2 dated(
      R"((?i)^((?:[A-Za-z][A-Za-z.\-/& ]{0,40}?[\s/])?(?:date|established|revised|revision|reviewed|review|adopted|approved|updated))\s*:\s*(.*)$)");
  consumed = 0;
  std::string label, value;
  const std::string& text = lines[i].text;
  if (!RE2::FullMatch(text, dated, &label, &value) || word_count(label) > 5) return std::nullopt;
  consumed = 1;
  if (value.empty() && i + 1 < lines.size()) {
    // The date on the next line: "Spec. Revision:" / "CSC - 11/00".
    const std::string& next = lines[i + 1].text;
    std::string next_label, next_value;
    if (has_digit(next) && word_count(next) <= 8 &&
        !RE2::FullMatch(next, dated, &next_label, &next_value)) {
      value = next;
      consumed = 2;
    }
  }
  if (value.empty() || !has_digit(value)) {
    consumed = 0;
    return std::nullopt;
  }
  SpecDate date;
  date.label = label;
  date.text = value;
  if (auto parsed = find_date(value)) date.date = parsed->iso;
  return date;
}

std::string display_title(std::string_view printed) {
  std::string title;
  for (char c : printed) {
    if (c == ' ' && (title.empty() || title.back() == ' ')) continue;
    title.push_back(c);
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  // OCR of a boxed header leaves stray letters from the box edge: "WELDER, R, SENIOR".
  static const RE2 stray_letter(R"(, [A-HJ-UWYZ],)");
  RE2::GlobalReplace(&title, stray_letter, ",");
  // Inverted titles put the modifier after one comma: "MAINTENANCE WORKER, LEAD".
  size_t comma = title.find(", ");
  if (comma != std::string::npos && title.find(',', comma + 1) == std::string::npos) {
    std::string head = title.substr(0, comma), modifier = title.substr(comma + 2);
    if (!modifier.empty() && word_count(modifier) <= 3 && !has_digit(modifier))
      title = modifier + " " + head;
  }
  if (!mostly_caps(title)) return title;
  title = repair_split_capital(title);
  return title_case(title);
}

std::optional<TitleBlock> read_title_block(const std::vector<SpecLine>& lines, size_t anchor,
                                           size_t floor) {
  // The block is the run of short lines above the first section heading.
  size_t start = anchor;
  while (start > floor && anchor - start < 24) {
    const SpecLine& line = lines[start - 1];
    size_t words = word_count(line.text);
    if (words > 10 || (words > 6 && line.text.back() == '.')) break;
    --start;
  }
  if (start == anchor) return std::nullopt;

  TitleBlock block;
  enum class Kind { structural, candidate, foreign, neutral };
  std::vector<Kind> kinds(anchor - start, Kind::foreign);
  for (size_t i = start; i < anchor; ++i) {
    const SpecLine& line = lines[i];
    Kind& kind = kinds[i - start];
    if (kind == Kind::structural) continue;  // claimed as the value of a label above
    const std::string& text = line.text;
    std::string label, value;
    size_t consumed = 0;
    if (text.empty()) {
      kind = Kind::neutral;  // struck out entirely (a redlined former title)
    } else if (is_attachment_caption(text) || line.bullet) {
      kind = Kind::foreign;
    } else if (auto date = read_date_line(lines, i, consumed)) {
      block.dates.push_back(*date);
      kind = Kind::structural;
      if (consumed == 2 && i + 1 < anchor) kinds[i + 1 - start] = Kind::structural;
    } else if (auto code = read_class_code(text)) {
      if (!block.class_code) block.class_code = code;
      kind = Kind::structural;
    } else if (is_class_code_label(text)) {
      kind = Kind::structural;
      if (i + 1 < anchor && is_bare_code(lines[i + 1].text)) {
        if (!block.class_code) block.class_code = lines[i + 1].text;
        kinds[i + 1 - start] = Kind::structural;
      }
    } else if (auto flsa = read_flsa(text)) {
      block.flsa = flsa;
      kind = Kind::structural;
    } else if (auto jurisdiction = read_jurisdiction(text)) {
      if (!block.jurisdiction) block.jurisdiction = jurisdiction;
      kind = Kind::structural;
    } else if (is_money_line(text) || is_salary_caption(text) || is_document_caption(text)) {
      kind = Kind::structural;
    } else if (is_draft_caption(text)) {
      block.caption_status = SpecStatus::proposed;
      kind = Kind::structural;
    } else if (is_bare_code(text)) {
      if (!block.class_code) block.class_code = text;
      kind = Kind::structural;
    } else if (read_label(text, label, value)) {
      kind = Kind::structural;
      bool unit = names_bargaining_unit(label);
      // The value runs on to the following lines: "Bargaining Unit: Torrance Municipal" /
      // "Employees (AFSCME Local 1117)"; or sits alone below an empty label: "AFSCME".
      size_t j = i + 1;
      std::string next_label, next_value;
      if (value.empty() && j < anchor && !read_label(lines[j].text, next_label, next_value)) {
        value = lines[j].text;
        kinds[j - start] = Kind::structural;
        ++j;
      }
      for (; unit && j < anchor && j <= i + 4; ++j) {
        // A boxed header interleaves its columns: "CITY OF TORRANCE" sits left of the
        // unit's second line "Association".
        if (std::abs(lines[j].x - line.x) > 15) continue;
        if (lines[j].text.empty() || is_all_caps(lines[j].text) ||
            read_label(lines[j].text, next_label, next_value) || is_money_line(lines[j].text) ||
            word_count(lines[j].text) > 6)
          break;
        value += " " + lines[j].text;
        kinds[j - start] = Kind::structural;
      }
      if (unit && !value.empty() && !block.bargaining_unit) block.bargaining_unit = value;
    } else if (mostly_caps(text) && letter_count(text) >= 3) {
      kind = Kind::candidate;
    }
  }
  // The title is the last unclaimed all-caps line; the block starts after the last line that
  // belongs to whatever precedes the spec (a signature, an attachment list).
  std::optional<size_t> title;
  for (size_t i = start; i < anchor; ++i)
    if (kinds[i - start] == Kind::candidate) title = i;
  if (!title) {
    // Mixed-case titles: the short line right above the first heading.
    const SpecLine& above = lines[anchor - 1];
    if (kinds[anchor - 1 - start] == Kind::foreign && !above.bullet && !above.text.empty() &&
        !is_attachment_caption(above.text) && word_count(above.text) <= 8 &&
        !ends_sentence(above.text))
      title = anchor - 1;
    else
      return std::nullopt;
  }
  // A long title wraps: "INFORMATION TECHNOLOGY MANAGER –" / "APPLICATIONS AND ANALYTICS".
  std::string title_text = lines[*title].text;
  size_t title_top = *title;
  while (title_top > start && kinds[title_top - 1 - start] == Kind::candidate &&
         title_continues(lines[title_top - 1].text, lines[title_top].text)) {
    --title_top;
    title_text = lines[title_top].text + " " + title_text;
  }
  // Labels above the title belong to it (Carson prints them first) when they share its page:
  // dates at the foot of the page before end the previous document.
  size_t first = title_top;
  while (first > start && kinds[first - 1 - start] != Kind::foreign && !lines[first].page_break)
    --first;
  // Labels and dates above the block's start belong to whatever precedes the spec.
  if (first > start) return read_title_block(lines, anchor, first);
  block.first = first;
  block.title = *title;
  block.title_as_printed = title_text;
  return block;
}

}  // namespace agendum
