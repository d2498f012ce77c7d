#include "pipeline/pdf/vector_strokes.h"

#include <poppler/GfxState.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

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

// Collects horizontal strokes and thin filled bars; everything else the page draws
// (text, images, shadings) is ignored, so nothing is rasterised.
class StrokeCollector : public OutputDev {
 public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }

  void stroke(GfxState* state) override {
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
        add({std::min(x0, x1), y - thickness / 2, std::max(x0, x1), y + thickness / 2});
      }
    }
  }

  void fill(GfxState* state) override { filled(state); }
  void eoFill(GfxState* state) override { filled(state); }

  std::vector<Rule> take() { return std::move(rules_); }

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
      if (box.height() <= kMaxStrokeThickness && box.width() >= kMinStrokePoints) add(box);
    }
  }

  void add(Box box) { rules_.push_back({box}); }

  std::vector<Rule> rules_;
};

}  // namespace

VectorStrokeReader::VectorStrokeReader(std::unique_ptr<PDFDoc> document) : document_(std::move(document)) {}
VectorStrokeReader::~VectorStrokeReader() = default;

std::unique_ptr<VectorStrokeReader> VectorStrokeReader::open(const std::string& bytes) {
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto document = std::make_unique<PDFDoc>(stream);  // the document owns the stream
  if (!document->isOk()) return nullptr;
  return std::unique_ptr<VectorStrokeReader>(new VectorStrokeReader(std::move(document)));
}

std::vector<Rule> VectorStrokeReader::page_strokes(int page_number) {
  if (page_number < 1 || page_number > document_->getNumPages()) return {};
  StrokeCollector collector;
  // 72 dpi: device space is points; the page's own /Rotate is applied like a viewer does.
  document_->displayPage(&collector, page_number, 72, 72, 0, false, true, false);
  return collector.take();
}

}  // namespace agendum
