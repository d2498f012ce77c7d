#include "extractors/pay_link.h"

#include <re2/re2.h>

#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "extractors/dates.h"

namespace agendum {
namespace {

// "0009", "N17", "21I-1": compared without case, spaces and punctuation.
std::string range_key(const std::string& range) {
  std::string key;
  for (unsigned char c : range)
    if (std::isalnum(c)) key.push_back(static_cast<char>(std::tolower(c)));
  return key;
}

struct Period {
  std::string from, to;  // ISO; equal for a single date
};

// The dates a line states, when it is a short title or caption: "APPENDIX B - NUMERIC
// (February 1, 2022 - January 31, 2025)", "Classification Plan Effective July 1, 2024".
std::optional<Period> period_in(std::string_view line) {
  constexpr size_t kTitleLength = 100;
  if (line.size() > kTitleLength) return std::nullopt;
  const std::vector<ParsedDate> dates = find_all_dates(line);
  if (dates.empty() || dates.front().iso.size() != 10) return std::nullopt;
  if (dates.size() >= 2 && dates[1].iso.size() == 10) return Period{dates[0].iso, dates[1].iso};
  return Period{dates[0].iso, dates[0].iso};
}

// The period a class list states: in the running header of its page, else in a title line
// above it on its page or the page before.
std::optional<Period> list_period(const CleanText& text, size_t line) {
  const int page = text.lines[line].page;
  for (const PageFurniture& furniture : text.furniture)
    if (furniture.page == page)
      for (const std::string& header : furniture.headers)
        if (std::optional<Period> period = period_in(header)) return period;
  for (size_t back = 1; back <= line && text.lines[line - back].page >= page - 1; ++back)
    if (std::optional<Period> period = period_in(text.lines[line - back].match)) return period;
  return std::nullopt;
}

// A row of a range table: a range code and amounts, no class of its own.
bool is_range_row(const PayRange& pay) {
  return pay.range && !pay.classification && (pay.min || pay.max || !pay.steps.empty());
}

}  // namespace

void link_class_ranges(const CleanText& text, const std::vector<bool>& listed,
                       std::vector<PayRange>& ranges) {
  std::map<std::string, std::vector<size_t>> rows_of;  // range key -> range rows, packet order
  for (size_t i = 0; i < ranges.size(); ++i)
    if (!listed[i] && is_range_row(ranges[i])) rows_of[range_key(*ranges[i].range)].push_back(i);
  if (rows_of.empty()) return;
  std::map<int, std::optional<Period>> periods;  // by page
  for (size_t i = 0; i < ranges.size(); ++i) {
    if (!listed[i] || !ranges[i].range) continue;
    auto found = rows_of.find(range_key(*ranges[i].range));
    if (found == rows_of.end()) continue;
    const size_t line = ranges[i].lines.first;
    // A list's period is looked for once per page, from the page's first class.
    auto cached = periods.find(text.lines[line].page);
    if (cached == periods.end())
      cached = periods.emplace(text.lines[line].page, list_period(text, line)).first;
    const std::optional<Period>& period = cached->second;
    std::optional<size_t> chosen;
    for (size_t row : found->second) {
      const std::optional<std::string>& date = ranges[row].effective_date;
      if (period && period->from != period->to) {
        if (date && *date >= period->from && *date <= period->to) {
          chosen = row;
          break;
        }
      } else if (period) {
        if (date && *date <= period->from) chosen = row;  // the last in effect on the date
      } else if (ranges[row].lines.first > line) {
        chosen = row;
        break;
      } else {
        chosen = row;  // the last before the list, unless one follows it
      }
    }
    if (!chosen) continue;
    const PayRange& source = ranges[*chosen];
    PayRange& pay = ranges[i];
    pay.unit = source.unit;
    pay.min = source.min;
    pay.max = source.max;
    pay.steps = source.steps;
    pay.effective_date = source.effective_date;
  }
}

}  // namespace agendum
