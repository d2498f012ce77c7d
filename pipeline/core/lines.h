// The cleaned text flow: what the text stages (normalize, layout) hand to segmentation
// and the extractors. Extractors see only this, never a PDF, so their tests are a few
// lines of text (see tests/support/markup.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/page.h"

namespace agendum {

struct Line {
  int page = 0;                        // 1-based page of the input PDF
  std::string text;                    // printed text: NFC, line-end hyphenation joined,
                                       // list marker stripped, struck-through words removed
  std::string match;                   // text normalised for matching: ASCII dashes and quotes,
                                       // ligatures split, single spaces (same words as text)
  std::vector<std::string> deleted;    // runs of struck-through words removed from text, in order
  std::vector<Word> words;             // the words behind the line, struck ones included
                                       // (boxes let the table code rebuild columns)
  Box box;
  double font_size = 0;                // median word size, points
  bool bold = false;                   // every accepted word is bold
  bool all_caps = false;               // has letters and none is lower case
  bool heading = false;                // judged a heading: bold, caps or larger, and short
  std::string list_marker;             // "•", "-", "1.", "a)", "(3)" when the line opens a list item
  bool paragraph_start = false;        // first line of a paragraph (gap above, indent, new column)
  PageMethod method = PageMethod::text;
  float confidence = 100;              // mean word confidence (100 for the text layer)
  int column = 0;

  // True when every word of the line was struck through.
  bool struck() const { return text.empty() && !deleted.empty(); }
};

// What the layout stage took out of the flow on one page, kept as page metadata.
struct PageFurniture {
  int page = 0;
  std::vector<std::string> headers;        // running header lines
  std::vector<std::string> footers;        // running footer lines
  std::optional<std::string> stamp_label;  // "3.5.a" from "3.5.a Packet Pg. 68"
  std::optional<int> stamp_page;           // 68
  std::optional<std::string> page_label;   // "Page 1 of 2"
};

struct CleanText {
  std::vector<Line> lines;                 // the packet's flow, page after page
  std::vector<PageFurniture> furniture;    // one entry per page, in page order
};

}  // namespace agendum
