// A gray page image: what triage, stroke finding and OCR look at.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

#include "pipeline/core/status.h"

class PDFDoc;
class SplashOutputDev;

namespace agendum {

struct GrayRaster {
  int width = 0, height = 0;
  double dpi = 0;
  std::vector<unsigned char> pixels;  // row-major, no padding; 0 is black, 255 white

  unsigned char at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
  double points_per_pixel() const { return 72.0 / dpi; }
};

// Renders pages of one document straight to 8-bit gray, one renderer per worker thread.
// The renderer keeps Poppler's font engine between pages, so a packet's fonts are loaded
// once per worker rather than once per page.
class GrayRenderer {
 public:
  explicit GrayRenderer(PDFDoc& document);
  ~GrayRenderer();
  GrayRenderer(const GrayRenderer&) = delete;
  GrayRenderer& operator=(const GrayRenderer&) = delete;

  // The page (1-based, its /Rotate applied, as a reader shows it) at `dpi`. The resolution
  // is lowered for huge pages so one raster stays under ~50 megapixels. Rendering stops at
  // the deadline (a pathological page must not hold a worker forever): ErrorCode::timeout.
  Result<GrayRaster> render(int page_number, double dpi, std::chrono::steady_clock::time_point deadline);

 private:
  PDFDoc& document_;
  std::unique_ptr<SplashOutputDev> device_;
};

}  // namespace agendum
