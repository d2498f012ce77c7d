#include "pipeline/pdf/text_layer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace agendum {
namespace {

// Font names are ASCII; a word's style is read from its font name, once per word.
std::string lower_case(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool font_is_bold(std::string_view font_name) {
  // "Bold" also covers "Semibold", "ExtraBold" and ",Bold"; "Demi" covers "DemiBold"/"Demi".
  std::string name = lower_case(font_name);
  for (std::string_view marker : {"bold", "black", "heavy", "demi"}) {
    if (name.find(marker) != std::string::npos) return true;
  }
  return false;
}

bool font_is_italic(std::string_view font_name) {
  std::string name = lower_case(font_name);
  return name.find("italic") != std::string::npos || name.find("oblique") != std::string::npos;
}

FontStyle font_style(std::string_view font_name) {
  // Embedded subsets carry a six-letter tag ("BCDFEE+Calibri-Bold") that could spell a marker.
  if (font_name.size() > 7 && font_name[6] == '+' &&
      std::all_of(font_name.begin(), font_name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
    font_name.remove_prefix(7);
  return {font_is_bold(font_name), font_is_italic(font_name)};
}

std::optional<Word> make_text_layer_word(std::string text, Box box, FontStyle style, double font_size) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  Word word;
  word.text = std::move(text);
  word.box = box;
  word.font_size = font_size > 0 ? font_size : box.height();
  word.bold = style.bold;
  word.italic = style.italic;
  return word;
}

}  // namespace agendum
