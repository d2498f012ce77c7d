// The text stages: normalisation (ICU) and layout cleanup, from pages of words to one
// clean flow of lines.
//
// clean_pages() normalises every word (NFC, ligatures, soft hyphens, non-breaking spaces),
// builds Line records with their style flags, joins line-end hyphenation where the joined
// word is a word, takes running headers/footers and packet stamps out of the flow into
// PageFurniture, recognises list markers and marks headings.
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/page.h"

namespace agendum {

CleanText clean_pages(const std::vector<PageText>& pages, std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
