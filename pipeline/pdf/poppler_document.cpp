#include "pipeline/pdf/poppler_document.h"

#include <poppler/Error.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/goo/GooString.h>
// After PDFDoc.h: Dict.h alone does not compile (Object.h needs Dict complete).
#include <poppler/Dict.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

// libpoppler 22.12 exports Page's constructor, which takes the page's attributes, but not the
// constructor of those attributes (PageAttrs), so a page can be built apart from the catalog
// only with one made here. These are Poppler's rules for the attributes a page inherits from
// its tree (ISO 32000-1, 7.7.3.4), kept to the letter so a page built here is the page the
// catalog builds (tests/pdf_page_tree_test.cpp checks it on every bundled page);
// the class layout is the installed header's. Poppler's own copies of these functions are
// internal to the library: the library uses its own, agendum these.
namespace {

// A box entry: four numbers, not all zero, put in order (x1 <= x2, y1 <= y2).
bool read_box(Dict* dict, const char* key, PDFRectangle* box) {
  Object entry = dict->lookup(key);
  if (!entry.isArray() || entry.arrayGetLength() != 4) return false;
  double number[4];
  for (int i = 0; i < 4; ++i) {
    Object value = entry.arrayGet(i);
    if (!value.isNum()) return false;
    number[i] = value.getNum();
  }
  if (number[0] == 0 && number[1] == 0 && number[2] == 0 && number[3] == 0) return false;
  *box = PDFRectangle(std::min(number[0], number[2]), std::min(number[1], number[3]),
                      std::max(number[0], number[2]), std::max(number[1], number[3]));
  return true;
}

}  // namespace

PageAttrs::PageAttrs(PageAttrs* inherited, Dict* dict) {
  if (inherited) {
    mediaBox = inherited->mediaBox;
    cropBox = inherited->cropBox;
    haveCropBox = inherited->haveCropBox;
    rotate = inherited->rotate;
    resources = inherited->resources.copy();
  } else {
    mediaBox = PDFRectangle(0, 0, 612, 792);  // US Letter, for a file that names no box
    cropBox = PDFRectangle();
    haveCropBox = false;
    rotate = 0;
    resources.setToNull();
  }
  read_box(dict, "MediaBox", &mediaBox);
  if (read_box(dict, "CropBox", &cropBox)) haveCropBox = true;
  if (!haveCropBox) cropBox = mediaBox;
  if (dict->is("Page")) {
    // A page's crop box is no wider or taller than its media box.
    if (cropBox.x2 - cropBox.x1 > mediaBox.x2 - mediaBox.x1) {
      cropBox.x1 = mediaBox.x1;
      cropBox.x2 = mediaBox.x2;
    }
    if (cropBox.y2 - cropBox.y1 > mediaBox.y2 - mediaBox.y1) {
      cropBox.y1 = mediaBox.y1;
      cropBox.y2 = mediaBox.y2;
    }
  }
  bleedBox = trimBox = artBox = cropBox;
  read_box(dict, "BleedBox", &bleedBox);
  read_box(dict, "TrimBox", &trimBox);
  read_box(dict, "ArtBox", &artBox);
  if (Object turn = dict->lookup("Rotate"); turn.isInt()) rotate = turn.getInt();
  rotate %= 360;
  if (rotate < 0) rotate += 360;
  lastModified = dict->lookup("LastModified");
  boxColorInfo = dict->lookup("BoxColorInfo");
  group = dict->lookup("Group");
  metadata = dict->lookup("Metadata");
  pieceInfo = dict->lookup("PieceInfo");
  separationInfo = dict->lookup("SeparationInfo");
  if (Object own = dict->lookup("Resources"); own.isDict()) resources = std::move(own);
}

PageAttrs::~PageAttrs() = default;

namespace agendum {
namespace {

void ignore_poppler_message(ErrorCategory, Goffset, const char*) {}

// Deeper than any page tree a writer makes (they are balanced, a few levels for thousands of
// pages); the index stops there.
constexpr size_t kMaxPageTreeDepth = 256;

}  // namespace

void make_poppler_ready() {
  // Poppler drops its global parameters when the last document using them closes; one
  // holder that lives as long as the process keeps them for every later document.
  static const GlobalParamsIniter holder(ignore_poppler_message);
  // The holder installs the callback only when it is the first to set Poppler up; a host that
  // used poppler-cpp before us would otherwise keep Poppler's messages on stderr.
  static const bool quiet = (setErrorCallback(ignore_poppler_message), true);
  (void)holder;
  (void)quiet;
}

std::unique_ptr<PDFDoc> open_poppler_document(const std::string& path) {
  make_poppler_ready();
  auto document = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  if (!document->isOk()) return nullptr;
  return document;
}

bool AbortAtDeadline::check(void* self) {
  auto* abort = static_cast<AbortAtDeadline*>(self);
  if (std::chrono::steady_clock::now() > abort->deadline) abort->stopped = true;
  return abort->stopped;
}

namespace {

template <typename Entry>
Ref reference_of(const Entry& entry) {
  return {entry.number, entry.generation};
}

}  // namespace

PageTree::PageTree(PDFDoc& document) {
  XRef* xref = document.getXRef();
  Object catalog = xref->getCatalog();
  if (!catalog.isDict() || !catalog.dictLookupNF("Pages").isRef()) return;
  const Ref root_ref = catalog.dictLookupNF("Pages").getRef();
  Object root = catalog.dictLookup("Pages");
  if (!root.isDict() || document.getNumPages() <= 0) return;
  nodes_.push_back({root_ref.num, root_ref.gen, -1});
  // Depth first, kids in order: the catalog's walk (Catalog::cachePageTree), with its rules.
  struct Open {
    Object kids;  // looked up once: an indirect /Kids array is parsed once, not once a kid
    int index;    // in nodes_
    int kid = 0;  // the next kid to look at
  };
  std::vector<Open> path;
  path.push_back({root.dictLookup("Kids"), 0});
  while (!path.empty() && path.size() <= kMaxPageTreeDepth) {
    Open& open = path.back();
    const Object& kids = open.kids;
    if (!kids.isArray()) return;  // the catalog reads no page past this
    if (open.kid >= kids.arrayGetLength()) {
      path.pop_back();
      continue;
    }
    const int at = open.kid++;
    const Object& reference = kids.arrayGetNF(at);
    if (!reference.isRef()) return;
    // A kid that is its own ancestor is passed over.
    bool loops = false;
    for (const Open& ancestor : path)
      loops = loops || nodes_[static_cast<size_t>(ancestor.index)].number == reference.getRefNum();
    if (loops) continue;
    Object kid = kids.arrayGet(at);
    if (!kid.isDict()) continue;
    if (kid.isDict("Page") || !kid.getDict()->hasKey("Kids")) {
      if (static_cast<int>(pages_.size()) >= document.getNumPages()) return;
      pages_.push_back({reference.getRefNum(), reference.getRefGen(), open.index});
      continue;
    }
    nodes_.push_back({reference.getRefNum(), reference.getRefGen(), open.index});
    const int index = static_cast<int>(nodes_.size()) - 1;
    path.push_back({kid.dictLookup("Kids"), index});
  }
}

PageTree::Pages::Pages(const PageTree& tree, PDFDoc& document)
    : tree_(tree), document_(document), node_attributes_(tree.nodes_.size()) {}

PageTree::Pages::~Pages() = default;

// What node `node` passes on to its kids: what it inherits, with what its dictionary sets.
PageAttrs* PageTree::Pages::node_attributes(int node) {
  std::unique_ptr<PageAttrs>& known = node_attributes_[static_cast<size_t>(node)];
  if (known) return known.get();
  const Entry& entry = tree_.nodes_[static_cast<size_t>(node)];
  PageAttrs* inherited = nullptr;
  if (entry.parent >= 0 && !(inherited = node_attributes(entry.parent))) return nullptr;
  Object dictionary = document_.getXRef()->fetch(reference_of(entry));
  if (!dictionary.isDict()) return nullptr;
  known = std::make_unique<PageAttrs>(inherited, dictionary.getDict());
  return known.get();
}

LoadedPage PageTree::Pages::load(int page_number) {
  LoadedPage loaded;
  if (page_number < 1 || page_number > document_.getNumPages()) return loaded;
  if (static_cast<size_t>(page_number) > tree_.pages_.size()) {
    loaded.page = document_.getPage(page_number);  // past what the index could follow
    return loaded;
  }
  const Entry& entry = tree_.pages_[static_cast<size_t>(page_number) - 1];
  PageAttrs* inherited = node_attributes(entry.parent);
  const Ref page_ref = reference_of(entry);
  Object dictionary = document_.getXRef()->fetch(page_ref);
  if (!inherited || !dictionary.isDict()) return loaded;
  auto attributes = std::make_unique<PageAttrs>(inherited, dictionary.getDict());
  // Poppler's number for the page is 1, not its own: the page's annotations look their page
  // up in the catalog by this number (Annot::setPage), which builds every page up to it.
  // Nothing read from a page depends on the number.
  loaded.built = std::make_unique<Page>(&document_, 1, std::move(dictionary), page_ref,
                                        attributes.release(), nullptr);
  if (!loaded.built->isOk()) {
    loaded.built.reset();
    return loaded;
  }
  loaded.page = loaded.built.get();
  return loaded;
}

PageSize displayed_size(const Page& page) {
  PageSize size{std::abs(page.getCropWidth()), std::abs(page.getCropHeight())};
  if (page.getRotate() % 180 != 0) std::swap(size.width, size.height);
  return size;
}

}  // namespace agendum
