// What the lines just above a pay table or list say about it: the pay period its amounts are
// in, the date they take effect, and whether it lists base pay at all or something paid on
// top of it (a longevity differential, a uniform allowance). Internal to the pay extractor.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// The pay period named just above line `first`, nearest line first: "Salaries are listed in
// annual amounts unless otherwise noted.", "The monthly base wage rates ... are:".
std::optional<PayUnit> unit_above(const CleanText& text, size_t first);

// The effective date stated just above line `first` (ISO): "Salary Schedule Effective July
// 1, 2024", "... as of January 1, 2005 are:", "Effective" over "July 1, 2023". Other dates
// there (approval, print date) are not effective dates.
std::optional<std::string> effective_date_above(const CleanText& text, size_t first);

// A line naming something paid on top of base pay: "Longevity Differential", "Uniform
// Allowance", "Shift Premium", "employer contribution", "Per Diem Rates".
bool names_supplement(std::string_view line);

// Whether the table whose header starts at line `first` lists base pay: the nearest line
// above that names pay ("WAGE SCHEDULE", "the pay scale ... is as follows") or a supplement
// decides; with neither, the header must name pay ("Hourly Rate", "Min. - Max."), so
// "Effective Date   Annual Amount" alone is not pay.
bool lists_pay(const CleanText& text, size_t first, const std::string& header_text);

// Whether the lines just above a list without column headings (line `first` its first line)
// introduce base pay: "The monthly base wage rates ... are:", "SALARIES", "the step program
// ... is as follows". Fees, charges and supplements are not pay.
bool introduces_pay_list(const CleanText& text, size_t first);

}  // namespace agendum
