// The text layer: the words a PDF carries, with boxes and fonts, in top-left page points.
#pragma once

#include <string_view>
#include <vector>

#include <poppler-page.h>

#include "pipeline/core/page.h"

namespace agendum {

struct PageSize {
  double width = 0, height = 0;  // points, as displayed (the page's /Rotate applied)
};

PageSize displayed_size(const poppler::page& page);

struct TextLayerWords {
  std::vector<Word> horizontal;  // ordinary text
  std::vector<Word> rotated;     // vertical text (margin stamps, rotated labels), in file order
};

// Every word of the page's text layer. Boxes are in points from the top-left corner of the
// displayed page (Poppler's text boxes already use that frame).
TextLayerWords read_text_layer(const poppler::page& page);

// Style from a font name: "ABCDEF+Arial-BoldMT", "TimesNewRoman,Bold", "Calibri-SemiboldItalic".
bool font_is_bold(std::string_view font_name);
bool font_is_italic(std::string_view font_name);

}  // namespace agendum
