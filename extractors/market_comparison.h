// Market comparisons: the table a classification and compensation study sums its market
// survey up in, one row per benchmark classification and one column per measure, each cell
// the percentage the agency's pay stands above (+) or below (-) the market median, or a note
// where the survey found too few matches:
//
//   Police Officer                 8.7%    5.7%
//   Director of Public Works       1.6%   -3.9%
//   Crossing Guard     Insufficient Data  Insufficient Data
//
// Tables that print the amounts behind the percentages (the agency's pay, each comparator's,
// the market median, "N/A" or a dash where a comparator has no match) between the name and
// the cells read the same: the amounts are walked over to the name.
//
//   Accountant   $8,015   $8,240   N/A   $8,330   $8,240   (2.7%)
//
// Each cell becomes one MarketComparison (classification, measure, percent_vs_market or note,
// the row's text, document, pages). Rows are found by their shape, not by their lines: a name
// followed by as many cells as the table has measures, three rows or more alike, so a table
// whose text lost its line breaks (rows run on one after another) reads the same. What the
// columns measure comes from the nearest header or sentence above the table that names as
// many measures as the rows have cells (pipeline/recognize/compensation_study.h); a table
// whose measures cannot be told gives rows with measure "unknown" and a warning.
//
// Only documents the segmenter calls compensation studies are read.
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

std::vector<MarketComparison> extract_market_comparisons(const CleanText& text,
                                                         const std::vector<DocumentSpan>& documents,
                                                         std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
