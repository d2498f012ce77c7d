// Dates as printed in municipal records, to ISO 8601 as precise as the source.
//
// Every form a council packet uses is recognised: "May 14, 2019", "Tuesday, June 2, 2020",
// "Aug 1, 2017", "14th day of May, 2019", "this 2nd day of June 2020", the OCR'd
// "18`h day of September 2013", "14 May 2019", "05/14/2019", "5/14/19", "2019-05-14" and
// month-only "August 2017" (-> "2017-08"). Month names are matched in any case ("MAY 19,
// 2020"). A bare year is never taken for a date: "FY 2018-2019" is not one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agendum {

struct ParsedDate {
  std::string iso;    // "2019-05-14", "2017-08", "1995"
  std::string text;   // the text matched, as printed
  size_t offset = 0;  // where in the input it starts (bytes)
};

// Finds the first date in text: "May 14, 2019", "14th day of May, 2019",
// "18`h day of September 2013", "05/14/2019", "2019-05-14", "Aug 1, 2017", "August 2017".
std::optional<ParsedDate> find_date(std::string_view text);

// Every date in text, in order, none overlapping another.
std::vector<ParsedDate> find_all_dates(std::string_view text);

// The month number of "May", "SEPT.", "september" (1..12), or nullopt.
std::optional<int> month_number(std::string_view name);

}  // namespace agendum
