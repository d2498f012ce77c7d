// Page furniture: what a page prints around its content rather than as part of it.
//
// Packet stamps ("3.5.a Packet Pg. 68"), page labels ("Page 1 of 2") and running headers and
// footers (a consultant's name, a report title, a bare page number) are taken out of the
// text flow and kept per page in PageFurniture. Running headers/footers are found by
// repetition: a line near the top or bottom of a page whose text, with digits masked, also
// tops or ends the neighbouring pages (fuzzy match, so OCR that misreads a letter still
// counts). A line seen on one page only is never removed, and a labelled field ("Bargaining
// Unit: ...") only when it runs over consecutive pages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/lines.h"

namespace agendum {

// A packet stamp found in a line of text; [begin, end) is the span it occupies.
struct PacketStamp {
  std::optional<std::string> label;  // "3.3.b"; unset for a bare "Packet Pg. 50"
  int page = 0;                      // 50
  size_t begin = 0, end = 0;
};

// Finds a stamp such as "3.1.a Packet Pg. 8", also when it is fused to an amount in flattened
// text ("4,877.503.3.bPacket Pg. 50": the amount 4,877.50 is not part of the stamp).
// Cross-references such as "(Packet Pg. 16)" carry no item label and are not stamps.
std::optional<PacketStamp> find_packet_stamp(std::string_view text);

// The text a running header is compared by: lower case, digit runs masked as '#',
// punctuation dropped, spaces collapsed ("Page 3 of 12" and "Page 4 of 12" agree).
std::string furniture_key(std::string_view text);

// 1 - edit distance / longer length: 1 for equal strings, 0 for nothing in common.
double similarity(std::string_view a, std::string_view b);

// Removes stamps, page labels and running headers/footers from the lines of each page (in
// place; lines left empty are dropped) and returns one PageFurniture per page.
// page_numbers[i] is the 1-based PDF page of page_lines[i], page_heights[i] its height in
// points (0 when unknown).
std::vector<PageFurniture> take_out_page_furniture(std::vector<std::vector<Line>>& page_lines,
                                                   const std::vector<int>& page_numbers,
                                                   const std::vector<double>& page_heights);

}  // namespace agendum
