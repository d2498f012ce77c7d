// Pay printed as a list without column headings: a sentence or heading that introduces pay
// ("The monthly base wage rates for members of this unit as of January 1, 2005 are:"), then a
// line per class with its one amount at the end, often behind dot leaders ("Fire Driver
// ........ $4,113.08"; the OCR reads the dots as "cceeceee", which is not part of the name).
// A class printed without an amount is followed by its steps ("1 to 2 years ..... $3,485.65",
// "Step 2 ..... $3,736.78") or by the rest of its name ("(EMT - Out of Rank) .... $17.37 Per
// hour"). Steps named before their class ("Step One   Apprentice #2   $18.00", "Step Two
// Apprentice #2   $18.45") are that class's steps. The unit comes from the line ("Per hour"),
// else from the introduction ("monthly ... rates"), else from the amounts' size; the
// effective date from the introduction.
#pragma once

#include <vector>

#include "extractors/pay_units.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Records in groups (one per class), with lines, pages and text set; ids, document and
// context are the caller's. Lines whose skip flag is set (read as other pay) are not read;
// OCR'd lines are read whatever their confidence (leaders drag it down) as long as the
// amount's own words read clearly.
std::vector<PayGroup> find_pay_lists(const CleanText& text, const std::vector<bool>& skip);

}  // namespace agendum
