// Document openings: the lines where a packet's next document announces itself.
//
// find_openings() reads the clean flow line by line and reports every place a document
// of a known kind could start (a staff report's address block, a RESOLUTION NO. heading,
// a class specification's title block, a minutes header, a salary schedule heading, an
// attachment caption, a page-stamp label change). It reports candidates only; deciding
// which candidates really cut the flow is segment_packet()'s job.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct Opening {
  size_t line = 0;  // index into CleanText::lines of the document's first line
  DocumentKind kind = DocumentKind::other;  // other for captions and stamps
  bool strong = false;                      // the text itself says what the document is
  std::optional<std::string> title;         // when the opening names the document ("SUBJECT: ...")
  bool page_top_only_inside = false;  // inside another document, cut only at the top of a page
                                      // (a salary table inside a report is not a new document)
  bool caption = false;               // an attachment caption ("Exhibit A")
};

// All openings in flow order (several may share a line).
std::vector<Opening> find_openings(const CleanText& text);

// True when `after` (the page following `before`) does not continue its printed numbering:
// "Page 34 of 106" then "Page 84 of 106", or packet stamp 12 then 40. Pages were left out
// between them, so nothing on `before` runs on into `after`.
bool numbering_breaks(const PageFurniture& before, const PageFurniture& after);

// The stamp label of each line's page ("3.5.a"), from PageFurniture, or from a stamp
// line still in the flow when the layout stage left it there.
std::vector<std::optional<std::string>> stamp_labels_by_line(const CleanText& text);

// The line as printed with its list marker put back ("6A. Approve ..."), normalised for
// matching. Openings and agenda items are often numbered, and the layout stage moves the
// number into Line::list_marker.
std::string line_for_matching(const Line& line);

// True when the line has letters and none is lower case (computed when the layout stage
// did not set Line::all_caps).
bool looks_all_caps(const Line& line);

}  // namespace agendum
