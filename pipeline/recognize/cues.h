// Line-level cues every recognizer reads: a line as printed with its list marker, whether it
// is set as a heading, where it sits on its page, and the page furniture around it (packet
// stamps, printed page numbers).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Lines up to this long can be headings, titles or labelled fields; longer ones are prose.
inline constexpr size_t kShortLine = 80;

// The line as printed with its list marker put back ("6A. Approve ..."), normalised for
// matching. Openings and agenda items are often numbered, and the layout stage moves the
// number into Line::list_marker.
std::string line_for_matching(const Line& line);

// True when the line has letters and none is lower case (computed when the layout stage
// did not set Line::all_caps).
bool looks_all_caps(const Line& line);

// Bold or judged a heading by the layout stage.
bool styled_as_heading(const Line& line);

// True when the line is among the first `within` lines of its page.
bool at_page_top(const std::vector<Line>& lines, size_t i, size_t within = 3);

// A gap above the line (or the layout's paragraph flag when the line has no box).
bool starts_paragraph(const std::vector<Line>& lines, size_t i);

// Cuts a long (flattened) line to a readable title at a word boundary.
std::string title_from(std::string text, size_t limit = 160);

// The first `chars` characters of the span's lines in matching form, lines joined by a space:
// where a document names itself, even when its line breaks were lost.
std::string head_of(const CleanText& text, LineSpan span, size_t chars = 600);

// True when `after` (the page following `before`) does not continue its printed numbering:
// "Page 34 of 106" then "Page 84 of 106", or packet stamp 12 then 40. Pages were left out
// between them, so nothing on `before` runs on into `after`.
bool numbering_breaks(const PageFurniture& before, const PageFurniture& after);

// An RE2 pattern (no flags, no groups) matching `word` as OCR prints it: letters it confuses
// (l/I/1, O/0, S/5, rn for m, vv for w, li for h) and single spaces between letters, where OCR
// split the word ("RES OLUTION", "WHERE AS") or the typist spaced it ("R E S O L U T I O N").
// Letters match in either case; word is ASCII letters. Symbols read for letters ("RE$OLUTION",
// "RESO|UTION") are taken inside the word only, so the pattern can sit between \b boundaries.
// "resolution" matches "RESOLUTION", "RESOLUTlON", "RES0LUTI0N", "Reso1ution".
std::string ocr_tolerant(std::string_view word);

// The stamp label of each line's page ("3.5.a"), from PageFurniture, or from a stamp
// line still in the flow when the layout stage left it there.
std::vector<std::optional<std::string>> stamp_labels_by_line(const CleanText& text);

}  // namespace agendum
