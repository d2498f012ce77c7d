// The text stages: normalisation (ICU) and layout cleanup, from pages of words to one
// clean flow of lines.
//
// clean_pages() normalises every word (NFC, ligatures, soft hyphens, non-breaking spaces),
// builds Line records with their style flags, takes packet stamps, page labels and running
// headers/footers out of the flow into PageFurniture, recognises list markers, joins
// line-end hyphenation where the joined word is a word, and marks headings and paragraph
// starts. It never fails: a page with no text gives an "empty_page" info diagnostic.
//
// The stages, one file each: normalize.h (characters), line_text.h (a Line from words),
// layout_furniture.h (stamps, labels, running lines), hyphenation.h, line_structure.h
// (list markers, headings, paragraphs).
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/page.h"

namespace agendum {

struct CleanOptions {
  // Consult /usr/share/dict/words (when installed) to judge line-end hyphenation; without
  // it only the document's own vocabulary decides, which makes output independent of the
  // machine.
  bool system_word_list = true;
  // Threads the pages' lines are built on (0: all cores); the text is the same either way.
  int jobs = 1;
};

// Takes the pages' words into the lines and frees each page as it goes, so a long packet's
// words are held once, not twice.
CleanText clean_pages(std::vector<PageText> pages, std::vector<Diagnostic>& diagnostics);
CleanText clean_pages(std::vector<PageText> pages, const CleanOptions& options,
                      std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
