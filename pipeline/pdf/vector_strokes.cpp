#include "pipeline/pdf/vector_strokes.h"

#include <poppler/GfxState.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include <algorithm>
#include <cmath>

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

// Poppler's text device (the one pdftotext and poppler-cpp's text_list use), which also
// keeps the horizontal strokes and thin filled bars the page draws.
class WordAndStrokeDevice : public TextOutputDev {
 public:
  // Same configuration as poppler-cpp's text_list: reading order, no physical layout.
  WordAndStrokeDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

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
        strokes_.push_back({{std::min(x0, x1), y - thickness / 2, std::max(x0, x1), y + thickness / 2}});
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

  std::vector<Rule> take_strokes() { return std::move(strokes_); }

 private:
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
        box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x), std::max(box.y1, y)};
      }
      if (box.height() <= kMaxStrokeThickness && box.width() >= kMinStrokePoints) strokes_.push_back({box});
    }
  }

  std::vector<Rule> strokes_;
};

}  // namespace

VectorPageReader::VectorPageReader(std::unique_ptr<PDFDoc> document) : document_(std::move(document)) {}
VectorPageReader::~VectorPageReader() = default;

std::unique_ptr<VectorPageReader> VectorPageReader::open(const std::string& bytes) {
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto document = std::make_unique<PDFDoc>(stream);  // the document owns the stream
  if (!document->isOk()) return nullptr;
  return std::unique_ptr<VectorPageReader>(new VectorPageReader(std::move(document)));
}

WordsAndStrokes VectorPageReader::read_page(int page_number) {
  WordsAndStrokes out;
  if (page_number < 1 || page_number > document_->getNumPages()) return out;
  WordAndStrokeDevice device;
  // The same call poppler-cpp's text_list makes, so boxes are in the same frame.
  document_->displayPageSlice(&device, page_number, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                              nullptr, nullptr, nullptr, true);
  out.strokes = device.take_strokes();
  std::unique_ptr<TextWordList> list = device.makeWordList();
  if (!list) return out;
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* text_word = list->get(i);
    std::unique_ptr<GooString> text(text_word->getText());
    double x0, y0, x1, y1;
    text_word->getBBox(&x0, &y0, &x1, &y1);
    const GooString* font = text_word->getFontName(0);
    std::optional<Word> word =
        make_text_layer_word(text ? text->toStr() : std::string(), {x0, y0, x1, y1},
                             font ? font->toStr() : std::string(), text_word->getFontSize());
    if (!word) continue;
    (text_word->getRotation() == 0 ? out.words.horizontal : out.words.rotated).push_back(std::move(*word));
  }
  return out;
}

}  // namespace agendum
