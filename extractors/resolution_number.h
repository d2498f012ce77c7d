// Resolution numbers: the "RESOLUTION NO. 19-110" heading that opens a resolution, and the
// resolutions and ordinances a text cites ("via Resolution No. 18-069").
//
// Numbers come back as printed without "No.": "19-110", "2020-14", "10-C96", "5474". OCR
// damage is tolerated in the heading word and around dashes: "RESOLUHON NO 05 - 08" gives
// "05-08". A number left blank in a template ("RESOLUTION NO. 2010-____") gives no number.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agendum {

struct ResolutionHeading {
  size_t begin = 0, end = 0;          // bytes of the heading in the searched text
  std::optional<std::string> number;  // nullopt when blank or unreadable
  size_t number_begin = 0;            // where the number is printed (when there is one)
  bool blank_number = false;          // printed as a fill-in line ("2010-____")
  bool opens_resolution = false;      // followed by a title or recitals, not by prose
  bool at_line_start = false;
  bool cited = false;  // a word before it cites it ("adopt", "amending", "of")
};

// Every "RESOLUTION NO." in text (lines separated by '\n'), in order, in any case.
std::vector<ResolutionHeading> find_resolution_headings(std::string_view text);

struct Citation {
  std::string number;  // "18-069", as clean_number() gives it
  size_t begin = 0;    // where "Resolution No." starts in the searched text
  bool ordinance = false;
};

// Every citation of a resolution or ordinance in text, in order ("via Resolution No. 18-069",
// "Ordinance No. 1234", "Resolution 2016-06"); a number without a dash only after "No.".
std::vector<Citation> find_citations(std::string_view text);

// Numbers of the resolutions and ordinances text cites, in order of first mention, each once.
std::vector<std::string> find_cited_numbers(std::string_view text);

// "05 - 08" -> "05-08"; trailing punctuation dropped.
std::string clean_number(std::string_view printed);

}  // namespace agendum
