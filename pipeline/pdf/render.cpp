#include <cmath>
#include <cstring>
#include <string>

#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include "pipeline/pdf/raster.h"

namespace agendum {

Result<GrayRaster> render_gray(const poppler::page& page, double dpi) {
  constexpr double kMaxPixels = 50e6;
  poppler::rectf box = page.page_rect(poppler::crop_box);
  double area_points = std::abs(box.width() * box.height());
  if (area_points <= 0) return Status(ErrorCode::internal, "the page has an empty page box");
  double pixels_at_dpi = area_points * (dpi / 72.0) * (dpi / 72.0);
  if (pixels_at_dpi > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels_at_dpi);

  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
    return Status(ErrorCode::internal, "Poppler could not render the page");
  }
  GrayRaster raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.dpi = dpi;
  raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height);
  const char* rows = image.const_data();
  for (int y = 0; y < raster.height; ++y) {
    std::memcpy(raster.pixels.data() + static_cast<size_t>(y) * raster.width,
                rows + static_cast<size_t>(y) * image.bytes_per_row(), raster.width);
  }
  return raster;
}

}  // namespace agendum
