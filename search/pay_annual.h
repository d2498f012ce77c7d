// Pay in a common unit: annual amounts, so that ranges printed hourly, biweekly and monthly
// can be compared and filtered together. The factor used is stored beside every converted
// amount (index, search --json, export), so nobody has to guess how a figure was made.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agendum {

inline constexpr double kPaidHoursPerYear = 2080;  // 40 hours x 52 weeks
inline constexpr double kBiweeklyPeriodsPerYear = 26;
inline constexpr double kMonthsPerYear = 12;
inline constexpr double kAnnual = 1;

// The factor from a PayRange unit ("hourly", "biweekly", "monthly", "annual") to a year;
// nothing for "unknown" or anything else, whose amounts are not converted.
inline std::optional<double> annual_factor(std::string_view unit) {
  if (unit == "hourly") return kPaidHoursPerYear;
  if (unit == "biweekly") return kBiweeklyPeriodsPerYear;
  if (unit == "monthly") return kMonthsPerYear;
  if (unit == "annual") return kAnnual;
  return std::nullopt;
}

// "$5,017", "$33.29", "$97,656": dollars with thousands separators, cents only when present.
std::string dollars(double amount);

}  // namespace agendum
