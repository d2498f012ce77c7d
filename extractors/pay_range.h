// Pay ranges and salary schedules: every pay range in the packet, flat.
//
// extract_pay_ranges() reads the clean flow for the forms pay is printed in: class spec
// headers ("$33.29 - $46.95 Hourly", one record per unit), ranges in table cells ("range 341
// $5,017 - $6,391 per month", one record per class), narrative first and top steps, and
// schedules printed as tables (min/max columns per unit, step and grade tables, rows that are
// steps of the class above), with columns rebuilt from word positions. Fees, budget figures,
// check registers, survey percentages and grievance steps are never pay.
//
// Problems come back as diagnostics with stage "pay_range", never as silent fixes:
// "pay_min_above_max", "pay_steps_not_increasing", "pay_units_disagree" (hourly x 2,080 or
// 2,912, monthly x 12, biweekly x 26 and annual amounts printed together that do not agree),
// "pay_amount_suspect" (an amount missing its decimal point) and "illegible_table" (a pay
// table the OCR could not read: a page number, no invented amounts).
#pragma once

#include <vector>

#include "extractors/pay_units.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Ids are "pay-1", "pay-2", ... in packet order. Each record names its document and
// carries its LineSpan so the class spec and resolution extractors can claim theirs.
// context follows the document kind: class_spec, resolution, schedule (salary_schedule, or
// a table in a document of no recognised kind), report (anything else). A range printed in
// a class spec without a class name beside it takes the spec's title.
std::vector<PayRange> extract_pay_ranges(const CleanText& text,
                                         const std::vector<DocumentSpan>& documents,
                                         std::vector<Diagnostic>& diagnostics);

// The same in two steps, so the search (most of the work) need not wait for segmentation:
// what the clean text holds, in groups of ranges (lines numbered as in the text) and whether
// each group came from a table; then the records, placed in their documents.
struct PayFindings {
  std::vector<PayGroup> groups;
  std::vector<bool> from_table;
};
PayFindings find_pay_ranges(const CleanText& text, std::vector<Diagnostic>& diagnostics);
std::vector<PayRange> extract_pay_ranges(const CleanText& text,
                                         const std::vector<DocumentSpan>& documents,
                                         PayFindings found, std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
