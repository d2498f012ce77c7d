// The lines of a class specification as its recognizer and its extractor see them.
//
// A SpecLine is one clean Line (or one piece of a flattened line) with what the spec reader
// needs to know: its list marker, whether a paragraph or page break precedes it, which runs
// were struck through (redline deletions) and whether its words are bold or underlined
// (redline insertions, duty-area labels).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"
#include "pipeline/core/text_ops.h"

namespace agendum {

struct SpecLine {
  size_t line = 0;  // index into CleanText::lines
  int page = 0;
  std::string text;                  // accepted text, list marker removed
  std::vector<std::string> deleted;  // struck-through runs, markers removed
  bool bullet = false;               // opens a list item
  std::string marker;                // the list marker as printed: "-", "•", "3."
  bool gap_before = false;           // paragraph break, page break or start of a piece
  bool page_break = false;           // first line of a new page
  bool emphasised = false;           // every accepted word bold or underlined
  std::string lead_label;            // leading bold run ending in ':' ("Park Services")
  std::string lead_rest;             // the text after lead_label
  double x = 0;                      // left edge, points (cells of a boxed header differ)
  double size = 0;                   // font size, points (0 when unknown)
  bool heading = false;              // set as a heading (bold, larger or caps, and short)

  // Every word of the line was struck through.
  bool struck() const { return text.empty() && !deleted.empty(); }
};

// One SpecLine per clean line; lines of more than a few dozen words that carry several
// embedded headings ("... Definition: ... Class Characteristics: ...") are cut at those
// headings, and flattened lists ("• a • b") at their bullets. Short lines that join the cells
// of a boxed header ("CITY CLERK II, DEPUTY        Class Code: 1125") give one SpecLine a cell;
// on OCR'd pages one a row of a cell, without the letters OCR invents at a box's edges.
std::vector<SpecLine> spec_lines_from(const CleanText& text);
// The same for the clean lines [span.first, span.last) only.
std::vector<SpecLine> spec_lines_from(const CleanText& text, LineSpan span);

// Text predicates the spec readers share (their own namespace: the text stages have
// predicates of the same names with other rules).
namespace spec_text {
bool ends_sentence(std::string_view text);  // ends in . ; : ! ?
bool starts_lower(std::string_view text);
// Letters and digits only, lower case: how two printings or readings of one text compare.
std::string comparable(std::string_view text);
}  // namespace spec_text

}  // namespace agendum
