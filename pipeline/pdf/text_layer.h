// The text layer: the words a PDF carries, with boxes and fonts, in top-left page points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/page.h"

namespace agendum {

struct TextLayerWords {
  std::vector<Word> horizontal;  // ordinary text
  std::vector<Word> rotated;     // vertical text (margin stamps, rotated labels), in file order
};

// Style from a font name: "ABCDEF+Arial-BoldMT", "TimesNewRoman,Bold", "Calibri-SemiboldItalic".
bool font_is_bold(std::string_view font_name);
bool font_is_italic(std::string_view font_name);

struct FontStyle {
  bool bold = false, italic = false;
};
FontStyle font_style(std::string_view font_name);

// A text-layer word from what Poppler reports, the box height standing in for a missing
// size. Nothing for a word that is only white space. (Only the style is kept of the font:
// a name per word would cost more memory than the word.)
std::optional<Word> make_text_layer_word(std::string text, Box box, FontStyle style, double font_size);

}  // namespace agendum
