#include "extractors/table_rebuild.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extractors/money.h"

namespace agendum {
namespace {

size_t utf8_length(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

// A gap wider than this between two words of a line is a cell boundary. Word spaces run
// about a quarter to a half of the font size; cell gaps are several characters wide.
double cell_gap(const std::vector<const Word*>& words, double font_size) {
  std::vector<double> widths;
  for (const Word* word : words) {
    const size_t chars = utf8_length(word->text);
    if (chars > 0 && word->box.width() > 0)
      widths.push_back(word->box.width() / static_cast<double>(chars));
  }
  double char_width = font_size > 0 ? font_size * 0.5 : 5;
  if (!widths.empty()) {
    std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2),
                     widths.end());
    char_width = widths[widths.size() / 2];
  }
  return std::max(1.6 * char_width, 0.55 * font_size);
}

std::string join_words(const std::vector<const Word*>& words, size_t first, size_t last) {
  std::string text;
  for (size_t i = first; i < last; ++i) {
    if (!text.empty()) text.push_back(' ');
    text += words[i]->text;
  }
  return text;
}

bool starts_money(const std::string& word) {
  return !word.empty() && (word[0] == '$' || (word.size() > 1 && word[0] == '(' && word[1] == '$'));
}

// One gap-delimited group of words, cut again around the amounts inside it: a label and
// its first amount often sit one space apart ("40-hr FIREFIGHTER I $64.90").
void split_group(const std::vector<const Word*>& words, bool split_amounts,
                 std::vector<TableCell>& cells) {
  if (words.empty()) return;
  const std::string whole = join_words(words, 0, words.size());
  const bool money = parse_money(whole).has_value();
  if (money || !split_amounts) {
    cells.push_back({whole, words.front()->box.x0, words.back()->box.x1, money});
    return;
  }
  size_t text_start = 0;
  bool after_money = false;
  auto flush_text = [&](size_t end) {
    if (end > text_start)
      cells.push_back({join_words(words, text_start, end), words[text_start]->box.x0,
                       words[end - 1]->box.x1, false});
  };
  size_t i = 0;
  while (i < words.size()) {
    const bool candidate =
        starts_money(words[i]->text) || (after_money && parse_money(words[i]->text).has_value());
    size_t taken = 0;
    // "$4,330 - $5,517" is one cell: a range under a "Salary Range" heading.
    if (starts_money(words[i]->text) && i + 2 < words.size() &&
        parse_money_range(join_words(words, i, i + 3)))
      taken = 3;
    if (candidate && taken == 0) {
      // Longest run of up to three words that reads as one amount ("$ (104,247)", "$ 11. 05").
      for (size_t n = std::min<size_t>(3, words.size() - i); n >= 1 && taken == 0; --n)
        if (parse_money(join_words(words, i, i + n))) taken = n;
    }
    if (taken == 0) {
      if (after_money) text_start = i;
      after_money = false;
      ++i;
      continue;
    }
    if (!after_money) flush_text(i);
    cells.push_back(
        {join_words(words, i, i + taken), words[i]->box.x0, words[i + taken - 1]->box.x1, true});
    i += taken;
    text_start = i;
    after_money = true;
  }
  if (!after_money) flush_text(words.size());
}

double overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

double distance(double a0, double a1, double b0, double b1) {
  if (overlap(a0, a1, b0, b1) > 0) return 0;
  return a1 < b0 ? b0 - a1 : a0 - b1;
}

}  // namespace

bool has_bar_separators(const Line& line) {
  for (const Word& word : line.words)
    if (word.text == "|" && !word.struck) return true;
  return false;
}

std::vector<TableCell> split_cells(const Line& line, bool split_amounts) {
  std::vector<const Word*> words;
  for (const Word& word : line.words)
    if (!word.struck) words.push_back(&word);
  std::vector<TableCell> cells;
  if (words.empty()) return cells;
  const double gap =
      cell_gap(words, line.font_size > 0 ? line.font_size : words.front()->font_size);
  std::vector<const Word*> group;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word* word = words[i];
    if (word->text == "|") {
      split_group(group, split_amounts, cells);
      group.clear();
      continue;
    }
    if (!group.empty() && word->box.x0 - group.back()->box.x1 > gap) {
      split_group(group, split_amounts, cells);
      group.clear();
    }
    group.push_back(word);
  }
  split_group(group, split_amounts, cells);
  return cells;
}

std::vector<TableColumn> columns_from_rows(const std::vector<std::vector<TableCell>>& rows) {
  std::vector<double> edges;
  for (const auto& row : rows)
    for (const TableCell& cell : row) {
      edges.push_back(cell.x0);
      edges.push_back(cell.x1);
    }
  if (edges.empty()) return {};
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  const size_t tolerance = rows.size() / 10;

  // Coverage of each elementary span between consecutive edges: how many rows put ink there.
  std::vector<size_t> coverage(edges.size() - 1, 0);
  for (size_t e = 0; e + 1 < edges.size(); ++e) {
    const double a = edges[e], b = edges[e + 1];
    for (const auto& row : rows)
      for (const TableCell& cell : row)
        if (cell.x0 < b && cell.x1 > a) {
          ++coverage[e];
          break;
        }
  }
  // Islands of ink between spans no row touches. Inside an island, a span few rows touch
  // that has more ink on both sides is a river a spanning cell crosses ("Data Entry Operator
  // Step 03" across the class and step columns); a sparse stretch at the island's edge is
  // the short end of a column (right-aligned amounts of fewer digits), and an island few rows
  // touch anywhere is a column of its own (class names printed once per block of steps).
  std::vector<TableColumn> columns;
  size_t e = 0;
  while (e < coverage.size()) {
    if (coverage[e] == 0) {
      ++e;
      continue;
    }
    size_t end = e;
    while (end < coverage.size() && coverage[end] > 0) ++end;
    std::vector<size_t> left_max(end - e), right_max(end - e);
    for (size_t k = e, high = 0; k < end; ++k) {
      left_max[k - e] = high;
      high = std::max(high, coverage[k]);
    }
    for (size_t k = end, high = 0; k-- > e;) {
      right_max[k - e] = high;
      high = std::max(high, coverage[k]);
    }
    std::optional<TableColumn> open;
    for (size_t k = e; k < end; ++k) {
      const bool river = coverage[k] <= tolerance && coverage[k] < left_max[k - e] &&
                         coverage[k] < right_max[k - e];
      if (river) {
        if (open) columns.push_back(*open);
        open.reset();
        continue;
      }
      if (!open) open = TableColumn{"", edges[k], edges[k + 1]};
      open->x1 = edges[k + 1];
    }
    if (open) columns.push_back(*open);
    e = end;
  }
  return columns;
}

std::vector<TableColumn> merge_header_rows(const std::vector<std::vector<TableCell>>& rows) {
  std::vector<TableColumn> columns;
  for (const auto& row : rows) {
    std::vector<bool> taken(columns.size(), false);
    for (const TableCell& cell : row) {
      std::optional<size_t> best;
      double best_overlap = 0;
      for (size_t c = 0; c < columns.size(); ++c) {
        const double o = overlap(cell.x0, cell.x1, columns[c].x0, columns[c].x1);
        if (c < taken.size() && !taken[c] && o > best_overlap) {
          best_overlap = o;
          best = c;
        }
      }
      if (best) {
        TableColumn& column = columns[*best];
        column.label += " " + cell.text;
        column.x0 = std::min(column.x0, cell.x0);
        column.x1 = std::max(column.x1, cell.x1);
        taken[*best] = true;
      } else {
        columns.push_back({cell.text, cell.x0, cell.x1});
      }
    }
  }
  std::sort(columns.begin(), columns.end(),
            [](const TableColumn& a, const TableColumn& b) { return a.x0 < b.x0; });
  return columns;
}

std::vector<std::string> place_cells(const std::vector<TableCell>& cells,
                                     const std::vector<TableColumn>& columns) {
  std::vector<std::string> placed(columns.size());
  if (columns.empty()) return placed;
  if (cells.size() == columns.size()) {
    for (size_t i = 0; i < cells.size(); ++i) placed[i] = cells[i].text;
    return placed;
  }
  std::vector<bool> holds_money(columns.size(), false);
  for (const TableCell& cell : cells) {
    size_t best = 0;
    double best_overlap = -1, best_distance = 1e18;
    for (size_t c = 0; c < columns.size(); ++c) {
      const double o = overlap(cell.x0, cell.x1, columns[c].x0, columns[c].x1);
      const double d = distance(cell.x0, cell.x1, columns[c].x0, columns[c].x1);
      if (o > best_overlap || (o == 0 && best_overlap <= 0 && d < best_distance)) {
        best = c;
        best_overlap = o;
        best_distance = d;
      }
    }
    // Two amounts never share a cell: the second belongs to the next free column.
    if (cell.money && holds_money[best]) {
      size_t next = best + 1;
      while (next < columns.size() && !placed[next].empty()) ++next;
      if (next < columns.size()) best = next;
    }
    if (!placed[best].empty()) placed[best] += " ";
    placed[best] += cell.text;
    holds_money[best] = holds_money[best] || cell.money;
  }
  return placed;
}

std::vector<std::vector<TableCell>> regroup_cells(const std::vector<TableCell>& cells,
                                                  size_t width) {
  std::vector<std::vector<TableCell>> rows;
  if (width == 0) return rows;
  for (size_t i = 0; i < cells.size(); i += width) {
    std::vector<TableCell> row;
    for (size_t j = i; j < std::min(cells.size(), i + width); ++j) {
      TableCell cell = cells[j];
      // Give each cell the x of its column so place_cells() matches them by position too.
      cell.x0 = static_cast<double>(j - i) * 100;
      cell.x1 = cell.x0 + 90;
      row.push_back(cell);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<PositionedLine> lines_by_position(const std::vector<Line>& lines,
                                              const std::vector<size_t>& indices) {
  std::vector<size_t> order = indices;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return lines[a].box.y0 + lines[a].box.y1 < lines[b].box.y0 + lines[b].box.y1;
  });
  std::vector<PositionedLine> out;
  // A line joins a row above it when half of its height lies in the row's band and none of its
  // words lands on the row's words.
  auto joins = [&](const PositionedLine& row, const Line& line) {
    const double shared = std::min<double>(row.line.box.y1, line.box.y1) -
                          std::max<double>(row.line.box.y0, line.box.y0);
    const double height = std::min(row.line.box.height(), line.box.height());
    if (height <= 0 || shared < 0.5 * height) return false;
    for (const Word& word : line.words)
      for (const Word& other : row.line.words)
        if (word.box.x0 < other.box.x1 && other.box.x0 < word.box.x1) return false;
    return true;
  };
  constexpr size_t kRowsBack = 3;
  for (size_t index : order) {
    const Line& line = lines[index];
    PositionedLine* row = nullptr;
    for (size_t back = 1; back <= kRowsBack && back <= out.size() && !row; ++back)
      if (joins(out[out.size() - back], line)) row = &out[out.size() - back];
    if (!row) {
      out.push_back({line, {index}});
      continue;
    }
    Line& merged = row->line;
    merged.words.insert(merged.words.end(), line.words.begin(), line.words.end());
    std::stable_sort(merged.words.begin(), merged.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    merged.box = united(merged.box, line.box);
    merged.font_size = std::max(merged.font_size, line.font_size);
    merged.confidence = std::min(merged.confidence, line.confidence);
    merged.heading = false;
    merged.list_marker.clear();
    row->sources.push_back(index);
    std::sort(row->sources.begin(), row->sources.end());
  }
  // The joined lines' text, left to right.
  for (PositionedLine& row : out) {
    if (row.sources.size() < 2) continue;
    std::vector<size_t> by_x = row.sources;
    std::sort(by_x.begin(), by_x.end(),
              [&](size_t a, size_t b) { return lines[a].box.x0 < lines[b].box.x0; });
    row.line.text.clear();
    row.line.match.clear();
    for (size_t source : by_x) {
      row.line.text += (row.line.text.empty() ? "" : " ") + lines[source].text;
      row.line.match += (row.line.match.empty() ? "" : " ") + lines[source].match;
    }
  }
  return out;
}

namespace {

// Words of three letters or more, whose boxes show which way they run.
bool is_long_word(const Word& word) { return utf8_length(word.text) >= 3; }

// A word whose box is much taller than wide reads up or down the page.
bool is_upright_box(const Word& word) {
  return is_long_word(word) && word.box.height() > 1.5 * word.box.width();
}

}  // namespace

bool is_sideways(const Line& line) {
  constexpr size_t kFewestWords = 5;
  const size_t long_words =
      static_cast<size_t>(std::count_if(line.words.begin(), line.words.end(), is_long_word));
  if (long_words < kFewestWords) return false;
  const size_t upright =
      static_cast<size_t>(std::count_if(line.words.begin(), line.words.end(), is_upright_box));
  return upright * 5 >= long_words * 4;
}

std::vector<Line> lines_turned_upright(const Line& sideways) {
  // Which way the text runs: along one printed line (one band of x), the next word in file
  // order sits above the last (reading upwards) or below it (reading downwards).
  int up = 0, down = 0;
  float right = 0, bottom = 0;
  for (size_t i = 0; i < sideways.words.size(); ++i) {
    right = std::max(right, sideways.words[i].box.x1);
    bottom = std::max(bottom, sideways.words[i].box.y1);
    if (i == 0) continue;
    const Box& a = sideways.words[i - 1].box;
    const Box& b = sideways.words[i].box;
    if (std::fabs(a.x0 - b.x0) > 0.5 * a.width()) continue;
    (b.y0 < a.y0 ? up : down) += 1;
  }
  const bool upwards = up >= down;
  std::vector<Word> words = sideways.words;
  for (Word& word : words) {
    const Box box = word.box;
    word.box = upwards ? Box(bottom - box.y1, box.x0, bottom - box.y0, box.x1)
                       : Box(box.y0, right - box.x1, box.y1, right - box.x0);
  }
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1;
  });
  std::vector<Line> lines;
  for (Word& word : words) {
    const bool joins = !lines.empty() && [&] {
      const Box& band = lines.back().box;
      const double shared =
          std::min<double>(band.y1, word.box.y1) - std::max<double>(band.y0, word.box.y0);
      return shared >= 0.5 * std::min(band.height(), word.box.height());
    }();
    if (!joins) {
      Line line;
      line.page = sideways.page;
      line.method = sideways.method;
      line.confidence = sideways.confidence;
      line.font_size = word.font_size;
      line.box = word.box;
      lines.push_back(std::move(line));
    }
    lines.back().box = united(lines.back().box, word.box);
    lines.back().words.push_back(std::move(word));
  }
  for (Line& line : lines) {
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    for (const Word& word : line.words)
      if (!word.struck) line.text += (line.text.empty() ? "" : " ") + word.text;
    line.match = line.text;
  }
  return lines;
}

}  // namespace agendum
