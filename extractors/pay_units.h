// Pay units: what a printed word says about the period an amount pays for, and what an
// amount's size says when nothing is printed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/records.h"

namespace agendum {

// Records printed together (one line, one table row, one block of step rows); the
// cross-checks compare the units inside one group.
using PayGroup = std::vector<PayRange>;

// Hours a year of a 40-hour week, and of a 56-hour fire-suppression week.
inline constexpr double kHoursPerYear = 2080;
inline constexpr double kFireHoursPerYear = 2912;

// hourly for "Hourly", "per hour", "/hr", "Hourly Rate"; monthly, biweekly, annual
// likewise; nullopt when text names no pay period.
std::optional<PayUnit> unit_named_in(std::string_view text);

// A guess from size alone, for amounts printed without a unit: under $300 is an hourly
// rate, under $20,000 a monthly salary, from $20,000 up an annual one. A range that
// straddles two bands is unknown.
PayUnit unit_from_magnitude(double low, double high);

// Pay periods a year for monthly (12), biweekly (26) and annual (1); 0 for hourly, whose
// hours a year depend on the schedule (see the cross-checks) and for unknown.
double periods_per_year(PayUnit unit);

}  // namespace agendum
