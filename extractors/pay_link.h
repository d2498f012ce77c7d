// Class lists joined to range tables. An MOU or a salary resolution often lists its classes
// with their range codes in one place (a classification plan: "Office Assistant   0102   12")
// and prints the ranges with their steps in another (a salary schedule: "12   2,702  2,807
// ..."). Each listed class takes its range's amounts from the table in effect for the list:
// the first table dated within the period the list states ("APPENDIX B (February 1, 2022 -
// January 31, 2025)", in a line above the list or its running header), or the last one
// dated on or before the single date it states; a list that states no date takes the first
// table after it, else the last one before it. A class whose range no table prints keeps its
// range code and no amounts.
#pragma once

#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// listed[i]: ranges[i] came from a class list. Records keep their class, range, lines and
// text; unit, min, max, steps and effective date come from the range table's row.
void link_class_ranges(const CleanText& text, const std::vector<bool>& listed,
                       std::vector<PayRange>& ranges);

}  // namespace agendum
