// Series: several classes (levels) in one specification (pipeline/recognize/class_spec.h).
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/class_spec.h"
#include "pipeline/recognize/spec_grid.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {

using namespace spec_text;

namespace {

// A title as slots of interchangeable words: "Office Assistant/Technician (Typing)" is
// [office] [assistant|technician] and, in parentheses, [typing].
struct TitlePattern {
  std::vector<std::vector<std::string>> words, parenthesis;
  bool any_parenthesis = false;  // "(Various Classes)", "(All Classes)"
};

std::vector<std::vector<std::string>> slots_of(std::string_view text) {
  std::vector<std::vector<std::string>> slots;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::vector<std::string> alternatives;
    std::string_view word = text.substr(start, end - start);
    for (size_t from = 0; from <= word.size();) {
      size_t slash = word.find('/', from);
      if (slash == std::string_view::npos) slash = word.size();
      std::string alternative = comparable(word.substr(from, slash - from));
      if (!alternative.empty()) alternatives.push_back(alternative);
      from = slash + 1;
    }
    if (!alternatives.empty()) slots.push_back(std::move(alternatives));
    start = end + 1;
  }
  return slots;
}

TitlePattern pattern_of(std::string_view text) {
  TitlePattern pattern;
  size_t open = text.find('(');
  pattern.words = slots_of(text.substr(0, open));
  if (open != std::string_view::npos) {
    std::string_view inside = text.substr(open + 1);
    inside = inside.substr(0, inside.find(')'));
    static const RE2 kAny(R"((?i)\b(?:various|all)\b)");
    pattern.any_parenthesis = RE2::PartialMatch(inside, kAny);
    pattern.parenthesis = slots_of(inside);
  }
  return pattern;
}

bool slots_cover(const std::vector<std::vector<std::string>>& named,
                 const std::vector<std::vector<std::string>>& title, bool prefix = false) {
  if (prefix ? named.size() > title.size() : named.size() != title.size()) return false;
  for (size_t i = 0; i < named.size(); ++i) {
    if (title[i].empty()) return false;
    if (std::find(named[i].begin(), named[i].end(), title[i].front()) == named[i].end())
      return false;
  }
  return true;
}

// Whether a sub-heading names the level: its words cover the level's title, slot by slot; a
// sub-heading without parentheses or with "(Various Classes)" covers every parenthesis, and
// with "(Various Levels)" the levels its words begin ("Park Maintenance Worker (Various
// Levels)": Park Maintenance Worker I and II).
bool names_level(const TitlePattern& named, const TitlePattern& level) {
  if (!slots_cover(named.words, level.words, named.any_parenthesis)) return false;
  if (named.parenthesis.empty() || named.any_parenthesis) return true;
  return slots_cover(named.parenthesis, level.parenthesis);
}

// Up to two caption lines right above a table ("Tree Maintenance Worker Series Specification -
// Class" / "Titles and Codes") belong to it.
size_t caption_above(const std::vector<SpecLine>& lines, size_t header, size_t first) {
  static const RE2 kCaption(R"((?i)\b(?:titles?|codes?)\b)");
  size_t top = header;
  while (top > first && header - top < 2) {
    const SpecLine& line = lines[top - 1];
    if (line.bullet || word_count(line.text) > 12 || ends_sentence(line.text) ||
        match_heading(line.text))
      break;
    --top;
  }
  // Only a caption that names titles or codes somewhere is one.
  for (size_t i = top; i < header; ++i)
    if (RE2::PartialMatch(lines[i].text, kCaption)) return top;
  return header;
}

}  // namespace

SpecSeries read_series(const std::vector<SpecLine>& lines, size_t first, size_t end) {
  SpecSeries series;
  std::vector<SpecGrid> histories;
  for (size_t i = first; i < end; ++i) {
    std::optional<SpecGrid> grid = read_grid(lines, i, end);
    if (!grid) continue;
    const bool titles = std::count(grid->columns.begin(), grid->columns.end(), GridColumn::title);
    const bool codes = std::count(grid->columns.begin(), grid->columns.end(), GridColumn::code);
    const bool dates = std::any_of(grid->columns.begin(), grid->columns.end(), [](GridColumn c) {
      return c == GridColumn::established || c == GridColumn::revised;
    });
    if (titles && codes && grid->rows.size() >= 2 && series.levels.empty()) {
      for (size_t r = 0; r < grid->rows.size() && r < kMaxLevels; ++r)
        series.levels.push_back(
            {*grid->value(r, GridColumn::title), grid->value(r, GridColumn::code), {}});
      series.tables.push_back({caption_above(lines, grid->first, first), grid->last});
    } else if (titles && dates) {
      histories.push_back(*grid);
      series.tables.push_back({caption_above(lines, grid->first, first), grid->last});
    }
    i = grid->last - 1;
  }
  if (series.levels.size() < 2) return {};
  // The history table dates each class: "Tree Maintenance Worker 07/09/1931 11/09/2009 --".
  for (const SpecGrid& history : histories) {
    for (size_t r = 0; r < history.rows.size(); ++r) {
      std::string title = comparable(*history.value(r, GridColumn::title));
      for (SpecLevel& level : series.levels) {
        if (comparable(level.title) != title) continue;
        for (size_t c = 0; c < history.columns.size(); ++c) {
          std::string_view label = date_label(history.columns[c]);
          if (!label.empty() && has_digit(history.rows[r][c]))
            level.dates.push_back({std::string(label), std::nullopt, history.rows[r][c]});
        }
      }
    }
  }
  return series;
}

std::optional<LevelSet> levels_named(const SpecLine& line, const std::vector<SpecLevel>& levels) {
  std::string text = trim(line.text);
  while (!text.empty() && text.back() == ':') text.pop_back();
  if (line.bullet || text.empty() || word_count(text) > 10 || ends_sentence(text))
    return std::nullopt;
  // "Both Levels:", "All Classes", "All Levels"
  static const RE2 kEvery(
      R"((?i)^(?:both|all|each)\s+(?:levels?|classes|classifications|positions|ranges)$)");
  const LevelSet every =
      levels.size() >= kMaxLevels ? kAllLevels : (LevelSet{1} << levels.size()) - 1;
  if (RE2::FullMatch(text, kEvery)) return every;
  TitlePattern named = pattern_of(text);
  LevelSet set = 0;
  for (size_t k = 0; k < levels.size() && k < kMaxLevels; ++k)
    if (names_level(named, pattern_of(levels[k].title))) set |= LevelSet{1} << k;
  if (set == 0) return std::nullopt;
  return set;
}

}  // namespace agendum
