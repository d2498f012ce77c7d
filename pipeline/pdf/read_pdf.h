// Reading a PDF: open it, read each page's text layer, judge it, OCR the pages that need it.
//
// read_pdf() is the whole PDF side of the pipeline. It fails (as a Status) only when the
// file as a whole cannot be read: missing, not a PDF, corrupt, encrypted, zero pages.
// A page that cannot be rendered or recognised becomes a Diagnostic and an empty page;
// the other pages still come out. Pages are processed in parallel (one Poppler document,
// renderer and Tesseract engine per worker thread; the calling thread is one of the workers)
// and returned in page order. Rendering happens only when triage or OCR needs it: a page whose
// clean text layer is long, or which carries no image that could be a scan, is not rendered.
//
// Bounds: a page's reading, rendering and OCR stop at ReadOptions::page_timeout_seconds, and
// every page's at timeout_seconds from the start of the file (pages not begun by then are not
// read: one error diagnostic names them). No page raster holds more than
// max_raster_megapixels: a larger page is rendered at the resolution that fits, with a
// diagnostic giving the dpi used, and an image declaring more pixels than that is drawn from
// a reduced copy (bounded_splash.h). A page that cannot be OCR'd keeps its text layer.
//
// Which pages are OCR'd: with OcrMode::automatic, those whose text layer triage scores under
// 0.5 (empty, too thin for the ink on the page, or garbage from broken font encodings; see
// triage.h), unless OCR then reads the page worse than the text layer did. Boxes are points
// from the top-left corner of the page as displayed; an OCR page that had to be turned to
// stand upright (PageInfo::rotation, degrees clockwise) is described upright, its width and
// height swapped for a quarter turn. Deskewing is undone on OCR boxes, so they sit where the
// words are on the page.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/page.h"
#include "pipeline/core/status.h"

namespace agendum {

enum class OcrMode { automatic, always, never };

// A tabloid page at 350 dpi, a letter page at 500: more than OCR needs, in about 190 MB per
// worker thread with Tesseract's working copies (README "Limits").
inline constexpr double kDefaultMaxRasterMegapixels = 25;

struct ReadOptions {
  std::optional<int> first_page;  // 1-based, inclusive; unset = from the first page
  std::optional<int> last_page;   // unset = to the last page
  OcrMode ocr = OcrMode::automatic;
  int dpi = 300;                   // OCR raster resolution
  int jobs = 0;                    // worker threads; 0 = all cores
  int page_timeout_seconds = 120;  // rendering and OCR of one page are abandoned after this
  int timeout_seconds = 0;         // the whole file's reading is abandoned after this; 0 = no limit
  double max_raster_megapixels = kDefaultMaxRasterMegapixels;
};

struct PdfFacts {
  std::string sha256;
  long long bytes = 0;
  int page_count = 0;  // pages in the file (not only those read)
  std::optional<std::string> producer, title;
};

struct ReadResult {
  PdfFacts facts;
  std::vector<PageText> pages;  // the pages read, in page order
  std::vector<Diagnostic> diagnostics;
};

Result<ReadResult> read_pdf(const std::string& path, const ReadOptions& options);

// Receives pages read, in page order, with the diagnostics of those pages (file-wide notes
// such as "pages_past_end" come with the first batch, "file_timeout" in a last call of no pages).
using PageBatchSink =
    std::function<void(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics)>;

// Told, once the file is open and before the first batch, how many pages will be read: a
// caller that handles a long read differently from a short one knows which it has before
// holding any page.
using PagesToReadSink = std::function<void(int pages_to_read)>;

// Asked before each batch: how many pages the caller can take next (a window's worth, say);
// the batch is that long, up to batch_pages. Pages read past what the caller needs now would
// be held beside its work. When taking them sets the caller working a while (a long packet's
// window is full), the readers first let go of what they keep from page to page (the text
// device's last page and colour transforms, the renderer), and build it again after.
struct BatchWanted {
  int pages = 0;
  bool then_works = false;
};
using PagesWanted = std::function<BatchWanted()>;

// read_pdf, with the pages handed to `on_batch` batch_pages at a time (0: all in one batch;
// fewer when `wanted` asks for fewer) as they are read, so no more than a batch is held: how
// a packet of thousands of pages is read in memory bounded by the batch. The concatenated
// batches are read_pdf's pages and diagnostics, in its order. Fails as read_pdf does, before
// any batch (and before on_start).
Result<PdfFacts> read_pdf_in_batches(const std::string& path, const ReadOptions& options,
                                     int batch_pages, const PageBatchSink& on_batch,
                                     const PagesToReadSink& on_start = {},
                                     const PagesWanted& wanted = {});

}  // namespace agendum
