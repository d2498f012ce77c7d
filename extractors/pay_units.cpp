#include "extractors/pay_units.h"

#include <re2/re2.h>

namespace agendum {

std::optional<PayUnit> unit_named_in(std::string_view text) {
  // "$33.29 - $46.95 Hourly", "$4,330 - $5,517 per month", "MINIMUM MONTHLY SALARY",
  // "Bi-Weekly", "$69,243.20 - $97,656.00 Annually", "$25.00/hr"
  static const RE2 kBiweekly(R"((?i)\bbi-?\s?weekly\b|\bper\s+pay\s+period\b)");
  static const RE2 kHourly(R"((?i)\bhourly\b|\bper\s+hour\b|/\s?hr\b|/\s?hour\b|\ban\s+hour\b)");
  static const RE2 kMonthly(R"((?i)\bmonthly\b|\bper\s+month\b|/\s?mo(?:nth)?\b|\ba\s+month\b)");
  static const RE2 kAnnual(
      R"((?i)\bannual(?:ly)?\b|\bper\s+(?:year|annum)\b|/\s?yr\b|/\s?year\b|\ba\s+year\b|\byearly\b)");
  if (RE2::PartialMatch(text, kBiweekly)) return PayUnit::biweekly;
  if (RE2::PartialMatch(text, kHourly)) return PayUnit::hourly;
  if (RE2::PartialMatch(text, kMonthly)) return PayUnit::monthly;
  if (RE2::PartialMatch(text, kAnnual)) return PayUnit::annual;
  return std::nullopt;
}

PayUnit unit_from_magnitude(double low, double high) {
  auto band = [](double amount) {
    if (amount < 300) return PayUnit::hourly;
    if (amount < 20000) return PayUnit::monthly;
    return PayUnit::annual;
  };
  const PayUnit a = band(low), b = band(high);
  return a == b ? a : PayUnit::unknown;
}

double periods_per_year(PayUnit unit) {
  switch (unit) {
    case PayUnit::monthly:
      return 12;
    case PayUnit::biweekly:
      return 26;
    case PayUnit::annual:
      return 1;
    case PayUnit::hourly:
    case PayUnit::unknown:
      return 0;
  }
  return 0;
}

}  // namespace agendum
