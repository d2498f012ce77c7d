// A gray page image: what triage, stroke finding and OCR look at.
#pragma once

#include <cstddef>
#include <vector>

#include <poppler-page.h>

#include "pipeline/core/status.h"

namespace agendum {

struct GrayRaster {
  int width = 0, height = 0;
  double dpi = 0;
  std::vector<unsigned char> pixels;  // row-major, no padding; 0 is black, 255 white

  unsigned char at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
  double points_per_pixel() const { return 72.0 / dpi; }
};

// Renders the page (its /Rotate applied, as a reader shows it) to 8-bit gray at `dpi`.
// The resolution is lowered for huge pages so one raster stays under ~50 megapixels.
Result<GrayRaster> render_gray(const poppler::page& page, double dpi);

}  // namespace agendum
