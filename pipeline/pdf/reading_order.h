// Reading order: from loose words to visual lines, column by column.
//
// Words are grouped into rows by vertical overlap. A page has columns when one or more
// vertical gutters stay free of text in nearly every row while prose (mostly letters, long
// runs) sits on each side in many rows (the two sides' rows need not line up); tables of figures do not count as columns, so a
// pay table's rows stay whole lines. Rows that cross a gutter (a full-width heading) split
// the page into bands; inside a band each column is read top to bottom before the next.
#pragma once

#include <vector>

#include "pipeline/core/page.h"

namespace agendum {

std::vector<TextLine> lines_in_reading_order(std::vector<Word> words);

}  // namespace agendum
