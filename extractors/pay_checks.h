// Checks on pay figures, reported as diagnostics (stage "pay_range") and never fixed
// silently: ranges whose minimum exceeds the maximum, steps that do not rise, amounts for
// several units on one printed row that disagree, and table regions too garbled to read.
#pragma once

#include <vector>

#include "extractors/pay_units.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Lines whose words are mostly OCR noise (symbol soup, stray letters, low confidence). Their
// numbers are never read as pay. Where such lines sit in a pay context (a salary schedule,
// "Appendix III Current Salary Schedule" above them) each page gets one "illegible_table"
// warning, so a clerk knows a schedule exists that agendum could not read.
std::vector<bool> find_illegible_lines(const CleanText& text, std::vector<Diagnostic>& diagnostics);

// min <= max, steps rising, and across units printed together: hourly x 2,080 (or 2,912 on
// 56-hour shifts) ~ annual ~ monthly x 12 ~ biweekly x 26, within 1.5%.
void check_pay_group(const PayGroup& group, std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
