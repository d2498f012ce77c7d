// Opening a PDF: the whole-file checks that decide whether there is anything to read.
//
// open_pdf() reads the file into memory, checks the header bytes, hashes the bytes and asks
// Poppler to load it once, mapping every way that can fail to an ErrorCode with a one-line
// message naming the file. The bytes stay in memory so each worker thread can load its own
// poppler::document from them (Poppler documents are not safe to share across threads).
#pragma once

#include <memory>
#include <string>

#include <poppler-document.h>

#include "pipeline/core/status.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

struct OpenedPdf {
  std::string path;
  std::string bytes;  // the whole file
  PdfFacts facts;
};

Result<OpenedPdf> open_pdf(const std::string& path);

// A document over bytes that open_pdf() already accepted; nullptr only if Poppler changed its
// mind, which callers report as a page failure. `bytes` must outlive the document.
std::unique_ptr<poppler::document> load_document(const std::string& bytes);

// Routes Poppler's syntax warnings away from stderr: a damaged file is reported through
// Status and diagnostics, not as noise on the terminal. Safe to call more than once.
void silence_poppler_messages();

}  // namespace agendum
