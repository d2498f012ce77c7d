#include "extractors/pay_context.h"

#include <re2/re2.h>

#include "extractors/dates.h"
#include "extractors/pay_units.h"

namespace agendum {

std::optional<PayUnit> unit_above(const CleanText& text, size_t first) {
  // "listed in annual amounts", "monthly base wage rates", "Amounts are shown as hourly"
  static const RE2 kUnitPhrase(
      R"((?i)\b(?:hourly|monthly|annual|annually|bi-?weekly|yearly)\s+(?:\w+\s+){0,2}(?:amounts|rates|salar(?:y|ies)|pay|wages|schedule|figures)\b|\b(?:amounts|rates|salar(?:y|ies)|figures)\s+(?:are\s+)?(?:shown\s+|listed\s+|stated\s+)?(?:in\s+|as\s+)?(?:hourly|monthly|annual|bi-?weekly)\b)");
  for (size_t back = 1; back <= 6 && back <= first; ++back) {
    const Line& line = text.lines[first - back];
    if (RE2::PartialMatch(line.match, kUnitPhrase)) return unit_named_in(line.match);
  }
  return std::nullopt;
}

std::optional<std::string> effective_date_above(const CleanText& text, size_t first) {
  // "SALARY SCHEDULE EFFECTIVE JULY 1, 2024", "Effective Pay Period Including 7/1/2024",
  // "The monthly base wage rates ... as of January 1, 2005 are:", "RETIREMENT - Effective"
  // over "July 1, 2023"
  static const RE2 kEffective(R"((?i)\b(?:effective|as\s+of)\b(.*))");
  // "(7/1/2022 - 3/31/2024)", "July 1, 2024 - June 30, 2025": a period alone on its line.
  static const RE2 kPeriodOnly(
      R"((?i)[\s(]*(\S.*?\d{2,4})\s*(?:-|–|to|through)\s*\S.*\d{2,4}[\s)]*)");
  for (size_t back = 1; back <= 4 && back <= first; ++back) {
    std::string after;
    const std::string& line = text.lines[first - back].match;
    if (RE2::FullMatch(line, kPeriodOnly, &after) && find_all_dates(line).size() == 2)
      if (std::optional<ParsedDate> date = find_date(after); date && date->offset == 0)
        return date->iso;
    if (!RE2::PartialMatch(line, kEffective, &after)) continue;
    for (size_t next = first - back + 1; next < first; ++next)
      after += " " + text.lines[next].match;
    if (std::optional<ParsedDate> date = find_date(after)) return date->iso;
  }
  return std::nullopt;
}

bool names_supplement(std::string_view line) {
  static const RE2 kSupplement(
      R"((?i)\b(?:differentials?|allowances?|longevity|premiums?|stipends?|bonus(?:es)?|reimburse\w*|contributions?|incentives?|per\s+diem)\b)");
  return RE2::PartialMatch(line, kSupplement);
}

bool lists_pay(const CleanText& text, size_t first, const std::string& header_text) {
  constexpr size_t kLinesAbove = 8;
  // "SALARY SCHEDULE", "Wages", "pay scale", "Hourly Rate", "Min. - Max."
  static const RE2 kPay(
      R"((?i)\b(?:salar(?:y|ies)|wages?|pay|rates?|compensation|steps?|grades?|ranges?|min(?:imum)?|max(?:imum)?|classifications?|titles?|positions?)\b)");
  for (size_t back = 1; back <= kLinesAbove && back <= first; ++back) {
    const std::string& line = text.lines[first - back].match;
    if (names_supplement(line)) return false;
    if (RE2::PartialMatch(line, kPay)) return true;
  }
  return RE2::PartialMatch(header_text, kPay);
}

bool introduces_pay_list(const CleanText& text, size_t first) {
  constexpr size_t kLinesAbove = 4;
  // "The monthly base wage rates for members ... are:", "SALARIES", "rates of pay",
  // "Mechanics shall have a step program ... The steps are as follows"
  static const RE2 kPay(
      R"((?i)\b(?:salar(?:y|ies)|wages?|base\s+pay|pay\s+(?:rates?|scales?|ranges?|grades?|plan|schedule)|rates?\s+of\s+pay|hourly\s+rates?|compensation|step\s+(?:program|plan|progression))\b)");
  static const RE2 kCharge(
      R"((?i)\b(?:fees?|fines?|charges?|permits?|licen[cs]es?|deposits?|costs?|budget|revenue)\b)");
  for (size_t back = 1; back <= kLinesAbove && back <= first; ++back) {
    const std::string& line = text.lines[first - back].match;
    if (names_supplement(line) || RE2::PartialMatch(line, kCharge)) return false;
    if (RE2::PartialMatch(line, kPay)) return true;
  }
  return false;
}

}  // namespace agendum
