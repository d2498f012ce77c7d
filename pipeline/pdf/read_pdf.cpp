#include "pipeline/pdf/read_pdf.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <malloc.h>
#include <memory>

#include <poppler/PDFDoc.h>
#include <thread>

#include "pipeline/pdf/ocr.h"
#include "pipeline/pdf/open_pdf.h"
#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/raster.h"
#include "pipeline/pdf/reading_order.h"
#include "pipeline/pdf/strokes.h"
#include "pipeline/pdf/text_layer.h"
#include "pipeline/pdf/triage.h"
#include "pipeline/pdf/vector_strokes.h"

namespace agendum {
namespace {

// Triage only needs the share of the page that is ink: a coarse rendering is enough, at a
// fraction of the cost of an OCR one.
constexpr double kTriageDpi = 50;
// A text layer with this many characters, almost none of them garbage, is a page's text.
constexpr int kCharactersThatExplainAPage = 600;
// Images covering less of the page than this (logos, seals, signatures) cannot hide a page of
// text that the text layer lacks.
constexpr double kImageShareThatCouldHideText = 0.05;

using Clock = std::chrono::steady_clock;

struct PageOutcome {
  PageText page;
  std::vector<Diagnostic> diagnostics;
};

int count_characters(const std::vector<Word>& words) {
  int count = 0;
  for (const Word& word : words) {
    for (unsigned char c : word.text) count += (c < 0x80 || c >= 0xC0) && c != ' ' && c != '\t' ? 1 : 0;
  }
  return count;
}

int count_characters(const std::vector<TextLine>& lines) {
  int count = 0;
  for (const TextLine& line : lines) count += count_characters(line.words);
  return count;
}

// A rendering stopped by the page's deadline is a timeout, which a batch may retry with a
// longer --page-timeout; any other failure is the page's own.
std::string render_failure_code(Clock::time_point deadline) {
  return Clock::now() > deadline ? "render_timeout" : "page_render_failed";
}

Diagnostic page_problem(Severity severity, std::string code, std::string message, int page_number) {
  return {severity, std::move(code), std::move(message), page_number, "ocr"};
}

// Reads pages of one PDF on one thread: its own Poppler document, and from the first page
// that needs them, its own renderer and OCR engine, reused for the rest of the read.
class PageReader {
 public:
  PageReader(const OpenedPdf& pdf, const ReadOptions& options)
      : options_(options), document_(open_poppler_document(pdf.path)) {}

  PageOutcome read(int page_number) {
    PageOutcome out;
    out.page.info.page = page_number;
    try {
      read_into(page_number, out);
    } catch (const std::exception& error) {
      out.page.lines.clear();
      out.page.info.quality = 0;
      out.diagnostics.push_back(page_problem(Severity::error, "page_render_failed",
                                             "Page " + std::to_string(page_number) +
                                                 " could not be read: " + error.what(),
                                             page_number));
    }
    out.page.info.chars = count_characters(out.page.lines);
    return out;
  }

 private:
  void read_into(int page_number, PageOutcome& out) {
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(options_.page_timeout_seconds);
    if (!document_ || page_number > document_->getNumPages()) {
      out.diagnostics.push_back(page_problem(Severity::error, "page_render_failed",
                                             "Page " + std::to_string(page_number) + " could not be loaded.",
                                             page_number));
      return;
    }
    PageSize size = displayed_size(*document_, page_number);
    out.page.width = size.width;
    out.page.height = size.height;

    // Words and vector strokes in one pass of Poppler's text device.
    WordsAndStrokes both = read_words_and_strokes(*document_, page_number);
    TextLayerWords text_layer = std::move(both.words);
    std::vector<Rule> vector_strokes = std::move(both.strokes);
    const double image_share = both.image_share;
    // Triage judges every word of the page; sideways words are rare, so the page's words are
    // copied into one list only when there are some.
    std::vector<Word> with_rotated;
    if (!text_layer.rotated.empty()) {
      with_rotated = text_layer.horizontal;
      with_rotated.insert(with_rotated.end(), text_layer.rotated.begin(), text_layer.rotated.end());
    }
    const std::vector<Word>& all_words = text_layer.rotated.empty() ? text_layer.horizontal : with_rotated;
    const bool has_words = !all_words.empty();

    // A page that will be OCR'd anyway (no text layer, or OCR forced) is rendered once, at
    // the OCR resolution: decoding a large scan costs more than recognising it. Other pages
    // get a cheap triage rendering and are rendered again only if triage fails them.
    bool ocr_likely = options_.ocr == OcrMode::always || (options_.ocr == OcrMode::automatic && all_words.empty());
    // Born-digital pages take their strokes from the vector graphics, so their rendering only
    // serves triage and can be coarse. The ink test exists for scans carrying a few words of
    // text; a page whose clean text layer is long, or which carries no image that could be a
    // scan, has its ink explained by that text, so it is not rendered at all: that keeps
    // born-digital packets near pdftotext's speed.
    const double text_garbage = garbage_share(all_words);
    const bool text_explains_ink = count_characters(all_words) >= kCharactersThatExplainAPage ||
                                   (!all_words.empty() && image_share < kImageShareThatCouldHideText);
    if (options_.ocr != OcrMode::always && text_explains_ink && text_garbage < 0.05) {
      TextLayerVerdict verdict;
      verdict.garbage_share = text_garbage;
      verdict.quality = std::clamp(1 - 2.5 * text_garbage, 0.0, 1.0);
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
      return;
    }
    Result<GrayRaster> raster = render(page_number, ocr_likely ? options_.dpi : kTriageDpi, deadline);
    TextLayerVerdict verdict;
    if (raster.ok()) {
      verdict = judge_text_layer(all_words, raster.value());
    } else {
      verdict.garbage_share = text_garbage;
      verdict.quality = all_words.empty() ? 0 : std::clamp(1 - 2.5 * text_garbage, 0.0, 1.0);
    }
    bool needs_ocr = options_.ocr == OcrMode::always ||
                     (options_.ocr == OcrMode::automatic && !verdict.blank && verdict.quality < kOcrBelow);
    if (!raster.ok()) {
      out.diagnostics.push_back(page_problem(
          needs_ocr ? Severity::error : Severity::warning, render_failure_code(deadline),
          "Page " + std::to_string(page_number) + " could not be rendered (" + raster.status().message() + "); " +
              (needs_ocr ? "it was not OCR'd" : "its text layer is kept without the ink check") + ".",
          page_number));
      if (needs_ocr) return;
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
      return;
    }
    if (!needs_ocr) {
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
      return;
    }
    if (raster.value().dpi < options_.dpi * 0.99 && !ocr_likely) {
      raster = Status();  // free the triage raster before the large one
      raster = render(page_number, options_.dpi, deadline);
      if (!raster.ok()) {
        out.diagnostics.push_back(page_problem(Severity::error, render_failure_code(deadline),
                                               "Page " + std::to_string(page_number) +
                                                   " could not be rendered for OCR: " + raster.status().message(),
                                               page_number));
        return;
      }
    }
    if (!engine_ && engine_error_.empty()) engine_ = OcrEngine::start(engine_error_);
    if (!engine_) {
      out.diagnostics.push_back(page_problem(Severity::error, "ocr_failed",
                                             "Page " + std::to_string(page_number) + " needs OCR, but " + engine_error_,
                                             page_number));
      return;
    }
    OcrOutcome ocr = engine_->read(raster.value(), deadline);
    raster = Status();
    if (!ocr.reading) {
      std::string seconds = std::to_string(options_.page_timeout_seconds);
      out.diagnostics.push_back(page_problem(
          Severity::error, ocr.timed_out ? "ocr_timeout" : "ocr_failed",
          "Page " + std::to_string(page_number) + " was not OCR'd: " + ocr.error +
              (ocr.timed_out ? " (" + seconds + " s)" : "") + ".",
          page_number));
      return;
    }
    use_ocr_reading(std::move(*ocr.reading), out.page);
    // Triage can be wrong the other way too (a page of dot leaders, a faint scan): when OCR
    // reads the page worse than its own text layer did, the text layer stays.
    if (options_.ocr == OcrMode::automatic && has_words && out.page.info.quality < verdict.quality) {
      out.diagnostics.push_back({Severity::info, "ocr_not_better",
                                 "Page " + std::to_string(page_number) + ": OCR read it worse than its text layer (" +
                                     std::to_string(out.page.info.quality).substr(0, 4) + " against " +
                                     std::to_string(verdict.quality).substr(0, 4) + "); the text layer is kept.",
                                 page_number, "ocr"});
      PageText text_page;
      text_page.width = size.width;
      text_page.height = size.height;
      text_page.info.page = page_number;
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, text_page);
      out.page = std::move(text_page);
    }
  }

  Result<GrayRaster> render(int page_number, double dpi, Clock::time_point deadline) {
    if (!renderer_) renderer_ = std::make_unique<GrayRenderer>(*document_);
    return renderer_->render(page_number, dpi, deadline);
  }

  static void use_text_layer(TextLayerWords words, std::vector<Rule> strokes, const TextLayerVerdict& verdict,
                             PageText& page) {
    page.rules = std::move(strokes);
    mark_struck_and_underlined(page.rules, words.horizontal);
    page.lines = lines_in_reading_order(std::move(words.horizontal));
    // Rotated words (margin stamps, sideways labels) follow the page's text, in file order.
    if (!words.rotated.empty()) {
      TextLine line;
      line.words = std::move(words.rotated);
      line.box = bounding_box(line.words);
      page.lines.push_back(std::move(line));
    }
    page.info.method = PageMethod::text;
    page.info.quality = verdict.quality;
  }

  static void use_ocr_reading(OcrReading reading, PageText& page) {
    page.rules = std::move(reading.strokes);
    mark_struck_and_underlined(page.rules, reading.words);
    double quality = std::min(reading.mean_confidence / 100, std::clamp(1 - 2.5 * garbage_share(reading.words), 0.0, 1.0));
    page.lines = lines_in_reading_order(std::move(reading.words));

    // Lines were built in the deskewed image; boxes go back to the upright page (the frame
    // a reader sees once the page is turned by `rotation`), keeping their size.
    page.width = reading.width;
    page.height = reading.height;
    auto unskew = [&](Box& box) {
      if (reading.skew_degrees == 0) return;
      double x = (box.x0 + box.x1) / 2, y = (box.y0 + box.y1) / 2;
      undo_skew(reading.skew_degrees, page.width, page.height, x, y);
      double half_width = box.width() / 2, half_height = box.height() / 2;
      box = {x - half_width, y - half_height, x + half_width, y + half_height};
    };
    for (TextLine& line : page.lines) {
      for (Word& word : line.words) unskew(word.box);
      line.box = bounding_box(line.words);
    }
    for (Rule& rule : page.rules) unskew(rule.box);
    page.info.method = PageMethod::ocr;
    page.info.rotation = reading.rotation;
    page.info.ocr_confidence = reading.mean_confidence;
    page.info.quality = page.lines.empty() ? 0 : std::max(0.0, quality);
  }

  const ReadOptions& options_;
  std::unique_ptr<PDFDoc> document_;
  std::unique_ptr<GrayRenderer> renderer_;
  std::unique_ptr<OcrEngine> engine_;
  std::string engine_error_;
};

}  // namespace

Result<ReadResult> read_pdf(const std::string& path, const ReadOptions& options) {
  Result<OpenedPdf> opened = open_pdf(path);
  if (!opened.ok()) return opened.status();
  const OpenedPdf& pdf = opened.value();

  int first = options.first_page.value_or(1);
  int last = std::min(options.last_page.value_or(pdf.facts.page_count), pdf.facts.page_count);
  if (first < 1 || first > last) {
    return Status(ErrorCode::usage, path + ": page range " + std::to_string(first) + "-" + std::to_string(last) +
                                        " is outside the document's " + std::to_string(pdf.facts.page_count) +
                                        " pages");
  }
  const int page_total = last - first + 1;
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::clamp(jobs, 1, page_total);

  // Workers take the next unread page; each result lands in its page's slot, so the output
  // is in page order whatever the thread timing.
  std::vector<PageOutcome> outcomes(static_cast<size_t>(page_total));
  std::atomic<int> next{0};
  auto work = [&] {
    PageReader reader(pdf, options);
    for (int index = next++; index < page_total; index = next++) {
      outcomes[static_cast<size_t>(index)] = reader.read(first + index);
    }
  };
  {
    // The calling thread is one of the workers: one thread (and malloc arena) fewer.
    std::vector<std::jthread> helpers;
    helpers.reserve(static_cast<size_t>(jobs - 1));
    for (int i = 1; i < jobs; ++i) helpers.emplace_back(work);
    work();
  }

  // The workers' documents, renderers and text devices are gone; what they freed sits in the
  // workers' malloc arenas between the pages' surviving words. Handing it back keeps the
  // packet's peak memory from growing with the number of worker threads.
  malloc_trim(0);

  ReadResult result;
  result.facts = pdf.facts;
  result.pages.reserve(outcomes.size());
  for (PageOutcome& outcome : outcomes) {
    result.pages.push_back(std::move(outcome.page));
    for (Diagnostic& diagnostic : outcome.diagnostics) result.diagnostics.push_back(std::move(diagnostic));
  }
  return result;
}

}  // namespace agendum
