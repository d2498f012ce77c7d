// Strokes drawn as vector graphics on a born-digital page, read from the page's content
// stream without rasterising it.
//
// A redlined specification's strike-throughs and underlines are drawn lines (or thin
// filled rectangles) in the PDF; Poppler's graphics interpreter reports them as paths, so
// a text-layer page needs no rendering to find them. This is what keeps born-digital
// extraction close to pdftotext's speed. Scanned pages find their strokes in the image
// instead (strokes.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/core/page.h"

class PDFDoc;

namespace agendum {

// One per worker thread: owns its own Poppler core document over the file's bytes.
class VectorStrokeReader {
 public:
  // bytes must outlive the reader. Returns null when Poppler cannot open them.
  static std::unique_ptr<VectorStrokeReader> open(const std::string& bytes);
  ~VectorStrokeReader();

  // Horizontal dark strokes on a page (1-based), in points with a top-left origin in the
  // page's displayed (rotated) frame.
  std::vector<Rule> page_strokes(int page_number);

 private:
  explicit VectorStrokeReader(std::unique_ptr<PDFDoc> document);
  std::unique_ptr<PDFDoc> document_;
};

}  // namespace agendum
