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
  // Whether neighbouring samples may be averaged: intensities of 8 or 16 bits, not palette
  // indices, stencil bits or colour keys (which only the nearest sample keeps exact).
  bool averageable = false;

  long long pixel_bits() const { return static_cast<long long>(components) * bits; }
  long long row_bytes(long long width) const { return (width * pixel_bits() + 7) / 8; }
};

// The layout of an image drawn through `color_map`, `color_keyed` when it has a colour-key mask.
SampleLayout layout_of(GfxImageColorMap* color_map, bool color_keyed) {
  const int bits = color_map->getBits();
  const bool indexed = color_map->getColorSpace()->getMode() == csIndexed;
  return {color_map->getNumPixelComps(), bits,
          (bits == 8 || bits == 16) && !indexed && !color_keyed};
}

// A stencil mask: one bit a pixel, never averaged.
constexpr SampleLayout kStencil{1, 1, false};

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

// One axis of a copy: the part [from, to) of the image's axis (0..1) it covers, how many
// samples it has there, and how many the page raster could show (the fewer of the source's
// samples and the device's pixels over that part).
struct Axis {
  double from = 0, to = 1, samples = 1, shown = 1;
};

// Plans an axis of `source` samples drawn `drawn` device pixels long, of which [from, to) is
// visible. Where a source sample is at most a few device pixels, the part is widened to whole
// source samples (when `snap`) and the copy keeps them, up to twice the page's resolution
// (Splash averages that down): a copy at the source's own resolution is the source, sample for
// sample, where the source has it. Where source samples are larger (a small image drawn
// large), the copy has the page's resolution over exactly the visible part, so Splash never
// scales more than shows.
Axis plan_axis(double from, double to, double source, double drawn, bool snap) {
  constexpr double kMostDevicePixelsPerSample = 4;
  const double span = (to - from) * source, device = (to - from) * drawn;
  if (span * kMostDevicePixelsPerSample < device)
    return {from, to, std::clamp(std::ceil(device), 1.0, 1e9), span};
  if (snap) {
    const double first = std::floor(from * source + 1e-6);
    from = first / source;
    to = std::max(first + 1, std::ceil(to * source - 1e-6)) / source;
  }
  const double samples = (to - from) * source, page = (to - from) * drawn;
  return {from, to, std::clamp(std::min(std::round(samples), std::ceil(2 * page)), 1.0, 1e9),
          std::min(samples, page)};
}

struct SampleCopy {
  std::vector<unsigned char> data;  // rows in the source's layout
  int width = 0, height = 0;
  double data_share = 1;   // share of the declared rows the source's data held
  bool coarser = false;    // fewer samples than the page raster shows of the image
  bool cut_short = false;  // the deadline passed while reading
};

// Which source samples along one axis make each of `count` copy samples spanning [from, to)
// of the source (0..1): those whose centres fall in the copy sample's span when they are to
// be averaged, else (or when none does) the one under its centre.
struct Spans {
  std::vector<long long> first, end;
};

Spans spans(double from, double to, int count, long long source, bool whole) {
  Spans out;
  out.first.resize(static_cast<size_t>(count));
  out.end.resize(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    const double low = from + (to - from) * i / count, high = from + (to - from) * (i + 1) / count;
    long long first = static_cast<long long>(std::ceil(low * source - 0.5));
    long long end = static_cast<long long>(std::ceil(high * source - 0.5));
    if (!whole || end <= first) {
      first = static_cast<long long>(std::floor((low + high) / 2 * source));
      end = first + 1;
    }
    first = std::clamp(first, 0LL, source - 1);
    out.first[static_cast<size_t>(i)] = first;
    out.end[static_cast<size_t>(i)] = std::clamp(end, first + 1, source);
  }
  return out;
}

// An image's rows, read forwards only. Past the end of the data every row is blank, as Poppler
// draws it; reading stops at the deadline.
class RowReader {
 public:
  RowReader(Stream* str, long long row_bytes, int height)
      : str_(str), height_(height), row_(static_cast<size_t>(row_bytes), kMissingSample) {
    str_->reset();
  }
  ~RowReader() { str_->close(); }
  RowReader(const RowReader&) = delete;
  RowReader& operator=(const RowReader&) = delete;

  // Makes row `wanted` (no earlier than the current one) current; false at the deadline.
  bool advance_to(int wanted, Clock::time_point deadline) {
    while (rows_read_ <= wanted) {
      if (ended_) {
        if (!blank_) std::fill(row_.begin(), row_.end(), kMissingSample);
        blank_ = true;
        rows_read_ = wanted + 1;
        break;
      }
      if (Clock::now() > deadline) return false;
      const long long size = static_cast<long long>(row_.size());
      const int got = std::max(0, str_->doGetChars(static_cast<int>(size), row_.data()));
      if (got < size) {
        std::fill(row_.begin() + got, row_.end(), kMissingSample);
        ended_ = true;
        data_share_ = (rows_read_ + static_cast<double>(got) / static_cast<double>(size)) / height_;
      }
      ++rows_read_;
    }
    return true;
  }

  const unsigned char* row() const { return row_.data(); }
  // Whether the current row and every one after it are blank.
  bool past_the_data() const { return blank_; }
  double data_share() const { return data_share_; }

 private:
  Stream* str_;
  int height_;
  std::vector<unsigned char> row_;
  int rows_read_ = 0;  // the buffer holds row rows_read_ - 1
  bool ended_ = false, blank_ = false;
  double data_share_ = 1;
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

// Adds `weight` times the samples of each copy pixel's columns in `row` to its sums.
void add_samples(const unsigned char* row, const Spans& columns, SampleLayout layout,
                 unsigned long long weight, std::vector<unsigned long long>& sums) {
  const size_t components = static_cast<size_t>(layout.components);
  for (size_t i = 0; i < columns.first.size(); ++i) {
    for (long long x = columns.first[i]; x < columns.end[i]; ++x) {
      for (size_t k = 0; k < components; ++k) {
        const size_t at = static_cast<size_t>(x) * components + k;
        const unsigned value = layout.bits == 16 ? (row[2 * at] << 8 | row[2 * at + 1]) : row[at];
        sums[i * components + k] += weight * value;
      }
    }
  }
}

// Writes the averages of `sums` (each over `count` samples) into a copy row.
void write_averages(const std::vector<unsigned long long>& sums, const Spans& columns,
                    unsigned long long rows, SampleLayout layout, unsigned char* out) {
  const size_t components = static_cast<size_t>(layout.components);
  for (size_t i = 0; i < columns.first.size(); ++i) {
    const unsigned long long count =
        rows * static_cast<unsigned long long>(columns.end[i] - columns.first[i]);
    for (size_t k = 0; k < components; ++k) {
      const size_t at = i * components + k;
      const unsigned long long value = (sums[at] + count / 2) / count;
      if (layout.bits == 16) {
        out[2 * at] = static_cast<unsigned char>(value >> 8);
        out[2 * at + 1] = static_cast<unsigned char>(value);
      } else {
        out[at] = static_cast<unsigned char>(value);
      }
    }
  }
}

// Reads the source's rows in order, making each copy pixel from the source samples under it:
// their average where samples may be averaged (as Splash does when it scales an image down),
// else the nearest. Reading stops at the last row the copy needs, at the end of the data (the
// missing rows are blank), or at the deadline.
SampleCopy copy_samples(Stream* str, int width, int height, SampleLayout layout,
                        const Region& region, int copy_width, int copy_height,
                        Clock::time_point deadline) {
  SampleCopy copy;
  copy.width = copy_width;
  copy.height = copy_height;
  const bool average = layout.averageable;
  const Spans columns = spans(region.u0, region.u1, copy_width, width, average);
  const Spans rows = spans(1 - region.v1, 1 - region.v0, copy_height, height, average);
  const long long copy_row_bytes = layout.row_bytes(copy_width);
  // Rows not reached before the deadline stay as Poppler draws missing data.
  copy.data.assign(static_cast<size_t>(copy_row_bytes * copy_height), kMissingSample);
  RowReader reader(str, layout.row_bytes(width), height);
  std::vector<unsigned long long> sums;
  for (size_t j = 0; j < static_cast<size_t>(copy_height) && !copy.cut_short; ++j) {
    unsigned char* out = copy.data.data() + j * static_cast<size_t>(copy_row_bytes);
    if (!average) {
      if (!reader.advance_to(static_cast<int>(rows.first[j]), deadline)) {
        copy.cut_short = true;
        break;
      }
      if (layout.pixel_bits() % 8 != 0) std::fill(out, out + copy_row_bytes, 0);
      for (size_t i = 0; i < static_cast<size_t>(copy_width); ++i)
        copy_pixel(reader.row(), columns.first[i], out, static_cast<long long>(i),
                   layout.pixel_bits());
      continue;
    }
    sums.assign(static_cast<size_t>(copy_width) * static_cast<size_t>(layout.components), 0);
    for (long long y = rows.first[j]; y < rows.end[j]; ++y) {
      if (!reader.advance_to(static_cast<int>(y), deadline)) {
        copy.cut_short = true;
        break;
      }
      // Past the data the rows are all alike: the rest of the span is added at once.
      const bool last = reader.past_the_data();
      add_samples(reader.row(), columns, layout, last ? rows.end[j] - y : 1, sums);
      if (last) break;
    }
    if (!copy.cut_short)
      write_averages(sums, columns, static_cast<unsigned long long>(rows.end[j] - rows.first[j]),
                     layout, out);
  }
  copy.data_share = reader.data_share();
  return copy;
}

// One image (or mask) of a draw call, as declared.
struct SourceImage {
  Stream* str;
  int width, height;
  SampleLayout layout;
  bool held_whole;  // Splash holds it whole in memory while drawing (a soft mask)
};

// The copies a draw call is made from, and the CTM that puts them on the visible region
// (widened to whole samples of the draw call's first image).
class ReducedDraw {
 public:
  ReducedDraw(GfxState* state, double max_samples, const SourceImage& first)
      : state_(state), max_samples_(max_samples) {
    const double* ctm = state->getCTM();
    std::copy(ctm, ctm + 6, saved_ctm_.begin());
    region_ = visible_region(state);
    if (region_.empty()) return;
    // Rows count from the top (v = 1) down.
    const Axis u = plan_axis(region_.u0, region_.u1, first.width, drawn_width(ctm), true);
    const Axis rows =
        plan_axis(1 - region_.v1, 1 - region_.v0, first.height, drawn_height(ctm), true);
    region_ = {u.from, u.to, 1 - rows.to, 1 - rows.from};
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
    const Axis u =
        plan_axis(region_.u0, region_.u1, source.width, drawn_width(saved_ctm_.data()), false);
    const Axis rows = plan_axis(1 - region_.v1, 1 - region_.v0, source.height,
                                drawn_height(saved_ctm_.data()), false);
    double width = u.samples, height = rows.samples;
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
    copy.coarser = width < 0.99 * u.shown || height < 0.99 * rows.shown;
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

// Splash reads the whole of an image it draws without looking at the clock (about 7 ns a
// sample): past this many times the raster cap, a second or so, an image is read here instead.
constexpr double kMostCapsForSplash = 4;
// Deflate cannot expand data more than about 1,000 times, and a blank fax page is a few
// thousand times smaller than its samples: an image declaring more bytes than this many times
// its data is lying about its size.
constexpr double kMostDeclaredBytesPerDataByte = 10000;

// Whether Splash can be left to draw `source` as it is: not drawn over more than twice the
// cap's pixels (Splash scales an image to its whole drawn size), not declaring so many samples
// that Splash would read for long without looking at the clock, not a soft mask over the cap
// (Splash holds it whole), and not over the cap on data that cannot hold its samples.
bool splash_can_draw(const GfxState* state, const SourceImage& source, double max_samples) {
  const double* ctm = state->getCTM();
  if (drawn_width(ctm) * drawn_height(ctm) > 2 * max_samples) return false;
  if (!declares_more_than(source, max_samples)) return true;
  if (source.held_whole || declares_more_than(source, kMostCapsForSplash * max_samples))
    return false;
  const double declared =
      static_cast<double>(source.layout.row_bytes(source.width)) * source.height;
  const Goffset data = source.str->getBaseStream()->getLength();
  return data <= 0 || declared <= kMostDeclaredBytesPerDataByte * static_cast<double>(data);
}

template <size_t N>
bool splash_can_draw_all(const GfxState* state, const std::array<SourceImage, N>& sources,
                         double max_samples) {
  return std::all_of(sources.begin(), sources.end(), [&](const SourceImage& source) {
    return splash_can_draw(state, source, max_samples);
  });
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
  ReducedDraw reduced(state, max_samples, sources[0]);
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
  return SampleLayout{components, bits, false}.row_bytes(width) * height;
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

bool BoundedSplashDevice::past_deadline() {
  if (Clock::now() <= deadline_) return false;
  report_.deadline_passed = true;
  return true;
}

void BoundedSplashDevice::drawImageMask(GfxState* state, Object* ref, Stream* str, int width,
                                        int height, bool invert, bool interpolate,
                                        bool inline_image) {
  if (past_deadline()) return;
  const std::array<SourceImage, 1> sources{{{str, width, height, kStencil, false}}};
  if (splash_can_draw_all(state, sources, max_samples_)) {
    SplashOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate,
                                   inline_image);
    return;
  }
  draw_reduced<1>(state, max_samples_, deadline_, report_, sources,
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
  const SourceImage source{str, width, height, kStencil, false};
  if (splash_can_draw(state, source, max_samples_)) {
    SplashOutputDev::setSoftMaskFromImageMask(state, ref, str, width, height, invert, inline_image,
                                              base_matrix);
    return;
  }
  ReducedDraw reduced(state, max_samples_, source);
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
  const std::array<SourceImage, 1> sources{
      {{str, width, height, layout_of(color_map, mask_colors != nullptr), false}}};
  if (splash_can_draw_all(state, sources, max_samples_)) {
    SplashOutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                               inline_image);
    return;
  }
  draw_reduced<1>(
      state, max_samples_, deadline_, report_, sources, [&](auto& copies, auto& streams) {
        SplashOutputDev::drawImage(state, ref, streams[0].get(), copies[0].width, copies[0].height,
                                   color_map, interpolate, mask_colors, false);
      });
}

void BoundedSplashDevice::drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                          int height, GfxImageColorMap* color_map, bool interpolate,
                                          Stream* mask_str, int mask_width, int mask_height,
                                          bool mask_invert, bool mask_interpolate) {
  if (past_deadline()) return;
  const std::array<SourceImage, 2> sources{
      {{str, width, height, layout_of(color_map, false), false},
       {mask_str, mask_width, mask_height, kStencil, false}}};
  if (splash_can_draw_all(state, sources, max_samples_)) {
    SplashOutputDev::drawMaskedImage(state, ref, str, width, height, color_map, interpolate,
                                     mask_str, mask_width, mask_height, mask_invert,
                                     mask_interpolate);
    return;
  }
  draw_reduced<2>(
      state, max_samples_, deadline_, report_, sources, [&](auto& copies, auto& streams) {
        SplashOutputDev::drawMaskedImage(
            state, ref, streams[0].get(), copies[0].width, copies[0].height, color_map, interpolate,
            streams[1].get(), copies[1].width, copies[1].height, mask_invert, mask_interpolate);
      });
}

void BoundedSplashDevice::drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                              int height, GfxImageColorMap* color_map,
                                              bool interpolate, Stream* mask_str, int mask_width,
                                              int mask_height, GfxImageColorMap* mask_color_map,
                                              bool mask_interpolate) {
  if (past_deadline()) return;
  const std::array<SourceImage, 2> sources{
      {{str, width, height, layout_of(color_map, false), false},
       {mask_str, mask_width, mask_height, layout_of(mask_color_map, false), true}}};
  if (splash_can_draw_all(state, sources, max_samples_)) {
    SplashOutputDev::drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate,
                                         mask_str, mask_width, mask_height, mask_color_map,
                                         mask_interpolate);
    return;
  }
  draw_reduced<2>(
      state, max_samples_, deadline_, report_, sources, [&](auto& copies, auto& streams) {
        SplashOutputDev::drawSoftMaskedImage(
            state, ref, streams[0].get(), copies[0].width, copies[0].height, color_map, interpolate,
            streams[1].get(), copies[1].width, copies[1].height, mask_color_map, mask_interpolate);
      });
}

}  // namespace agendum
