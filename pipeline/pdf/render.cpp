#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/splash/SplashBitmap.h>

#include <cmath>
#include <cstring>

#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/raster.h"

namespace agendum {

GrayRenderer::GrayRenderer(PDFDoc& document) : document_(document) {
  SplashColor paper;
  paper[0] = 255;
  // Mono8 is the gray raster triage and Tesseract want: no colour conversion afterwards.
  device_ = std::make_unique<SplashOutputDev>(splashModeMono8, 1, false, paper);
  device_->setFontAntialias(true);
  device_->setVectorAntialias(true);
  device_->startDoc(&document_);
}

GrayRenderer::~GrayRenderer() = default;

Result<GrayRaster> GrayRenderer::render(int page_number, double dpi, std::chrono::steady_clock::time_point deadline) {
  constexpr double kMaxPixels = 50e6;
  if (page_number < 1 || page_number > document_.getNumPages())
    return Status(ErrorCode::internal, "the page is outside the document");
  double area_points = std::abs(document_.getPageCropWidth(page_number) * document_.getPageCropHeight(page_number));
  if (area_points <= 0) return Status(ErrorCode::internal, "the page has an empty page box");
  double pixels_at_dpi = area_points * (dpi / 72.0) * (dpi / 72.0);
  if (pixels_at_dpi > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels_at_dpi);

  // The call pdftoppm makes: crop box, the page's own rotation, no annotations hidden.
  document_.displayPageSlice(device_.get(), page_number, dpi, dpi, 0, false, true, false, -1, -1, -1, -1,
                             past_deadline, &deadline);
  if (past_deadline(&deadline)) return Status(ErrorCode::internal, "rendering did not finish within the page timeout");
  SplashBitmap* bitmap = device_->getBitmap();
  if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0 || !bitmap->getDataPtr()) {
    return Status(ErrorCode::internal, "Poppler could not render the page");
  }
  GrayRaster raster;
  raster.width = bitmap->getWidth();
  raster.height = bitmap->getHeight();
  raster.dpi = dpi;
  raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height);
  const unsigned char* rows = bitmap->getDataPtr();
  for (int y = 0; y < raster.height; ++y) {
    std::memcpy(raster.pixels.data() + static_cast<size_t>(y) * raster.width,
                rows + static_cast<size_t>(y) * bitmap->getRowSize(), static_cast<size_t>(raster.width));
  }
  return raster;
}

}  // namespace agendum
