// Poppler's core document: what each worker thread reads its pages from.
//
// Workers open the file by path, so the PDF is never held in memory whole: Poppler reads the
// objects a page needs from disk, and a 500 MB archive packet costs what its pages cost. One
// document per worker serves both the text device and the renderer (Poppler documents are
// not safe to share across threads).
#pragma once

#include <chrono>
#include <memory>
#include <string>

class PDFDoc;

namespace agendum {

// Sets up Poppler's process-wide state once, with its syntax warnings routed away from
// stderr (a damaged file is reported through Status and diagnostics, not terminal noise),
// and keeps it for the life of the process. Safe to call from any thread, any number of times.
void make_poppler_ready();

// The document at `path`, or nullptr when Poppler cannot open it (open_pdf() has already
// told the caller why; a worker reports it as a page failure).
std::unique_ptr<PDFDoc> open_poppler_document(const std::string& path);

// Poppler's abort check (displayPageSlice's abortCheckCbk, with the object as its data):
// true once the deadline has passed, so a pathological page stops instead of holding a
// worker. `stopped` says whether it stopped one (a page may finish after its deadline
// without Poppler asking again).
struct AbortAtDeadline {
  std::chrono::steady_clock::time_point deadline;
  bool stopped = false;

  static bool check(void* self);
};

struct PageSize {
  double width = 0, height = 0;  // points, as displayed (the page's /Rotate applied)
};

// The page's crop box as a reader shows it (1-based page number).
PageSize displayed_size(PDFDoc& document, int page_number);

}  // namespace agendum
