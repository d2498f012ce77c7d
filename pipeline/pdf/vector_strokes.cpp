#include "pipeline/pdf/vector_strokes.h"

#include <poppler/GfxState.h>
#include <poppler/PDFDoc.h>
#include <poppler/TextOutputDev.h>

#include <algorithm>
#include <cmath>

#include "pipeline/pdf/bounded_splash.h"
#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/strokes.h"

namespace agendum {
namespace {

// Thicker than this is a filled box (a shaded header cell), not a line.
constexpr double kMaxStrokeThickness = 3.0;
// Near-white lines and fills (cell backgrounds, white-outs) are not ink.
constexpr double kMaxInkLightness = 0.75;

bool dark(const GfxRGB& rgb) {
  return std::max({colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b)}) <= kMaxInkLightness;
}

}  // namespace

// Poppler's text device (the one pdftotext and poppler-cpp's text_list use), which also
// keeps the horizontal strokes and thin filled bars the page draws.
class WordAndStrokeDevice : public TextOutputDev {
 public:
  // Same configuration as poppler-cpp's text_list: reading order, no physical layout.
  WordAndStrokeDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

  // Called before each page: the strokes and images found so far belong to the last page.
  void start_reading(std::chrono::steady_clock::time_point deadline) {
    deadline_ = deadline;
    strokes_.clear();
    image_area_ = 0;
    page_started_ = false;
  }

  // Poppler passes over a page it cannot show (an empty page box) without starting it: the
  // device then still holds the last page's words, which are not this page's.
  void startPage(int page_number, GfxState* state, XRef* xref) override {
    TextOutputDev::startPage(page_number, state, xref);
    page_started_ = true;
  }
  bool page_started() const { return page_started_; }

  // Poppler caches an ICC-based colour space per device under its profile alone, and builds
  // it again (an lcms2 transform, milliseconds) whenever the rendering intent it was built for
  // differs from the current one. Some producers (macOS Quartz) draw every logo and icon as a
  // pattern under "/Perceptual ri": each switch between those and the page's own colours
  // rebuilt the transform, which took most of the reading time. The intent only nudges
  // colours, and this device only asks whether a line is dark, so every graphics state it is
  // shown keeps the default intent, and one transform serves the whole document.
  void saveState(GfxState* state) override {
    TextOutputDev::saveState(state);
    state->setRenderingIntent("");
  }
  void restoreState(GfxState* state) override {
    TextOutputDev::restoreState(state);
    state->setRenderingIntent("");
  }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (!dark(rgb) || state->getStrokeOpacity() < 0.3) return;
    double thickness = std::max(state->getTransformedLineWidth(), 0.5);
    if (thickness > kMaxStrokeThickness) return;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* subpath = path->getSubpath(s);
      for (int i = 1; i < subpath->getNumPoints(); ++i) {
        double x0, y0, x1, y1;
        state->transform(subpath->getX(i - 1), subpath->getY(i - 1), &x0, &y0);
        state->transform(subpath->getX(i), subpath->getY(i), &x1, &y1);
        if (std::abs(y1 - y0) > 0.5 || std::abs(x1 - x0) < kMinStrokePoints) continue;
        double y = (y0 + y1) / 2;
        strokes_.push_back(
            {{std::min(x0, x1), y - thickness / 2, std::max(x0, x1), y + thickness / 2}});
      }
    }
  }

  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    filled(state);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    filled(state);
  }

  // Images reach an output device only when it asks for non-text content. The text device
  // only notes where they are: it reads no image data, except past an inline image's (which
  // sits in the content stream), and that no further than the data goes.
  bool needNonText() override { return true; }
  void drawImageMask(GfxState* state, Object*, Stream* str, int width, int height, bool, bool,
                     bool inline_image) override {
    if (inline_image) skip_inline_image(str, declared_image_bytes(width, height, 1, 1), deadline_);
    add_image(state);
  }
  void drawImage(GfxState* state, Object*, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool, const int*, bool inline_image) override {
    if (inline_image)
      skip_inline_image(
          str,
          declared_image_bytes(width, height, color_map->getNumPixelComps(), color_map->getBits()),
          deadline_);
    add_image(state);
  }
  void drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool,
                       Stream*, int, int, bool, bool) override {
    add_image(state);
  }
  void drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool,
                           Stream*, int, int, GfxImageColorMap*, bool) override {
    add_image(state);
  }

  std::vector<Rule> take_strokes() { return std::move(strokes_); }
  double image_area() const { return image_area_; }

 private:
  // An image fills the unit square of its transformation matrix.
  void add_image(GfxState* state) {
    Box box{1e9, 1e9, -1e9, -1e9};
    for (auto [u, v] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}) {
      double x, y;
      state->transform(u, v, &x, &y);
      box = united(box, {x, y, x, y});
    }
    image_area_ += box.width() * box.height();
  }

  void filled(GfxState* state) {
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (!dark(rgb) || state->getFillOpacity() < 0.3) return;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* subpath = path->getSubpath(s);
      if (subpath->getNumPoints() < 3) continue;
      Box box{1e9, 1e9, -1e9, -1e9};
      for (int i = 0; i < subpath->getNumPoints(); ++i) {
        double x, y;
        state->transform(subpath->getX(i), subpath->getY(i), &x, &y);
        box = united(box, {x, y, x, y});
      }
      if (box.height() <= kMaxStrokeThickness && box.width() >= kMinStrokePoints)
        strokes_.push_back({box});
    }
  }

  std::chrono::steady_clock::time_point deadline_;
  std::vector<Rule> strokes_;
  double image_area_ = 0;
  bool page_started_ = false;
};

namespace {

void append_utf8(Unicode code, std::string& out) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// Which characters of a word a stroke runs through (middle band, over the character's centre).
std::vector<bool> struck_characters(const TextWord& word, const std::vector<Rule>& strokes) {
  std::vector<bool> struck(static_cast<size_t>(word.getLength()), false);
  for (int i = 0; i < word.getLength(); ++i) {
    double x0, y0, x1, y1;
    word.getCharBBox(i, &x0, &y0, &x1, &y1);
    double centre = (x0 + x1) / 2, height = y1 - y0;
    if (height <= 0) continue;
    for (const Rule& stroke : strokes) {
      double at = ((stroke.box.y0 + stroke.box.y1) / 2 - y0) / height;
      if (at >= 0.3 && at <= 0.72 && stroke.box.x0 <= centre && centre <= stroke.box.x1) {
        struck[static_cast<size_t>(i)] = true;
        break;
      }
    }
  }
  return struck;
}

// A redline that deletes part of a word the PDF prints without a space ("Opens, sorts" struck,
// "Open," inserted: one text-layer word "sortsOpen,") ends inside that word. The word is cut
// where the stroke ends, so the struck part can be marked and the rest kept.
std::vector<std::pair<std::string, Box>> split_at_strokes(const TextWord& word,
                                                          const std::vector<Rule>& strokes) {
  std::vector<std::pair<std::string, Box>> pieces;
  if (word.getLength() < 2 || strokes.empty()) return pieces;
  std::vector<bool> struck = struck_characters(word, strokes);
  if (std::all_of(struck.begin(), struck.end(), [](bool b) { return b; }) ||
      std::none_of(struck.begin(), struck.end(), [](bool b) { return b; }))
    return pieces;
  for (int i = 0; i < word.getLength(); ++i) {
    double x0, y0, x1, y1;
    word.getCharBBox(i, &x0, &y0, &x1, &y1);
    if (i == 0 || struck[static_cast<size_t>(i)] != struck[static_cast<size_t>(i - 1)]) {
      pieces.push_back({std::string(), {x0, y0, x1, y1}});
    }
    Box& box = pieces.back().second;
    box = united(box, {x0, y0, x1, y1});
    append_utf8(*word.getChar(i), pieces.back().first);
  }
  return pieces;
}

}  // namespace

WordAndStrokeReader::WordAndStrokeReader() : device_(std::make_unique<WordAndStrokeDevice>()) {}

WordAndStrokeReader::~WordAndStrokeReader() = default;

void WordAndStrokeReader::let_go() { device_ = std::make_unique<WordAndStrokeDevice>(); }

WordsAndStrokes WordAndStrokeReader::read(Page& page,
                                          std::chrono::steady_clock::time_point deadline) {
  WordsAndStrokes out;
  WordAndStrokeDevice& device = *device_;
  device.start_reading(deadline);
  // The call poppler-cpp's text_list makes (media box, no crop), so boxes are in its frame;
  // the document is this thread's own, so its cross-reference table is not copied per page.
  AbortAtDeadline abort{deadline};
  page.displaySlice(&device, 72, 72, 0, false, false, -1, -1, -1, -1, false, AbortAtDeadline::check,
                    &abort);
  out.timed_out = abort.stopped;
  out.strokes = device.take_strokes();
  const double page_area = page.getCropWidth() * page.getCropHeight();
  out.image_share = page_area > 0 ? std::min(1.0, device.image_area() / page_area) : 0;
  if (!device.page_started()) return out;
  std::unique_ptr<TextWordList> list = device.makeWordList();
  if (!list) return out;
  // A page has a handful of fonts and hundreds of words: each font's style is read once.
  std::vector<std::pair<const TextFontInfo*, FontStyle>> styles;
  auto style_of = [&](const TextWord& word) {
    const TextFontInfo* info = word.getFontInfo(0);
    for (const auto& [known, style] : styles)
      if (known == info) return style;
    const GooString* font = word.getFontName(0);
    styles.push_back(
        {info, font_style(font ? std::string_view(font->toStr()) : std::string_view())});
    return styles.back().second;
  };
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* text_word = list->get(i);
    std::unique_ptr<GooString> text(text_word->getText());
    double x0, y0, x1, y1;
    text_word->getBBox(&x0, &y0, &x1, &y1);
    const FontStyle style = style_of(*text_word);
    std::vector<Word>& words =
        text_word->getRotation() == 0 ? out.words.horizontal : out.words.rotated;
    std::vector<std::pair<std::string, Box>> pieces;
    if (text_word->getRotation() == 0) pieces = split_at_strokes(*text_word, out.strokes);
    if (pieces.empty()) pieces.push_back({text ? text->toStr() : std::string(), {x0, y0, x1, y1}});
    for (auto& [piece_text, piece_box] : pieces) {
      std::optional<Word> word =
          make_text_layer_word(std::move(piece_text), piece_box, style, text_word->getFontSize());
      if (word) words.push_back(std::move(*word));
    }
  }
  return out;
}

}  // namespace agendum
