// Strokes: thin horizontal dark lines on a page image, and what they do to the words.
//
// A strike-through or an underline in a redlined document is a drawn line, not a font
// property, so it is found on the rendered page. Glyph strokes are short; a stroke here is a
// dark horizontal run at least kMinStrokePoints long and at most a few points thick. A
// stroke through the middle band of a word over most of its width strikes it; one just
// under its baseline underlines it. Long strokes with no words on them are table rulings.
#pragma once

#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/pdf/raster.h"

namespace agendum {

inline constexpr double kMinStrokePoints = 12;

// Strokes on the raster, in points of the raster's frame (x right, y down).
std::vector<Rule> find_strokes(const GrayRaster& raster);

// Sets Word::struck / Word::underlined from the strokes.
void mark_struck_and_underlined(const std::vector<Rule>& strokes, std::vector<Word>& words);

}  // namespace agendum
