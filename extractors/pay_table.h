// Salary schedules printed as tables: a header that names pay columns (units, minimum and
// maximum, steps), then one row per class or per range.
//
// Handles schedules with title, effective date and min/max columns per unit; step tables
// ("RANGE STEP A ... STEP E", "Pay Range | Step1 | ..."), with classes beside the range or
// listed under it; rows that are steps of the class above ("FIREFIGHTER I" then "II",
// "III"); headers stacked over several lines; tables that run on across pages with or
// without the header repeated; and exports that print one cell per line. Columns come from
// word positions (see table_rebuild.h), or from cell order where positions mean nothing.
// A header whose columns are not pay ("Altered Dog", "Fiscal Impact", "1st ED Monthly",
// "Holiday") yields no records.
#pragma once

#include <vector>

#include "extractors/pay_units.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Records in groups printed together, with lines and pages set; ids, document and context
// are the caller's. Lines whose skip flag is set (already read, or illegible) are ignored.
std::vector<PayGroup> find_pay_tables(const CleanText& text, const std::vector<bool>& skip,
                                      std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
