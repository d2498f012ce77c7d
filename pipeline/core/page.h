// The page model: what the PDF stages (text layer, OCR) hand to the text stages.
//
// Coordinates are PDF points (1/72 inch) with the origin at the page's top-left
// corner, x to the right and y down, for text-layer and OCR pages alike (OCR pixel
// boxes are scaled by 72/dpi), so layout code never asks where a word came from.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace agendum {

// Single precision: a packet holds a box for every word of every page, and a float places
// a word on a page to a thousandth of a point.
struct Box {
  Box() = default;
  Box(double left, double top, double right, double bottom)
      : x0(static_cast<float>(left)), y0(static_cast<float>(top)), x1(static_cast<float>(right)),
        y1(static_cast<float>(bottom)) {}
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

struct Word {
  std::string text;          // UTF-8 as printed (or as recognised)
  Box box;
  double font_size = 0;      // points; for OCR, the word box height
  bool bold = false;         // from the font name (text layer) or the heading markup
  bool italic = false;
  bool struck = false;       // a horizontal stroke runs through the word (redline deletion)
  bool underlined = false;   // a stroke runs under the word (redline insertion)
  float confidence = 100;    // OCR word confidence 0..100; 100 for the text layer
};

// The smallest box holding both.
inline Box united(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// The smallest box holding every word's box; an empty box for no words.
inline Box bounding_box(const std::vector<Word>& words) {
  if (words.empty()) return {};
  Box box = words.front().box;
  for (const Word& word : words) box = united(box, word.box);
  return box;
}

// One visual line in reading order (column by column on multi-column pages).
struct TextLine {
  std::vector<Word> words;
  Box box;
  int column = 0;            // 0-based column index on the page
};

enum class PageMethod { text, ocr };

// Per-page provenance, written to packet.pages[] as is.
struct PageInfo {
  int page = 0;                           // 1-based page number in the input PDF
  PageMethod method = PageMethod::text;
  double quality = 0;                     // 0..1: how usable the final text is
  int chars = 0;                          // non-space characters in the final text
  std::optional<double> ocr_confidence;   // mean word confidence 0..100, OCR pages only
  int rotation = 0;                       // degrees the page was turned before reading
};

// A horizontal rule or stroke seen on the page (table rulings, strike-throughs, underlines).
struct Rule {
  Box box;
};

struct PageText {
  double width = 0, height = 0;           // points
  std::vector<TextLine> lines;
  std::vector<Rule> rules;                // horizontal strokes found on the page
  PageInfo info;
};

}  // namespace agendum
