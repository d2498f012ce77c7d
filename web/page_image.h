// Source pages as PNG images for the review pages, rendered by Poppler when asked for.
#pragma once

#include <string>

#include "pipeline/core/status.h"
#include "pipeline/pdf/raster.h"

namespace agendum::web {

inline constexpr double kPageImageDpi = 100;
inline constexpr int kPageRenderSeconds = 20;

// The page (1-based) of the PDF as an 8-bit gray PNG at `dpi`, turned `rotation` degrees
// clockwise (0, 90, 180, 270) so that a page OCR'd upright is shown upright. Fails with
// file_not_found for a page the PDF does not have, corrupt_pdf when Poppler cannot open or
// render it (or runs past kPageRenderSeconds).
Result<std::string> page_png(const std::string& pdf_path, int page, double dpi, int rotation);

// The raster turned clockwise by a multiple of 90 degrees.
GrayRaster rotated_clockwise(const GrayRaster& raster, int degrees);

// PNG bytes of a gray raster.
Result<std::string> encode_png(const GrayRaster& raster);

}  // namespace agendum::web
