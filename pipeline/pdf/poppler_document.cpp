#include "pipeline/pdf/poppler_document.h"

#include <poppler/Error.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/goo/GooString.h>

#include <chrono>
#include <cmath>
#include <utility>

namespace agendum {
namespace {

void ignore_poppler_message(ErrorCategory, Goffset, const char*) {}

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

PageSize displayed_size(PDFDoc& document, int page_number) {
  PageSize size{std::abs(document.getPageCropWidth(page_number)), std::abs(document.getPageCropHeight(page_number))};
  if (document.getPageRotate(page_number) % 180 != 0) std::swap(size.width, size.height);
  return size;
}

}  // namespace agendum
