#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "extractors/dates.h"
#include "extractors/money.h"
#include "extractors/pay_columns.h"
#include "extractors/pay_table_model.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

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
    if (classify_column(head.label).role == ColumnRole::amount) ++amount_labels[best];
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

}  // namespace

std::vector<PayGroup> table_records(const CleanText& text, const Table& table,
                                    std::vector<Diagnostic>& diagnostics) {
  const std::vector<TableColumn> columns = table_columns(table);
  std::vector<ColumnMeaning> meanings;
  bool any_amount = false, any_step_or_bound = false;
  for (const TableColumn& column : columns) {
    meanings.push_back(classify_column(column.label));
    if (meanings.back().role == ColumnRole::amount) {
      any_amount = true;
      any_step_or_bound =
          any_step_or_bound || meanings.back().step || meanings.back().bound != Bound::none;
    }
  }
  // "Salary Range" over "$4,330 - $5,517" holds pay, not a range code like "Pay Range" over "0009".
  for (size_t c = 0; c < columns.size(); ++c) {
    if (meanings[c].role != ColumnRole::range) continue;
    size_t filled = 0, money_ranges = 0;
    for (const Row& row : table.rows) {
      const std::string cell = trim(place_cells(row.cells, columns)[c]);
      if (cell.empty()) continue;
      ++filled;
      if (parse_money_range(cell)) ++money_ranges;
    }
    if (filled > 0 && money_ranges * 2 > filled) {
      meanings[c].role = ColumnRole::amount;
      any_amount = true;
    }
  }
  if (!any_amount) return {};
  const bool has_title_column =
      std::any_of(meanings.begin(), meanings.end(),
                  [](const ColumnMeaning& m) { return m.role == ColumnRole::title; });
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
      if (meanings[c].role == ColumnRole::amount) first_amount = std::min(first_amount, c);
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string cell = trim(placed[c]);
      switch (meanings[c].role) {
        case ColumnRole::title:
          if (!cell.empty()) out.label += (out.label.empty() ? "" : " ") + cell;
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
          break;
        case ColumnRole::other:
          if (!has_title_column && c < first_amount && !cell.empty() && !parse_money(cell))
            out.label += (out.label.empty() ? "" : " ") + cell;
          break;
      }
    }
    placed_rows.push_back(std::move(out));
  }

  // Amounts that look like cents printed without their point ("1300" among "13.00"s).
  for (size_t c = 0; c < columns.size(); ++c) {
    if (meanings[c].role != ColumnRole::amount) continue;
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
          if (meanings[c].role == ColumnRole::amount && placed_rows[b].amounts[c] &&
              placed_rows[b].amounts[c]->amount)
            record_for(unit_of(placed_rows[b], c))
                .steps.push_back({label_step, *placed_rows[b].amounts[c]->amount});
      }
    } else {
      for (size_t c = 0; c < columns.size(); ++c) {
        if (meanings[c].role == ColumnRole::amount && row.ranges[c]) {
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
        if (meanings[c].role != ColumnRole::amount || !row.amounts[c] || !row.amounts[c]->amount)
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

}  // namespace agendum
