// The title block of a class specification: which line is the title and what the lines
// around it say (pipeline/recognize/class_spec.h).
//
// Layouts differ (Torrance prints the title first and the labels after it, Carson the labels
// first and the title last, Philadelphia the class code first, the State of California the
// title in large type over a caption and labels, FAMU the code before the title), so the
// block is read as a set of label/value lines and the title is the line no label claims.
#include "pipeline/recognize/spec_title_block.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/class_spec.h"
#include "pipeline/recognize/spec_grid.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {

using namespace spec_text;

namespace {

size_t letter_count(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if (std::isalpha(static_cast<unsigned char>(c))) ++n;
  return n;
}

// "Bargaining Unit:", "Representation Unit:", "Union:", "CBU Code:" (collective bargaining unit)
bool names_bargaining_unit(std::string_view label) {
  static const RE2 unit(R"((?i)bargaining|representation|union|\bCBU\b)");
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
  // "CITY OF TORRANCE", "CITY OF CARSON", "County of Los Angeles", "State of California"
  static const RE2 jurisdiction(
      R"((?i)^((?:city|county|town|village|borough|township|state)(?: and county)? of [A-Za-z .'\-]{2,40})$)");
  std::string name;
  if (!RE2::FullMatch(text, jurisdiction, &name)) return std::nullopt;
  return name;
}

bool is_document_caption(std::string_view text) {
  // "Class Specification", "JOB DESCRIPTION", "SPECIFICATION", "California State Personnel
  // Board Specification": the kind of document, with the agency's name before it.
  static const RE2 caption(
      R"((?i)^(?:[A-Za-z.&'\-]+\s+){0,6}(?:(?:class(?:ification)?|job|position)\s+(?:specification|description)|specification)s?$)");
  return text.size() <= 80 && RE2::FullMatch(text, caption);
}

// A label as OCR misreads it, mended: a capital I for an l in a mixed-case word ("CIass
// Code"), digits for letters in a lower-case word ("C0de", "Bargaining Un1t"). Codes and
// caps words keep their digits ("BM30", "31E").
std::string mended_label(std::string_view text) {
  std::string out(text);
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find(' ', start);
    if (end == std::string::npos) end = out.size();
    bool lower = false;
    for (size_t i = start; i < end; ++i)
      lower = lower || std::islower(static_cast<unsigned char>(out[i]));
    for (size_t i = start; lower && i < end; ++i) {
      char& c = out[i];
      bool between_letters = i > start && i + 1 < end &&
                             std::isalpha(static_cast<unsigned char>(out[i - 1])) &&
                             std::islower(static_cast<unsigned char>(out[i + 1]));
      if (c == 'I' && between_letters) c = 'l';
      if (between_letters && (c == '1' || c == '|')) c = 'l';
      if (between_letters && c == '0') c = 'o';
    }
    start = end + 1;
  }
  return out;
}

// A code as OCR reads its digits: "1l52" -> "1152", "22O1" -> "2201".
std::string mended_code(std::string code) {
  size_t digits = std::count_if(code.begin(), code.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits * 2 < code.size()) return code;
  for (char& c : code) {
    if (c == 'l' || c == 'I' || c == '|') c = '1';
    if (c == 'O' || c == 'o') c = '0';
  }
  return code;
}

std::optional<std::string> read_class_code(std::string_view text) {
  // "Class Code: 5610", "CLASS CODE 9375", "Job Code: 1B10", "Class Number: 2231" (not "Job
  // Number:", a bulletin's recruitment number)
  static const RE2 code(
      R"((?i)^(?:class(?:ification)?\s+(?:code|number|no\.?)|job\s+code)\s*:?\s*([0-9A-Z][0-9A-Z\-]{1,9})$)");
  std::string value;
  if (RE2::FullMatch(text, code, &value)) return mended_code(value);
  return std::nullopt;
}

bool is_class_code_label(std::string_view text) {
  // "Class Code:" with the code on the next line ("1125")
  static const RE2 label(
      R"((?i)^(?:class(?:ification)?\s+(?:code|number|no\.?)|job\s+code)\s*:?$)");
  return RE2::FullMatch(text, label);
}

bool is_bare_code(std::string_view text) {
  // "1125", "1B10", "9D12": a code printed alone on its line
  static const RE2 code(R"(^[0-9][0-9A-Z]{2,5}$)");
  return RE2::FullMatch(text, code);
}

// Whether a title line runs on into the next: the first ends on a connector ("–", "AND",
// ",") or the second opens with one ("(TREES UNIT)", "AND ANALYTICS").
bool title_continues(std::string_view upper, std::string_view lower) {
  static const RE2 open_end(R"((?i)(?:[–—\-,&/]|\b(?:and|of|for|the|or|in|to))$)");
  static const RE2 open_start(R"((?i)^(?:[–—\-(&/]|(?:and|of|for|or|in|to)\b))");
  return RE2::PartialMatch(upper, open_end) || RE2::PartialMatch(lower, open_start);
}

// A title printed with its class code: "4206 - Program Assistant", "Senior Planner - 2231",
// "Accountant II (1712)".
bool split_code_from_title(std::string& title, std::optional<std::string>& code) {
  static const RE2 code_first(R"(^(\d{3,6}[A-Z]?)\s*[-–—:]\s+(\D.*)$)");
  static const RE2 code_last(R"(^(.*\D)\s+(?:[-–—]\s*|\(\s*)(\d{3,6}[A-Z]?)\)?$)");
  std::string number, name;
  if (!RE2::FullMatch(title, code_first, &number, &name) &&
      !RE2::FullMatch(title, code_last, &name, &number))
    return false;
  title = trim(name);
  if (!code) code = number;
  return true;
}

// "Classification: Exempt", "Class: Competitive": a status under a title's label, no title.
bool names_status(std::string_view value) {
  static const RE2 status(
      R"((?i)^(?:non[\s\-]?exempt|exempt|(?:non[\s\-]?)?competitive|labor|(?:un)?classified|at[\s\-]will)$)");
  return RE2::FullMatch(value, status);
}

// A caps title and its code on one line, when the layout joined a two-column header: "CITY
// CLERK II, DEPUTY Class Code: 1125".
bool title_then_code(const std::string& text, std::string& title, std::string& code) {
  static const RE2 joined(
      R"(^([A-Z][A-Z0-9 ,&'/()\-–]*[A-Z)])\s+(?i:class(?:ification)?\s+code|job\s+code)\s*:?\s*([0-9A-Za-z][0-9A-Za-z\-]{1,9})$)");
  return text.size() <= 120 && RE2::FullMatch(text, joined, &title, &code) && mostly_caps(title);
}

// How a line of the block reads.
enum class Kind {
  structural,  // a label, its value, a caption, the agency, a date, a salary line
  caps,        // could be the title: caps
  styled,      // could be the title: set as a heading, mixed case
  foreign,     // belongs to whatever precedes the spec
  neutral,     // struck out entirely (a redlined former title)
};

// A grid of labels over values in the block: a single row gives the spec's fields.
void read_block_grid(const SpecGrid& grid, TitleBlock& block, std::optional<std::string>& title) {
  block.labelled = true;
  if (grid.rows.size() != 1) return;  // a series' table of classes: its levels are not the block's
  if (auto value = grid.value(0, GridColumn::title)) title = *value;
  if (auto value = grid.value(0, GridColumn::code); value && !block.class_code)
    block.class_code = value;
  if (auto value = grid.value(0, GridColumn::flsa); value && !block.flsa)
    block.flsa = read_flsa("FLSA: " + *value);
  if (auto value = grid.value(0, GridColumn::unit); value && !block.bargaining_unit)
    block.bargaining_unit = value;
  for (GridColumn column : {GridColumn::established, GridColumn::revised, GridColumn::effective})
    if (auto value = grid.value(0, column); value && has_digit(*value))
      block.dates.push_back({std::string(date_label(column)), std::nullopt, *value});
}

// A label cell printed left of its value cell: "Class Code | 1125", "FLSA | Exempt".
bool read_label_cell(const std::vector<SpecLine>& lines, size_t i, size_t end, TitleBlock& block,
                     std::optional<std::string>& title) {
  if (i + 1 >= end || lines[i + 1].line != lines[i].line ||
      (i + 2 < end && lines[i + 2].line == lines[i].line))
    return false;
  std::optional<GridColumn> column = grid_label(lines[i].text);
  if (!column) return false;
  SpecGrid grid;
  grid.columns = {*column};
  grid.rows = {{lines[i + 1].text}};
  read_block_grid(grid, block, title);
  return true;
}

}  // namespace

bool mostly_caps(std::string_view text) {
  size_t upper = 0, lower = 0;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    if (std::islower(static_cast<unsigned char>(c))) ++lower;
  }
  return upper >= 3 && lower * 10 <= upper;
}

bool is_stray_caption(std::string_view text) {
  // "ATTACHMENT A", "Exhibit B-1", "Page 2 of 4"
  static const RE2 caption(
      R"((?i)^(?:(?:attachment|exhibit|enclosure)\s+[A-Z0-9][A-Z0-9\-]{0,3}|page\s+\d+(?:\s+of\s+\d+)?)$)");
  // What a browser prints around a web page: "https://www.governmentjobs.com/careers/...",
  // "2/3", "1/12/24, 9:05 AM"
  static const RE2 browser(
      R"((?i)^(?:(?:https?://|www\.)\S+(?:\s+\d{1,3}/\d{1,3})?|\d{1,3}/\d{1,3}|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]M\b.*)$)");
  return RE2::FullMatch(text, caption) || RE2::FullMatch(text, browser) ||
         read_jurisdiction(text).has_value();
}

bool is_alternative_marker(std::string_view text) {
  // "Either I", "Or II", "OR", "Either:", "Pattern I", "Option 2"
  static const RE2 marker(
      R"((?i)^(?:either|or|and|pattern|option|alternative)(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-H]))?\s*:?$)");
  return RE2::FullMatch(text, marker);
}

std::optional<std::string> read_bargaining_unit(std::string_view text) {
  std::string label, value;
  if (!read_label(text, label, value) || value.empty()) return std::nullopt;
  if (!names_bargaining_unit(label)) return std::nullopt;
  return value;
}

std::optional<Flsa> read_flsa(std::string_view text) {
  // "FLSA: Non-Exempt", "FLSA Status: Exempt", "FLSA: NON EXEMPT", "This position is FLSA
  // Non-Exempt"
  // OCR: "F1SA", "Exernpt", "N0n-Exempt"
  static const RE2 flsa(
      R"((?i)\bF[L1I|]SA(?:\s+status)?\s*:?\s*(n[o0]n[\s\-]?ex[ec](?:m|rn)pt|ex[ec](?:m|rn)pt)\b)");
  std::string value;
  if (!RE2::PartialMatch(text, flsa, &value)) return std::nullopt;
  return std::tolower(static_cast<unsigned char>(value[0])) == 'n' ? Flsa::non_exempt
                                                                   : Flsa::exempt;
}

std::optional<SpecDate> read_dated_line(const std::vector<SpecLine>& lines, size_t i,
                                        size_t& consumed) {
  // "Revision Date: Aug 1, 2017", "Re-Titled/Revised Date: May 2015", "Dept. Review Date: March
  // 2023", "Established Date: December 2010", "Class Established: 8/54", "Spec. Revision:",
  // "Updated: 6/3/2012"
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
  return SpecDate{label, std::nullopt, value};
}

std::optional<TitleBlock> read_title_block(const std::vector<SpecLine>& lines, size_t anchor,
                                           size_t floor, bool plain_title) {
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
  std::optional<std::string> grid_title;
  std::optional<size_t> first_money;
  std::vector<Kind> kinds(anchor - start, Kind::foreign);
  // The title part of each line ("CITY CLERK II, DEPUTY" of a line that also holds its code).
  std::vector<std::string> printed;
  for (size_t i = start; i < anchor; ++i) printed.push_back(lines[i].text);
  for (size_t i = start; i < anchor; ++i) {
    const SpecLine& line = lines[i];
    Kind& kind = kinds[i - start];
    if (kind == Kind::structural) continue;  // claimed as the value of a label above
    const std::string text = mended_label(line.text);
    std::string label, value;
    size_t consumed = 0;
    std::string title_part, code;
    if (auto grid = read_grid(lines, i, anchor)) {
      read_block_grid(*grid, block, grid_title);
      for (size_t j = grid->first; j < grid->last; ++j) kinds[j - start] = Kind::structural;
    } else if (title_then_code(text, title_part, code)) {
      if (!block.class_code) block.class_code = mended_code(code);
      block.labelled = true;
      kind = Kind::caps;
      printed[i - start] = title_part;
    } else if (read_label_cell(lines, i, anchor, block, grid_title)) {
      kind = kinds[i + 1 - start] = Kind::structural;
    } else if (text.empty()) {
      kind = Kind::neutral;  // struck out entirely (a redlined former title)
    } else if (is_attachment_caption(text) || line.bullet) {
      kind = Kind::foreign;
    } else if (auto date = read_dated_line(lines, i, consumed)) {
      block.dates.push_back(*date);
      kind = Kind::structural;
      if (consumed == 2 && i + 1 < anchor) kinds[i + 1 - start] = Kind::structural;
    } else if (auto code = read_class_code(text)) {
      if (!block.class_code) block.class_code = code;
      block.labelled = true;
      kind = Kind::structural;
    } else if (is_class_code_label(text)) {
      kind = Kind::structural;
      block.labelled = true;
      if (i + 1 < anchor && is_bare_code(lines[i + 1].text)) {
        if (!block.class_code) block.class_code = lines[i + 1].text;
        kinds[i + 1 - start] = Kind::structural;
      }
    } else if (auto flsa = read_flsa(text)) {
      block.flsa = flsa;
      block.labelled = true;
      kind = Kind::structural;
    } else if (auto jurisdiction = read_jurisdiction(text)) {
      if (!block.jurisdiction) block.jurisdiction = jurisdiction;
      kind = Kind::structural;
    } else if (is_document_caption(text)) {
      block.labelled = true;
      kind = Kind::structural;
    } else if (is_money_line(text) || is_salary_caption(text)) {
      kind = Kind::structural;
      if (is_money_line(text) && !first_money) first_money = i;
    } else if (is_draft_caption(text)) {
      block.draft = true;
      kind = Kind::structural;
    } else if (is_bare_code(text)) {
      if (!block.class_code) block.class_code = text;
      kind = Kind::structural;
    } else if (read_label(text, label, value) && grid_label(label) == GridColumn::title &&
               !names_status(value)) {
      // "Class Title: Senior Planner", "Job Title:" with the title on the next line
      kind = Kind::structural;
      if (value.empty() && i + 1 < anchor) {
        value = lines[i + 1].text;
        kinds[i + 1 - start] = Kind::structural;
      }
      if (!value.empty() && !grid_title) grid_title = value;
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
      if (unit && !value.empty() && !block.bargaining_unit) {
        block.bargaining_unit = value;
        block.labelled = true;
      }
    } else if (match_heading(text)) {
      kind = Kind::foreign;  // a section of whatever precedes the spec
    } else if (mostly_caps(text) && letter_count(text) >= 3) {
      kind = Kind::caps;
    } else if (line.heading && letter_count(text) >= 3 && !ends_sentence(text)) {
      kind = Kind::styled;
    }
  }

  // The title: the grid's; else, when some lines are set larger than the section headings,
  // the last of the largest; else the last unclaimed caps line; else (a spec segmentation
  // vouches for) the plain short line right above the first heading.
  // Candidates on the heading's page come first: a larger line on the page before is the
  // foot of whatever precedes the spec ("Civil Service Manager" under a signature).
  size_t from = start;
  for (size_t i = anchor; i > start && lines[i - 1].page == lines[anchor].page; --i)
    if (kinds[i - 1 - start] == Kind::caps || kinds[i - 1 - start] == Kind::styled) from = i - 1;
  std::optional<size_t> title;
  double largest = 0;
  for (size_t i = from; i < anchor; ++i)
    if (kinds[i - start] == Kind::caps || kinds[i - start] == Kind::styled)
      largest = std::max(largest, lines[i].size);
  const bool larger_title = lines[anchor].size > 0 && largest > lines[anchor].size + 0.5;
  for (size_t i = from; i < anchor; ++i) {
    Kind kind = kinds[i - start];
    if (larger_title ? (kind == Kind::caps || kind == Kind::styled) && lines[i].size > largest - 0.5
                     : kind == Kind::caps)
      title = i;
  }
  // A plain line can be the title where the layout puts one: over a job bulletin's salary
  // line ("Recreation Coordinator" / "$61,152.00 - $78,048.00 Annually"), or (for a spec
  // segmentation vouches for) right above the first heading.
  auto plain_title_at = [&](size_t i) {
    const SpecLine& line = lines[i];
    Kind kind = kinds[i - start];
    return (kind == Kind::foreign || kind == Kind::styled) && !line.bullet && !line.text.empty() &&
           !is_attachment_caption(line.text) && !is_stray_caption(line.text) &&
           word_count(line.text) <= 8 && !ends_sentence(line.text) && has_letter(line.text);
  };
  if (!title && !grid_title && first_money && *first_money > start &&
      plain_title_at(*first_money - 1))
    title = *first_money - 1;
  if (!title && !grid_title) {
    if (!plain_title || !plain_title_at(anchor - 1)) return std::nullopt;
    title = anchor - 1;
  }
  size_t title_top = title ? *title : anchor;
  std::string title_text;
  if (title) {
    // A long title wraps: "INFORMATION TECHNOLOGY MANAGER –" / "APPLICATIONS AND ANALYTICS".
    title_text = printed[*title - start];
    while (title_top > start && kinds[title_top - 1 - start] == kinds[*title - start] &&
           title_continues(lines[title_top - 1].text, lines[title_top].text)) {
      --title_top;
      title_text = printed[title_top - start] + " " + title_text;
    }
  }
  if (grid_title) {
    title_text = *grid_title;
    for (size_t i = start; i < anchor; ++i)
      if (kinds[i - start] == Kind::structural) title_top = std::min(title_top, i);
  }
  // Labels above the title belong to it (Carson prints them first) when they share its page:
  // dates at the foot of the page before end the previous document.
  size_t first = title_top;
  while (first > start && kinds[first - 1 - start] != Kind::foreign && !lines[first].page_break)
    --first;
  // Labels and dates above the block's start belong to whatever precedes the spec.
  if (first > start) return read_title_block(lines, anchor, first, plain_title);
  split_code_from_title(title_text, block.class_code);
  block.first = first;
  block.title = title ? *title : title_top;
  block.title_as_printed = title_text;
  return block;
}

}  // namespace agendum
