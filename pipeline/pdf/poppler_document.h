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
#include <vector>

class PDFDoc;
class Page;
class PageAttrs;

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

// A page of a document being read: built for the reader (PageTree), or, past where the tree
// could be followed, the document's own from its catalog.
struct LoadedPage {
  std::unique_ptr<Page> built;  // null when the page is the catalog's
  Page* page = nullptr;         // null when neither has the page
};

// Where each page of a file sits in its page tree, so a page is built apart from Poppler's
// catalog. Asked for page N, the catalog builds and keeps a page object for every page up to
// N, for the life of the document (about 2.5 KB a page, and again after each reopening); a
// page built here is the reader's, and nothing of it stays once it is dropped, so reading page
// 4,000 costs what reading page 4 does. The index is read once (each page dictionary, in the
// catalog's order and by its rules) and holds 12 bytes a page. A page is built with the
// attributes it inherits (boxes, rotation, resources) from its ancestors.
class PageTree {
 public:
  explicit PageTree(PDFDoc& document);

  // The pages of one document open on the indexed file, the attributes of each /Pages node
  // read from it once. Lives no longer than the document.
  class Pages {
   public:
    Pages(const PageTree& tree, PDFDoc& document);
    ~Pages();
    Pages(const Pages&) = delete;
    Pages& operator=(const Pages&) = delete;

    // Page `page_number` (1-based). A page past the first damage the index met (a kid that
    // is not a reference, a node with no /Kids) is the catalog's, as is every page of a tree
    // deeper than 256 levels.
    LoadedPage load(int page_number);

   private:
    PageAttrs* node_attributes(int node);

    const PageTree& tree_;
    PDFDoc& document_;
    std::vector<std::unique_ptr<PageAttrs>> node_attributes_;  // by node, once read
  };

 private:
  struct Entry {
    int number, generation;  // the object's reference
    int parent;              // index in nodes_; -1 for the root
  };
  std::vector<Entry> nodes_;  // the /Pages nodes, the root first
  std::vector<Entry> pages_;
};

struct PageSize {
  double width = 0, height = 0;  // points, as displayed (the page's /Rotate applied)
};

// The page's crop box as a reader shows it.
PageSize displayed_size(const Page& page);

}  // namespace agendum
