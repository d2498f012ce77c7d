#include "pipeline/recognize/spec_grid.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

struct LabelPhrase {
  std::string_view words;  // lower case, single spaces
  GridColumn column;
};

// The labels grids print over their columns, longest first where one begins another.
constexpr std::array kLabels = {
    LabelPhrase{"classification title", GridColumn::title},
    LabelPhrase{"class title", GridColumn::title},
    LabelPhrase{"job title", GridColumn::title},
    LabelPhrase{"position title", GridColumn::title},
    LabelPhrase{"class code", GridColumn::code},
    LabelPhrase{"classification code", GridColumn::code},
    LabelPhrase{"job code", GridColumn::code},
    LabelPhrase{"class number", GridColumn::code},
    LabelPhrase{"class no", GridColumn::code},
    LabelPhrase{"title code", GridColumn::code},
    LabelPhrase{"schem code", GridColumn::other_code},
    LabelPhrase{"schematic code", GridColumn::other_code},
    LabelPhrase{"pay grade", GridColumn::grade},
    LabelPhrase{"salary grade", GridColumn::grade},
    LabelPhrase{"pay range", GridColumn::grade},
    LabelPhrase{"salary range", GridColumn::grade},
    LabelPhrase{"flsa status", GridColumn::flsa},
    LabelPhrase{"exempt status", GridColumn::flsa},
    LabelPhrase{"bargaining unit", GridColumn::unit},
    LabelPhrase{"date established", GridColumn::established},
    LabelPhrase{"established date", GridColumn::established},
    LabelPhrase{"date revised", GridColumn::revised},
    LabelPhrase{"revised date", GridColumn::revised},
    LabelPhrase{"revision date", GridColumn::revised},
    LabelPhrase{"last revised", GridColumn::revised},
    LabelPhrase{"date title changed", GridColumn::title_changed},
    LabelPhrase{"title changed", GridColumn::title_changed},
    LabelPhrase{"effective date", GridColumn::effective},
    LabelPhrase{"classification", GridColumn::title},
    LabelPhrase{"class", GridColumn::title},
    LabelPhrase{"title", GridColumn::title},
    LabelPhrase{"code", GridColumn::code},
    LabelPhrase{"grade", GridColumn::grade},
    LabelPhrase{"range", GridColumn::grade},
    LabelPhrase{"flsa", GridColumn::flsa},
    LabelPhrase{"unit", GridColumn::unit},
    LabelPhrase{"established", GridColumn::established},
    LabelPhrase{"revised", GridColumn::revised},
};

// Lower-case words, punctuation that parts cells ("|", ":") dropped.
std::vector<std::string> label_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (c != '.') word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// The columns a header's words name, every word claimed; nothing otherwise.
std::optional<std::vector<GridColumn>> parse_labels(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> kLabelWords = [] {
    std::vector<std::vector<std::string>> all;
    for (const LabelPhrase& phrase : kLabels) all.push_back(label_words(phrase.words));
    return all;
  }();
  std::vector<GridColumn> columns;
  for (size_t i = 0; i < words.size();) {
    bool matched = false;
    for (size_t p = 0; p < kLabels.size(); ++p) {
      const LabelPhrase& phrase = kLabels[p];
      const std::vector<std::string>& want = kLabelWords[p];
      if (i + want.size() > words.size()) continue;
      if (!std::equal(want.begin(), want.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
        continue;
      columns.push_back(phrase.column);
      i += want.size();
      matched = true;
      break;
    }
    if (!matched) return std::nullopt;
  }
  return columns;
}

bool single_word(std::string_view value) {
  return !value.empty() && value.find(' ') == std::string_view::npos;
}

// Whether a value fits its column: codes and grades are one short word with a digit, a title
// has letters and is no sentence, dates are dates or a dash.
bool fits(GridColumn column, const std::string& value) {
  // "BM30", "0748", "1B10", "CA-55"
  static const RE2 kCode(R"(^[A-Z0-9][A-Z0-9\-]{1,9}$)");
  // "07/09/1931", "2019-05-14", "--", "N/A"
  static const RE2 kDateOrNone(R"((?i)^(?:\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|-+|–|—|n/?a)$)");
  static const RE2 kFlsa(R"((?i)^(?:non[\s\-]?exempt|exempt|n/?a|-+)$)");
  if (value.empty()) return false;
  switch (column) {
    case GridColumn::title:
      return has_letter(value) && word_count(value) <= 10 && value.find(':') == std::string::npos &&
             value.back() != '.';
    case GridColumn::code:
    case GridColumn::other_code:
      return RE2::FullMatch(value, kCode) && has_digit(value);
    case GridColumn::grade:
      return single_word(value) && has_digit(value) && value.size() <= 12;
    case GridColumn::flsa:
      return RE2::FullMatch(value, kFlsa);
    case GridColumn::unit:
      return has_letter(value) && word_count(value) <= 8;
    case GridColumn::established:
    case GridColumn::revised:
    case GridColumn::title_changed:
    case GridColumn::effective:
      return RE2::FullMatch(value, kDateOrNone);
  }
  return false;
}

// A row read from its words: the free column (title, else unit) takes what the one-word
// columns before and after it leave.
std::optional<std::vector<std::string>> row_from_words(const std::vector<GridColumn>& columns,
                                                       const std::string& text) {
  std::vector<std::string> words;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  auto free_column = std::find(columns.begin(), columns.end(), GridColumn::title);
  if (free_column == columns.end())
    free_column = std::find(columns.begin(), columns.end(), GridColumn::unit);
  if (free_column == columns.end()) {
    if (words.size() != columns.size()) return std::nullopt;
    return words;
  }
  const size_t before = static_cast<size_t>(free_column - columns.begin());
  const size_t after = columns.size() - before - 1;
  if (words.size() < columns.size()) return std::nullopt;
  std::vector<std::string> row;
  for (size_t i = 0; i < before; ++i) row.push_back(words[i]);
  std::string free;
  for (size_t i = before; i < words.size() - after; ++i)
    free += (free.empty() ? "" : " ") + words[i];
  row.push_back(free);
  for (size_t i = words.size() - after; i < words.size(); ++i) row.push_back(words[i]);
  return row;
}

// The cells of the clean line that lines[i] starts, and the index after them.
std::vector<const SpecLine*> cells_at(const std::vector<SpecLine>& lines, size_t i, size_t end,
                                      size_t& next) {
  std::vector<const SpecLine*> cells;
  next = i;
  while (next < end && lines[next].line == lines[i].line) cells.push_back(&lines[next++]);
  return cells;
}

}  // namespace

std::optional<std::string> SpecGrid::value(size_t r, GridColumn column) const {
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c] == column && r < rows.size()) return rows[r][c];
  return std::nullopt;
}

std::optional<GridColumn> grid_label(std::string_view text) {
  auto columns = parse_labels(label_words(text));
  if (!columns || columns->size() != 1) return std::nullopt;
  return columns->front();
}

std::string_view date_label(GridColumn column) {
  switch (column) {
    case GridColumn::established:
      return "Date Established";
    case GridColumn::revised:
      return "Date Revised";
    case GridColumn::title_changed:
      return "Title Changed";
    case GridColumn::effective:
      return "Effective Date";
    default:
      return "";
  }
}

std::optional<SpecGrid> read_grid(const std::vector<SpecLine>& lines, size_t header, size_t end) {
  if (header >= end || (header > 0 && lines[header - 1].line == lines[header].line))
    return std::nullopt;
  size_t next = header;
  std::vector<const SpecLine*> head = cells_at(lines, header, end, next);
  std::string head_text;
  for (const SpecLine* cell : head) {
    if (cell->bullet || cell->text.empty()) return std::nullopt;
    head_text += (head_text.empty() ? "" : " ") + cell->text;
  }
  std::vector<std::string> words = label_words(head_text);
  if (words.size() < 2 || words.size() > 14) return std::nullopt;
  std::optional<std::vector<GridColumn>> columns = parse_labels(words);
  if (!columns || columns->size() < 2) return std::nullopt;
  bool names_class = std::any_of(columns->begin(), columns->end(), [](GridColumn c) {
    return c == GridColumn::title || c == GridColumn::code;
  });
  if (!names_class) return std::nullopt;

  SpecGrid grid;
  grid.first = header;
  grid.columns = *columns;
  constexpr size_t kMaxRows = 60;
  while (next < end && grid.rows.size() < kMaxRows) {
    size_t after = next;
    std::vector<const SpecLine*> cells = cells_at(lines, next, end, after);
    std::optional<std::vector<std::string>> row;
    if (cells.size() == grid.columns.size()) {
      row.emplace();
      for (const SpecLine* cell : cells) row->push_back(cell->text);
    } else {
      std::string text;
      for (const SpecLine* cell : cells) text += (text.empty() ? "" : " ") + cell->text;
      row = row_from_words(grid.columns, text);
    }
    bool fit = row.has_value() && !cells.front()->bullet;
    for (size_t c = 0; fit && c < grid.columns.size(); ++c) fit = fits(grid.columns[c], (*row)[c]);
    if (!fit) break;
    grid.rows.push_back(std::move(*row));
    next = after;
  }
  if (grid.rows.empty()) return std::nullopt;
  grid.last = next;
  return grid;
}

}  // namespace agendum
