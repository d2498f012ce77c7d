// Reading a pay table's records: columns under the header, what each holds, the rows placed
// under them, and the rows grouped into records (one row; a class's block of step rows).
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "extractors/dates.h"
#include "extractors/money.h"
#include "extractors/pay_columns.h"
#include "extractors/pay_labels.h"
#include "extractors/pay_table_model.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

double overlap(double a0, double a1, double b0, double b1) {
  return std::min(a1, b1) - std::max(a0, b0);
}

// The data column a heading cell belongs to: the one it overlaps most, else the nearest.
size_t column_under(const std::vector<TableColumn>& columns, double x0, double x1) {
  size_t best = 0;
  double best_score = -1e18;
  for (size_t c = 0; c < columns.size(); ++c) {
    const double score = overlap(x0, x1, columns[c].x0, columns[c].x1);
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

// The words of a heading cell with their x spans, estimated from their place in the cell:
// a heading the reader took as one cell ("ANNUAL ~~ BI-WEEKLY" over two columns of amounts)
// is spread over the columns under its words.
std::vector<TableCell> cell_words(const TableCell& cell) {
  std::vector<TableCell> words;
  const double width = cell.x1 - cell.x0;
  const double chars = std::max<double>(1, static_cast<double>(cell.text.size()));
  size_t i = 0;
  while (i < cell.text.size()) {
    while (i < cell.text.size() && cell.text[i] == ' ') ++i;
    const size_t start = i;
    while (i < cell.text.size() && cell.text[i] != ' ') ++i;
    if (i > start)
      words.push_back({cell.text.substr(start, i - start),
                       cell.x0 + width * static_cast<double>(start) / chars,
                       cell.x0 + width * static_cast<double>(i) / chars, false});
  }
  return words;
}

// How many data columns a heading cell reaches well into (a third of the column or more).
size_t columns_spanned(const std::vector<TableColumn>& columns, const TableCell& cell) {
  size_t spanned = 0;
  for (const TableColumn& column : columns)
    if (overlap(cell.x0, cell.x1, column.x0, column.x1) >= (column.x1 - column.x0) / 3) ++spanned;
  return spanned;
}

// Columns to place the rows under: the header's own when cells are matched by order, else
// the columns the data rows themselves line up in, each labelled by the header above it.
std::vector<TableColumn> table_columns(const Table& table) {
  if (table.by_order) return table.header;
  // Rows with one cell under each heading, each where its heading is: the header's columns.
  // A class list's titles and actions wrap inside their cells, so its rows also count with
  // fewer cells, each under a heading of its own, left to right ("Supervisor   class").
  size_t matching = 0;
  for (const Row& row : table.rows) {
    const bool whole = row.cells.size() == table.header.size();
    bool aligned = whole || (table.class_list && row.cells.size() < table.header.size());
    size_t previous = 0;
    for (size_t i = 0; i < row.cells.size() && aligned; ++i) {
      const size_t column = column_under(table.header, row.cells[i].x0, row.cells[i].x1);
      aligned = whole ? column == i : (i == 0 || column > previous);
      previous = column;
    }
    matching += aligned;
  }
  if (matching * 2 > table.rows.size()) return table.header;

  std::vector<std::vector<TableCell>> rows;
  for (const Row& row : table.rows) rows.push_back(row.cells);
  std::vector<TableColumn> columns = columns_from_rows(rows);
  if (columns.size() < 2) return table.header;
  std::vector<size_t> amount_labels(columns.size(), 0);
  auto label = [&](size_t c, const std::string& text) {
    columns[c].label += (columns[c].label.empty() ? "" : " ") + text;
  };
  // Heading lines top to bottom, so stacked headings read in order ("Base" "Hourly" "Rate").
  const std::vector<std::vector<TableCell>> heading_rows =
      table.header_rows.empty() ? std::vector<std::vector<TableCell>>{[&] {
        std::vector<TableCell> cells;
        for (const TableColumn& head : table.header)
          cells.push_back({head.label, head.x0, head.x1, false});
        return cells;
      }()}
                                : table.header_rows;
  for (const std::vector<TableCell>& heading_row : heading_rows) {
    for (const TableCell& cell : heading_row) {
      if (columns_spanned(columns, cell) >= 2 && cell.text.find(' ') != std::string::npos) {
        for (const TableCell& word : cell_words(cell))
          label(column_under(columns, word.x0, word.x1), word.text);
        continue;
      }
      const size_t c = column_under(columns, cell.x0, cell.x1);
      label(c, cell.text);
      if (classify_column(cell.text).role == ColumnRole::amount) ++amount_labels[c];
    }
  }
  // Two pay headings over one run of data means the rivers merged columns: trust the header.
  for (size_t count : amount_labels)
    if (count > 1) return table.header;
  return columns;
}

// A step's place in its sequence: 1 for "1", "01", "A" and "I".
std::optional<int> step_rank(const std::string& step) {
  static const std::vector<std::string> kRoman = {"I",    "II", "III", "IV", "V",   "VI",   "VII",
                                                  "VIII", "IX", "X",   "XI", "XII", "XIII", "XIV"};
  if (step.empty()) return std::nullopt;
  if (std::all_of(step.begin(), step.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(step);
  const std::string upper = to_upper_ascii(step);
  for (size_t r = 0; r < kRoman.size(); ++r)
    if (upper == kRoman[r]) return static_cast<int>(r) + 1;
  if (upper.size() == 1 && upper[0] >= 'A' && upper[0] <= 'Z') return upper[0] - 'A' + 1;
  return std::nullopt;
}

// Step headings the OCR could not read ("Step?" between "Step1" and "Step3", "StepG" among
// numbered steps) take the name their neighbours' sequence gives them.
void name_unread_steps(std::vector<ColumnMeaning>& meanings) {
  auto numbered = [&](size_t c) {
    return meanings[c].step && !meanings[c].step->empty() &&
           std::isdigit(static_cast<unsigned char>((*meanings[c].step)[0]));
  };
  size_t steps = 0, numbers = 0;
  for (size_t c = 0; c < meanings.size(); ++c) {
    steps += meanings[c].step.has_value();
    numbers += numbered(c);
  }
  for (size_t c = 0; c < meanings.size(); ++c) {
    if (!meanings[c].step || numbered(c)) continue;
    if (!meanings[c].step->empty() && numbers * 2 <= steps) continue;  // "A", "B", "C"
    for (size_t d = 1; d <= meanings.size(); ++d) {
      if (c >= d && numbered(c - d)) {
        meanings[c].step = std::to_string(*step_rank(*meanings[c - d].step) + static_cast<int>(d));
        break;
      }
      if (c + d < meanings.size() && numbered(c + d) &&
          *step_rank(*meanings[c + d].step) > static_cast<int>(d)) {
        meanings[c].step = std::to_string(*step_rank(*meanings[c + d].step) - static_cast<int>(d));
        break;
      }
    }
  }
}

struct PlacedRow {
  const Row* row = nullptr;
  std::string label;
  std::optional<std::string> range, date, step;
  std::vector<std::optional<Money>> amounts;      // per column; nullopt when not an amount column
  std::vector<std::optional<MoneyRange>> ranges;  // per column: "$4,330 - $5,517" in one cell
  std::vector<std::string> unreadable;  // per column: a cell of digits that reads as no amount
};

// "Step 03", "STEP C": a row named as one step of the class it belongs to.
std::optional<std::string> step_cell(const std::string& cell, bool step_heading) {
  // "Step 01", "Step C", "STEP 3"
  static const RE2 kStep(R"((?i)step\s*(\d{1,2}|[A-Z]|[IVX]{1,4}))");
  std::string step;
  if (RE2::FullMatch(cell, kStep, &step)) return to_upper_ascii(step);
  const std::string word = to_lower_ascii(cell);
  if (step_heading && is_step_name(word)) return to_upper_ascii(word);
  return std::nullopt;
}

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

void append_label(std::string& label, const std::string& part) {
  if (part.empty()) return;
  label += (label.empty() ? "" : " ") + part;
}

// The columns of a table and what each holds.
struct Layout {
  std::vector<TableColumn> columns;
  std::vector<ColumnMeaning> meanings;
  std::optional<size_t> step_column;  // a column naming each row's step ("Step 03")
  std::optional<PayUnit> unit;        // the table's unit when a column heading names it
  bool has_title_column = false;
  bool any_step_or_bound = false;
  size_t first_amount = 0;
};

// Headings that name pay over cells that hold none: "Monthly Salary" over the column of
// "Salary Grade (1)" labels names the unit of the whole table, and the column holds labels.
// "Salary Range" over "$4,330 - $5,517" holds pay, not a range code like "Pay Range" over "0009".
void retype_columns(const Table& table, Layout& layout) {
  const size_t n = layout.columns.size();
  std::vector<size_t> filled(n, 0), money_ranges(n, 0), amounts(n, 0);
  for (const Row& row : table.rows) {
    const std::vector<std::string> placed = place_cells(row.cells, layout.columns);
    for (size_t c = 0; c < n; ++c) {
      const std::string cell = trim(placed[c]);
      if (cell.empty()) continue;
      ++filled[c];
      if (parse_money_range(cell)) ++money_ranges[c];
      if (std::optional<Money> money = parse_money(cell);
          (money && !money->negative) || parse_money_range(cell))
        ++amounts[c];
    }
  }
  for (size_t c = 0; c < n; ++c) {
    ColumnMeaning& meaning = layout.meanings[c];
    if (meaning.role == ColumnRole::range && filled[c] > 0 && money_ranges[c] * 2 > filled[c]) {
      meaning.role = ColumnRole::amount;
    } else if (meaning.role == ColumnRole::amount && filled[c] >= 2 && amounts[c] * 4 < filled[c]) {
      if (meaning.unit && !meaning.step && meaning.bound == Bound::none) layout.unit = meaning.unit;
      meaning = ColumnMeaning{};
    }
  }
}

// Dates printed in a band over the headings ("EFFECTIVE DATE: 7/1/00  7/1/01  9/30/02" over
// "Min. - Max." pairs) go to the amount columns under them.
void apply_date_band(const Table& table, Layout& layout) {
  for (size_t c = 0; c < layout.columns.size(); ++c) {
    if (layout.meanings[c].role != ColumnRole::amount || layout.meanings[c].date) continue;
    const TableColumn& column = layout.columns[c];
    std::optional<std::string> best;
    double best_score = -1e18;
    for (const TableCell& cell : table.date_band) {
      std::optional<ParsedDate> date = find_date(cell.text);
      if (!date) continue;
      const double score = overlap(cell.x0, cell.x1, column.x0, column.x1);
      if (score > best_score) {
        best_score = score;
        best = date->iso;
      }
    }
    layout.meanings[c].date = best;
  }
}

// A column most of whose cells name a step ("Step 01" ... "Step 05"): the table prints one row
// per step, and the rows of one class follow each other.
std::optional<size_t> find_step_column(const Table& table, const Layout& layout) {
  for (size_t c = 0; c < layout.columns.size(); ++c) {
    if (layout.meanings[c].role == ColumnRole::amount) continue;
    const std::vector<std::string> words = header_words(layout.columns[c].label);
    const bool heading = std::find(words.begin(), words.end(), "step") != words.end();
    size_t steps = 0;
    for (const Row& row : table.rows)
      if (step_cell(trim(place_cells(row.cells, layout.columns)[c]), heading)) ++steps;
    if (steps >= 2 && steps * 5 >= table.rows.size() * 3) return c;
  }
  return std::nullopt;
}

Layout read_layout(const Table& table) {
  Layout layout;
  layout.columns = table_columns(table);
  for (const TableColumn& column : layout.columns)
    layout.meanings.push_back(classify_column(column.label));
  name_unread_steps(layout.meanings);
  retype_columns(table, layout);
  apply_date_band(table, layout);
  layout.step_column = find_step_column(table, layout);
  layout.first_amount = layout.columns.size();
  for (size_t c = 0; c < layout.columns.size(); ++c) {
    const ColumnMeaning& meaning = layout.meanings[c];
    layout.has_title_column = layout.has_title_column || meaning.role == ColumnRole::title;
    if (meaning.role != ColumnRole::amount) continue;
    layout.first_amount = std::min(layout.first_amount, c);
    layout.any_step_or_bound =
        layout.any_step_or_bound || meaning.step || meaning.bound != Bound::none;
  }
  return layout;
}

PlacedRow place_row(const Row& row, const Layout& layout) {
  const std::vector<std::string> placed = place_cells(row.cells, layout.columns);
  PlacedRow out;
  out.row = &row;
  out.amounts.resize(layout.columns.size());
  out.ranges.resize(layout.columns.size());
  out.unreadable.resize(layout.columns.size());
  for (size_t c = 0; c < layout.columns.size(); ++c) {
    const std::string cell = trim(placed[c]);
    if (layout.step_column == c) {
      out.step = step_cell(cell, true);
      continue;
    }
    switch (layout.meanings[c].role) {
      case ColumnRole::title:
        append_label(out.label, cell);
        break;
      case ColumnRole::range:
        if (!out.range && !cell.empty()) out.range = cell;
        break;
      case ColumnRole::date:
        if (std::optional<ParsedDate> date = find_date(cell)) out.date = date->iso;
        break;
      case ColumnRole::amount:
        out.amounts[c] = parse_money(cell);
        if (!out.amounts[c]) out.ranges[c] = parse_money_range(cell);
        // Pay is never negative: "(5)" beside a struck label is no amount.
        if (out.amounts[c] && out.amounts[c]->negative) out.amounts[c].reset();
        if (!out.amounts[c] && !out.ranges[c] && std::any_of(cell.begin(), cell.end(), [](char ch) {
              return std::isdigit(static_cast<unsigned char>(ch));
            }))
          out.unreadable[c] = cell;
        break;
      case ColumnRole::other:
        if (!layout.has_title_column && c < layout.first_amount && !parse_money(cell))
          append_label(out.label, cell);
        break;
    }
  }
  if (!out.range && !layout.has_title_column) out.range = range_in_label(out.label);
  // "1720 Data Entry Operator Step 03": a class name set close to its step reads as one cell.
  if (layout.step_column && !out.step) {
    static const RE2 kTrailingStep(R"((?i)(.*\S)\s+step\s*(\d{1,2}|[A-Z]))");
    std::string name, step;
    if (RE2::FullMatch(out.label, kTrailingStep, &name, &step)) {
      out.label = name;
      out.step = to_upper_ascii(step);
    }
  }
  return out;
}

// Amounts that look like cents printed without their point ("1300" among "13.00"s).
void flag_missing_points(const CleanText& text, const Layout& layout,
                         const std::vector<PlacedRow>& rows, std::vector<Diagnostic>& diagnostics) {
  for (size_t c = 0; c < layout.columns.size(); ++c) {
    if (layout.meanings[c].role != ColumnRole::amount) continue;
    std::vector<double> values;
    for (const PlacedRow& row : rows)
      if (row.amounts[c] && row.amounts[c]->amount) values.push_back(*row.amounts[c]->amount);
    for (const PlacedRow& row : rows)
      if (row.amounts[c] && missing_decimal_point(*row.amounts[c], values))
        diagnostics.push_back(
            {Severity::warning, "pay_amount_suspect",
             "\"" + row.amounts[c]->text + "\" in the \"" + trim(layout.columns[c].label) +
                 "\" column looks like an amount missing its decimal point; check the "
                 "printed schedule.",
             text.lines[row.row->first_line].page, "pay_range"});
  }
}

// Which of a row's step amounts rise together: the increasing run (each step above the one
// before it, and by less than half per step) that keeps the most amounts, amounts printed
// with their commas (anchors) counting before any re-read one.
std::vector<bool> rising_steps(const std::vector<double>& values, const std::vector<bool>& anchor) {
  constexpr double kLargestStepRise = 1.5;
  constexpr int kAnchorWeight = 100;
  const size_t n = values.size();
  std::vector<int> best(n, 0);
  std::vector<std::optional<size_t>> previous(n);
  for (size_t i = 0; i < n; ++i) {
    const int weight = anchor[i] ? kAnchorWeight : 1;
    best[i] = weight;
    for (size_t j = 0; j < i; ++j) {
      const double ceiling = values[j] * std::pow(kLargestStepRise, static_cast<double>(i - j));
      if (values[j] < values[i] && values[i] < ceiling && best[j] + weight > best[i]) {
        best[i] = best[j] + weight;
        previous[i] = j;
      }
    }
  }
  std::vector<bool> kept(n, false);
  if (n == 0) return kept;
  std::optional<size_t> at =
      static_cast<size_t>(std::max_element(best.begin(), best.end()) - best.begin());
  while (at) {
    kept[*at] = true;
    at = previous[*at];
  }
  return kept;
}

// OCR'd amounts the table's own structure lets us read, and those it does not. In a table
// that prints whole dollars with thousands commas ("$7,669", no cents anywhere) a cell read
// as "$5.199" is "$5,199" whose comma the OCR took for a period; along a row of steps the
// amount must still rise from the step before to the step after, or it is left unread. A
// cell of digits that reads as no amount ("$c.405", "$6.94%") is left unread too: its step
// is missing from the record, and a diagnostic names it.
void read_ocr_amounts(const CleanText& text, const Layout& layout, std::vector<PlacedRow>& rows,
                      std::vector<Diagnostic>& diagnostics) {
  size_t whole = 0, cents = 0;
  for (const PlacedRow& row : rows)
    for (const std::optional<Money>& money : row.amounts) {
      if (!money || !money->amount) continue;
      if (money->text.find(',') != std::string::npos && !money->cents) ++whole;
      if (money->cents && !read_as_thousands(*money)) ++cents;
    }
  const bool whole_dollars = whole > 0 && cents == 0;
  // A table that marks its amounts with "$" reads a cell without one ("36.726") as printed.
  size_t marked = 0, all = 0;
  for (const PlacedRow& row : rows)
    for (const std::optional<Money>& money : row.amounts)
      if (money && money->amount) {
        ++all;
        marked += money->dollar_sign;
      }
  const bool dollar_signs = marked * 5 >= all * 4;
  size_t repaired = 0;
  std::optional<int> repaired_page;
  for (PlacedRow& row : rows) {
    const int page = text.lines[row.row->first_line].page;
    std::vector<bool> read_as_comma(layout.columns.size(), false);
    for (size_t c = 0; c < layout.columns.size(); ++c) {
      std::optional<Money>& money = row.amounts[c];
      if (!whole_dollars || !money) continue;
      std::optional<double> thousands = read_as_thousands(*money);
      if (thousands && dollar_signs && !money->dollar_sign) {
        row.unreadable[c] = money->text;
        money.reset();
      } else if (thousands) {
        money->amount = thousands;
        money->cents = false;
        read_as_comma[c] = true;
      }
    }
    // Steps rise, by less than half from one step to the next: of the re-read amounts, those
    // that do not rise with the row's steps printed with their commas are not certain.
    std::vector<size_t> steps;
    for (size_t c = 0; c < layout.columns.size(); ++c)
      if (layout.meanings[c].role == ColumnRole::amount && layout.meanings[c].step &&
          row.amounts[c] && row.amounts[c]->amount)
        steps.push_back(c);
    std::vector<double> values;
    std::vector<bool> anchor;
    for (size_t c : steps) {
      values.push_back(*row.amounts[c]->amount);
      anchor.push_back(!read_as_comma[c]);
    }
    const std::vector<bool> rising = rising_steps(values, anchor);
    for (size_t k = 0; k < steps.size(); ++k) {
      const size_t c = steps[k];
      if (!read_as_comma[c]) continue;
      if (rising[k]) {
        ++repaired;
        repaired_page = repaired_page ? repaired_page : page;
        continue;
      }
      row.unreadable[c] = row.amounts[c]->text;
      row.amounts[c].reset();
    }
    for (size_t c = 0; c < layout.columns.size(); ++c) {
      if (row.unreadable[c].empty()) continue;
      const std::string where = row.label.empty() ? "" : " of \"" + row.label + "\"";
      diagnostics.push_back({Severity::warning, "pay_amount_unreadable",
                             "\"" + row.unreadable[c] + "\" in the \"" +
                                 trim(layout.columns[c].label) + "\" column" + where +
                                 " does not read as an amount; it is left out. Check the "
                                 "printed table.",
                             page, "pay_range"});
    }
  }
  if (repaired > 0)
    diagnostics.push_back({Severity::info, "pay_amount_comma_read",
                           std::to_string(repaired) +
                               " amounts printed like \"$5.199\" were read as \"$5,199\": the "
                               "table prints whole dollars with thousands commas and its steps "
                               "rise with that reading.",
                           repaired_page, "pay_range"});
}

// Rows read together as one class: [first, last] of the placed rows, the class's name, and
// each row's step name (empty for a row that is the whole range).
struct Block {
  size_t first = 0, last = 0;
  std::string name;
  std::vector<std::string> steps;
  std::vector<std::string> classes;  // classes listed under the row, each its own record
};

// Rows named by a step column: a class's rows run from its first step to the row before the
// sequence starts again. Its name is printed beside one of its rows (centred in the block,
// wrapped over lines between them) or, heading-style, on a line above its first row.
std::vector<Block> step_column_blocks(const Table& table, const std::vector<PlacedRow>& rows) {
  std::vector<Block> blocks;
  std::optional<int> previous;
  for (size_t r = 0; r < rows.size(); ++r) {
    const std::optional<int> rank = rows[r].step ? step_rank(*rows[r].step) : std::nullopt;
    const bool starts = blocks.empty() || !rank || !previous || *rank <= *previous ||
                        !rows[blocks.back().last].step;
    if (starts) blocks.push_back({r, r, "", {}, {}});
    blocks.back().last = r;
    blocks.back().steps.push_back(rows[r].step.value_or(""));
    previous = rank;
  }
  bool heading_style = !table.labels_above.empty();
  for (const Block& block : blocks)
    for (size_t r = block.first; r <= block.last && heading_style; ++r)
      heading_style =
          rows[r].label.empty() && (r == block.last || rows[r].row->classes_under.empty());
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    if (heading_style) {
      const std::vector<std::string>& above =
          b == 0 ? table.labels_above : rows[blocks[b - 1].last].row->classes_under;
      for (const std::string& part : above) append_label(block.name, part);
      continue;
    }
    for (size_t r = block.first; r <= block.last; ++r) {
      append_label(block.name, rows[r].label);
      if (r < block.last || b + 1 == blocks.size())
        for (const std::string& part : rows[r].row->classes_under) append_label(block.name, part);
    }
  }
  return blocks;
}

// Rows of a table without a step column: each row is a record, except "FIREFIGHTER I" rows
// followed by "II", "III", which are one class's steps.
std::vector<Block> row_blocks(const Layout& layout, const std::vector<PlacedRow>& rows) {
  std::vector<Block> blocks;
  for (size_t r = 0; r < rows.size(); ++r) {
    Block block{r, r, rows[r].label, {""}, {}};
    std::string name, step, next_step;
    if (!layout.any_step_or_bound && split_step_suffix(rows[r].label, name, step)) {
      while (block.last + 1 < rows.size() && is_step_only(rows[block.last + 1].label, next_step)) {
        ++block.last;
        block.steps.push_back(next_step);
      }
    }
    if (block.last > r) {
      block.name = name;
      block.steps[0] = step;
    } else if (rows[r].label.empty()) {
      block.classes = rows[r].row->classes_under;
    }
    blocks.push_back(std::move(block));
    r = blocks.back().last;
  }
  return blocks;
}

// Records are kept apart by unit and by the date the column is effective from.
using RecordKey = std::pair<std::optional<PayUnit>, std::optional<std::string>>;

std::vector<PayGroup> block_records(const CleanText& text, const Table& table, const Layout& layout,
                                    const std::vector<PlacedRow>& rows, const Block& block,
                                    std::optional<std::string> table_date) {
  // A rate's own period ("$12.33 /hour") outranks its column's; one the contract has no
  // unit for ("/day") is "unknown", never a guess from size.
  auto unit_of = [&](const PlacedRow& row, size_t c) -> std::optional<PayUnit> {
    if (const std::optional<Money>& money = row.amounts[c]; money && !money->per.empty())
      return unit_named_in("/" + money->per).value_or(PayUnit::unknown);
    if (layout.meanings[c].unit) return layout.meanings[c].unit;
    return table.unit ? table.unit : layout.unit;
  };
  std::map<RecordKey, PayRange> records;
  std::vector<RecordKey> order;
  // A second column of the same unit and date on one row ("Hourly Rate" after "Base Hourly
  // Rate" and an add-on) repeats the class's pay with something added: the first is the range.
  std::map<RecordKey, size_t> column_of;
  auto record_for = [&](const RecordKey& key, size_t c) -> PayRange* {
    auto [it, fresh] = column_of.emplace(key, c);
    if (!fresh && it->second != c) return nullptr;
    if (!records.count(key)) order.push_back(key);
    return &records[key];
  };
  const bool stepped = block.last > block.first || !block.steps[0].empty();
  for (size_t r = block.first; r <= block.last; ++r) {
    const PlacedRow& row = rows[r];
    const std::optional<std::string> date = row.date ? row.date : table_date;
    for (size_t c = 0; c < layout.columns.size(); ++c) {
      const ColumnMeaning& meaning = layout.meanings[c];
      if (meaning.role != ColumnRole::amount) continue;
      const RecordKey key{unit_of(row, c), meaning.date ? meaning.date : date};
      if (row.ranges[c]) {
        const MoneyRange& range = *row.ranges[c];
        std::optional<PayUnit> unit = unit_named_in(range.tail);
        if (!unit && !range.high.per.empty())
          unit = unit_named_in("/" + range.high.per).value_or(PayUnit::unknown);
        PayRange* pay = record_for({unit ? unit : key.first, key.second}, c);
        if (!pay) continue;
        pay->min = range.low.amount;
        pay->max = range.high.amount;
        continue;
      }
      if (!row.amounts[c] || !row.amounts[c]->amount) continue;
      const double amount = *row.amounts[c]->amount;
      if (stepped && !meaning.step) {
        PayRange* pay = record_for(key, c);
        if (pay) pay->steps.push_back({block.steps[r - block.first], amount});
        continue;
      }
      // Step and bound columns fill one record together.
      PayRange* pay = meaning.step || meaning.bound != Bound::none ? &records[key] : nullptr;
      if (pay && !std::count(order.begin(), order.end(), key)) order.push_back(key);
      if (!pay) pay = record_for(key, c);
      if (!pay) continue;
      if (meaning.step) {
        pay->steps.push_back({*meaning.step, amount});
      } else if (meaning.bound == Bound::min) {
        pay->min = amount;
      } else if (meaning.bound == Bound::max) {
        pay->max = amount;
      } else {
        pay->min = amount;
        pay->max = amount;
      }
    }
  }
  if (records.empty()) return {};
  std::optional<std::string> range;
  for (size_t r = block.first; r <= block.last && !range; ++r) range = rows[r].range;
  std::vector<std::optional<std::string>> classes;
  const std::string name = clean_label(block.name);
  if (!layout.has_title_column && name.empty())
    for (const std::string& title : block.classes)
      if (std::string cleaned = clean_label(title); !cleaned.empty()) classes.push_back(cleaned);
  if (classes.empty())
    classes.push_back(name.empty() ? std::nullopt : std::optional<std::string>(name));
  // A first or last step the OCR left unreadable leaves that end of the range unknown.
  bool low_unread = false, high_unread = false;
  std::optional<size_t> first_step, last_step;
  for (size_t c = 0; c < layout.columns.size(); ++c)
    if (layout.meanings[c].role == ColumnRole::amount && layout.meanings[c].step) {
      if (!first_step) first_step = c;
      last_step = c;
    }
  for (size_t r = block.first; r <= block.last && first_step; ++r) {
    low_unread = low_unread || !rows[r].unreadable[*first_step].empty();
    high_unread = high_unread || !rows[r].unreadable[*last_step].empty();
  }
  std::vector<PayGroup> groups;
  for (const std::optional<std::string>& title : classes) {
    PayGroup group;
    for (const RecordKey& key : order) {
      PayRange pay = records[key];
      pay.classification = title;
      pay.range = range;
      pay.effective_date = key.second;
      finish_range(pay, key.first);
      if (low_unread) pay.min.reset();
      if (high_unread) pay.max.reset();
      set_place(pay, text, rows[block.first].row->first_line, rows[block.last].row->last_line);
      group.push_back(std::move(pay));
    }
    groups.push_back(std::move(group));
  }
  return groups;
}

// A list of classes with their range codes ("Office Assistant   0102   12"), often two lists
// side by side: each title column pairs with the range column after it. The records name a
// range and no amounts; link_class_ranges() (pay_link.h) gives them the range table's.
std::vector<PayGroup> class_list_records(const CleanText& text, const Table& table,
                                         const Layout& layout) {
  // "12", "15B", "26I", "EP16", "N017", "21I-1"
  static const RE2 kRangeCode(R"([A-Z]{0,3}-?\d{1,3}[A-Z]{0,2}(?:-\d{1,2})?)");
  std::vector<PayGroup> groups;
  size_t rows_read = 0, rows_to_last_record = 0;
  size_t last_row_line = 0;  // the last line of the row that gave the last record
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    const size_t before = groups.size();
    const std::vector<std::string> placed = place_cells(row.cells, layout.columns);
    std::string title, printed_title;
    for (size_t c = 0; c < layout.columns.size(); ++c) {
      const std::string cell = trim(placed[c]);
      if (layout.meanings[c].role == ColumnRole::title) {
        title = clean_label(cell);
        printed_title = cell;
      } else if (layout.meanings[c].role == ColumnRole::range && !title.empty() &&
                 RE2::FullMatch(cell, kRangeCode)) {
        PayRange pay;
        pay.classification = title;
        pay.range = cell;
        set_place(pay, text, row.first_line, row.last_line);
        groups.push_back({std::move(pay)});
        title.clear();
      }
    }
    if (groups.size() > before) {
      ++rows_read;
      rows_to_last_record = r + 1;
      last_row_line = row.last_line;
      continue;
    }
    // A title wrapped in its cell ("Departmental Information Systems" over "Director", the
    // other columns' words wrapped beside it) continues the class on the line before.
    if (!title.empty() && !groups.empty() && row.first_line == last_row_line + 1) {
      PayRange& previous = groups.back().back();
      previous.classification = *previous.classification + " " + printed_title;
      set_place(previous, text, previous.lines.first, row.last_line);
      last_row_line = row.last_line;
      ++rows_read;
    }
  }
  // A list is a list when most rows read as one ("from: 9   to: 11" is a change, not a list);
  // lines with several cells after its last class (a distribution list) are not its rows.
  if (rows_read * 5 < rows_to_last_record * 3) return {};
  return groups;
}

}  // namespace

std::vector<PayGroup> table_records(const CleanText& text, const Table& table,
                                    std::vector<Diagnostic>& diagnostics) {
  const Layout layout = read_layout(table);
  if (layout.first_amount == layout.columns.size())
    return table.class_list ? class_list_records(text, table, layout) : std::vector<PayGroup>{};
  std::optional<std::string> table_date;
  if (std::optional<ParsedDate> date = find_date(table.header_text)) table_date = date->iso;
  if (!table_date) table_date = table.effective_above;

  std::vector<PlacedRow> rows;
  for (const Row& row : table.rows) rows.push_back(place_row(row, layout));
  read_ocr_amounts(text, layout, rows, diagnostics);
  flag_missing_points(text, layout, rows, diagnostics);

  const std::vector<Block> blocks =
      layout.step_column ? step_column_blocks(table, rows) : row_blocks(layout, rows);
  std::vector<PayGroup> groups;
  for (const Block& block : blocks)
    for (PayGroup& group : block_records(text, table, layout, rows, block, table_date))
      groups.push_back(std::move(group));
  return groups;
}

}  // namespace agendum
