#include "pipeline/pdf/reading_order.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

namespace agendum {
namespace {

double center_y(const Box& box) { return (box.y0 + box.y1) / 2; }

struct Row {
  std::vector<Word> words;  // left to right
  Box box;
};

std::vector<Row> group_rows(std::vector<Word> words) {
  // Sorted by vertical centre through an index: a page's words are moved once, not per swap.
  std::vector<std::pair<double, size_t>> order(words.size());
  for (size_t i = 0; i < words.size(); ++i) order[i] = {center_y(words[i].box), i};
  std::sort(order.begin(), order.end());
  std::vector<Row> rows;
  for (const auto& [centre, index] : order) {
    Word& word = words[index];
    // A word joins the row it overlaps by half of the smaller height; only the last few rows
    // can qualify because words arrive sorted by their vertical centre.
    Row* target = nullptr;
    for (size_t back = 0; back < 3 && back < rows.size(); ++back) {
      Row& row = rows[rows.size() - 1 - back];
      double overlap = std::min(row.box.y1, word.box.y1) - std::max(row.box.y0, word.box.y0);
      double smaller = std::min(row.box.height(), word.box.height());
      if (overlap >= 0.5 * smaller) {
        target = &row;
        break;
      }
    }
    if (!target) {
      rows.push_back({{}, word.box});
      target = &rows.back();
    } else {
      target->box = united(target->box, word.box);
    }
    target->words.push_back(std::move(word));
  }
  for (Row& row : rows) {
    std::sort(row.words.begin(), row.words.end(),
              [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.box.y0 < b.box.y0; });
  return rows;
}

// Stretches of a row where words follow each other at most a wide word space apart; a gap
// wider than that (a gutter, a table cell boundary) ends a run.
struct Run {
  double x0, x1;
  size_t first, last;  // word indexes in the row, inclusive
};

std::vector<Run> runs_of(const Row& row) {
  std::vector<Run> runs;
  for (size_t i = 0; i < row.words.size(); ++i) {
    const Word& word = row.words[i];
    double size = std::max(word.font_size, word.box.height() * 0.8);
    double max_gap = std::max(1.2 * size, 8.0);
    if (!runs.empty() && word.box.x0 - runs.back().x1 <= max_gap) {
      runs.back().x1 = std::max<double>(runs.back().x1, word.box.x1);
      runs.back().last = i;
    } else {
      runs.push_back({word.box.x0, word.box.x1, i, i});
    }
  }
  return runs;
}

struct Gutter {
  double x0, x1;
  double middle() const { return (x0 + x1) / 2; }
};

bool crosses(const Run& run, double x) { return run.x0 < x && run.x1 > x; }

// Column text is prose: mostly letters in long runs.
bool looks_like_prose(const std::vector<Row>& rows, const std::vector<std::vector<Run>>& runs,
                      double left, double right) {
  long letters = 0, characters = 0;
  std::vector<size_t> run_lengths;
  for (size_t r = 0; r < rows.size(); ++r) {
    for (const Run& run : runs[r]) {
      if (run.x0 < left || run.x1 > right) continue;
      size_t length = 0;
      for (size_t i = run.first; i <= run.last; ++i) {
        for (unsigned char c : rows[r].words[i].text) {
          if (c >= 0x80 && c < 0xC0) continue;  // UTF-8 continuation byte
          ++characters;
          ++length;
          if (std::isalpha(c) || c >= 0xC0) ++letters;
        }
      }
      run_lengths.push_back(length);
    }
  }
  if (run_lengths.size() < 3 || characters == 0) return false;
  std::nth_element(run_lengths.begin(), run_lengths.begin() + run_lengths.size() / 2, run_lengths.end());
  size_t median_length = run_lengths[run_lengths.size() / 2];
  return median_length >= 15 && letters >= 0.6 * characters;
}

std::vector<Gutter> find_gutters(const std::vector<Row>& rows, const std::vector<std::vector<Run>>& runs) {
  if (rows.size() < 6) return {};
  double left = rows.front().box.x0, right = rows.front().box.x1;
  for (const Row& row : rows) {
    left = std::min<double>(left, row.box.x0);
    right = std::max<double>(right, row.box.x1);
  }
  const double step = 2;
  size_t bins = static_cast<size_t>((right - left) / step) + 1;
  // Rows of the two columns need not line up (different spacing, a heading in one column),
  // so text on each side is counted separately: rows with a run wholly left of the bin, rows
  // with a run wholly right of it, and rows with a run across it.
  std::vector<int> blocked(bins, 0), text_left(bins, 0), text_right(bins, 0);
  for (const std::vector<Run>& row_runs : runs) {
    for (size_t b = 0; b < bins; ++b) {
      double x = left + step * (static_cast<double>(b) + 0.5);
      bool is_blocked = false, has_left = false, has_right = false;
      for (const Run& run : row_runs) {
        if (crosses(run, x)) is_blocked = true;
        if (run.x1 <= x) has_left = true;
        if (run.x0 >= x) has_right = true;
      }
      blocked[b] += is_blocked ? 1 : 0;
      text_left[b] += has_left ? 1 : 0;
      text_right[b] += has_right ? 1 : 0;
    }
  }
  // A gutter bin is free of text in nearly every row and has many rows of text on each side.
  const double row_count = static_cast<double>(rows.size());
  std::vector<Gutter> gutters;
  size_t b = 0;
  while (b < bins) {
    auto is_gutter = [&](size_t i) {
      double needed = std::max(3.0, 0.25 * row_count);
      return blocked[i] <= std::max(1.0, 0.12 * row_count) && text_left[i] >= needed && text_right[i] >= needed;
    };
    if (!is_gutter(b)) {
      ++b;
      continue;
    }
    size_t end = b;
    while (end + 1 < bins && is_gutter(end + 1)) ++end;
    gutters.push_back({left + step * static_cast<double>(b), left + step * static_cast<double>(end + 1)});
    b = end + 1;
  }
  // Each column must be a real column of prose, at least a fifth of the text width.
  std::vector<double> edges = {left};
  for (const Gutter& gutter : gutters) edges.push_back(gutter.middle());
  edges.push_back(right);
  for (size_t i = 0; i + 1 < edges.size(); ++i) {
    if (edges[i + 1] - edges[i] < 0.2 * (right - left)) return {};
    if (!looks_like_prose(rows, runs, edges[i], edges[i + 1])) return {};
  }
  return gutters;
}

TextLine make_line(std::vector<Word> words, int column) {
  TextLine line;
  line.box = bounding_box(words);
  line.words = std::move(words);
  // Lines outlive the page's reading (the whole packet is segmented before extraction), so
  // they keep no spare capacity from being built word by word.
  line.words.shrink_to_fit();
  line.column = column;
  return line;
}

}  // namespace

std::vector<TextLine> lines_in_reading_order(std::vector<Word> words) {
  std::vector<Row> rows = group_rows(std::move(words));
  std::vector<std::vector<Run>> runs;
  runs.reserve(rows.size());
  for (const Row& row : rows) runs.push_back(runs_of(row));
  std::vector<Gutter> gutters = find_gutters(rows, runs);

  std::vector<TextLine> lines;
  if (gutters.empty()) {
    for (Row& row : rows) lines.push_back(make_line(std::move(row.words), 0));
    return lines;
  }
  auto column_of = [&](double x) {
    int column = 0;
    for (const Gutter& gutter : gutters) column += x >= gutter.middle() ? 1 : 0;
    return column;
  };
  auto spans_gutter = [&](size_t r) {
    for (const Run& run : runs[r]) {
      for (const Gutter& gutter : gutters) {
        if (crosses(run, gutter.middle())) return true;
      }
    }
    return false;
  };
  const int columns = static_cast<int>(gutters.size()) + 1;
  size_t r = 0;
  while (r < rows.size()) {
    if (spans_gutter(r)) {
      lines.push_back(make_line(std::move(rows[r].words), 0));
      ++r;
      continue;
    }
    size_t band_end = r;
    while (band_end < rows.size() && !spans_gutter(band_end)) ++band_end;
    for (int column = 0; column < columns; ++column) {
      for (size_t i = r; i < band_end; ++i) {
        std::vector<Word> part;
        for (Word& word : rows[i].words) {
          if (column_of((word.box.x0 + word.box.x1) / 2) == column) part.push_back(std::move(word));
        }
        if (!part.empty()) lines.push_back(make_line(std::move(part), column));
      }
    }
    r = band_end;
  }
  return lines;
}

}  // namespace agendum
