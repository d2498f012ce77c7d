#include "extractors/pay_table.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "extractors/dates.h"
#include "extractors/money.h"
#include "extractors/pay_columns.h"
#include "extractors/pay_context.h"
#include "extractors/pay_labels.h"
#include "extractors/pay_table_model.h"
#include "extractors/table_rebuild.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

bool has_amount(const std::vector<TableCell>& cells) {
  for (const TableCell& cell : cells)
    if (cell.money) {
      if (std::optional<Money> money = parse_money(cell.text); money && money->amount) return true;
      if (parse_money_range(cell.text)) return true;
    }
  return false;
}

// A list marker standing alone in its cell: "a.", "c)", "(3)", "iv." (not a column heading).
bool is_list_marker(const std::string& cell) {
  static const RE2 kMarker(R"(\(?(?:[A-Za-z]|\d{1,2}|[ivxIVX]{1,4})[.)])");
  return RE2::FullMatch(cell, kMarker);
}

// A header line: no amounts, at least two cells made only of header words, and among them
// a heading that names what a column holds (a unit, a bound, a date, the title column) or
// three step names ("TITLE   Effective Date", "Pay Range | Step1 | Step2 | Step3",
// "RATE   RATE   SALARY" under "MINIMUM HOURLY"); or two pay periods however the words fall
// into cells ("ANNUAL ~~ BI-WEEKLY   PER CROSSING"). A table of contents ("IV   UNION
// SECURITY   4") and a heading in spaced capitals ("SALARY   RANGES") are not headers. Under
// a header line, a line of header words alone continues it ("RATE   RATE   SALARY").
bool is_header_line(const std::vector<TableCell>& cells, bool continuing = false) {
  constexpr size_t kHeadingWords = 6;
  if (cells.size() < 2) return false;
  // "per month   per month" under a row is the tail of its ranges, wrapped: not a header.
  if (std::all_of(cells.begin(), cells.end(), [](const TableCell& cell) {
        const std::vector<std::string> words = header_words(cell.text);
        return !words.empty() && words.front() == "per";
      }))
    return false;
  size_t vocabulary = 0, naming = 0, step_names = 0;
  std::set<PayUnit> units;
  for (const TableCell& cell : cells) {
    // Bare step numbers over a step table ("GRADE  1  2  3 ... 14") read as amounts too, and
    // "Min. - Max." prints a dash between its words.
    const bool step_number = cell.text.size() <= 2 && is_step_name(cell.text);
    if (cell.money && !step_number) {
      if (std::optional<Money> money = parse_money(cell.text); money && !money->amount) continue;
      return false;
    }
    const std::vector<std::string> words = header_words(cell.text);
    if (words.size() > kHeadingWords || is_list_marker(cell.text)) continue;
    for (const std::string& word : words)
      if (std::optional<PayUnit> unit = classify_column(word).unit) units.insert(*unit);
    const ColumnMeaning meaning = classify_column(cell.text);
    if (!meaning.vocabulary) continue;  // "21.13 ADJUSTED HIRE DATE": prose that names a date
    ++vocabulary;
    const bool bare_step = meaning.role == ColumnRole::amount && meaning.step && !meaning.unit &&
                           meaning.bound == Bound::none && !meaning.date;
    if (bare_step)
      ++step_names;
    else if (meaning.role == ColumnRole::title || meaning.role == ColumnRole::date ||
             meaning.role == ColumnRole::amount)
      ++naming;
  }
  return (vocabulary >= 2 && (naming >= 1 || step_names >= 3 || continuing)) || units.size() >= 2;
}

// A line over a header that belongs to it: three or more cells none of which is an amount,
// even when none is header vocabulary ("CY 2026   1st ED   2nd ED   3rd ED Company   Chief"
// over "POSITION  Monthly  Monthly ..."), or the upper lines of headings stacked over two or
// three lines, each cell a few words and one naming a unit, a step or the title column
// ("Prop G   Bi-Weekly" over "Add On   Rate"; "Classification" over "Step").
bool is_header_continuation(const std::vector<TableCell>& cells) {
  constexpr size_t kHeadingWords = 4;
  for (const TableCell& cell : cells)
    if (cell.money) return false;
  if (cells.size() >= 3) return true;
  bool names_column = false;
  for (const TableCell& cell : cells) {
    if (header_words(cell.text).size() > kHeadingWords) return false;
    const ColumnMeaning meaning = classify_column(cell.text);
    names_column = names_column || meaning.role == ColumnRole::title ||
                   (meaning.role == ColumnRole::amount && !meaning.date);
  }
  return names_column;
}

// A one-cell line naming the classes over a header ("CLASSIFICATIONS AND GRADES") is the
// table's title when it names a class column and a range column at once, or is printed
// across two or more of the header's cells: a stacked heading names and sits over the one
// column it heads. (A band naming a unit or a date over several columns, "Monthly Salary" over
// "Minimum  Maximum", is a heading of those columns and stays.)
bool title_across_columns(const std::vector<TableCell>& above,
                          const std::vector<TableCell>& header) {
  if (above.size() != 1 || classify_column(above[0].text).role != ColumnRole::title) return false;
  bool names_range = false;
  for (const std::string& word : header_words(above[0].text))
    names_range = names_range || classify_column(word).role == ColumnRole::range;
  const size_t under =
      static_cast<size_t>(std::count_if(header.begin(), header.end(), [&](const TableCell& cell) {
        return cell.x0 < above[0].x1 && above[0].x0 < cell.x1;
      }));
  return names_range || under >= 2;
}

// Column headings are a few words; a one-cell line longer than this is prose, and is not
// worth classifying word by word.
constexpr size_t kLongestSingleHeading = 60;

bool single_header_cell(const std::vector<TableCell>& cells) {
  return cells.size() == 1 && !cells[0].money && cells[0].text.size() <= kLongestSingleHeading &&
         classify_column(cells[0].text).role != ColumnRole::other;
}

// Headings printed on the page just above the header of the table that follows ("APPENDIX
// B", "CLASSIFICATIONS AND GRADES") are that table's title, not classes under the last row.
// (Names under the last row of a page, before the header repeats on the next, stay.)
void drop_next_table_title(std::vector<std::pair<const Line*, std::vector<TableCell>>>& pending,
                           int header_page) {
  auto title = std::find_if(pending.begin(), pending.end(), [&](const auto& entry) {
    return entry.first->heading && entry.first->page == header_page;
  });
  pending.erase(title, pending.end());
}

// Rows after a header, to the end of the table: the table runs on across page breaks and
// over short lines (class titles, notes) and ends at prose or a run of lines without amounts.
// On a page rebuilt from word positions (page_geometry) the table is the rest of the page:
// lines of names set side by side under a row are that row's classes, however many.
size_t read_rows(const CleanText& text, const std::vector<bool>& skip, size_t start, Table& table,
                 bool page_geometry = false) {
  const size_t max_lines_without_amounts = page_geometry ? text.lines.size() : 6;
  constexpr size_t kProseLength = 90;
  constexpr size_t kNameWords = 8;
  // "End of Correctional Pay Ranges (0038-0049A)", "Salary Schedule": notes, not class titles.
  static const RE2 kNotAClass(
      R"((?i)\b(?:pay|range|ranges|salary|salaries|schedule|step|steps|end\s+of|note)\b)");
  size_t misses = 0;
  // Under a row named by its grade ("Salary Grade (4)") names run in columns side by side.
  auto under_grade = [&] {
    if (table.rows.empty() || table.rows.back().cells.empty()) return false;
    std::string label = table.rows.back().cells.front().text;
    return range_in_label(label).has_value();
  };
  // Short lines after a row: class titles under a range, if a row follows them or they sit
  // indented under the row; anything else trailing the table is not part of it.
  std::vector<std::pair<const Line*, std::vector<TableCell>>> pending;
  auto commit_pending = [&](bool only_indented) {
    if (table.rows.empty()) return;
    Row& row = table.rows.back();
    const double row_left = row.cells.empty() ? 0 : row.cells.front().x0;
    for (const auto& [line, cells] : pending)
      if (!only_indented || page_geometry || under_grade() ||
          line->box.x0 > row_left + line->font_size)
        for (const TableCell& cell : cells) row.classes_under.push_back(cell.text);
    pending.clear();
  };
  auto names_only = [&](const std::vector<TableCell>& cells) {
    return std::all_of(cells.begin(), cells.end(), [&](const TableCell& cell) {
      return header_words(cell.text).size() <= kNameWords && !cell.money;
    });
  };
  size_t j = start;
  for (; j < text.lines.size(); ++j) {
    if (skip[j]) continue;
    const Line& line = text.lines[j];
    std::vector<TableCell> cells = split_cells(line);
    if (is_header_line(cells)) {
      drop_next_table_title(pending, line.page);
      break;
    }
    // A class list's rows hold a title and a range code, and no amounts.
    const bool row = table.class_list ? cells.size() >= 2 : has_amount(cells);
    if (row) {
      std::string label;
      for (const TableCell& cell : cells)
        if (!cell.money) label += cell.text;
      if (label.size() > kProseLength) break;  // a sentence that quotes an amount
      commit_pending(false);
      table.rows.push_back({std::move(cells), j, j, {}});
      misses = 0;
      continue;
    }
    if (line.text.size() > kProseLength || ++misses > max_lines_without_amounts) break;
    if (names_supplement(line.match)) break;  // the table of a supplement follows
    // Columns without amounts that are no pay header ("Description   Approximate Increase")
    // head some other table; on a rebuilt page they are names listed side by side.
    if (cells.size() >= 2 && !((page_geometry || under_grade()) && names_only(cells))) break;
    if (line.text.size() >= 60 * cells.size() || RE2::PartialMatch(line.match, kNotAClass))
      continue;
    if (table.rows.empty())
      table.labels_above.push_back(line.text);
    else
      pending.push_back({&line, std::move(cells)});
  }
  commit_pending(true);
  return j;
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

// A heading line of dates over further heading lines ("EFFECTIVE DATE:  7/1/00  7/1/01" over
// "TITLE  Min. - Max.  Min. - Max.") dates the columns under each date; it names no column.
void take_date_band(std::vector<std::vector<TableCell>>& header_rows, Table& table) {
  for (size_t h = 0; h + 1 < header_rows.size(); ++h) {
    size_t dates = 0;
    for (const TableCell& cell : header_rows[h])
      if (classify_column(cell.text).date) ++dates;
    if (dates < 2) continue;
    for (const TableCell& cell : header_rows[h])
      if (classify_column(cell.text).date) table.date_band.push_back(cell);
    header_rows.erase(header_rows.begin() + static_cast<long>(h));
    return;
  }
}

// A header over a list of classes and their ranges, with no pay columns: "CLASS NUMBER
// CLASS TITLE   SALARY RANGE" (twice side by side, often), "Classification   Grade".
bool is_class_list_header(const std::vector<TableColumn>& header) {
  bool title = false, range = false;
  for (const TableColumn& column : header) {
    const ColumnMeaning meaning = classify_column(column.label);
    if (meaning.role == ColumnRole::amount) return false;
    title = title || meaning.role == ColumnRole::title;
    range = range || meaning.role == ColumnRole::range;
  }
  return title && range;
}

// The header whose first line is `top` and whose first line of header words is `first`,
// then the rows under it; returns the line after the table.
size_t read_header_table(const CleanText& text, const std::vector<bool>& skip, size_t top,
                         size_t first, Table& table, bool page_geometry = false) {
  std::vector<std::vector<TableCell>> header_rows;
  for (size_t k = top; k < first; ++k) {
    header_rows.push_back(split_cells(text.lines[k]));
    for (const TableCell& cell : header_rows.back()) table.header_text += cell.text + " ";
  }
  size_t j = first;
  bool bars = false;
  while (j < text.lines.size() && header_rows.size() < 5 && !skip[j]) {
    std::vector<TableCell> row = split_cells(text.lines[j]);
    if (!is_header_line(row, /*continuing=*/j > first)) break;
    bars = bars || has_bar_separators(text.lines[j]);
    for (const TableCell& cell : row) table.header_text += cell.text + " ";
    header_rows.push_back(std::move(row));
    ++j;
  }
  take_date_band(header_rows, table);
  table.header = merge_header_rows(header_rows);
  table.header_rows = header_rows;
  table.class_list = is_class_list_header(table.header);
  table.by_order = bars && !page_geometry;
  return read_rows(text, skip, j, table, page_geometry);
}

// A table on an OCR'd page, read from the page's lines put back where they sit (see
// lines_by_position): from the header down to the bottom of the page. Its records keep the
// flow lines they came from. Returns the flow line to go on from.
size_t read_page_table(const CleanText& text, const std::vector<bool>& skip, size_t top,
                       size_t first, Table& table, std::vector<PayGroup>& groups,
                       std::vector<Diagnostic>& diagnostics) {
  const Line& head = text.lines[top];
  std::vector<size_t> on_page;
  for (size_t k = 0; k < text.lines.size(); ++k) {
    const Line& line = text.lines[k];
    if (line.page == head.page && !skip[k] && line.box.y1 > head.box.y0 + head.box.height() / 2)
      on_page.push_back(k);
    if (line.page > head.page) break;
  }
  std::vector<PositionedLine> positioned = lines_by_position(text.lines, on_page);
  CleanText page;
  size_t header_row = 0, top_row = positioned.size();
  for (size_t r = 0; r < positioned.size(); ++r) {
    const std::vector<size_t>& sources = positioned[r].sources;
    if (std::find(sources.begin(), sources.end(), first) != sources.end()) header_row = r;
    for (size_t k = top; k < first; ++k)
      if (std::find(sources.begin(), sources.end(), k) != sources.end())
        top_row = std::min(top_row, r);
    page.lines.push_back(std::move(positioned[r].line));
  }
  const std::vector<bool> none(page.lines.size(), false);
  const size_t end = read_header_table(page, none, std::min(top_row, header_row), header_row, table,
                                       /*page_geometry=*/true);
  if (lists_pay(text, top, table.header_text)) {
    for (PayGroup& group : table_records(page, table, diagnostics)) {
      for (PayRange& pay : group) {
        const std::vector<size_t>& a = positioned[pay.lines.first].sources;
        const std::vector<size_t>& b = positioned[pay.lines.last - 1].sources;
        pay.lines = {std::min(a.front(), b.front()), std::max(a.back(), b.back()) + 1};
      }
      groups.push_back(std::move(group));
    }
  }
  size_t next = first + 1;
  for (size_t r = 0; r < end && r < positioned.size(); ++r)
    next = std::max(next, positioned[r].sources.back() + 1);
  return next;
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
    size_t end = i + 1, top = i;
    if (is_header_line(cells)) {
      while (top > 0 && i - top < 3 && !skip[top - 1]) {
        const std::vector<TableCell> above = split_cells(text.lines[top - 1]);
        if (!is_header_continuation(above) || title_across_columns(above, cells)) break;
        --top;
      }
      table.unit = unit_above(text, top);
      table.effective_above = effective_date_above(text, top);
      if (text.lines[i].method == PageMethod::ocr) {
        const size_t next = read_page_table(text, skip, top, i, table, groups, diagnostics);
        i = std::max(next, i + 1);
        continue;
      }
      end = read_header_table(text, skip, top, i, table);
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
    if (lists_pay(text, top, table.header_text))
      for (PayGroup& group : table_records(text, table, diagnostics))
        groups.push_back(std::move(group));
    i = std::max(end, i + 1);
  }
  return groups;
}

}  // namespace agendum
