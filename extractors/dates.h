// Dates as printed in municipal records, to ISO 8601 as precise as the source.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agendum {

struct ParsedDate {
  std::string iso;      // "2019-05-14", "2017-08", "1995"
  std::string text;     // the text matched, as printed
  size_t offset = 0;    // where in the input it starts (bytes)
};

// Finds the first date in text: "May 14, 2019", "14th day of May, 2019",
// "18`h day of September 2013", "05/14/2019", "2019-05-14", "Aug 1, 2017", "August 2017".
std::optional<ParsedDate> find_date(std::string_view text);

}  // namespace agendum
