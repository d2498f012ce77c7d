// What role each line plays in its page: list item, heading, first line of a paragraph.
//
// List markers are bullets ("•", "-", "o", Wingdings arrows) and simple enumerators ("1.",
// "a)", "(3)", "iv.", "B.") at the start of a line followed by text; they move from the
// text into Line::list_marker. Multi-level numbers ("3.1") and item codes ("6A") stay in
// the text: they are agenda item numbers the extractors read.
// A heading is a short line (a few words, or a label ending in ':') set bold, in capitals or
// in a clearly larger size than the body, that does not read as a sentence.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/lines.h"

namespace agendum {

// Moves a leading list marker from text (and match) into list_marker.
void take_list_marker(Line& line);

// The size most of the text is set in (points, weighted by characters).
double body_font_size(const std::vector<Line>& lines);

// Sets Line::heading from style, length and punctuation.
void mark_heading(Line& line, double body_size);

// Sets Line::heading on every line (mark_heading), then takes it back from capital-letter
// lines that only continue the sentence above them: the second line of a title in capitals
// ("A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA," then "AMENDING THE
// CLASSIFICATION PLAN ...") is not a heading of its own.
void mark_headings(std::vector<Line>& lines);

// Sets Line::paragraph_start on lines of the flow: first line of a page or column, a gap
// above wider than ~1.4 line pitches, a first-line indent, a list item or a heading.
void mark_paragraph_starts(std::vector<Line>& lines);

}  // namespace agendum
