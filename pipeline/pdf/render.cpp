#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "pipeline/pdf/bounded_splash.h"
#include "pipeline/pdf/library_messages.h"
#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/raster.h"

namespace agendum {
namespace {

// Tesseract rejects images over 32,767 pixels a side; Splash rounds the page's size up.
constexpr double kMaxRasterSide = 32000;

}  // namespace

double fitted_dpi(double width_points, double height_points, double dpi, double max_pixels) {
  const double width = std::abs(width_points), height = std::abs(height_points);
  const double pixels = width * height * (dpi / 72) * (dpi / 72);
  if (pixels > max_pixels) dpi *= std::sqrt(max_pixels / pixels);
  const double longest = std::max(width, height) * dpi / 72;
  if (longest > kMaxRasterSide) dpi *= kMaxRasterSide / longest;
  return dpi;
}

GrayRenderer::GrayRenderer(PDFDoc& document, double max_pixels)
    : document_(document), max_pixels_(max_pixels) {
  SplashColor paper;
  paper[0] = 255;
  // Mono8 is the gray raster triage and Tesseract want: no colour conversion afterwards.
  device_ = std::make_unique<BoundedSplashDevice>(splashModeMono8, paper);
  device_->setFontAntialias(true);
  device_->setVectorAntialias(true);
  device_->startDoc(&document_);
}

GrayRenderer::~GrayRenderer() = default;

const ImageReport& GrayRenderer::images() const { return device_->report(); }

Result<GrayRaster> GrayRenderer::render(int page_number, double dpi, std::chrono::steady_clock::time_point deadline) {
  Page* page = page_number >= 1 && page_number <= document_.getNumPages()
                   ? document_.getPage(page_number)
                   : nullptr;
  if (!page) {
    device_->start_bounded_page(max_pixels_, deadline);
    return Status(ErrorCode::internal, "the page is outside the document");
  }
  return render(*page, dpi, deadline);
}

Result<GrayRaster> GrayRenderer::render(Page& page, double dpi,
                                        std::chrono::steady_clock::time_point deadline) {
  device_->start_bounded_page(max_pixels_, deadline);
  const double width = page.getCropWidth(), height = page.getCropHeight();
  if (!(std::abs(width * height) > 0))
    return Status(ErrorCode::internal, "the page has an empty page box");
  dpi = fitted_dpi(width, height, dpi, max_pixels_);

  // The call pdftoppm makes: crop box, the page's own rotation, no annotations hidden.
  AbortAtDeadline abort{deadline};
  {
    LibraryMessages decoder_messages;
    page.displaySlice(device_.get(), dpi, dpi, 0, false, true, -1, -1, -1, -1, false,
                      AbortAtDeadline::check, &abort);
    device_->note_damage(decoder_messages.messages());
  }
  // The device's bitmap would otherwise stay alive beside the copy until the next page.
  std::unique_ptr<SplashBitmap> bitmap(device_->takeBitmap());
  if (abort.stopped || device_->report().deadline_passed)
    return Status(ErrorCode::internal, "rendering did not finish within the time limit");
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
