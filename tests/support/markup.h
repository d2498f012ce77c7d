// Test fixtures as text: builds pages of words from the markdown the seed texts use, so a
// stage test is a few real lines, not a PDF.
//
//   **bold words**       bold font
//   ~~struck words~~     struck through (a redline deletion)
//   # Heading            larger bold line
//   a blank line         paragraph gap
//   a line "<<page>>"    starts the next page
//   leading spaces       indent (6 pt each)
//   a tab                a wide gap (table cell boundary)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/page.h"
#include "pipeline/core/records.h"

namespace agendum::testing {

std::vector<PageText> pages_from_markup(std::string_view markup);

// pages_from_markup() run through the real text stages (clean_pages).
CleanText clean_from_markup(std::string_view markup);

// One document of `kind` spanning every line of text (not empty), as segmentation would hand
// it to an extractor.
DocumentSpan whole_document(const CleanText& text, DocumentKind kind, std::string id = "doc-2");

}  // namespace agendum::testing
