#include "extractors/pay_columns.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "extractors/dates.h"
#include "extractors/pay_units.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

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

}  // namespace

std::vector<std::string> header_words(std::string_view label) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && std::string(":.,()").find(word.back()) != std::string::npos)
      word.pop_back();
    // "(Hourly", and the quotes OCR puts before a word ("\"Step 2").
    while (!word.empty() && std::string("(\"'`").find(word.front()) != std::string::npos)
      word.erase(0, 1);
    // Rulings and shading the OCR read as "~~", "_", "|" are no words of the heading.
    const bool marks_only = std::none_of(word.begin(), word.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '#' || c == '&' || c == '-';
    });
    if (!word.empty() && !marks_only) words.push_back(word);
    word.clear();
  };
  for (char c : label) {
    // "Bi- Weekly": a word broken at its hyphen is one word.
    if ((c == ' ' || c == '/' || c == '\t') &&
        !(c == ' ' && word.size() > 1 && word.back() == '-')) {
      flush();
    } else if (c != ' ') {
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
      "rate",  "rates",  "salary", "salaries", "base",   "pay",   "wage",
      "wages", "amount", "per",    "no",       "number", "#",     "-",
      "&",     "and",    "of",     "code",     "step",   "steps", "sal"};
  ColumnMeaning meaning;
  // A heading that is a date ("July 1, 2022", "7/1/00" over "Min. - Max.") heads the amounts
  // paid from that date; the words around it ("Effective", "Rate") say no more.
  std::string rest(label);
  const bool digits = std::any_of(label.begin(), label.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  if (std::optional<ParsedDate> date = digits ? find_date(label) : std::nullopt;
      date && date->iso.size() == 10) {
    meaning.date = date->iso;
    rest.replace(date->offset, date->text.size(), " ");
  }
  const std::vector<std::string> words = header_words(rest);
  if (words.empty() && !meaning.date) return meaning;
  bool title = false, date = false, range = false, all_vocabulary = true, code = false,
       name = false;
  bool low = false, high = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (std::optional<PayUnit> unit = unit_of_header_word(w)) {
      meaning.unit = unit;
    } else if (kMin.count(w)) {
      low = true;
    } else if (kMax.count(w)) {
      high = true;
    } else if (w == "step" && i + 1 < words.size() && is_step_name(words[i + 1])) {
      meaning.step = to_upper_ascii(words[++i]);
    } else if (w.size() > 4 && w.starts_with("step") && is_step_name(w.substr(4))) {
      meaning.step = to_upper_ascii(w.substr(4));  // "Step1"
    } else if (w.size() > 4 && w.size() <= 7 && w.starts_with("step")) {
      meaning.step = "";  // "Step?", "StepGé": a step whose name the OCR lost
    } else if (kTitle.count(w)) {
      title = true;
      name = name || w == "title" || w == "titles";
    } else if (kDate.count(w)) {
      date = true;
    } else if (kRange.count(w)) {
      range = true;
    } else if (!kFiller.count(w)) {
      all_vocabulary = false;
    }
    code = code || w == "number" || w == "no" || w == "#" || w == "code";
  }
  // "CLASS NUMBER", "Class Code", "Job #": the class's code, not its title.
  if (title && code && !name) title = false;
  // "Min. - Max." over "$28,883 - $32,883": both ends in one cell.
  if (low != high) meaning.bound = low ? Bound::min : Bound::max;
  // A bare step name heading a column ("A", "B", ... over a step table).
  if (words.size() == 1 && is_step_name(words[0]) && words[0].size() <= 2) {
    meaning.step = to_upper_ascii(words[0]);
    all_vocabulary = true;
  }
  meaning.vocabulary = all_vocabulary;
  const bool pay = meaning.unit || low || high || meaning.step || meaning.date;
  if (meaning.date && all_vocabulary && !title)
    meaning.role = ColumnRole::amount;
  else if (pay && all_vocabulary && !title && !date)
    meaning.role = ColumnRole::amount;
  else if (date)
    meaning.role = ColumnRole::date;
  else if (title)
    meaning.role = ColumnRole::title;
  else if (range && all_vocabulary)
    meaning.role = ColumnRole::range;
  if (meaning.role != ColumnRole::amount) {
    meaning.unit.reset();
    meaning.bound = Bound::none;
    meaning.step.reset();
    meaning.date.reset();
  }
  return meaning;
}

}  // namespace agendum
