#include "pipeline/pdf/read_pdf.h"

#include <malloc.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <thread>

#include "pipeline/pdf/bounded_splash.h"
#include "pipeline/pdf/ocr.h"
#include "pipeline/pdf/open_pdf.h"
#include "pipeline/pdf/page_queue.h"
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
    for (unsigned char c : word.text)
      count += (c < 0x80 || c >= 0xC0) && c != ' ' && c != '\t' ? 1 : 0;
  }
  return count;
}

int count_characters(const std::vector<TextLine>& lines) {
  int count = 0;
  for (const TextLine& line : lines) count += count_characters(line.words);
  return count;
}

Diagnostic page_problem(Severity severity, std::string code, std::string message, int page_number) {
  return {severity, std::move(code), std::move(message), page_number, "ocr"};
}

std::string page_name(int page_number) { return "Page " + std::to_string(page_number); }

// "42%", "0.25%", "less than 0.01%": a small share is not rounded to nothing.
std::string percent(double share) {
  if (share > 0 && share < 1e-4) return "less than 0.01%";
  char text[32];
  std::snprintf(text, sizeof text, share >= 0.01 ? "%.0f%%" : "%.2f%%", share * 100);
  return text;
}

// "25", "2.5": the raster cap as the user gave it.
std::string megapixels(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// When a page's work must stop, and which limit that is (for its diagnostics).
struct PageDeadline {
  Clock::time_point at;
  std::string limit;  // "the page time limit (--page-timeout 120 s)"

  bool passed() const { return Clock::now() > at; }
};

// The diagnostics for what the renderer did to a page's images (bounded_splash.h): one for
// the largest image it had to skip, draw from short data, or draw coarser than the page.
void report_images(const ImageReport& images, double max_megapixels, int page_number,
                   std::vector<Diagnostic>& diagnostics) {
  if (!images.damage.empty()) {
    std::string said;
    for (const std::string& message : images.damage) said += (said.empty() ? "" : "; ") + message;
    diagnostics.push_back({Severity::warning, "image_damaged",
                           page_name(page_number) + ": an image's data is damaged (" + said +
                               "); it may be drawn incomplete.",
                           page_number, "render"});
  }
  const std::string image = "an image of " + std::to_string(images.largest_width) + " x " +
                            std::to_string(images.largest_height) + " pixels";
  const std::string cap =
      "the " + megapixels(max_megapixels) + "-megapixel raster cap (--max-raster-mp)";
  if (images.skipped > 0) {
    diagnostics.push_back(
        {Severity::warning, "image_skipped",
         page_name(page_number) + ": " + image + ", over " + cap +
             ", is JPEG 2000 or JBIG2, which cannot be read in part; it was left out.",
         page_number, "render"});
  } else if (images.largest_data_share < 1) {
    diagnostics.push_back({Severity::warning, "image_data_short",
                           page_name(page_number) + ": " + image + " has data for " +
                               percent(images.largest_data_share) +
                               " of them; the rest is drawn blank.",
                           page_number, "render"});
  } else if (images.reduced > 0) {
    diagnostics.push_back({Severity::info, "image_reduced",
                           page_name(page_number) + ": " + image +
                               " was drawn from a copy coarser than the page, within " + cap + ".",
                           page_number, "render"});
  }
}

// Reads pages of one PDF on one thread: its own Poppler document, and from the first page
// that needs them, its own renderer and OCR engine, reused for the rest of the read.
class PageReader {
 public:
  PageReader(const OpenedPdf& pdf, const ReadOptions& options, Clock::time_point file_deadline)
      : options_(options),
        file_deadline_(file_deadline),
        path_(pdf.path),
        document_(open_poppler_document(pdf.path)) {}

  // The pages read are built apart from the catalog (PageTree), but an annotation naming its
  // page (/P) has the catalog build every page up to that one: a fresh document lets that go.
  void open_afresh() {
    renderer_.reset();
    pages_.reset();
    document_.reset();  // first: two cross-reference tables of a long file at once cost MBs
    document_ = open_poppler_document(path_);
  }

  // While the batch's taker works: the text device's leftovers and the renderer go, the
  // document stays.
  void let_go() {
    text_reader_.let_go();
    renderer_.reset();
  }

  PageOutcome read(int page_number) {
    PageOutcome out;
    out.page.info.page = page_number;
    page_images_ = {};
    try {
      read_into(page_number, out);
    } catch (const std::exception& error) {
      out.page.lines.clear();
      out.page.info.quality = 0;
      out.diagnostics.push_back(page_problem(
          Severity::error, "page_render_failed",
          page_name(page_number) + " could not be read: " + error.what(), page_number));
    }
    report_images(page_images_, options_.max_raster_megapixels, page_number, out.diagnostics);
    out.page.info.chars = count_characters(out.page.lines);
    return out;
  }

 private:
  // The page's own limit, or the file's when that comes first.
  PageDeadline page_deadline() const {
    PageDeadline page{Clock::now() + std::chrono::seconds(options_.page_timeout_seconds),
                      "the page time limit (--page-timeout " +
                          std::to_string(options_.page_timeout_seconds) + " s)"};
    if (file_deadline_ < page.at)
      return {file_deadline_, "the file's time limit (--timeout " +
                                  std::to_string(options_.timeout_seconds) + " s)"};
    return page;
  }

  void read_into(int page_number, PageOutcome& out) {
    const PageDeadline deadline = page_deadline();
    // The page is built for this read and dropped after it: Poppler keeps nothing of it.
    LoadedPage loaded;
    if (document_) {
      if (!page_tree_) page_tree_.emplace(*document_);
      if (!pages_) pages_.emplace(*page_tree_, *document_);
      loaded = pages_->load(page_number);
    }
    if (!loaded.page) {
      out.diagnostics.push_back(page_problem(Severity::error, "page_render_failed",
                                             page_name(page_number) + " could not be loaded.",
                                             page_number));
      return;
    }
    Page& page = *loaded.page;
    PageSize size = displayed_size(page);
    out.page.width = size.width;
    out.page.height = size.height;

    // Words and vector strokes in one pass of Poppler's text device.
    WordsAndStrokes both = text_reader_.read(page, deadline.at);
    TextLayerWords text_layer = std::move(both.words);
    std::vector<Rule> vector_strokes = std::move(both.strokes);
    const double image_share = both.image_share;
    if (both.timed_out) {
      // A page whose content alone outlasts the limit is not rendered as well.
      out.diagnostics.push_back(
          page_problem(Severity::error, "text_layer_timeout",
                       page_name(page_number) + ": its text layer was not read to the end within " +
                           deadline.limit + "; the words read before it are kept.",
                       page_number));
      TextLayerVerdict verdict;
      verdict.garbage_share = garbage_share(text_layer.horizontal);
      verdict.quality = std::clamp(1 - 2.5 * verdict.garbage_share, 0.0, 1.0);
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
      return;
    }
    // Triage judges every word of the page; sideways words are rare, so the page's words are
    // copied into one list only when there are some.
    std::vector<Word> with_rotated;
    if (!text_layer.rotated.empty()) {
      with_rotated = text_layer.horizontal;
      with_rotated.insert(with_rotated.end(), text_layer.rotated.begin(), text_layer.rotated.end());
    }
    const std::vector<Word>& all_words =
        text_layer.rotated.empty() ? text_layer.horizontal : with_rotated;
    const bool has_words = !all_words.empty();

    // A page that will be OCR'd anyway (no text layer, or OCR forced) is rendered once, at
    // the OCR resolution: decoding a large scan costs more than recognising it. Other pages
    // get a cheap triage rendering and are rendered again only if triage fails them.
    bool ocr_likely = options_.ocr == OcrMode::always ||
                      (options_.ocr == OcrMode::automatic && all_words.empty());
    // Born-digital pages take their strokes from the vector graphics, so their rendering only
    // serves triage and can be coarse. The ink test exists for scans carrying a few words of
    // text; a page whose clean text layer is long, or which carries no image that could be a
    // scan, has its ink explained by that text, so it is not rendered at all: that keeps
    // born-digital packets near pdftotext's speed.
    const double text_garbage = garbage_share(all_words);
    TextLayerVerdict verdict;
    verdict.garbage_share = text_garbage;
    verdict.quality = has_words ? std::clamp(1 - 2.5 * text_garbage, 0.0, 1.0) : 0;
    const bool text_explains_ink = count_characters(all_words) >= kCharactersThatExplainAPage ||
                                   (has_words && image_share < kImageShareThatCouldHideText);
    if (options_.ocr != OcrMode::always && text_explains_ink && text_garbage < 0.05) {
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
      return;
    }
    // The text layer, if OCR cannot do better: what every way out below falls back on.
    auto keep_text_layer = [&] {
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, out.page);
    };
    const double ocr_dpi = fitted_dpi(size.width, size.height, options_.dpi, max_raster_pixels());
    Result<GrayRaster> raster = render(page, ocr_likely ? ocr_dpi : kTriageDpi, deadline.at);
    if (raster.ok()) verdict = judge_text_layer(all_words, raster.value());
    bool needs_ocr =
        options_.ocr == OcrMode::always ||
        (options_.ocr == OcrMode::automatic && !verdict.blank && verdict.quality < kOcrBelow);
    if (!raster.ok()) {
      not_ocrd(page_number, deadline, raster.status().message(), needs_ocr, has_words, out);
      keep_text_layer();
      return;
    }
    if (!needs_ocr) {
      keep_text_layer();
      return;
    }
    if (raster.value().dpi < ocr_dpi * 0.99) {
      raster = Status();  // free the triage raster before the large one
      raster = render(page, ocr_dpi, deadline.at);
      if (!raster.ok()) {
        not_ocrd(page_number, deadline, raster.status().message(), true, has_words, out);
        keep_text_layer();
        return;
      }
    }
    if (ocr_dpi < options_.dpi * 0.99) {
      out.diagnostics.push_back(page_problem(
          Severity::warning, "raster_capped",
          page_name(page_number) + " (" + inches(size.width) + " x " + inches(size.height) +
              " in) was OCR'd at " + std::to_string(std::lround(ocr_dpi)) + " dpi, not " +
              std::to_string(options_.dpi) + ", to keep its raster within " +
              megapixels(options_.max_raster_megapixels) +
              " megapixels and 32,000 pixels a side (--max-raster-mp); small print may be misread.",
          page_number));
    }
    if (!engine_ && engine_error_.empty()) engine_ = OcrEngine::start(engine_error_);
    if (!engine_) {
      not_ocrd(page_number, deadline, engine_error_, true, has_words, out, "ocr_failed");
      keep_text_layer();
      return;
    }
    OcrOutcome ocr = engine_->read(std::move(raster).value(), deadline.at);
    raster = Status();
    if (!ocr.reading) {
      not_ocrd(page_number, deadline, ocr.error, true, has_words, out,
               ocr.timed_out ? "ocr_timeout" : "ocr_failed");
      keep_text_layer();
      return;
    }
    use_ocr_reading(std::move(*ocr.reading), out.page);
    // Triage can be wrong the other way too (a page of dot leaders, a faint scan): when OCR
    // reads the page worse than its own text layer did, or reads nothing where the text
    // layer has words, the text layer stays.
    const bool ocr_read_nothing = out.page.lines.empty();
    if (options_.ocr == OcrMode::automatic && has_words &&
        (out.page.info.quality < verdict.quality || ocr_read_nothing)) {
      out.diagnostics.push_back(
          {Severity::info, "ocr_not_better",
           page_name(page_number) + ": OCR read " +
               (ocr_read_nothing
                    ? std::string("no text on it")
                    : "it worse than its text layer (" +
                          std::to_string(out.page.info.quality).substr(0, 4) + " against " +
                          std::to_string(verdict.quality).substr(0, 4) + ")") +
               "; the text layer is kept.",
           page_number, "ocr"});
      PageText text_page;
      text_page.width = size.width;
      text_page.height = size.height;
      text_page.info.page = page_number;
      use_text_layer(std::move(text_layer), std::move(vector_strokes), verdict, text_page);
      out.page = std::move(text_page);
    }
  }

  // A page that needed OCR (or only the ink check) and did not get it. A page that needed OCR
  // is an error when it timed out (a batch may retry with a longer limit) or is left with no
  // text; one that keeps its text layer after any other failure is a warning.
  static void not_ocrd(int page_number, const PageDeadline& deadline, const std::string& why,
                       bool needs_ocr, bool has_words, PageOutcome& out, std::string code = "") {
    const bool timed_out = deadline.passed();
    if (code.empty()) code = timed_out ? "render_timeout" : "page_render_failed";
    const bool ocr_timeout = code == "ocr_timeout";
    const bool at_ocr = code == "ocr_failed" || ocr_timeout;
    const std::string cause = timed_out || ocr_timeout ? "it ran past " + deadline.limit : why;
    const std::string outcome =
        !needs_ocr ? "its text layer is kept without the ink check"
        : has_words
            ? (at_ocr ? "its text layer is kept" : "it was not OCR'd, and its text layer is kept")
        : at_ocr ? "it has no text"
                 : "it was not OCR'd, and has no text";
    const Severity severity =
        needs_ocr && (timed_out || ocr_timeout || !has_words) ? Severity::error : Severity::warning;
    out.diagnostics.push_back(page_problem(severity, code,
                                           page_name(page_number) + " could not be " +
                                               (at_ocr ? "OCR'd" : "rendered") + " (" + cause +
                                               "); " + outcome + ".",
                                           page_number));
  }

  static std::string inches(double points) {
    return std::to_string(static_cast<int>(std::lround(points / 72)));
  }

  double max_raster_pixels() const { return options_.max_raster_megapixels * 1e6; }

  Result<GrayRaster> render(Page& page, double dpi, Clock::time_point deadline) {
    if (!renderer_) renderer_ = std::make_unique<GrayRenderer>(*document_, max_raster_pixels());
    Result<GrayRaster> raster = renderer_->render(page, dpi, deadline);
    page_images_.add(renderer_->images());
    return raster;
  }

  static void use_text_layer(TextLayerWords words, std::vector<Rule> strokes,
                             const TextLayerVerdict& verdict, PageText& page) {
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
    double quality = std::min(reading.mean_confidence / 100,
                              std::clamp(1 - 2.5 * garbage_share(reading.words), 0.0, 1.0));
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
  const Clock::time_point file_deadline_;
  const std::string path_;
  std::unique_ptr<PDFDoc> document_;
  std::optional<PageTree> page_tree_;     // of the file: it serves every document opened on it
  std::optional<PageTree::Pages> pages_;  // of document_
  WordAndStrokeReader text_reader_;
  std::unique_ptr<GrayRenderer> renderer_;
  std::unique_ptr<OcrEngine> engine_;
  std::string engine_error_;
  ImageReport page_images_;  // what the renders of the page being read did to its images
};

// Pages read from one Poppler document before a batched read opens it afresh. Pages are built
// apart from the catalog and dropped once read (PageTree), but an annotation naming its page
// (/P) makes the catalog build a page object (about 2.5 KB) for every page up to that one:
// reopening lets them go. It reads the cross-reference table again: milliseconds per 256 pages.
constexpr int kPagesPerDocumentOpen = 256;

// "4", "4-9", "4-9, 12": page numbers as runs.
std::string page_runs(const std::vector<int>& pages) {
  std::string text;
  for (size_t i = 0; i < pages.size();) {
    size_t end = i;
    while (end + 1 < pages.size() && pages[end + 1] == pages[end] + 1) ++end;
    text += (text.empty() ? "" : ", ") + std::to_string(pages[i]);
    if (end > i) text += "-" + std::to_string(pages[end]);
    i = end + 1;
  }
  return text;
}

}  // namespace

Result<PdfFacts> read_pdf_in_batches(const std::string& path, const ReadOptions& options,
                                     int batch_pages, const PageBatchSink& on_batch,
                                     const PagesToReadSink& on_start, const PagesWanted& wanted) {
  Result<OpenedPdf> opened = open_pdf(path);
  if (!opened.ok()) return opened.status();
  const OpenedPdf& pdf = opened.value();

  const Clock::time_point file_deadline =
      options.timeout_seconds > 0 ? Clock::now() + std::chrono::seconds(options.timeout_seconds)
                                  : Clock::time_point::max();
  const int page_count = pdf.facts.page_count;
  const int first = options.first_page.value_or(1);
  const int last = std::min(options.last_page.value_or(page_count), page_count);
  if (first < 1 || first > page_count) {
    return Status(ErrorCode::usage, path + ": --pages starts at page " + std::to_string(first) +
                                        ", but the document has " + std::to_string(page_count) +
                                        " pages");
  }
  std::vector<Diagnostic> notes;
  if (options.last_page && *options.last_page > page_count) {
    notes.push_back({Severity::warning, "pages_past_end",
                     "--pages asks for pages up to " + std::to_string(*options.last_page) +
                         ", but the document ends at page " + std::to_string(page_count) +
                         "; pages " + std::to_string(first) + "-" + std::to_string(page_count) +
                         " were read.",
                     std::nullopt, "load"});
  }
  const int page_total = last - first + 1;
  if (on_start) on_start(page_total);
  const int batch = batch_pages > 0 ? std::min(batch_pages, page_total) : page_total;
  int jobs =
      options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::clamp(jobs, 1, batch);

  // One reader (Poppler document, renderer, OCR engine) per worker for the whole file; the
  // workers of each batch read stretches of its neighbouring pages (page_queue.h), and each result
  // lands in its page's slot, so pages come out in page order whatever the thread timing. Once the
  // file's time is up, the pages not begun are passed over.
  std::vector<std::unique_ptr<PageReader>> readers;
  for (int i = 0; i < jobs; ++i)
    readers.push_back(std::make_unique<PageReader>(pdf, options, file_deadline));
  std::vector<int> not_read;
  int pages_since_open = 0;
  for (int batch_first = 0, batch_size = 0; batch_first < page_total; batch_first += batch_size) {
    const BatchWanted next = wanted ? wanted() : BatchWanted{batch, false};
    batch_size = std::min(std::clamp(next.pages, 1, batch), page_total - batch_first);
    if (pages_since_open >= kPagesPerDocumentOpen) {
      for (auto& reader : readers) reader->open_afresh();
      pages_since_open = 0;
    }
    pages_since_open += batch_size;
    std::vector<PageOutcome> outcomes(static_cast<size_t>(batch_size));
    std::vector<char> read(static_cast<size_t>(batch_size), 0);
    const int threads = std::min(jobs, batch_size);
    PageQueue queue(batch_size, threads);
    auto work = [&](int worker) {
      PageReader& reader = *readers[static_cast<size_t>(worker)];
      while (std::optional<int> index = queue.next(worker)) {
        if (Clock::now() > file_deadline) continue;
        outcomes[static_cast<size_t>(*index)] = reader.read(first + batch_first + *index);
        read[static_cast<size_t>(*index)] = 1;
      }
    };
    {
      // The calling thread is one of the workers: one thread (and malloc arena) fewer.
      std::vector<std::jthread> helpers;
      helpers.reserve(static_cast<size_t>(threads - 1));
      for (int i = 1; i < threads; ++i) helpers.emplace_back(work, i);
      work(0);
    }
    if (batch_first + batch_size >= page_total) {
      readers.clear();
    } else if (next.then_works) {
      for (auto& reader : readers) reader->let_go();
    }
    // What the workers freed sits in their malloc arenas between the pages' surviving words.
    // Handing it back keeps the peak memory from growing with the number of worker threads.
    malloc_trim(0);

    std::vector<PageText> pages;
    pages.reserve(outcomes.size());
    std::vector<Diagnostic> diagnostics = std::move(notes);
    notes.clear();
    for (size_t index = 0; index < outcomes.size(); ++index) {
      if (!read[index]) {
        not_read.push_back(first + batch_first + static_cast<int>(index));
        continue;
      }
      pages.push_back(std::move(outcomes[index].page));
      for (Diagnostic& diagnostic : outcomes[index].diagnostics)
        diagnostics.push_back(std::move(diagnostic));
    }
    outcomes.clear();
    on_batch(std::move(pages), std::move(diagnostics));
  }
  if (!not_read.empty()) {
    std::vector<Diagnostic> timeout;
    timeout.push_back({Severity::error, "file_timeout",
                       (not_read.size() == 1 ? "Page " : "Pages ") + page_runs(not_read) +
                           (not_read.size() == 1 ? " was" : " were") +
                           " not read: the file's time limit (--timeout " +
                           std::to_string(options.timeout_seconds) + " s) passed first.",
                       not_read.front(), "load"});
    on_batch({}, std::move(timeout));
  }
  return pdf.facts;
}

Result<ReadResult> read_pdf(const std::string& path, const ReadOptions& options) {
  ReadResult result;
  Result<PdfFacts> facts = read_pdf_in_batches(
      path, options, 0, [&](std::vector<PageText> pages, std::vector<Diagnostic> diagnostics) {
        if (result.pages.empty()) {
          result.pages = std::move(pages);
        } else {
          for (PageText& page : pages) result.pages.push_back(std::move(page));
        }
        for (Diagnostic& diagnostic : diagnostics)
          result.diagnostics.push_back(std::move(diagnostic));
      });
  if (!facts.ok()) return facts.status();
  result.facts = std::move(facts.value());
  return result;
}

}  // namespace agendum
