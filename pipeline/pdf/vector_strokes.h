// One pass over a born-digital page's content stream for both its words and its strokes.
//
// A redlined specification's strike-throughs and underlines are drawn lines (or thin filled
// rectangles) in the PDF, not font properties. Poppler's text device sees the page's paths
// while it collects the words, so one interpretation of the page yields both, with nothing
// rasterised: this is what keeps born-digital extraction close to pdftotext's speed. Scanned
// pages find their strokes in the image instead (strokes.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/pdf/text_layer.h"

class PDFDoc;

namespace agendum {

struct WordsAndStrokes {
  TextLayerWords words;       // as read_text_layer() gives them
  std::vector<Rule> strokes;  // horizontal dark strokes, same frame as the words
};

// One per worker thread: owns its own Poppler core document over the file's bytes.
class VectorPageReader {
 public:
  // bytes must outlive the reader. Returns null when Poppler cannot open them.
  static std::unique_ptr<VectorPageReader> open(const std::string& bytes);
  ~VectorPageReader();

  // The words and strokes of a page (1-based), in points with a top-left origin in the
  // frame Poppler's text boxes use.
  WordsAndStrokes read_page(int page_number);

 private:
  explicit VectorPageReader(std::unique_ptr<PDFDoc> document);
  std::unique_ptr<PDFDoc> document_;
};

}  // namespace agendum
