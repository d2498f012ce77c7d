// A Line's text from its words: the accepted words joined by spaces, struck-through words
// gathered into `deleted` runs, and the matching form beside the printed one.
//
// Layout stages that take words out of a line (stamps fused into body text) or move a word
// between lines (hyphenation) edit Line::words and call compose_line_text() again, so text,
// match, deleted and the style flags never disagree with the words behind them.
#pragma once

#include "pipeline/core/lines.h"
#include "pipeline/core/page.h"

namespace agendum {

// A Line from one TextLine of a page, taking its words: words normalised (normalize_printed),
// words that print nothing dropped, text and style flags composed. Structure flags (heading,
// list marker, paragraph start) are left for the later stages.
Line line_from_text_line(TextLine&& text_line, const PageInfo& page);

// Recomputes text, match, deleted, font_size, bold, all_caps and confidence from words.
void compose_line_text(Line& line);

}  // namespace agendum
