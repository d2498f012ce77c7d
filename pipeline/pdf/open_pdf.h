// Opening a PDF: the whole-file checks that decide whether there is anything to read.
//
// open_pdf() checks the header bytes, hashes the file as it streams through, and asks
// Poppler to load it once, mapping every way that can fail to an ErrorCode with a one-line
// message naming the file. Nothing of the file stays in memory: each worker thread opens
// its own Poppler document by path (poppler_document.h).
#pragma once

#include <string>

#include "pipeline/core/status.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

struct OpenedPdf {
  std::string path;
  PdfFacts facts;
};

Result<OpenedPdf> open_pdf(const std::string& path);

}  // namespace agendum
