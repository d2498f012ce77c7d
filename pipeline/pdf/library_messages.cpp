#include "pipeline/pdf/library_messages.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

// jpeglib.h needs FILE and size_t declared first.
#include <jpeglib.h>

namespace agendum {
namespace {

// The collector of this thread: a hook called from inside libjpeg has no other way back to
// the page being drawn. Each worker thread has its own.
thread_local LibraryMessages* current = nullptr;

// A page with a damaged image can warn once per row; a few distinct messages say it all.
constexpr size_t kMaxMessages = 4;

void record_jpeg_message(j_common_ptr info) {
  char text[JMSG_LENGTH_MAX];
  (*info->err->format_message)(info, text);
  LibraryMessages::record(text);
}

}  // namespace

LibraryMessages::LibraryMessages() : outer_(current) { current = this; }

LibraryMessages::~LibraryMessages() { current = outer_; }

void LibraryMessages::record(std::string message) {
  if (!current || current->messages_.size() >= kMaxMessages) return;
  if (std::find(current->messages_.begin(), current->messages_.end(), message) !=
      current->messages_.end())
    return;
  current->messages_.push_back(std::move(message));
}

}  // namespace agendum

// Stands in for libjpeg's own (found with RTLD_NEXT) and changes only where messages go.
extern "C" struct jpeg_error_mgr* jpeg_std_error(struct jpeg_error_mgr* error) {
  using StdError = struct jpeg_error_mgr* (*)(struct jpeg_error_mgr*);
  static const auto libjpeg_std_error =
      reinterpret_cast<StdError>(dlsym(RTLD_NEXT, "jpeg_std_error"));
  // libjpeg is loaded with Poppler, or Poppler would have no JPEG decoding to call this for.
  if (!libjpeg_std_error) std::abort();
  libjpeg_std_error(error);
  error->output_message = agendum::record_jpeg_message;
  return error;
}
