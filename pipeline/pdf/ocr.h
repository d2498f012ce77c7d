// OCR of one page image with Tesseract: orientation, deskew, recognition.
//
// An OcrEngine holds two initialised Tesseract instances (orientation detection and
// recognition) and is reused page after page by one thread; it is not thread-safe. read()
// turns the page upright (Tesseract OSD), removes skew (Leptonica), then recognises it with
// automatic page segmentation, giving up at the deadline. Horizontal strokes (rulings,
// strike-throughs, underlines) are found first and erased from the image: a line through
// words makes Tesseract read them as one hyphenated blur.
//
// Tesseract itself is in the OCR module (ocr_module.h), loaded by the first start(): a run
// that OCRs nothing never loads it. The module is agendum-ocr.so beside the running program
// (a build tree), or in the library folder it was installed to; $AGENDUM_OCR_MODULE names
// another.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/pdf/raster.h"

namespace agendum {

// The Tesseract data folder: $TESSDATA_PREFIX (or its tessdata/ subfolder) when it holds
// eng.traineddata, else the usual install locations.
std::optional<std::string> find_tessdata();

struct OcrReading {
  std::vector<Word> words;    // boxes in points of the upright image; font_size is the box height
  std::vector<Rule> strokes;  // horizontal strokes found (and erased before recognition)
  double width = 0, height = 0;  // the upright image in points
  int rotation = 0;              // degrees the page image was turned clockwise to stand upright
  double skew_degrees = 0;       // deskew applied, clockwise positive, about the image centre
  double mean_confidence = 0;    // mean word confidence, 0..100
};

struct OcrOutcome {
  std::optional<OcrReading> reading;  // set on success
  bool timed_out = false;
  std::string error;  // why there is no reading
};

struct OcrModuleTable;

class OcrEngine {
 public:
  // Loads the OCR module (once per process) and starts both Tesseract instances; on failure
  // returns nullptr and says why in `error`.
  static std::unique_ptr<OcrEngine> start(std::string& error);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Takes the page image: its pixels are freed as soon as Leptonica holds its own copy, so
  // the two do not add up while Tesseract works.
  OcrOutcome read(GrayRaster page, std::chrono::steady_clock::time_point deadline);

 private:
  OcrEngine(const OcrModuleTable& module, void* engine) : module_(module), engine_(engine) {}
  const OcrModuleTable& module_;
  void* engine_;  // the module's engine
};

// Maps a point of the deskewed image back to the image before deskewing (both in points,
// image size width x height).
void undo_skew(double skew_degrees, double width, double height, double& x, double& y);

}  // namespace agendum
