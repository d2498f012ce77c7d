// One packet end to end: read the PDF, clean the text, split the packet into documents,
// run every extractor, validate. This is what `agendum extract` and `agendum text` call,
// and what batch ingestion will call once per input.
#pragma once

#include <string>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"
#include "pipeline/core/status.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

struct Extraction {
  Packet packet;
  CleanText text;  // the flow the extractors saw (for `agendum text` and review tools)
};

// Fails only when the file as a whole cannot be read (see read_pdf); everything smaller
// becomes a diagnostic in the packet. With a page_cache_dir, pages read before (same content,
// same reading options) come from the cache instead of the PDF (see page_cache.h).
Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options,
                                  const std::string& page_cache_dir = "");

// The stages after reading, on pages already read: clean, segment, extract. Pure and
// file-free, so tests can drive it from text fixtures. The pages are consumed: their words
// move into the clean text. With jobs other than 1 (0: all cores) independent extractors run
// on two threads; the packet is the same either way.
Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics,
                              int jobs = 1);

}  // namespace agendum
