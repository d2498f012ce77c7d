// The text layer: the words a PDF carries, with boxes and fonts, in top-left page points.
#pragma once

#include <optional>
#include <string>
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

// A text-layer word from what Poppler reports: the subset tag taken off the font name, bold
// and italic read from it, the box height standing in for a missing size. Nothing for a
// word that is only white space.
std::optional<Word> make_text_layer_word(std::string text, Box box, std::string font_name, double font_size);

// Style from a font name: "ABCDEF+Arial-BoldMT", "TimesNewRoman,Bold", "Calibri-SemiboldItalic".
bool font_is_bold(std::string_view font_name);
bool font_is_italic(std::string_view font_name);

}  // namespace agendum
