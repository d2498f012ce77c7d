#include "extractors/spec_competency.h"

#include <re2/re2.h>

#include <map>

#include "extractors/spec_header.h"
#include "extractors/spec_items.h"
#include "pipeline/text/layout_furniture.h"

namespace agendum {

using namespace spec_text;

namespace {

// "CLASS CODE 9375", "Class Code: 9375"
bool read_code(const std::string& text, std::string& code) {
  static const RE2 pattern(R"((?i)^(.*?)\s*class\s+code\s*:?\s*([0-9A-Z]{2,8})$)");
  std::string before;
  return RE2::FullMatch(text, pattern, &before, &code) && before.empty();
}

// How alike two readings of one competency name are at the least: a misread letter or two.
constexpr double kSameNameSimilarity = 0.8;

// "3." taken off "3. JUDGMENT AND DECISION MAKING" as its list marker -> "3".
std::string number_in_marker(const std::string& marker) {
  static const RE2 numbered(R"((\d{1,3})\.)");
  std::string number;
  RE2::FullMatch(marker, numbered, &number);
  return number;
}

// The competencies the model lists before describing them: "- 3. Judgment and Decision
// Making", number -> name as printed.
std::map<std::string, std::string> listed_names(const std::vector<SpecLine>& lines, size_t first,
                                                size_t end) {
  // "3. Judgment and Decision Making", or "Judgment and Decision Making" with its number taken
  // off as the list marker
  static const RE2 entry(R"(^(?:(\d{1,3})\.\s+)?([A-Za-z][A-Za-z ,&/'()\-]{2,60})$)");
  std::map<std::string, std::string> names;
  for (size_t i = first; i < end; ++i) {
    std::string number, name;
    if (!RE2::FullMatch(lines[i].text, entry, &number, &name) || word_count(name) > 8) continue;
    if (number.empty()) number = number_in_marker(lines[i].marker);
    if (!number.empty()) names.emplace(number, name);
  }
  return names;
}

}  // namespace

CompetencyModel read_competency_model(const std::vector<SpecLine>& lines, size_t first,
                                      size_t end) {
  static const RE2 opening(R"((?i)^competency model(?: for)?\s*(.*)$)");
  // "3. JUDGMENT AND DECISION MAKING – Accurately assesses situations, ..."; the number may
  // have been taken off as a list marker.
  static const RE2 competency(R"(^(?:(\d{1,3})\.\s+)?([A-Z][A-Z0-9 ,&/'()]+?)\s+[–—-]\s+(.+)$)");
  // "Level 2: General information and guidance to assist in responding ..."
  static const RE2 level(R"((?i)^level\s+(\d)\s*:)");
  // "Examples of Behavioral Indicators:"
  static const RE2 indicators(R"((?i)behaviou?ral indicators)");

  CompetencyModel model;
  model.first = first;
  std::string title;
  RE2::FullMatch(lines[first].text, opening, &title);
  size_t i = first + 1;
  for (; i < end && i < first + 4; ++i) {
    std::string code;
    if (read_code(lines[i].text, code)) {
      model.class_code = code;
      ++i;
      break;
    }
    if (!is_all_caps(lines[i].text)) break;
    title += (title.empty() ? "" : " ") + lines[i].text;
  }
  model.title_as_printed = title;

  // Each competency is named twice, in the list that opens the model and over its
  // description; OCR may misread one of the two ("JJDGMENT AND DECISION MAKING"). The list
  // is printed in mixed case, which gives OCR the shapes of the letters to go on where a caps
  // heading gives it blocks, so the list's reading wins when the two differ by a misread.
  std::map<std::string, std::string> listed;
  Competency* current = nullptr;
  bool in_indicators = false;
  std::vector<SpecLine> indicator_lines;
  auto close_indicators = [&] {
    if (current && !indicator_lines.empty())
      for (const Item& item : list_items(indicator_lines, false))
        current->indicators.push_back(item.text);
    indicator_lines.clear();
    in_indicators = false;
  };
  for (; i < end; ++i) {
    const SpecLine& line = lines[i];
    std::string number, name, definition;
    if (RE2::FullMatch(line.text, competency, &number, &name, &definition) && is_all_caps(name)) {
      if (number.empty()) number = number_in_marker(line.marker);
      if (!number.empty()) {
        if (model.competencies.empty()) listed = listed_names(lines, first, i);
        close_indicators();
        Competency next;
        next.number = number;
        next.name = display_title(name);
        if (auto list_name = listed.find(number);
            list_name != listed.end() &&
            similarity(comparable(list_name->second), comparable(name)) >= kSameNameSimilarity)
          next.name = display_title(list_name->second);
        model.competencies.push_back(next);
        current = &model.competencies.back();
        continue;
      }
    }
    if (!current) continue;
    std::string level_number;
    if (RE2::PartialMatch(line.text, level, &level_number)) {
      close_indicators();
      // The required level is the one printed bold and underlined.
      if (line.emphasised) current->level = level_number;
      continue;
    }
    if (RE2::PartialMatch(line.text, indicators)) {
      close_indicators();
      in_indicators = true;
      continue;
    }
    if (in_indicators) {
      if (!line.bullet && !line.text.empty() && line.text.back() == ':') {
        close_indicators();
      } else if (!line.bullet && line.gap_before && !indicator_lines.empty()) {
        close_indicators();  // "Performance Levels" and the like end the list
      } else {
        indicator_lines.push_back(line);
      }
    }
  }
  close_indicators();
  return model;
}

}  // namespace agendum
