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

// Embedded subsets carry a six-letter tag: "BCDFEE+Calibri-Bold".
std::string without_subset_tag(std::string name) {
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    name.erase(0, 7);
  }
  return name;
}

std::string utf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  std::string out(bytes.begin(), bytes.end());
  while (!out.empty() && out.back() == '\0') out.pop_back();
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

PageSize displayed_size(const poppler::page& page) {
  poppler::rectf box = page.page_rect(poppler::crop_box);
  PageSize size{std::abs(box.width()), std::abs(box.height())};
  poppler::page::orientation_enum orientation = page.orientation();
  if (orientation == poppler::page::landscape || orientation == poppler::page::seascape) {
    std::swap(size.width, size.height);
  }
  return size;
}

std::optional<Word> make_text_layer_word(std::string text, Box box, std::string font_name, double font_size) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  Word word;
  word.text = std::move(text);
  word.box = box;
  word.font = without_subset_tag(std::move(font_name));
  word.font_size = font_size > 0 ? font_size : box.height();
  word.bold = font_is_bold(word.font);
  word.italic = font_is_italic(word.font);
  return word;
}

TextLayerWords read_text_layer(const poppler::page& page) {
  TextLayerWords out;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    poppler::rectf rect = box.bbox();
    bool has_font = box.has_font_info();
    std::optional<Word> word = make_text_layer_word(utf8(box.text()), {rect.left(), rect.top(), rect.right(), rect.bottom()},
                                                    has_font ? box.get_font_name() : std::string(),
                                                    has_font ? box.get_font_size() : 0);
    if (!word) continue;
    (box.rotation() == 0 ? out.horizontal : out.rotated).push_back(std::move(*word));
  }
  return out;
}

}  // namespace agendum
