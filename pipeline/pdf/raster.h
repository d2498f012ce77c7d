// A gray page image: what triage, stroke finding and OCR look at.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

#include "pipeline/core/status.h"

class PDFDoc;
class Page;

namespace agendum {

class BoundedSplashDevice;
struct ImageReport;

struct GrayRaster {
  int width = 0, height = 0;
  double dpi = 0;
  std::vector<unsigned char> pixels;  // row-major, no padding; 0 is black, 255 white

  unsigned char at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
  double points_per_pixel() const { return 72.0 / dpi; }
};

// The resolution at which a page of width x height points fits a raster of at most
// `max_pixels` pixels and 32,000 pixels a side (Tesseract reads nothing wider or taller than
// 32,767): `dpi`, or less.
double fitted_dpi(double width_points, double height_points, double dpi, double max_pixels);

// Renders pages of one document straight to 8-bit gray, one renderer per worker thread.
// The renderer keeps Poppler's font engine between pages, so a packet's fonts are loaded
// once per worker rather than once per page. No raster it makes, and no image it draws into
// one, holds more than `max_pixels` pixels (bounded_splash.h).
class GrayRenderer {
 public:
  GrayRenderer(PDFDoc& document, double max_pixels);
  ~GrayRenderer();
  GrayRenderer(const GrayRenderer&) = delete;
  GrayRenderer& operator=(const GrayRenderer&) = delete;

  // The page (1-based, its /Rotate applied, as a reader shows it) at `dpi`, lowered to
  // fitted_dpi() for a page too large for the cap (GrayRaster::dpi says which was used).
  // Rendering stops at the deadline (a pathological page must not hold a worker forever),
  // and no image is read after it.
  Result<GrayRaster> render(int page_number, double dpi, std::chrono::steady_clock::time_point deadline);
  // The same, of a page of the renderer's document already loaded (PageTree::load).
  Result<GrayRaster> render(Page& page, double dpi, std::chrono::steady_clock::time_point deadline);
  // Which images the last render() had to reduce or skip.
  const ImageReport& images() const;

 private:
  PDFDoc& document_;
  double max_pixels_;
  std::unique_ptr<BoundedSplashDevice> device_;
};

}  // namespace agendum
