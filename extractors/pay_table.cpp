#include "extractors/pay_table.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "extractors/dates.h"
#include "extractors/money.h"
#include "extractors/table_rebuild.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

enum class Role { title, range, date, amount, other };
enum class Bound { none, min, max };

// What a header label says its column holds.
struct ColumnMeaning {
  Role role = Role::other;
  std::optional<PayUnit> unit;
  Bound bound = Bound::none;
  std::optional<std::string> step;
  bool vocabulary = false;  // every word is header vocabulary ("MINIMUM HOURLY RATE", "TITLE")
};

std::vector<std::string> header_words(std::string_view label) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && std::string(":.,()").find(word.back()) != std::string::npos)
      word.pop_back();
    while (!word.empty() && std::string("(").find(word.front()) != std::string::npos)
      word.erase(0, 1);
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : label) {
    if (c == ' ' || c == '/' || c == '\t') {
      flush();
    } else {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  flush();
  return words;
}

// Step names as printed over step columns or beside step rows: "A".."F", "1".."14", "I".."X".
bool is_step_name(const std::string& word) {
  static const std::set<std::string> kRoman = {"i",    "ii", "iii", "iv", "v",   "vi",   "vii",
                                               "viii", "ix", "x",   "xi", "xii", "xiii", "xiv"};
  if (kRoman.count(word)) return true;
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
  return !word.empty() && word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// The pay unit a lower-case heading word names. A word of letters only names one exactly
// ("hourly", "annually"), so it is looked up; anything else ("bi-weekly", "hr.") goes through
// the unit patterns. Every word of every one-cell line is classified, so this is hot.
std::optional<PayUnit> unit_of_header_word(const std::string& word) {
  static const std::unordered_map<std::string, PayUnit> kUnits = {
      {"hour", PayUnit::hourly},     {"hourly", PayUnit::hourly}, {"month", PayUnit::monthly},
      {"monthly", PayUnit::monthly}, {"year", PayUnit::annual},   {"annual", PayUnit::annual},
      {"annually", PayUnit::annual}, {"yearly", PayUnit::annual}, {"biweekly", PayUnit::biweekly}};
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    auto found = kUnits.find(word);
    if (found == kUnits.end()) return std::nullopt;
    return found->second;
  }
  return unit_named_in(word);
}

ColumnMeaning classify_column(std::string_view label) {
  static const std::set<std::string> kTitle = {"title",           "titles", "classification",
                                               "classifications", "class",  "position",
                                               "positions",       "job",    "occupation"};
  static const std::set<std::string> kDate = {"effective", "date", "eff"};
  static const std::set<std::string> kRange = {"range", "grade", "ranges", "grades"};
  static const std::set<std::string> kMin = {"min",    "minimum", "entry",
                                             "bottom", "low",     "starting"};
  static const std::set<std::string> kMax = {"max", "maximum", "top", "high", "ceiling"};
  static const std::set<std::string> kFiller = {
      "rate", "rates",  "salary", "salaries", "base", "pay", "wage", "wages", "amount", "per",
      "no",   "number", "#",      "-",        "&",    "and", "of",   "code",  "step",   "steps"};
  ColumnMeaning meaning;
  const std::vector<std::string> words = header_words(label);
  if (words.empty()) return meaning;
  bool title = false, date = false, range = false, all_vocabulary = true;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (std::optional<PayUnit> unit = unit_of_header_word(w)) {
      meaning.unit = unit;
    } else if (kMin.count(w)) {
      meaning.bound = Bound::min;
    } else if (kMax.count(w)) {
      meaning.bound = Bound::max;
    } else if (w == "step" && i + 1 < words.size() && is_step_name(words[i + 1])) {
      meaning.step = to_upper_ascii(words[++i]);
    } else if (w.size() > 4 && w.starts_with("step") && is_step_name(w.substr(4))) {
      meaning.step = to_upper_ascii(w.substr(4));  // "Step1"
    } else if (kTitle.count(w)) {
      title = true;
    } else if (kDate.count(w)) {
      date = true;
    } else if (kRange.count(w)) {
      range = true;
    } else if (!kFiller.count(w)) {
      all_vocabulary = false;
    }
  }
  // A bare step name heading a column ("A", "B", ... over a step table).
  if (words.size() == 1 && is_step_name(words[0]) && words[0].size() <= 2) {
    meaning.step = to_upper_ascii(words[0]);
    all_vocabulary = true;
  }
  meaning.vocabulary = all_vocabulary;
  const bool pay = meaning.unit || meaning.bound != Bound::none || meaning.step;
  if (pay && all_vocabulary && !title && !date)
    meaning.role = Role::amount;
  else if (date)
    meaning.role = Role::date;
  else if (title)
    meaning.role = Role::title;
  else if (range && all_vocabulary)
    meaning.role = Role::range;
  if (meaning.role != Role::amount) {
    meaning.unit.reset();
    meaning.bound = Bound::none;
    meaning.step.reset();
  }
  return meaning;
}

bool has_amount(const std::vector<TableCell>& cells) {
  for (const TableCell& cell : cells)
    if (cell.money) {
      if (std::optional<Money> money = parse_money(cell.text); money && money->amount) return true;
      if (parse_money_range(cell.text)) return true;
    }
  return false;
}

// A header line: no amounts, and at least two cells made only of header words
// ("TITLE   Effective Date", "Pay Range | Step1 | Step2", "RATE   RATE   SALARY").
bool is_header_line(const std::vector<TableCell>& cells) {
  if (cells.size() < 2) return false;
  // "per month   per month" under a row is the tail of its ranges, wrapped: not a header.
  if (std::all_of(cells.begin(), cells.end(), [](const TableCell& cell) {
        const std::vector<std::string> words = header_words(cell.text);
        return !words.empty() && words.front() == "per";
      }))
    return false;
  size_t vocabulary = 0;
  for (const TableCell& cell : cells) {
    // Bare step numbers over a step table ("GRADE  1  2  3 ... 14") read as amounts too.
    const bool step_number = cell.text.size() <= 2 && is_step_name(cell.text);
    if (cell.money && !step_number) return false;
    const ColumnMeaning meaning = classify_column(cell.text);
    if (meaning.role != Role::other || meaning.vocabulary) ++vocabulary;
  }
  return vocabulary >= 2;
}

// A line over a header that belongs to it although none of its cells is header vocabulary:
// "CY 2026   1st ED   2nd ED   3rd ED Company   Chief" over "POSITION  Monthly  Monthly ...".
bool is_header_continuation(const std::vector<TableCell>& cells) {
  if (cells.size() < 3) return false;
  for (const TableCell& cell : cells)
    if (cell.money) return false;
  return true;
}

// Column headings are a few words; a one-cell line longer than this is prose, and is not
// worth classifying word by word.
constexpr size_t kLongestSingleHeading = 60;

bool single_header_cell(const std::vector<TableCell>& cells) {
  return cells.size() == 1 && !cells[0].money && cells[0].text.size() <= kLongestSingleHeading &&
         classify_column(cells[0].text).role != Role::other;
}

struct Row {
  std::vector<TableCell> cells;
  size_t first_line = 0, last_line = 0;    // inclusive
  std::vector<std::string> classes_under;  // class titles printed under a range row
};

struct Table {
  std::vector<TableColumn> header;
  std::string header_text;
  std::optional<PayUnit> unit;                 // named above the table ("listed in annual amounts")
  std::optional<std::string> effective_above;  // "SALARY SCHEDULE EFFECTIVE JULY 1, 2024" above it
  std::vector<Row> rows;
  bool by_order = false;  // positions mean nothing: bars, a cell per line
};

// The pay period a schedule names just above its header, nearest line first: "Salaries are
// listed in annual amounts unless otherwise noted."
std::optional<PayUnit> unit_above(const CleanText& text, size_t header_first) {
  static const RE2 kUnitPhrase(
      R"((?i)\b(?:hourly|monthly|annual|annually|bi-?weekly|yearly)\s+(?:amounts|rates|salar(?:y|ies)|pay|wages|schedule|figures)\b|\b(?:amounts|rates|salar(?:y|ies)|figures)\s+(?:are\s+)?(?:shown\s+|listed\s+|stated\s+)?(?:in\s+|as\s+)?(?:hourly|monthly|annual|bi-?weekly)\b)");
  for (size_t back = 1; back <= 6 && back <= header_first; ++back) {
    const Line& line = text.lines[header_first - back];
    if (RE2::PartialMatch(line.match, kUnitPhrase)) return unit_named_in(line.match);
  }
  return std::nullopt;
}

// The effective date a schedule's title states just above its header: "Salary Schedule
// Effective July 1, 2024". Other dates there (approval, print date) are not effective dates.
std::optional<std::string> effective_date_above(const CleanText& text, size_t header_first) {
  // "SALARY SCHEDULE EFFECTIVE JULY 1, 2024", "Effective Pay Period Including 7/1/2024"
  static const RE2 kEffective(R"((?i)\beffective\b(.*))");
  for (size_t back = 1; back <= 4 && back <= header_first; ++back) {
    std::string after;
    if (!RE2::PartialMatch(text.lines[header_first - back].match, kEffective, &after)) continue;
    if (std::optional<ParsedDate> date = find_date(after)) return date->iso;
  }
  return std::nullopt;
}

// Rows after a header, to the end of the table: the table runs on across page breaks and
// over short lines (class titles, notes) and ends at prose or a run of lines without amounts.
size_t read_rows(const CleanText& text, const std::vector<bool>& skip, size_t start, Table& table) {
  constexpr size_t kMaxLinesWithoutAmounts = 6;
  constexpr size_t kProseLength = 90;
  // "End of Correctional Pay Ranges (0038-0049A)", "Salary Schedule": notes, not class titles.
  static const RE2 kNotAClass(
      R"((?i)\b(?:pay|range|ranges|salary|salaries|schedule|step|steps|end\s+of|note)\b)");
  size_t misses = 0;
  // Short lines after a row: class titles under a range, if a row follows them or they sit
  // indented under the row; anything else trailing the table is not part of it.
  std::vector<const Line*> pending;
  auto commit_pending = [&](bool only_indented) {
    if (table.rows.empty()) return;
    Row& row = table.rows.back();
    const double row_left = row.cells.empty() ? 0 : row.cells.front().x0;
    for (const Line* line : pending)
      if (!only_indented || line->box.x0 > row_left + line->font_size)
        row.classes_under.push_back(line->text);
    pending.clear();
  };
  size_t j = start;
  for (; j < text.lines.size(); ++j) {
    if (skip[j]) continue;
    const Line& line = text.lines[j];
    std::vector<TableCell> cells = split_cells(line);
    if (is_header_line(cells)) break;
    if (has_amount(cells)) {
      std::string label;
      for (const TableCell& cell : cells)
        if (!cell.money) label += cell.text;
      if (label.size() > kProseLength) break;  // a sentence that quotes an amount
      commit_pending(false);
      table.rows.push_back({std::move(cells), j, j, {}});
      misses = 0;
      continue;
    }
    if (line.text.size() > kProseLength || ++misses > kMaxLinesWithoutAmounts) break;
    // Columns without amounts that are no pay header ("Description   Approximate Increase")
    // head some other table.
    if (cells.size() >= 2) break;
    if (!table.rows.empty() && cells.size() == 1 && line.text.size() < 60 &&
        !RE2::PartialMatch(line.match, kNotAClass))
      pending.push_back(&line);
  }
  commit_pending(true);
  return j;
}

// Columns to place the rows under: the header's own when cells are matched by order, else
// the columns the data rows themselves line up in, each labelled by the header above it.
std::vector<TableColumn> table_columns(const Table& table) {
  size_t matching = 0;
  for (const Row& row : table.rows)
    if (row.cells.size() == table.header.size()) ++matching;
  if (table.by_order || matching * 2 > table.rows.size()) return table.header;

  std::vector<std::vector<TableCell>> rows;
  for (const Row& row : table.rows) rows.push_back(row.cells);
  std::vector<TableColumn> columns = columns_from_rows(rows);
  if (columns.size() < 2) return table.header;
  std::vector<size_t> amount_labels(columns.size(), 0);
  for (const TableColumn& head : table.header) {
    size_t best = 0;
    double best_score = -1e18;
    for (size_t c = 0; c < columns.size(); ++c) {
      const double overlap = std::min(head.x1, columns[c].x1) - std::max(head.x0, columns[c].x0);
      if (overlap > best_score) {
        best_score = overlap;
        best = c;
      }
    }
    columns[best].label += (columns[best].label.empty() ? "" : " ") + head.label;
    if (classify_column(head.label).role == Role::amount) ++amount_labels[best];
  }
  // Two pay headings over one run of data means the rivers merged columns: trust the header.
  for (size_t count : amount_labels)
    if (count > 1) return table.header;
  return columns;
}

struct PlacedRow {
  const Row* row = nullptr;
  std::string label;
  std::optional<std::string> range, date;
  std::vector<std::optional<Money>> amounts;      // per column; nullopt when not an amount column
  std::vector<std::optional<MoneyRange>> ranges;  // per column: "$4,330 - $5,517" in one cell
};

// "FIREFIGHTER I" opens a block of step rows when the rows below are named "II", "III".
bool split_step_suffix(const std::string& label, std::string& name, std::string& step) {
  // "40-hr FIREFIGHTER / PARAMEDIC I"
  static const RE2 kSuffix(R"((.*\S)\s+(I|II|III|IV|V|VI|VII|VIII|IX|X|[A-F]))");
  return RE2::FullMatch(label, kSuffix, &name, &step);
}

bool is_step_only(const std::string& label, std::string& step) {
  // "II", "Step 3", "C"
  static const RE2 kStepOnly(
      R"((?i)(?:step\s+)?(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|[A-F]|\d{1,2}))");
  return RE2::FullMatch(label, kStepOnly, &step);
}

std::string row_text(const CleanText& text, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i <= last; ++i) {
    if (!out.empty()) out += "\n";
    out += text.lines[i].text;
  }
  return out;
}

void set_place(PayRange& pay, const CleanText& text, size_t first, size_t last) {
  pay.lines = {first, last + 1};
  pay.pages = {text.lines[first].page, text.lines[last].page};
  pay.text = row_text(text, first, last);
}

// A range whose unit nothing printed names (unit unset) takes the one its size suggests.
void finish_range(PayRange& pay, std::optional<PayUnit> unit) {
  if (!pay.steps.empty()) {
    if (!pay.min) pay.min = pay.steps.front().amount;
    if (!pay.max) pay.max = pay.steps.back().amount;
  }
  if (unit) {
    pay.unit = *unit;
  } else {
    const std::optional<double> low = pay.min ? pay.min : pay.max;
    const std::optional<double> high = pay.max ? pay.max : pay.min;
    pay.unit = low ? unit_from_magnitude(*low, *high) : PayUnit::unknown;
  }
}

std::vector<PayGroup> table_records(const CleanText& text, const Table& table,
                                    std::vector<Diagnostic>& diagnostics) {
  const std::vector<TableColumn> columns = table_columns(table);
  std::vector<ColumnMeaning> meanings;
  bool any_amount = false, any_step_or_bound = false;
  for (const TableColumn& column : columns) {
    meanings.push_back(classify_column(column.label));
    if (meanings.back().role == Role::amount) {
      any_amount = true;
      any_step_or_bound =
          any_step_or_bound || meanings.back().step || meanings.back().bound != Bound::none;
    }
  }
  // "Salary Range" over "$4,330 - $5,517" holds pay, not a range code like "Pay Range" over "0009".
  for (size_t c = 0; c < columns.size(); ++c) {
    if (meanings[c].role != Role::range) continue;
    size_t filled = 0, money_ranges = 0;
    for (const Row& row : table.rows) {
      const std::string cell = trim(place_cells(row.cells, columns)[c]);
      if (cell.empty()) continue;
      ++filled;
      if (parse_money_range(cell)) ++money_ranges;
    }
    if (filled > 0 && money_ranges * 2 > filled) {
      meanings[c].role = Role::amount;
      any_amount = true;
    }
  }
  if (!any_amount) return {};
  const bool has_title_column =
      std::any_of(meanings.begin(), meanings.end(),
                  [](const ColumnMeaning& m) { return m.role == Role::title; });
  std::optional<std::string> table_date;
  if (std::optional<ParsedDate> date = find_date(table.header_text)) table_date = date->iso;
  if (!table_date) table_date = table.effective_above;

  std::vector<PlacedRow> placed_rows;
  for (const Row& row : table.rows) {
    const std::vector<std::string> placed = place_cells(row.cells, columns);
    PlacedRow out;
    out.row = &row;
    out.amounts.resize(columns.size());
    out.ranges.resize(columns.size());
    size_t first_amount = columns.size();
    for (size_t c = 0; c < columns.size(); ++c)
      if (meanings[c].role == Role::amount) first_amount = std::min(first_amount, c);
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string cell = trim(placed[c]);
      switch (meanings[c].role) {
        case Role::title:
          if (!cell.empty()) out.label += (out.label.empty() ? "" : " ") + cell;
          break;
        case Role::range:
          if (!out.range && !cell.empty()) out.range = cell;
          break;
        case Role::date:
          if (std::optional<ParsedDate> date = find_date(cell)) out.date = date->iso;
          break;
        case Role::amount:
          out.amounts[c] = parse_money(cell);
          if (!out.amounts[c]) out.ranges[c] = parse_money_range(cell);
          break;
        case Role::other:
          if (!has_title_column && c < first_amount && !cell.empty() && !parse_money(cell))
            out.label += (out.label.empty() ? "" : " ") + cell;
          break;
      }
    }
    placed_rows.push_back(std::move(out));
  }

  // Amounts that look like cents printed without their point ("1300" among "13.00"s).
  for (size_t c = 0; c < columns.size(); ++c) {
    if (meanings[c].role != Role::amount) continue;
    std::vector<double> values;
    for (const PlacedRow& row : placed_rows)
      if (row.amounts[c] && row.amounts[c]->amount) values.push_back(*row.amounts[c]->amount);
    for (const PlacedRow& row : placed_rows)
      if (row.amounts[c] && missing_decimal_point(*row.amounts[c], values))
        diagnostics.push_back(
            {Severity::warning, "pay_amount_suspect",
             "\"" + row.amounts[c]->text + "\" in the \"" + trim(columns[c].label) +
                 "\" column looks like an amount missing its decimal point; check the "
                 "printed schedule.",
             text.lines[row.row->first_line].page, "pay_range"});
  }

  // A rate's own period ("$12.33 /hour") outranks its column's; one the contract has no
  // unit for ("/day") is "unknown", never a guess from size.
  auto unit_of = [&](const PlacedRow& row, size_t c) -> std::optional<PayUnit> {
    if (const std::optional<Money>& money = row.amounts[c]; money && !money->per.empty())
      return unit_named_in("/" + money->per).value_or(PayUnit::unknown);
    return meanings[c].unit ? meanings[c].unit : table.unit;
  };
  std::vector<PayGroup> groups;
  for (size_t r = 0; r < placed_rows.size(); ++r) {
    const PlacedRow& row = placed_rows[r];
    // Rows that are the steps of the class above them: "FIREFIGHTER I", "II", "III".
    std::string name, step, next_step;
    size_t block_end = r;
    if (!any_step_or_bound && split_step_suffix(row.label, name, step)) {
      while (block_end + 1 < placed_rows.size() &&
             is_step_only(placed_rows[block_end + 1].label, next_step))
        ++block_end;
    }
    // Unit unset: nothing printed names it (finish_range decides from size).
    std::map<std::optional<PayUnit>, PayRange> by_unit;
    std::vector<std::optional<PayUnit>> unit_order;
    auto record_for = [&](std::optional<PayUnit> unit) -> PayRange& {
      if (!by_unit.count(unit)) unit_order.push_back(unit);
      return by_unit[unit];
    };
    if (block_end > r) {
      for (size_t b = r; b <= block_end; ++b) {
        std::string label_step = step;
        if (b > r) is_step_only(placed_rows[b].label, label_step);
        for (size_t c = 0; c < columns.size(); ++c)
          if (meanings[c].role == Role::amount && placed_rows[b].amounts[c] &&
              placed_rows[b].amounts[c]->amount)
            record_for(unit_of(placed_rows[b], c))
                .steps.push_back({label_step, *placed_rows[b].amounts[c]->amount});
      }
    } else {
      for (size_t c = 0; c < columns.size(); ++c) {
        if (meanings[c].role == Role::amount && row.ranges[c]) {
          const MoneyRange& range = *row.ranges[c];
          std::optional<PayUnit> unit = unit_named_in(range.tail);
          if (!unit && !range.high.per.empty())
            unit = unit_named_in("/" + range.high.per).value_or(PayUnit::unknown);
          if (!unit) unit = meanings[c].unit ? meanings[c].unit : table.unit;
          PayRange& pay = record_for(unit);
          pay.min = range.low.amount;
          pay.max = range.high.amount;
          continue;
        }
        if (meanings[c].role != Role::amount || !row.amounts[c] || !row.amounts[c]->amount)
          continue;
        const double amount = *row.amounts[c]->amount;
        PayRange& pay = record_for(unit_of(row, c));
        if (meanings[c].step) {
          pay.steps.push_back({*meanings[c].step, amount});
        } else if (meanings[c].bound == Bound::min) {
          pay.min = amount;
        } else if (meanings[c].bound == Bound::max) {
          pay.max = amount;
        } else {
          pay.min = amount;
          pay.max = amount;
        }
      }
    }
    if (by_unit.empty()) continue;
    const std::string classification = block_end > r ? name : row.label;
    std::vector<std::optional<std::string>> classes;
    if (!has_title_column && !row.row->classes_under.empty() && classification.empty()) {
      for (const std::string& title : row.row->classes_under) classes.push_back(title);
    } else {
      classes.push_back(classification.empty() ? std::nullopt
                                               : std::optional<std::string>(classification));
    }
    const size_t first_line = row.row->first_line;
    const size_t last_line = placed_rows[block_end].row->last_line;
    for (const std::optional<std::string>& title : classes) {
      PayGroup group;
      for (const std::optional<PayUnit>& unit : unit_order) {
        PayRange pay = by_unit[unit];
        pay.classification = title;
        pay.range = row.range;
        pay.effective_date = row.date ? row.date : table_date;
        finish_range(pay, unit);
        set_place(pay, text, first_line, last_line);
        group.push_back(std::move(pay));
      }
      groups.push_back(std::move(group));
    }
    r = block_end;
  }
  return groups;
}

// A header printed one cell per line: three or more header cells stacked, then the rows'
// cells one per line in the same order.
bool read_cell_per_line_table(const CleanText& text, const std::vector<bool>& skip, size_t start,
                              Table& table, size_t& end) {
  std::vector<TableCell> header_cells;
  size_t j = start;
  while (j < text.lines.size() && !skip[j]) {
    std::vector<TableCell> cells = split_cells(text.lines[j]);
    if (!single_header_cell(cells)) break;
    header_cells.push_back(cells[0]);
    ++j;
  }
  if (header_cells.size() < 3) return false;
  const std::vector<std::vector<TableCell>> header =
      regroup_cells(header_cells, header_cells.size());
  for (const TableCell& cell : header[0]) {
    table.header.push_back({cell.text, cell.x0, cell.x1});
    table.header_text += cell.text + " ";
  }
  std::vector<TableCell> cells;
  std::vector<size_t> cell_lines;
  for (; j < text.lines.size() && !skip[j]; ++j) {
    std::vector<TableCell> line_cells = split_cells(text.lines[j]);
    if (line_cells.size() != 1 || single_header_cell(line_cells)) break;
    cells.push_back(line_cells[0]);
    cell_lines.push_back(j);
  }
  const size_t width = header_cells.size();
  const std::vector<std::vector<TableCell>> rows = regroup_cells(cells, width);
  for (size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].size() != width || !has_amount(rows[r])) continue;
    table.rows.push_back({rows[r], cell_lines[r * width], cell_lines[r * width + width - 1], {}});
  }
  table.by_order = true;
  end = j;
  return !table.rows.empty();
}

// Rows whose header the layout stage took out as a running header: a table header repeated
// at the top of every page looks like page furniture. Bar-separated headers only, since the
// furniture keeps the header's text but not its word positions.
bool read_furniture_header_table(const CleanText& text, const std::vector<bool>& skip, size_t start,
                                 const std::vector<TableCell>& cells, Table& table, size_t& end) {
  if (!has_amount(cells)) return false;
  const int page = text.lines[start].page;
  for (const PageFurniture& furniture : text.furniture) {
    if (furniture.page != page) continue;
    for (const std::string& header : furniture.headers) {
      if (header.find('|') == std::string::npos) continue;
      std::vector<TableCell> header_cells;
      size_t from = 0;
      while (from <= header.size()) {
        const size_t bar = std::min(header.find('|', from), header.size());
        const std::string cell = trim(header.substr(from, bar - from));
        if (!cell.empty()) {
          const double x = static_cast<double>(header_cells.size()) * 100;
          header_cells.push_back({cell, x, x + 90, false});
        }
        from = bar + 1;
      }
      if (!is_header_line(header_cells)) continue;
      for (const TableCell& cell : header_cells) {
        table.header.push_back({cell.text, cell.x0, cell.x1});
        table.header_text += cell.text + " ";
      }
      table.by_order = true;
      table.unit = unit_above(text, start);
      end = read_rows(text, skip, start, table);
      return !table.rows.empty();
    }
  }
  return false;
}

}  // namespace

std::vector<PayGroup> find_pay_tables(const CleanText& text, const std::vector<bool>& skip,
                                      std::vector<Diagnostic>& diagnostics) {
  std::vector<PayGroup> groups;
  size_t i = 0;
  const size_t n = text.lines.size();
  while (i < n) {
    if (skip[i]) {
      ++i;
      continue;
    }
    std::vector<TableCell> cells = split_cells(text.lines[i]);
    Table table;
    size_t end = i + 1;
    if (is_header_line(cells)) {
      std::vector<std::vector<TableCell>> header_rows;
      size_t top = i;
      while (top > 0 && i - top < 2 && !skip[top - 1] &&
             is_header_continuation(split_cells(text.lines[top - 1])))
        --top;
      for (size_t k = top; k < i; ++k) {
        header_rows.push_back(split_cells(text.lines[k]));
        for (const TableCell& cell : header_rows.back()) table.header_text += cell.text + " ";
      }
      size_t j = i;
      bool bars = false;
      while (j < n && header_rows.size() < 5 && !skip[j]) {
        std::vector<TableCell> row = split_cells(text.lines[j]);
        if (!is_header_line(row)) break;
        bars = bars || has_bar_separators(text.lines[j]);
        for (const TableCell& cell : row) table.header_text += cell.text + " ";
        header_rows.push_back(std::move(row));
        ++j;
      }
      table.header = merge_header_rows(header_rows);
      table.by_order = bars;
      table.unit = unit_above(text, i);
      table.effective_above = effective_date_above(text, i);
      end = read_rows(text, skip, j, table);
    } else if (read_furniture_header_table(text, skip, i, cells, table, end)) {
      // the page's running header is the table header
    } else if (single_header_cell(cells)) {
      table.unit = unit_above(text, i);
      table.effective_above = effective_date_above(text, i);
      if (!read_cell_per_line_table(text, skip, i, table, end)) {
        ++i;
        continue;
      }
    } else {
      ++i;
      continue;
    }
    for (PayGroup& group : table_records(text, table, diagnostics))
      groups.push_back(std::move(group));
    i = std::max(end, i + 1);
  }
  return groups;
}

}  // namespace agendum
