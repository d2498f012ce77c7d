#include "extractors/spec_items.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "pipeline/core/text_ops.h"

namespace agendum {

using namespace spec_text;

std::string paragraphs_text(const std::vector<SpecLine>& lines) {
  std::string out;
  for (const SpecLine& line : lines) {
    if (line.text.empty()) continue;
    if (!out.empty()) out += (line.gap_before || line.bullet) ? "\n\n" : " ";
    out += line.text;
  }
  return out;
}

namespace {

std::string without_trailing_colon(std::string text) {
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  return text;
}

// "Jail", "Records Management", "Park Services:", "RECREATION CENTER POSITIONS": a short
// label line, not a sentence, with items after it.
bool is_area_label(const std::vector<SpecLine>& lines, size_t i, bool previous_closed) {
  const SpecLine& line = lines[i];
  if (line.bullet || line.text.empty() || starts_lower(line.text)) return false;
  if (word_count(line.text) > 5) return false;
  std::string label = without_trailing_colon(line.text);
  if (ends_sentence(label) || label.find(';') != std::string::npos) return false;
  // Labels are names ("Records Management", "Ordering, Receiving, and Storing Inventory"),
  // not duties without a full stop ("Monitors and tracks stock levels"): every longer word
  // is capitalised, unless the label is set off by style or a colon.
  if (!line.emphasised && line.text.back() != ':') {
    size_t start = 0;
    while (start < label.size()) {
      size_t end = label.find(' ', start);
      if (end == std::string::npos) end = label.size();
      std::string_view word = std::string_view(label).substr(start, end - start);
      if (word.size() >= 4 && std::islower(static_cast<unsigned char>(word.front()))) return false;
      start = end + 1;
    }
  }
  if (!line.gap_before && !previous_closed) return false;
  if (i + 1 >= lines.size()) return false;
  return lines[i + 1].bullet || lines[i + 1].gap_before;
}

// "The following duties represent the principal job duties; ..." and "In addition to the
// duties listed above, incumbents assigned to ... perform the following:".
bool is_boilerplate_intro(std::string_view text) {
  static const RE2 intro(R"((?i)^\W*the following (?:duties|functions|tasks|are|is)\b)");
  return RE2::PartialMatch(text, intro);
}

}  // namespace

std::vector<std::string> run_in_clauses(const std::string& text, size_t at_least) {
  static const RE2 connector(R"(^(?:and|or)\s+)");
  std::vector<std::string> clauses;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ';';
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    bool cut =
        c == ';' && depth == 0 && (i == text.size() || (i + 1 < text.size() && text[i + 1] == ' '));
    if (!cut) continue;
    std::string clause = trim(std::string_view(text).substr(start, i - start));
    RE2::Replace(&clause, connector, "");
    if (!clause.empty()) clauses.push_back(clause);
    start = i + 1;
  }
  if (clauses.size() < at_least) return {};
  return clauses;
}

std::vector<Item> list_items(const std::vector<SpecLine>& lines, bool redlined) {
  bool has_bullets = std::any_of(lines.begin(), lines.end(),
                                 [](const SpecLine& l) { return l.bullet && !l.text.empty(); });
  size_t starts = 0, lower_starts = 0;
  for (const SpecLine& line : lines) {
    if (line.text.empty() || !(line.bullet || line.gap_before)) continue;
    ++starts;
    if (starts_lower(line.text)) ++lower_starts;
  }
  // Lists whose items are phrases in lower case ("basic clerical practices") never read a
  // lower-case start as the rest of the previous sentence.
  bool lowercase_list = lower_starts * 2 > starts;

  std::vector<Item> items;
  std::optional<std::string> area;
  bool seen_bullet = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SpecLine& line = lines[i];
    if (line.struck()) {
      std::string text;
      for (const std::string& run : line.deleted) text += (text.empty() ? "" : " ") + run;
      bool wraps = !items.empty() && items.back().change == Change::deleted &&
                   !ends_sentence(items.back().text) && !line.bullet && !line.gap_before;
      if (wraps) {
        items.back().text += " " + text;
      } else {
        items.push_back(Item{text, area, Change::deleted, {}});
      }
      if (line.bullet) seen_bullet = true;
      continue;
    }
    if (line.text.empty()) continue;
    // The rest of a struck sentence whose second line escaped the strike.
    if (!line.bullet && !items.empty() && items.back().change == Change::deleted &&
        !ends_sentence(items.back().text) && starts_lower(line.text)) {
      items.back().text += " " + line.text;
      continue;
    }
    Item* previous =
        (!items.empty() && items.back().change != Change::deleted) ? &items.back() : nullptr;
    bool previous_open = previous && !ends_sentence(previous->text);
    if (is_area_label(lines, i, !previous_open)) {
      area = without_trailing_colon(line.text);
      continue;
    }
    bool intro =
        !line.bullet &&
        ((ends_sentence(line.text) && line.text.back() == ':' && word_count(line.text) > 5) ||
         (has_bullets && !seen_bullet && !previous_open));
    if (intro || is_boilerplate_intro(line.text)) {
      if (!line.text.empty() && line.text.back() == ':') area.reset();
      continue;
    }
    if (line.bullet) seen_bullet = true;
    bool sentence_goes_on = previous_open && starts_lower(line.text) && !lowercase_list;
    bool new_item;
    if (!previous) {
      new_item = true;
    } else if (line.bullet) {
      // A page break that split an item leaves a spurious marker on its second half.
      new_item = !sentence_goes_on;
    } else if (line.gap_before) {
      // In a bulleted list an unfinished item goes on after a gap ("... including" / "Fire
      // Apparatus;"); lists without bullets part their items by gaps alone.
      new_item = !sentence_goes_on && !(has_bullets && previous_open);
    } else {
      new_item = !has_bullets && !previous_open && !starts_lower(line.text);
    }
    if (!new_item) {
      previous->text += " " + line.text;
      previous->deleted.insert(previous->deleted.end(), line.deleted.begin(), line.deleted.end());
      continue;
    }
    Item item;
    item.area = area;
    item.text = line.text;
    if (!line.lead_label.empty() && !line.lead_rest.empty()) {
      item.area = line.lead_label;
      item.text = line.lead_rest;
    }
    item.deleted = line.deleted;
    if (redlined && line.emphasised) item.change = Change::inserted;
    items.push_back(std::move(item));
  }
  // One paragraph without bullets that lists its items run-in gives one item a clause.
  if (items.size() == 1 && !has_bullets && !items.front().change) {
    std::vector<std::string> clauses = run_in_clauses(items.front().text, 3);
    if (!clauses.empty()) {
      Item whole = std::move(items.front());
      items.clear();
      for (std::string& clause : clauses)
        items.push_back(Item{std::move(clause), whole.area, std::nullopt, {}});
      items.front().deleted = std::move(whole.deleted);
    }
  }
  return items;
}

}  // namespace agendum
