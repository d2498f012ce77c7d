#include "pipeline/pdf/bounded_splash.h"

#include <poppler/Dict.h>
#include <poppler/GfxState.h>
#include <poppler/Object.h>
#include <poppler/Stream.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace agendum {
namespace {

using Clock = std::chrono::steady_clock;

// A row wider than this (in bytes) is not read here at all: a 65535-pixel row of four 16-bit
// samples is half a megabyte.
constexpr long long kMaxRowBytes = 1LL << 24;
// Poppler fills samples missing at the end of an image's data with this byte.
constexpr unsigned char kMissingSample = 0xFF;

// How an image stream's samples are laid out: rows of pixels of `components` samples of
// `bits` bits each, every row padded to a whole byte (PDF 32000-1, 8.9.3).
struct SampleLayout {
  int components = 1, bits = 1;
  long long pixel_bits() const { return static_cast<long long>(components) * bits; }
  long long row_bytes(long long width) const { return (width * pixel_bits() + 7) / 8; }
};

// The part of an image's unit square to draw: u runs left to right, v bottom to top (the
// image's first row is at v = 1).
struct Region {
  double u0 = 0, u1 = 1, v0 = 0, v1 = 1;
  bool empty() const { return !(u1 > u0 && v1 > v0); }
};

// The device-space lengths of the image's unit square's edges.
double drawn_width(const double* ctm) { return std::hypot(ctm[0], ctm[1]); }
double drawn_height(const double* ctm) { return std::hypot(ctm[2], ctm[3]); }

// The part of the unit square that lands inside the clip box (the page, or less).
Region visible_region(const GfxState* state) {
  const double* m = state->getCTM();
  const double det = m[0] * m[3] - m[1] * m[2];
  if (!(std::abs(det) > 1e-12)) return {0, 0, 0, 0};
  double x_min, y_min, x_max, y_max;
  state->getClipBBox(&x_min, &y_min, &x_max, &y_max);
  Region region{1e300, -1e300, 1e300, -1e300};
  for (auto [x, y] : std::array<std::pair<double, double>, 4>{
           {{x_min, y_min}, {x_max, y_min}, {x_min, y_max}, {x_max, y_max}}}) {
    const double dx = x - m[4], dy = y - m[5];
    const double u = (m[3] * dx - m[2] * dy) / det, v = (m[0] * dy - m[1] * dx) / det;
    region = {std::min(region.u0, u), std::max(region.u1, u), std::min(region.v0, v),
              std::max(region.v1, v)};
  }
  return {std::max(region.u0, 0.0), std::min(region.u1, 1.0), std::max(region.v0, 0.0),
          std::min(region.v1, 1.0)};
}

// Samples along one axis of the copy: the source's own resolution, but no finer than twice
// the device's (Splash averages that down) and no coarser than the device's (so a tiny image
// drawn huge keeps sharp edges in the small part of it that is visible).
int copy_extent(double source_span, double drawn_span) {
  const double extent = std::clamp(source_span, drawn_span, 2 * drawn_span);
  return static_cast<int>(std::clamp(std::ceil(extent), 1.0, 1e9));
}

struct SampleCopy {
  std::vector<unsigned char> data;  // rows in the source's layout
  int width = 0, height = 0;
  double data_share = 1;   // share of the declared rows the source's data held
  bool coarser = false;    // fewer samples than the page raster shows of the image
  bool cut_short = false;  // the deadline passed while reading
};

// Copies pixel `from` of a source row to pixel `to` of a copy row, bit by bit for pixels
// smaller than a byte (into a row that starts zeroed).
void copy_pixel(const unsigned char* row, long long from, unsigned char* out, long long to,
                long long pixel_bits) {
  if (pixel_bits % 8 == 0) {
    const long long bytes = pixel_bits / 8;
    std::memcpy(out + to * bytes, row + from * bytes, static_cast<size_t>(bytes));
    return;
  }
  for (long long bit = 0; bit < pixel_bits; ++bit) {
    const long long source = from * pixel_bits + bit, target = to * pixel_bits + bit;
    if (row[source / 8] & (0x80 >> (source % 8)))
      out[target / 8] |= static_cast<unsigned char>(0x80 >> (target % 8));
  }
}

// Reads the source's rows in order (it can only be read forwards), keeping the nearest source
// sample to each copy pixel's centre. Reading stops at the last row the copy needs, at the end
// of the data (the missing rows are blank), or at the deadline.
SampleCopy copy_samples(Stream* str, int width, int height, SampleLayout layout,
                        const Region& region, int copy_width, int copy_height,
                        Clock::time_point deadline) {
  SampleCopy copy;
  copy.width = copy_width;
  copy.height = copy_height;
  std::vector<long long> columns(static_cast<size_t>(copy_width));
  for (int i = 0; i < copy_width; ++i) {
    const double u = region.u0 + (i + 0.5) / copy_width * (region.u1 - region.u0);
    columns[static_cast<size_t>(i)] =
        std::clamp(static_cast<long long>(std::floor(u * width)), 0LL, width - 1LL);
  }
  const long long row_bytes = layout.row_bytes(width),
                  copy_row_bytes = layout.row_bytes(copy_width);
  // Rows not reached before the deadline stay as Poppler draws missing data.
  copy.data.assign(static_cast<size_t>(copy_row_bytes * copy_height), kMissingSample);
  std::vector<unsigned char> row(static_cast<size_t>(row_bytes), kMissingSample);
  str->reset();
  int rows_read = 0;  // the row buffer holds row rows_read - 1
  bool ended = false, blank = false;
  for (int j = 0; j < copy_height; ++j) {
    const double v = region.v1 - (j + 0.5) / copy_height * (region.v1 - region.v0);
    const int wanted = std::clamp(static_cast<int>(std::floor((1 - v) * height)), 0, height - 1);
    while (rows_read <= wanted) {
      if (ended) {
        if (!blank) std::fill(row.begin(), row.end(), kMissingSample);
        blank = true;
        rows_read = wanted + 1;
        break;
      }
      if (Clock::now() > deadline) {
        copy.cut_short = true;
        str->close();
        return copy;
      }
      const int got = std::max(0, str->doGetChars(static_cast<int>(row_bytes), row.data()));
      if (got < row_bytes) {
        std::fill(row.begin() + got, row.end(), kMissingSample);
        ended = true;
        copy.data_share =
            (rows_read + static_cast<double>(got) / static_cast<double>(row_bytes)) / height;
      }
      ++rows_read;
    }
    unsigned char* out =
        copy.data.data() + static_cast<size_t>(j) * static_cast<size_t>(copy_row_bytes);
    if (layout.pixel_bits() % 8 != 0) std::fill(out, out + copy_row_bytes, 0);
    for (int i = 0; i < copy_width; ++i)
      copy_pixel(row.data(), columns[static_cast<size_t>(i)], out, i, layout.pixel_bits());
  }
  str->close();
  return copy;
}

// One image (or mask) of a draw call, as declared.
struct SourceImage {
  Stream* str;
  int width, height;
  SampleLayout layout;
};

// The copies a draw call is made from, and the CTM that puts them on the visible region.
class ReducedDraw {
 public:
  ReducedDraw(GfxState* state, double max_samples) : state_(state), max_samples_(max_samples) {
    const double* ctm = state->getCTM();
    std::copy(ctm, ctm + 6, saved_ctm_.begin());
    region_ = visible_region(state);
  }
  ~ReducedDraw() {
    const auto& m = saved_ctm_;
    state_->setCTM(m[0], m[1], m[2], m[3], m[4], m[5]);
  }
  ReducedDraw(const ReducedDraw&) = delete;
  ReducedDraw& operator=(const ReducedDraw&) = delete;

  bool visible() const { return !region_.empty(); }

  // The copy of `source` for this draw, within the sample and byte budget.
  SampleCopy copy(const SourceImage& source, Clock::time_point deadline) const {
    const double region_width = region_.u1 - region_.u0, region_height = region_.v1 - region_.v0;
    const double shown_width =
        std::min(region_width * source.width, region_width * drawn_width(saved_ctm_.data()));
    const double shown_height =
        std::min(region_height * source.height, region_height * drawn_height(saved_ctm_.data()));
    double width =
        copy_extent(region_width * source.width, region_width * drawn_width(saved_ctm_.data()));
    double height =
        copy_extent(region_height * source.height, region_height * drawn_height(saved_ctm_.data()));
    const double cost = std::max(
        width * height,
        height * static_cast<double>(source.layout.row_bytes(static_cast<long long>(width))));
    if (cost > max_samples_) {
      const double scale = std::sqrt(max_samples_ / cost);
      width = std::max(1.0, std::floor(width * scale));
      height = std::max(1.0, std::floor(height * scale));
    }
    SampleCopy copy = copy_samples(source.str, source.width, source.height, source.layout, region_,
                                   static_cast<int>(width), static_cast<int>(height), deadline);
    copy.coarser = width < 0.99 * shown_width || height < 0.99 * shown_height;
    return copy;
  }

  // Puts the copies' unit square onto the visible region for the draw call that follows.
  void aim_at_region() {
    const auto& m = saved_ctm_;
    const double du = region_.u1 - region_.u0, dv = region_.v1 - region_.v0;
    state_->setCTM(m[0] * du, m[1] * du, m[2] * dv, m[3] * dv,
                   m[0] * region_.u0 + m[2] * region_.v0 + m[4],
                   m[1] * region_.u0 + m[3] * region_.v0 + m[5]);
  }

 private:
  GfxState* state_;
  double max_samples_;
  std::array<double, 6> saved_ctm_{};
  Region region_;
};

// A stream over a copy's samples, for Splash to read as it would the original.
std::unique_ptr<MemStream> stream_over(const SampleCopy& copy) {
  return std::make_unique<MemStream>(reinterpret_cast<const char*>(copy.data.data()), 0,
                                     static_cast<Goffset>(copy.data.size()),
                                     Object(new Dict(static_cast<XRef*>(nullptr))));
}

bool declares_more_than(const SourceImage& source, double max_samples) {
  return static_cast<double>(source.width) * source.height > max_samples;
}

// Images this device will not read: a JPEG 2000 or JBIG2 image over the cap (their decoders
// expand the whole image when the stream is reset), or rows too wide to hold one of.
bool unreadable(const SourceImage& source, double max_samples) {
  const bool whole_on_reset = source.str->getKind() == strJPX || source.str->getKind() == strJBIG2;
  return (whole_on_reset && declares_more_than(source, max_samples)) ||
         source.layout.row_bytes(source.width) > kMaxRowBytes;
}

ImageReport skipped_image(const SourceImage& source) {
  ImageReport report = ImageReport::of_image(source.width, source.height);
  report.skipped = 1;
  return report;
}

// A copy is worth a diagnostic when it shows less than the page raster could, or its source's
// data ran out before the rows it declares.
ImageReport copied_image(const SourceImage& source, const SampleCopy& copy) {
  ImageReport report;
  report.copied = 1;
  report.deadline_passed = copy.cut_short;
  if (copy.coarser || copy.data_share < 1) {
    report = ImageReport::of_image(source.width, source.height);
    report.copied = 1;
    report.reduced = copy.coarser ? 1 : 0;
    report.largest_data_share = copy.data_share;
    report.deadline_passed = copy.cut_short;
  }
  return report;
}

// What every image draw call does with an image too large for Splash: skip it if it cannot be
// read within bounds, else read its visible part (and its mask's) into copies and draw those.
template <size_t N, typename Draw>
void draw_reduced(GfxState* state, double max_samples, Clock::time_point deadline,
                  ImageReport& report, const std::array<SourceImage, N>& sources, Draw draw) {
  for (const SourceImage& source : sources) {
    if (!unreadable(source, max_samples)) continue;
    report.add(skipped_image(source));
    return;
  }
  ReducedDraw reduced(state, max_samples);
  if (!reduced.visible()) return;
  std::array<SampleCopy, N> copies;
  for (size_t i = 0; i < N; ++i) {
    copies[i] = reduced.copy(sources[i], deadline);
    report.add(copied_image(sources[i], copies[i]));
    if (copies[i].cut_short) return;
  }
  std::array<std::unique_ptr<MemStream>, N> streams;
  for (size_t i = 0; i < N; ++i) streams[i] = stream_over(copies[i]);
  reduced.aim_at_region();
  draw(copies, streams);
}

}  // namespace

void ImageReport::add(const ImageReport& other) {
  copied += other.copied;
  reduced += other.reduced;
  skipped += other.skipped;
  if (static_cast<double>(other.largest_width) * other.largest_height >
      static_cast<double>(largest_width) * largest_height) {
    largest_width = other.largest_width;
    largest_height = other.largest_height;
    largest_data_share = other.largest_data_share;
  }
  deadline_passed = deadline_passed || other.deadline_passed;
  for (const std::string& message : other.damage)
    if (std::find(damage.begin(), damage.end(), message) == damage.end()) damage.push_back(message);
}

ImageReport ImageReport::of_image(int width, int height) {
  ImageReport report;
  report.largest_width = width;
  report.largest_height = height;
  return report;
}

long long declared_image_bytes(int width, int height, int components, int bits) {
  return SampleLayout{components, bits}.row_bytes(width) * height;
}

void skip_inline_image(Stream* str, long long bytes, Clock::time_point deadline) {
  std::array<unsigned char, 1 << 16> chunk;
  str->reset();
  while (bytes > 0 && Clock::now() <= deadline) {
    const int want = static_cast<int>(std::min<long long>(bytes, chunk.size()));
    const int got = str->doGetChars(want, chunk.data());
    if (got <= 0) break;
    bytes -= got;
  }
  str->close();
}

BoundedSplashDevice::BoundedSplashDevice(SplashColorMode mode, SplashColorPtr paper)
    : SplashOutputDev(mode, 1, false, paper) {}

void BoundedSplashDevice::start_bounded_page(double max_samples, Clock::time_point deadline) {
  max_samples_ = max_samples;
  deadline_ = deadline;
  report_ = {};
}

void BoundedSplashDevice::note_damage(const std::vector<std::string>& messages) {
  ImageReport damage;
  damage.damage = messages;
  report_.add(damage);
}

bool BoundedSplashDevice::too_large(const GfxState* state, int width, int height) const {
  const double* ctm = state->getCTM();
  return static_cast<double>(width) * height > max_samples_ ||
         drawn_width(ctm) * drawn_height(ctm) > 2 * max_samples_;
}

bool BoundedSplashDevice::past_deadline() {
  if (Clock::now() <= deadline_) return false;
  report_.deadline_passed = true;
  return true;
}

void BoundedSplashDevice::drawImageMask(GfxState* state, Object* ref, Stream* str, int width,
                                        int height, bool invert, bool interpolate,
                                        bool inline_image) {
  if (past_deadline()) return;
  if (!too_large(state, width, height)) {
    SplashOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate,
                                   inline_image);
    return;
  }
  draw_reduced<1>(state, max_samples_, deadline_, report_, {{{str, width, height, {1, 1}}}},
                  [&](auto& copies, auto& streams) {
                    SplashOutputDev::drawImageMask(state, ref, streams[0].get(), copies[0].width,
                                                   copies[0].height, invert, interpolate, false);
                  });
}

void BoundedSplashDevice::setSoftMaskFromImageMask(GfxState* state, Object* ref, Stream* str,
                                                   int width, int height, bool invert,
                                                   bool inline_image, double* base_matrix) {
  // Splash pairs this call with unsetSoftMaskFromImageMask, so it always goes through; an
  // image too large for the deadline is drawn from its copy as far as it was read.
  if (!too_large(state, width, height)) {
    SplashOutputDev::setSoftMaskFromImageMask(state, ref, str, width, height, invert, inline_image,
                                              base_matrix);
    return;
  }
  const SourceImage source{str, width, height, {1, 1}};
  ReducedDraw reduced(state, max_samples_);
  SampleCopy copy;
  if (unreadable(source, max_samples_)) {
    copy = {{kMissingSample}, 1, 1, 1, false, false};
    report_.add(skipped_image(source));
  } else {
    copy = reduced.copy(source, deadline_);
    report_.add(copied_image(source, copy));
  }
  std::unique_ptr<MemStream> stream = stream_over(copy);
  reduced.aim_at_region();
  SplashOutputDev::setSoftMaskFromImageMask(state, ref, stream.get(), copy.width, copy.height,
                                            invert, false, base_matrix);
}

void BoundedSplashDevice::drawImage(GfxState* state, Object* ref, Stream* str, int width,
                                    int height, GfxImageColorMap* color_map, bool interpolate,
                                    const int* mask_colors, bool inline_image) {
  if (past_deadline()) return;
  if (!too_large(state, width, height)) {
    SplashOutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                               inline_image);
    return;
  }
  const SampleLayout layout{color_map->getNumPixelComps(), color_map->getBits()};
  draw_reduced<1>(state, max_samples_, deadline_, report_, {{{str, width, height, layout}}},
                  [&](auto& copies, auto& streams) {
                    SplashOutputDev::drawImage(state, ref, streams[0].get(), copies[0].width,
                                               copies[0].height, color_map, interpolate,
                                               mask_colors, false);
                  });
}

void BoundedSplashDevice::drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                          int height, GfxImageColorMap* color_map, bool interpolate,
                                          Stream* mask_str, int mask_width, int mask_height,
                                          bool mask_invert, bool mask_interpolate) {
  if (past_deadline()) return;
  if (!too_large(state, width, height) && !too_large(state, mask_width, mask_height)) {
    SplashOutputDev::drawMaskedImage(state, ref, str, width, height, color_map, interpolate,
                                     mask_str, mask_width, mask_height, mask_invert,
                                     mask_interpolate);
    return;
  }
  const SampleLayout layout{color_map->getNumPixelComps(), color_map->getBits()};
  draw_reduced<2>(state, max_samples_, deadline_, report_,
                  {{{str, width, height, layout}, {mask_str, mask_width, mask_height, {1, 1}}}},
                  [&](auto& copies, auto& streams) {
                    SplashOutputDev::drawMaskedImage(
                        state, ref, streams[0].get(), copies[0].width, copies[0].height, color_map,
                        interpolate, streams[1].get(), copies[1].width, copies[1].height,
                        mask_invert, mask_interpolate);
                  });
}

void BoundedSplashDevice::drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                              int height, GfxImageColorMap* color_map,
                                              bool interpolate, Stream* mask_str, int mask_width,
                                              int mask_height, GfxImageColorMap* mask_color_map,
                                              bool mask_interpolate) {
  if (past_deadline()) return;
  if (!too_large(state, width, height) && !too_large(state, mask_width, mask_height)) {
    SplashOutputDev::drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate,
                                         mask_str, mask_width, mask_height, mask_color_map,
                                         mask_interpolate);
    return;
  }
  const SampleLayout layout{color_map->getNumPixelComps(), color_map->getBits()};
  const SampleLayout mask_layout{mask_color_map->getNumPixelComps(), mask_color_map->getBits()};
  draw_reduced<2>(
      state, max_samples_, deadline_, report_,
      {{{str, width, height, layout}, {mask_str, mask_width, mask_height, mask_layout}}},
      [&](auto& copies, auto& streams) {
        SplashOutputDev::drawSoftMaskedImage(
            state, ref, streams[0].get(), copies[0].width, copies[0].height, color_map, interpolate,
            streams[1].get(), copies[1].width, copies[1].height, mask_color_map, mask_interpolate);
      });
}

}  // namespace agendum
