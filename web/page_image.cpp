#include "web/page_image.h"

#include <png.h>
#include <poppler/PDFDoc.h>

#include <chrono>

#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum::web {

GrayRaster rotated_clockwise(const GrayRaster& raster, int degrees) {
  const int turns = ((degrees / 90) % 4 + 4) % 4;
  if (turns == 0) return raster;
  GrayRaster out;
  out.dpi = raster.dpi;
  out.width = turns == 2 ? raster.width : raster.height;
  out.height = turns == 2 ? raster.height : raster.width;
  out.pixels.resize(raster.pixels.size());
  for (int y = 0; y < raster.height; ++y)
    for (int x = 0; x < raster.width; ++x) {
      int to_x = x, to_y = y;
      if (turns == 1) {
        to_x = raster.height - 1 - y;
        to_y = x;
      } else if (turns == 2) {
        to_x = raster.width - 1 - x;
        to_y = raster.height - 1 - y;
      } else {
        to_x = y;
        to_y = raster.width - 1 - x;
      }
      out.pixels[static_cast<size_t>(to_y) * out.width + to_x] = raster.at(x, y);
    }
  return out;
}

namespace {

void append_to_string(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))
      ->append(reinterpret_cast<const char*>(data), length);
}

void no_flush(png_structp) {}

}  // namespace

Result<std::string> encode_png(const GrayRaster& raster) {
  if (raster.width <= 0 || raster.height <= 0)
    return Status(ErrorCode::internal, "an empty page image");
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return Status(ErrorCode::internal, "libpng could not start");
  }
  std::string bytes;
  std::vector<png_bytep> rows(static_cast<size_t>(raster.height));
  for (int y = 0; y < raster.height; ++y)
    rows[static_cast<size_t>(y)] =
        const_cast<png_bytep>(raster.pixels.data() + static_cast<size_t>(y) * raster.width);
  // libpng reports errors by longjmp; nothing with a destructor is created past this point.
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return Status(ErrorCode::internal, "libpng could not encode the page");
  }
  png_set_write_fn(png, &bytes, append_to_string, no_flush);
  // Fast compression: a page is encoded on every request, and is mostly white.
  png_set_compression_level(png, 3);
  png_set_IHDR(png, info, static_cast<png_uint_32>(raster.width),
               static_cast<png_uint_32>(raster.height), 8, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return bytes;
}

Result<std::string> page_png(const std::string& pdf_path, int page, double dpi, int rotation) {
  std::unique_ptr<PDFDoc> document = open_poppler_document(pdf_path);
  if (!document || !document->isOk())
    return Status(ErrorCode::corrupt_pdf, pdf_path + ": Poppler cannot open it");
  if (page < 1 || page > document->getNumPages())
    return Status(ErrorCode::file_not_found, pdf_path + " has no page " + std::to_string(page));
  // A page image for the eye: the reading's raster cap bounds it as it bounds OCR's.
  GrayRenderer renderer(*document, kDefaultMaxRasterMegapixels * 1e6);
  Result<GrayRaster> raster = renderer.render(
      page, dpi, std::chrono::steady_clock::now() + std::chrono::seconds(kPageRenderSeconds));
  if (!raster.ok())
    return Status(ErrorCode::corrupt_pdf,
                  pdf_path + " page " + std::to_string(page) + ": " + raster.status().message());
  return encode_png(rotated_clockwise(raster.value(), rotation));
}

}  // namespace agendum::web
