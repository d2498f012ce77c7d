// Triage: how far the text layer of a page can be trusted, 0 (useless) to 1 (good).
//
// Four ways a text layer fails: it is empty; it is too thin for the ink on the page (a scan
// with only a stamp or a few words of text on it); it is garbage (fonts whose glyphs map to
// the wrong characters: "RESOLUHON NO 05 - 08", "'IHE CI'IY COUNClL", runs of symbols); or
// it is letters that read as no language, the invisible text an old OCR pass left over a scan
// ("Tlie Cornrnission wlll conslder tbe ..."): of a page's lower-case words (40 at least),
// under seven in ten are in the system word list (/usr/share/dict/words) or one in ten is a
// word OCR misread (rn for m, li for h, l for i, c for e). Where no word list is installed
// that last test is not made. A page scoring under kOcrBelow is read again with OCR when OCR
// is automatic; OCR's reading replaces the layer only when it reads better.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/pdf/raster.h"

namespace agendum {

inline constexpr double kOcrBelow = 0.5;

struct TextLayerVerdict {
  double quality = 0;        // 0..1, the smallest of the scores below
  double garbage_share = 0;  // share of characters in tokens that look broken
  double ink_coverage = 0;   // share of the page's area that is dark ink
  double ink_explained = 1;  // how much of that ink the text layer's words account for, 0..1
  bool blank = false;        // no text and (almost) no ink: nothing to read at all
};

// Share of characters (0..1) in tokens that no correct text layer produces; for a page whose
// prose reads as no language, at least the share of that prose that is not words (so at
// least 0.25, and the page fails triage).
double garbage_share(const std::vector<Word>& words);

// Judges the words against a gray rendering of the same page (any resolution).
TextLayerVerdict judge_text_layer(const std::vector<Word>& words, const GrayRaster& raster);

}  // namespace agendum
