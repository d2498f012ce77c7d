// Classification and compensation studies as segmentation and the market-comparison
// extractor both read them: a consultant's report that compares an agency's pay with the
// market of comparator agencies, classification by classification, in a table of percentages
// above or below the market ("Police Officer  8.7%  5.7%", "Crossing Guard  Insufficient Data").
//
// The vocabulary here names the table's measures (what its columns compare) and the notes a
// row carries instead of a figure.
#pragma once

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace agendum {

// The measures text names, in the order it names them, each once: "base_salary" ("top monthly
// salary", "base salary", "top step"), "total_compensation" ("total compensation", "total
// comp"), "benefits" ("benefits", "benefit value"). "the percent above or below the top
// monthly salary market median and total compensation market median" names base_salary, then
// total_compensation.
std::vector<std::string> measures_named(std::string_view text);

// A note printed in a market table's cell instead of a percentage: "Insufficient Data",
// "Insufficient Matches", "No Data", "No Match", "N/A" (one capturing group: the note).
const RE2& market_note_pattern();

// True when the text says its percentages count how far pay is below the market
// ("% Below Market", "percent below the median") without saying above: their sign is then
// the other way round from the contract's (positive: above the market).
bool counts_below_market(std::string_view text);

}  // namespace agendum
