// A Splash output device whose images cannot outgrow the page's memory or time.
//
// Poppler draws an image by reading every sample its dictionary declares, one row at a time,
// without consulting the page's abort check: an image declaring 65535 x 65535 pixels over a
// few bytes of data costs half a minute of colour conversion, and a small image drawn far
// larger than the page asks Splash for a bitmap of its whole drawn size. BoundedSplashDevice
// stands between Gfx and Splash. Splash draws an image itself, untouched, unless the image is
// drawn over more than twice the raster cap's pixels, or declares more samples than the cap and
// either declares over four times the cap (more than a second of Splash's time), is a soft
// mask (which Splash holds whole), or declares far more bytes than its data could decompress
// to. Such an image is read here instead, row by row with the deadline checked on every row,
// stopping at the end of its data (a lying image's missing rows are blank, as Poppler draws
// them), and Splash draws a copy of its visible part: at the source's own resolution up to
// twice the page's, averaged where samples are intensities and nearest elsewhere, never larger
// in bytes than the cap. JPEG 2000 and JBIG2 images over the cap are not drawn at all: their
// decoders expand the whole image in memory before the first row. After the deadline no image
// is read. What was reduced, skipped or cut short is reported.
//
// One device per worker thread, like the renderer that owns it.
#pragma once

#include <poppler/SplashOutputDev.h>

#include <chrono>
#include <string>
#include <vector>

namespace agendum {

// What a rendering did to keep its images within bounds.
struct ImageReport {
  int copied = 0;   // images drawn from a copy (read here rather than by Splash)
  int reduced = 0;  // of those, copies with fewer samples than the page raster shows
  int skipped = 0;  // images not drawn (JPEG 2000 or JBIG2 over the cap)
  // The largest image reduced, skipped or short of data, as declared, and the share of its
  // declared rows its data actually held (1 when it held them all).
  int largest_width = 0, largest_height = 0;
  double largest_data_share = 1;
  bool deadline_passed = false;     // an image was cut short, or not read, at the deadline
  std::vector<std::string> damage;  // what image decoders said of damaged data (library_messages.h)

  void add(const ImageReport& other);
  // The report of one image of these declared dimensions, as yet neither reduced nor skipped.
  static ImageReport of_image(int width, int height);
};

class BoundedSplashDevice : public SplashOutputDev {
 public:
  BoundedSplashDevice(SplashColorMode mode, SplashColorPtr paper);

  // Bounds for the next page: no image copy above `max_samples` samples (nor its bytes above
  // max_samples), nothing read after `deadline`. Clears the report.
  void start_bounded_page(double max_samples, std::chrono::steady_clock::time_point deadline);
  const ImageReport& report() const { return report_; }
  // Adds what image decoders said while the page was drawn.
  void note_damage(const std::vector<std::string>& messages);

  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override;
  void setSoftMaskFromImageMask(GfxState* state, Object* ref, Stream* str, int width, int height,
                                bool invert, bool inline_image, double* base_matrix) override;
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_image) override;
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                       int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override;
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                           int mask_width, int mask_height, GfxImageColorMap* mask_color_map,
                           bool mask_interpolate) override;

 private:
  double max_samples_ = 50e6;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  ImageReport report_;

  // Whether the deadline has passed (and so no image may be read); notes it in the report.
  bool past_deadline();
};

// Reads at most `bytes` bytes of an inline image's data and no further than its end, giving up
// at the deadline: what a text device must do with an inline image it does not draw (Poppler's
// default reads every declared byte, one call per byte, even past the end of the data).
void skip_inline_image(Stream* str, long long bytes,
                       std::chrono::steady_clock::time_point deadline);

// Bytes of image data a width x height image of `components` samples of `bits` declares.
long long declared_image_bytes(int width, int height, int components, int bits);

}  // namespace agendum
