// The OCR module (agendum-ocr.so, ocr_module.h): Tesseract and Leptonica behind the
// module's table. One engine holds two initialised Tesseract instances (orientation detection
// and recognition) and is used by one thread at a time.
#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "pipeline/pdf/ocr_module.h"
#include "pipeline/pdf/strokes.h"

namespace agendum {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

PixPtr to_pix(const GrayRaster& raster) {
  PixPtr pix(pixCreate(raster.width, raster.height, 8));
  if (!pix) return nullptr;
  l_uint32* data = pixGetData(pix.get());
  int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < raster.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * words_per_line;
    const unsigned char* row = raster.pixels.data() + static_cast<size_t>(y) * raster.width;
    for (int x = 0; x < raster.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  pixSetXRes(pix.get(), static_cast<l_int32>(raster.dpi));
  pixSetYRes(pix.get(), static_cast<l_int32>(raster.dpi));
  return pix;
}

GrayRaster to_raster(Pix* pix, double dpi) {
  GrayRaster raster;
  raster.width = pixGetWidth(pix);
  raster.height = pixGetHeight(pix);
  raster.dpi = dpi;
  raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height);
  l_uint32* data = pixGetData(pix);
  int words_per_line = pixGetWpl(pix);
  for (int y = 0; y < raster.height; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * words_per_line;
    unsigned char* row = raster.pixels.data() + static_cast<size_t>(y) * raster.width;
    for (int x = 0; x < raster.width; ++x)
      row[x] = static_cast<unsigned char>(GET_DATA_BYTE(line, x));
  }
  return raster;
}

// Paints the strokes white, a pixel beyond their edges to take the anti-aliased fringe, except
// in columns where a glyph continues above and below the stroke (the stem of a struck "h").
void erase_strokes(Pix* pix, const std::vector<Rule>& strokes, double pixels_per_point) {
  const int width = pixGetWidth(pix), height = pixGetHeight(pix);
  l_uint32* data = pixGetData(pix);
  const int words_per_line = pixGetWpl(pix);
  auto dark = [&](int x, int y) {
    if (y < 0 || y >= height) return false;
    return GET_DATA_BYTE(data + static_cast<size_t>(y) * words_per_line, x) < 128;
  };
  // Stroke boxes were found in this image's pixels and stored in single-precision points; a
  // pixel edge comes back a hair off its integer, which must not widen the erasure.
  constexpr double kSnap = 1e-3;
  auto first_pixel = [&](double points) {
    return static_cast<int>(std::floor(points * pixels_per_point + kSnap));
  };
  auto end_pixel = [&](double points) {
    return static_cast<int>(std::ceil(points * pixels_per_point - kSnap));
  };
  for (const Rule& stroke : strokes) {
    int x0 = std::max(0, first_pixel(stroke.box.x0));
    int x1 = std::min(width, end_pixel(stroke.box.x1));
    int y0 = std::max(0, first_pixel(stroke.box.y0) - 1);
    int y1 = std::min(height, end_pixel(stroke.box.y1) + 1);
    for (int x = x0; x < x1; ++x) {
      if (dark(x, y0 - 1) && dark(x, y1)) continue;
      for (int y = y0; y < y1; ++y)
        SET_DATA_BYTE(data + static_cast<size_t>(y) * words_per_line, x, 255);
    }
  }
}

// Tesseract's LSTM engine reports no font style, so bold is judged from the image, a line at
// a time (one word is too few pixels to tell): a bold face has thicker stems, so its dark
// runs are longer for the height of the text. A line is bold when that ratio clearly exceeds
// the page's typical line. `line_of[i]` is the Tesseract text line of word i.
void mark_bold_lines(Pix* pix, double points_per_pixel, const std::vector<int>& line_of,
                     std::vector<Word>& words) {
  if (words.empty()) return;
  const int width = pixGetWidth(pix), height = pixGetHeight(pix);
  l_uint32* data = pixGetData(pix);
  const int words_per_line = pixGetWpl(pix);
  const int lines = line_of.back() + 1;
  std::vector<double> run_pixels(lines, 0), runs(lines, 0), rows(lines, 0), characters(lines, 0);
  for (size_t i = 0; i < words.size(); ++i) {
    const Box& box = words[i].box;
    // Word boxes are whole pixels of this image, stored in single-precision points.
    auto pixel = [&](double points) {
      return static_cast<int>(std::lround(points / points_per_pixel));
    };
    int x0 = std::max(0, pixel(box.x0));
    int x1 = std::min(width, pixel(box.x1));
    int y0 = std::max(0, pixel(box.y0));
    int y1 = std::min(height, pixel(box.y1));
    int line = line_of[i];
    for (int y = y0; y < y1; ++y) {
      const l_uint32* row = data + static_cast<size_t>(y) * words_per_line;
      int run = 0;
      for (int x = x0; x <= x1; ++x) {
        if (x < x1 && GET_DATA_BYTE(row, x) < 128) {
          ++run;
        } else if (run > 0) {
          run_pixels[line] += run;
          runs[line] += 1;
          run = 0;
        }
      }
    }
    rows[line] += y1 - y0;
    characters[line] += static_cast<double>(words[i].text.size());
  }
  std::vector<double> weight(lines, 0);
  std::vector<std::pair<double, double>> weighted;  // (weight, characters) for the median
  double total_characters = 0;
  for (int line = 0; line < lines; ++line) {
    if (runs[line] == 0 || rows[line] == 0) continue;
    double mean_height =
        rows[line] /
        std::max(1.0, static_cast<double>(std::count(line_of.begin(), line_of.end(), line)));
    weight[line] = run_pixels[line] / runs[line] / mean_height;
    weighted.push_back({weight[line], characters[line]});
    total_characters += characters[line];
  }
  if (weighted.size() < 2) return;
  std::sort(weighted.begin(), weighted.end());
  double typical = 0, seen = 0;
  for (const auto& [line_weight, count] : weighted) {
    seen += count;
    typical = line_weight;
    if (seen >= total_characters / 2) break;
  }
  if (typical <= 0) return;
  for (size_t i = 0; i < words.size(); ++i) words[i].bold = weight[line_of[i]] >= 1.3 * typical;
}

bool past(std::chrono::steady_clock::time_point deadline) {
  return std::chrono::steady_clock::now() >= deadline;
}

bool cancel_at_deadline(void* deadline, int) {
  return past(*static_cast<std::chrono::steady_clock::time_point*>(deadline));
}

// Tesseract parallelises inside a page with OpenMP; with one engine per worker thread those
// extra threads only compete with the other workers (four times slower on a busy machine).
// The loader sets OMP_THREAD_LIMIT=1 before libgomp loads with this module, but Tesseract's
// loops ask for their thread count explicitly, so the one setting that holds is "no active
// parallel levels", set through the runtime Tesseract brought in (if it brought one). The
// module is loaded with local symbols, so the runtime is found by name, not in the global
// scope.
void keep_tesseract_on_the_calling_thread() {
  using SetLevels = void (*)(int);
  static const auto set_max_active_levels = []() -> SetLevels {
    void* runtime = dlopen("libgomp.so.1", RTLD_NOW | RTLD_NOLOAD);
    return runtime ? reinterpret_cast<SetLevels>(dlsym(runtime, "omp_set_max_active_levels"))
                   : nullptr;
  }();
  if (set_max_active_levels) set_max_active_levels(0);
}

void quiet(tesseract::TessBaseAPI& api) { api.SetVariable("debug_file", "/dev/null"); }

struct TesseractEngine {
  std::unique_ptr<tesseract::TessBaseAPI> orientation = std::make_unique<tesseract::TessBaseAPI>();
  std::unique_ptr<tesseract::TessBaseAPI> recognizer = std::make_unique<tesseract::TessBaseAPI>();

  ~TesseractEngine() {
    // Without orientation data there is no orientation engine (start drops it).
    if (orientation) orientation->End();
    recognizer->End();
  }
};

void* start(const std::string& tessdata, std::string& error) {
  // Leptonica warns on stderr ("max found at sweep edge"); its failures reach us as values.
  setMsgSeverity(L_SEVERITY_NONE);
  auto engine = std::make_unique<TesseractEngine>();
  // Quietened before Init, which reports a missing or damaged data file on stderr itself.
  quiet(*engine->recognizer);
  if (engine->recognizer->Init(tessdata.c_str(), "eng", tesseract::OEM_LSTM_ONLY) != 0) {
    error = "Tesseract could not load eng.traineddata from " + tessdata;
    return nullptr;
  }
  engine->recognizer->SetPageSegMode(tesseract::PSM_AUTO);
  // Orientation data is optional: without it pages are read as they come.
  quiet(*engine->orientation);
  if (engine->orientation->Init(tessdata.c_str(), "osd", tesseract::OEM_TESSERACT_ONLY) == 0) {
    engine->orientation->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  } else {
    engine->orientation.reset();
  }
  return engine.release();
}

void stop(void* engine) { delete static_cast<TesseractEngine*>(engine); }

OcrOutcome read(void* handle, GrayRaster page, std::chrono::steady_clock::time_point deadline) {
  TesseractEngine& engine = *static_cast<TesseractEngine*>(handle);
  tesseract::TessBaseAPI* orientation = engine.orientation.get();
  tesseract::TessBaseAPI* recognizer = engine.recognizer.get();
  OcrOutcome outcome;
  PixPtr pix = to_pix(page);
  page.pixels = {};
  if (!pix) {
    outcome.error = "could not allocate the page image";
    return outcome;
  }
  OcrReading reading;
  keep_tesseract_on_the_calling_thread();

  // Orientation: OSD reports how far the image is turned clockwise; turn it back.
  if (orientation) {
    // Half resolution is plenty to tell which way up text stands, and twice as fast.
    bool halve = page.dpi > 200;
    PixPtr small(halve ? pixScaleAreaMap2(pix.get())
                       : nullptr);  // plain 2x2 averaging, no sharpening
    orientation->SetImage(small ? small.get() : pix.get());
    orientation->SetSourceResolution(static_cast<int>(small ? page.dpi / 2 : page.dpi));
    int degrees = 0;
    float confidence = 0;
    if (orientation->DetectOrientationScript(&degrees, &confidence, nullptr, nullptr) &&
        degrees % 90 == 0 && degrees != 0 && confidence >= 2.0f) {
      int quarter_turns = ((360 - degrees) / 90) % 4;
      PixPtr turned(pixRotateOrth(pix.get(), quarter_turns));
      if (turned) {
        pix = std::move(turned);
        reading.rotation = quarter_turns * 90;
      }
    }
    orientation->Clear();
  }

  // Skew, measured on a binarised copy; small angles only (pixFindSkew searches +-7 degrees).
  if (PixPtr binary{pixConvertTo1(pix.get(), 160)}) {
    l_float32 angle = 0, confidence = 0;
    if (pixFindSkew(binary.get(), &angle, &confidence) == 0 && confidence >= 2.5f &&
        std::abs(angle) >= 0.1f) {
      PixPtr straight(pixRotate(pix.get(), static_cast<l_float32>(angle * kPi / 180),
                                L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
      if (straight) {
        pix = std::move(straight);
        reading.skew_degrees = angle;
      }
    }
  }
  if (past(deadline)) {
    outcome.timed_out = true;
    outcome.error = "the page time limit passed before recognition";
    return outcome;
  }
  reading.strokes = find_strokes(to_raster(pix.get(), page.dpi));
  erase_strokes(pix.get(), reading.strokes, page.dpi / 72);
  reading.width = pixGetWidth(pix.get()) * 72.0 / page.dpi;
  reading.height = pixGetHeight(pix.get()) * 72.0 / page.dpi;

  recognizer->SetImage(pix.get());
  recognizer->SetSourceResolution(static_cast<int>(page.dpi));
  tesseract::ETEXT_DESC monitor;
  auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
      deadline - std::chrono::steady_clock::now());
  monitor.set_deadline_msecs(static_cast<int32_t>(std::max<long long>(1, remaining.count())));
  monitor.cancel = cancel_at_deadline;
  monitor.cancel_this = &deadline;
  int status = recognizer->Recognize(&monitor);
  if (past(deadline) || monitor.deadline_exceeded()) {
    recognizer->Clear();
    outcome.timed_out = true;
    outcome.error = "recognition did not finish within the page time limit";
    return outcome;
  }
  if (status != 0) {
    recognizer->Clear();
    outcome.error = "Tesseract could not recognise the page";
    return outcome;
  }

  const double scale = 72.0 / page.dpi;
  double confidence_sum = 0;
  std::vector<int> line_of;  // Tesseract text line of each word
  int line = -1;
  std::unique_ptr<tesseract::ResultIterator> it(recognizer->GetIterator());
  if (it) {
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text ||
          std::string_view(text.get()).find_first_not_of(" \t\n") == std::string_view::npos)
        continue;
      int left = 0, top = 0, right = 0, bottom = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
      Word word;
      word.text = text.get();
      word.box = {left * scale, top * scale, right * scale, bottom * scale};
      word.font_size = word.box.height();
      word.confidence = it->Confidence(tesseract::RIL_WORD);
      confidence_sum += word.confidence;
      reading.words.push_back(std::move(word));
      line_of.push_back(std::max(0, line));
    } while (it->Next(tesseract::RIL_WORD));
  }
  it.reset();
  recognizer->Clear();
  mark_bold_lines(pix.get(), scale, line_of, reading.words);
  if (!reading.words.empty())
    reading.mean_confidence = confidence_sum / static_cast<double>(reading.words.size());
  outcome.reading = std::move(reading);
  return outcome;
}

}  // namespace
}  // namespace agendum

extern "C" __attribute__((visibility("default"))) const agendum::OcrModuleTable*
agendum_ocr_module() {
  static const agendum::OcrModuleTable table{AGENDUM_VERSION, agendum::start, agendum::read,
                                             agendum::stop};
  return &table;
}
