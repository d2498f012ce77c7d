// What the headings of a pay table's columns say the columns hold.
//
// classify_column() reads one column's heading, all of its stacked lines joined
// ("MINIMUM HOURLY" over "RATE"): a class title, a range or grade code, an effective date, or
// amounts (with their unit, minimum or maximum, or step). A heading with any word outside the
// vocabulary of pay headings ("Altered Dog", "Fiscal Impact", "Holiday") holds no pay.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/records.h"

namespace agendum {

enum class ColumnRole { title, range, date, amount, other };
enum class Bound { none, min, max };

struct ColumnMeaning {
  ColumnRole role = ColumnRole::other;
  std::optional<PayUnit> unit;
  Bound bound = Bound::none;
  std::optional<std::string> step;  // "" when the OCR lost the step's name ("Step?")
  std::optional<std::string> date;  // ISO: the heading is a date ("July 1, 2022")
  bool vocabulary = false;  // every word is header vocabulary ("MINIMUM HOURLY RATE", "TITLE")
};

ColumnMeaning classify_column(std::string_view label);

// The heading's words, lower case, with surrounding punctuation taken off.
std::vector<std::string> header_words(std::string_view label);

// Step names as printed over step columns or beside step rows: "A".."F", "1".."14", "I".."X".
bool is_step_name(const std::string& word);

}  // namespace agendum
