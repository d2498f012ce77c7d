#include "extractors/pay_list.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "extractors/money.h"
#include "extractors/pay_context.h"
#include "extractors/pay_labels.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// Lists of fewer entries are a sentence's worth of amounts, not a schedule.
constexpr size_t kFewestEntries = 3;
// A class name is a few words; more is prose that ends in an amount.
constexpr size_t kLongestName = 8;
// OCR word confidence (0..100) from which an amount is read.
constexpr float kLegible = 60;

// Dot leaders as the OCR reads them: runs of dots, or lower-case soup made mostly of c and e
// ("cceeceeeeeees", "ieee", "ec"), which no class name is made of.
bool is_leader(const std::string& token) {
  if (token.find("..") != std::string::npos || token.find("\xE2\x80\xA6") != std::string::npos)
    return true;
  size_t letters = 0, soup = 0;
  for (unsigned char c : token) {
    if (std::isupper(c)) return false;
    if (!std::isalpha(c)) continue;
    ++letters;
    soup += c == 'c' || c == 'e';
  }
  return letters >= 2 && soup * 5 >= letters * 3;
}

// The words before the amount, up to the leaders.
std::string label_before_leaders(std::string_view before) {
  std::string label;
  size_t i = 0;
  while (i < before.size()) {
    while (i < before.size() && before[i] == ' ') ++i;
    const size_t start = i;
    while (i < before.size() && before[i] != ' ') ++i;
    if (i == start) break;
    const std::string token(before.substr(start, i - start));
    if (is_leader(token)) break;
    label += (label.empty() ? "" : " ") + token;
  }
  return label;
}

std::string digits_of(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  return digits;
}

// The OCR's leaders drag a line's confidence down; the words that make up the amount (the
// last words of the line that carry its digits) must read clearly themselves.
bool amount_reads_clearly(const Line& line, const Money& money) {
  const std::string wanted = digits_of(money.text);
  std::string found;
  for (size_t w = line.words.size(); w-- > 0 && found.size() < wanted.size();) {
    const Word& word = line.words[w];
    const std::string digits = digits_of(word.text);
    if (digits.empty()) continue;
    found = digits + found;
    if (!wanted.ends_with(found)) return false;
    if (word.confidence < kLegible) return false;
  }
  return found == wanted;
}

struct Entry {
  size_t line = 0;
  std::string label;             // as printed, leaders taken off
  std::optional<double> amount;  // none: a line naming a class without an amount
  std::optional<PayUnit> unit;   // "Per hour" after the amount
};

// "Fire Driver ....... $ 4,113.08", "$17.37 Per hour", "$ 3,736.78." (the OCR's stray dot).
std::optional<Entry> list_entry(const Line& line, size_t index) {
  constexpr size_t kNoiseAfter = 3;
  const std::vector<Money> amounts = find_money(line.text);
  Entry entry;
  entry.line = index;
  if (amounts.empty()) {
    // "... as of January 1, 2005 are:" introduces the list; it names no class.
    if (line.text.size() > 60 || trim(line.text).ends_with(':')) return std::nullopt;
    entry.label = clean_label(label_before_leaders(line.text));
    if (entry.label.empty() || word_count(entry.label) > kLongestName) return std::nullopt;
    return entry;
  }
  const Money& money = amounts.back();
  if (amounts.size() > 1 || !money.amount || money.negative) return std::nullopt;
  if (!amount_reads_clearly(line, money)) return std::nullopt;
  const std::string tail = trim(std::string_view(line.text).substr(money.offset + money.length));
  const bool tail_is_noise =
      tail.size() <= kNoiseAfter && std::none_of(tail.begin(), tail.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c));
      });
  if (!tail_is_noise) {
    entry.unit = unit_named_in(tail);
    if (!entry.unit || word_count(tail) > 3) return std::nullopt;
  }
  if (!money.per.empty()) entry.unit = unit_named_in("/" + money.per);
  entry.label = label_before_leaders(std::string_view(line.text).substr(0, money.offset));
  if (word_count(entry.label) > kLongestName) return std::nullopt;
  entry.amount = money.amount;
  return entry;
}

// "1 to 2 Years", "2 10 3 YEAMS" (OCR), "Step 3", "After 5 years": a step of the class above.
std::optional<std::string> step_of(const std::string& label) {
  // "1 to 2 years", "Step 3", "STEP C"
  static const RE2 kStep(R"((?i)^(?:step\s+)?(\d{1,2}|[A-F])\b.*)");
  std::string step;
  if (RE2::FullMatch(label, kStep, &step)) return to_upper_ascii(step);
  return std::nullopt;
}

// "Step One Apprentice #2": the step first, then the class at that step.
bool split_named_step(const std::string& label, std::string& step, std::string& name) {
  // "Step One Apprentice #2", "Step 3 Journeyman"
  static const RE2 kNamedStep(R"((?i)step\s+(\w+)\s+(\S.*))");
  return RE2::FullMatch(label, kNamedStep, &step, &name);
}

// "C" and "c" are step C; "One" stays as printed.
std::string step_name_as_printed(const std::string& step) {
  return step.size() <= 2 ? to_upper_ascii(step) : step;
}

struct ListRecord {
  std::string name;
  std::vector<PayStep> steps;  // empty: one amount
  std::optional<double> amount;
  std::optional<PayUnit> unit;
  size_t first = 0, last = 0;  // lines, inclusive
};

// The records of one run of entries, in order.
std::vector<ListRecord> read_run(const std::vector<Entry>& run) {
  std::vector<ListRecord> records;
  std::vector<const Entry*> names;  // lines naming a class, not yet used
  auto is_class_entry = [&](size_t k) {
    return k < run.size() && run[k].amount && !step_of(run[k].label);
  };
  for (size_t k = 0; k < run.size(); ++k) {
    const Entry& entry = run[k];
    if (!entry.amount) {
      names.push_back(&entry);
      continue;
    }
    std::string step, name;
    if (split_named_step(entry.label, step, name)) {
      name = clean_label(name);
      if (!records.empty() && records.back().name == name && !records.back().steps.empty()) {
        records.back().steps.push_back({step_name_as_printed(step), *entry.amount});
        records.back().last = entry.line;
      } else {
        records.push_back({name,
                           {{to_upper_ascii(step), *entry.amount}},
                           {},
                           entry.unit,
                           entry.line,
                           entry.line});
      }
      names.clear();
      continue;
    }
    if (std::optional<std::string> step_name = step_of(entry.label)) {
      // Steps under the class named above them, or the next step of the class before.
      if (!names.empty()) {
        std::string joined;
        for (const Entry* part : names) joined += (joined.empty() ? "" : " ") + part->label;
        records.push_back({joined, {}, {}, entry.unit, names.front()->line, entry.line});
        names.clear();
      } else if (records.empty() || records.back().steps.empty()) {
        continue;  // a step of no class
      }
      records.back().steps.push_back({*step_name, *entry.amount});
      records.back().last = entry.line;
      continue;
    }
    // A line without an amount just above a class's only line is the start of its name
    // ("Emergency Unit Operator" over "(EMT - Out of Rank) .... $17.37"), unless it heads
    // several classes.
    std::string name_text = clean_label(entry.label);
    size_t first = entry.line;
    if (!names.empty() && !is_class_entry(k + 1)) {
      std::string joined;
      for (const Entry* part : names) joined += (joined.empty() ? "" : " ") + part->label;
      name_text = clean_label(joined + " " + entry.label);
      first = names.front()->line;
    }
    names.clear();
    if (name_text.empty()) continue;
    records.push_back({name_text, {}, entry.amount, entry.unit, first, entry.line});
  }
  return records;
}

std::string lines_text(const CleanText& text, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i <= last; ++i) out += (i > first ? "\n" : "") + text.lines[i].text;
  return out;
}

}  // namespace

std::vector<PayGroup> find_pay_lists(const CleanText& text, const std::vector<bool>& skip) {
  std::vector<PayGroup> groups;
  size_t i = 0;
  while (i < text.lines.size()) {
    // A run: entries and class lines, no more than two class lines in a row.
    std::vector<Entry> run;
    size_t j = i, names_in_a_row = 0, entries = 0;
    for (; j < text.lines.size() && !skip[j]; ++j) {
      std::optional<Entry> entry = list_entry(text.lines[j], j);
      if (!entry) break;
      names_in_a_row = entry->amount ? 0 : names_in_a_row + 1;
      if (names_in_a_row > 2) break;
      entries += entry->amount.has_value();
      run.push_back(std::move(*entry));
    }
    while (!run.empty() && !run.back().amount) run.pop_back();  // a heading after the list
    if (entries < kFewestEntries || !introduces_pay_list(text, i)) {
      i = std::max(i + 1, j);
      continue;
    }
    const std::optional<PayUnit> list_unit = unit_above(text, i);
    const std::optional<std::string> effective = effective_date_above(text, i);
    for (const ListRecord& record : read_run(run)) {
      PayRange pay;
      pay.classification = record.name;
      pay.steps = record.steps;
      if (!record.steps.empty()) {
        pay.min = record.steps.front().amount;
        pay.max = record.steps.back().amount;
      } else {
        pay.min = pay.max = record.amount;
      }
      const std::optional<PayUnit> unit = record.unit ? record.unit : list_unit;
      pay.unit = unit ? *unit : unit_from_magnitude(*pay.min, *pay.max);
      pay.effective_date = effective;
      pay.lines = {record.first, record.last + 1};
      pay.pages = {text.lines[record.first].page, text.lines[record.last].page};
      pay.text = lines_text(text, record.first, record.last);
      groups.push_back({std::move(pay)});
    }
    i = std::max(i + 1, j);
  }
  return groups;
}

}  // namespace agendum
