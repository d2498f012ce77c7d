// Pay ranges printed inside a line of text rather than as table columns: class spec
// headers ("$33.29 - $46.95 Hourly"), reclassification cells ("range 341 $5,017 - $6,391 per
// month", the class title in the cell before), narrative ("$18.73 at the first step and
// $23.90 at the top step"), and a range named without amounts ("PAY RANGE: N17": unit
// "unknown", min and max null).
#pragma once

#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// The ranges printed on one line, left to right. Sets classification, range, unit, min, max
// and text; the caller sets ids, document, context, pages and lines. Two amounts joined by a
// dash count only with a pay word beside them (a unit, "range 341", "salary"), so fee
// changes ("from $50 to $100") and budget figures never become pay.
std::vector<PayRange> find_inline_pay_ranges(const Line& line);

}  // namespace agendum
