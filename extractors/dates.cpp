#include "extractors/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace agendum {
namespace {

// Month names and the abbreviations clerks print, with an optional period ("Sept.").
#define AGENDUM_MONTH                                                                \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool valid_day(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  return month != 2 || day < 29 || is_leap(year);
}

bool plausible_year(int year) { return year >= 1850 && year <= 2150; }

std::string iso(int year, std::optional<int> month, std::optional<int> day) {
  char buffer[48];  // room for any int, so the formatter never truncates
  if (month && day)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, *month, *day);
  else if (month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, *month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

// Two-digit years in council records are this century up to the 50s: "5/14/19" is 2019,
// "8/26/85" is 1985.
int expand_year(int year, size_t digits) {
  if (digits > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits)
    if (std::isdigit(static_cast<unsigned char>(c))) value = value * 10 + (c - '0');
  return value;
}

struct Candidate {
  size_t begin = 0, end = 0;
  std::string iso;
};

enum class Form { day_of_month, month_day_year, day_month_year, slashes, iso_dashes, month_year };

// Runs one pattern over the whole text and adds every valid date it finds.
void collect(std::string_view text, const RE2& pattern, Form form, std::vector<Candidate>& out) {
  std::array<re2::StringPiece, 4> groups;
  size_t position = 0;
  while (position < text.size() &&
         pattern.Match(re2::StringPiece(text.data(), text.size()), position, text.size(),
                       RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) {
    re2::StringPiece whole = groups[0];
    size_t begin = static_cast<size_t>(whole.data() - text.data());
    size_t end = begin + whole.size();
    position = std::max(end, begin + 1);
    auto view = [](re2::StringPiece g) { return std::string_view(g.data(), g.size()); };
    int year = 0;
    std::optional<int> month, day;
    switch (form) {
      case Form::day_of_month:
      case Form::day_month_year:
        day = to_int(view(groups[1]));
        month = month_number(view(groups[2]));
        year = to_int(view(groups[3]));
        break;
      case Form::month_day_year:
        month = month_number(view(groups[1]));
        day = to_int(view(groups[2]));
        year = to_int(view(groups[3]));
        break;
      case Form::slashes:
        month = to_int(view(groups[1]));
        day = to_int(view(groups[2]));
        year = expand_year(to_int(view(groups[3])), groups[3].size());
        break;
      case Form::iso_dashes:
        year = to_int(view(groups[1]));
        month = to_int(view(groups[2]));
        day = to_int(view(groups[3]));
        break;
      case Form::month_year:
        month = month_number(view(groups[1]));
        year = to_int(view(groups[2]));
        break;
    }
    if (!month || !plausible_year(year)) continue;
    if (day && !valid_day(year, *month, *day)) continue;
    out.push_back({begin, end, iso(year, month, day)});
  }
}

}  // namespace

std::optional<int> month_number(std::string_view name) {
  std::string lower;
  for (char c : name)
    if (std::isalpha(static_cast<unsigned char>(c)))
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (lower.size() < 3) return std::nullopt;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i].substr(0, lower.size()) == lower) return static_cast<int>(i) + 1;
  return std::nullopt;
}

std::vector<ParsedDate> find_all_dates(std::string_view text) {
  // "PASSED, APPROVED and ADOPTED this 14th day of May, 2019", "on the 14th of May, 2019";
  // OCR prints "18`h day of September 2013", "2 nd day of June, 2020" and, of a raised
  // "th" it cannot read, a quote: "10\" day of December, 2018".
  static const RE2 kDayOfMonth(
      "(?i)\\b(\\d{1,2})\\s*(?:(?:st|nd|rd|th|d|h|[`'\"]{1,2}\\s*t?h?)?\\s+day|st|nd|rd|th)"
      "\\s+of\\s+(" AGENDUM_MONTH ")\\s*,?\\s*(?:in\\s+the\\s+year\\s+)?(\\d{4})\\b");
  // "Tuesday, June 2, 2020", "MAY 19, 2020", "Aug 1, 2017", "June 02, 2020", "May 14th, 2019",
  // "April 9 th , 2024" (a raised ordinal set apart).
  static const RE2 kMonthDayYear(
      "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(" AGENDUM_MONTH
      ")\\s*(\\d{1,2})(?:\\s?(?:st|nd|rd|th)\\b)?\\s*,?\\s*(\\d{4})\\b");
  // "14 May 2019", "1 July, 2020" (day first, as some counties print).
  static const RE2 kDayMonthYear("(?i)\\b(\\d{1,2})\\s+(" AGENDUM_MONTH ")\\s*,?\\s*(\\d{4})\\b");
  // "05/14/2019", "5/14/19", "5-14-2019".
  static const RE2 kSlashes(
      "(?:^|[^\\d/.-])(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})(?:$|[^\\d/])");
  // "2019-05-14".
  static const RE2 kIsoDashes("(?:^|[^\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:$|[^\\d-])");
  // "Revised: August 2017", "Sept. 2019".
  static const RE2 kMonthYear("(?i)\\b(" AGENDUM_MONTH ")\\s*,?\\s*(\\d{4})\\b");

  std::vector<Candidate> candidates;
  collect(text, kDayOfMonth, Form::day_of_month, candidates);
  collect(text, kMonthDayYear, Form::month_day_year, candidates);
  collect(text, kDayMonthYear, Form::day_month_year, candidates);
  collect(text, kSlashes, Form::slashes, candidates);
  collect(text, kIsoDashes, Form::iso_dashes, candidates);
  collect(text, kMonthYear, Form::month_year, candidates);

  // The boundary characters the numeric forms consume are not part of the date.
  for (Candidate& candidate : candidates) {
    while (candidate.begin < candidate.end &&
           !std::isalnum(static_cast<unsigned char>(text[candidate.begin])))
      ++candidate.begin;
    while (candidate.end > candidate.begin &&
           !std::isalnum(static_cast<unsigned char>(text[candidate.end - 1])))
      --candidate.end;
  }
  // Earliest first; at one start the longest (most precise) reading wins.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<ParsedDate> dates;
  size_t covered_until = 0;
  for (const Candidate& candidate : candidates) {
    if (!dates.empty() && candidate.begin < covered_until) continue;
    dates.push_back({candidate.iso,
                     std::string(text.substr(candidate.begin, candidate.end - candidate.begin)),
                     candidate.begin});
    covered_until = candidate.end;
  }
  return dates;
}

std::optional<ParsedDate> find_date(std::string_view text) {
  std::vector<ParsedDate> dates = find_all_dates(text);
  if (dates.empty()) return std::nullopt;
  return dates.front();
}

}  // namespace agendum
