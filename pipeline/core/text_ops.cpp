#include "pipeline/core/text_ops.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace agendum {
namespace {

// The characters of kWhiteSpace: space, and tab through carriage return.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "II" in "DEPUTY CITY CLERK II", "III," in an inverted title.
bool is_roman_numeral(std::string_view word) {
  static const RE2 kRoman(R"(^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[,.;:)]?$)");
  return RE2::FullMatch(word, kRoman);
}

bool is_small_word(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kSmall = {
      "of", "and", "the", "for", "in", "to", "a", "an", "on", "at", "by", "or", "with", "&"};
  for (std::string_view small : kSmall)
    if (lower == small) return true;
  return false;
}

std::string title_case_word(std::string_view word, bool first) {
  if (is_roman_numeral(word) || has_digit(word)) return std::string(word);
  std::string lower = to_lower_ascii(word);
  if (!first && is_small_word(lower)) return lower;
  size_t letters = 0;
  for (char c : word) letters += is_upper(c) || is_lower(c);
  // Two capitals are an acronym ("IT", "HR"), unless they are a particle of a name.
  static constexpr std::array<std::string_view, 8> kParticles = {"el", "la", "le", "de",
                                                                 "du", "da", "di", "lo"};
  bool particle = false;
  for (std::string_view p : kParticles) particle = particle || lower == p;
  if (letters == 2 && word.size() == 2 && !particle) return std::string(word);
  bool capitalise = true;
  for (char& c : lower) {
    if (is_lower(c)) {
      if (capitalise) c = static_cast<char>(c - 'a' + 'A');
      capitalise = false;
    } else if (c == '-' || c == '/' || c == '(') {
      capitalise = true;
    } else if (is_upper(c)) {
      capitalise = false;
    }
  }
  return lower;
}

}  // namespace

std::string_view trim_view(std::string_view text, std::string_view chars) {
  size_t first = text.find_first_not_of(chars);
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(chars);
  return text.substr(first, last - first + 1);
}

std::string trim(std::string_view text, std::string_view chars) {
  return std::string(trim_view(text, chars));
}

size_t word_count(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = is_ascii_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::string_view> word_views(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !is_ascii_space(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string_view> views = word_views(text);
  return {views.begin(), views.end()};
}

namespace {

bool is_punctuation_symbol_or_space(UChar32 c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return true;
  return c >= 0 && (U_GET_GC_MASK(c) & (U_GC_P_MASK | U_GC_S_MASK)) != 0;
}

bool is_unicode_letter(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0; }

}  // namespace

std::string_view trim_punctuation_view(std::string_view text) {
  const auto length = static_cast<int32_t>(text.size());
  int32_t begin = 0;
  while (begin < length) {
    int32_t next = begin;
    UChar32 c = 0;
    U8_NEXT(text.data(), next, length, c);
    if (!is_punctuation_symbol_or_space(c)) break;
    begin = next;
  }
  int32_t end = length;
  while (end > begin) {
    int32_t previous = end;
    UChar32 c = 0;
    U8_PREV(text.data(), begin, previous, c);
    if (!is_punctuation_symbol_or_space(c)) break;
    end = previous;
  }
  return text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

bool all_letters(std::string_view text) {
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (!is_unicode_letter(c)) return false;
  }
  return true;
}

bool has_two_letters_in_a_row(std::string_view text) {
  const auto length = static_cast<int32_t>(text.size());
  bool after_letter = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    const bool letter = is_unicode_letter(c);
    if (letter && after_letter) return true;
    after_letter = letter;
  }
  return false;
}

bool is_all_caps(std::string_view text) {
  bool letters = false;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;
    if (c < 0x80) {
      if (is_lower(static_cast<char>(c))) return false;
      letters = letters || is_upper(static_cast<char>(c));
    } else if (u_isalpha(c)) {
      if (u_islower(c)) return false;
      letters = true;
    }
  }
  return letters;
}

double caps_ratio(std::string_view text, size_t letters_to_check) {
  size_t letters = 0, upper = 0;
  for (char c : text) {
    if (!is_upper(c) && !is_lower(c)) continue;
    ++letters;
    upper += is_upper(c);
    if (letters >= letters_to_check) break;
  }
  return letters == 0 ? 0 : static_cast<double>(upper) / static_cast<double>(letters);
}

bool has_digit(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool has_letter(std::string_view text) {
  for (char c : text)
    if (is_upper(c) || is_lower(c)) return true;
  return false;
}

bool has_lowercase(std::string_view text) {
  for (char c : text)
    if (is_lower(c)) return true;
  return false;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string to_upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string title_case(std::string_view text) {
  std::string_view trimmed = trim_view(text);
  std::string out;
  size_t at = 0;
  while (at < trimmed.size()) {
    size_t end = at;
    while (end < trimmed.size() && !is_ascii_space(trimmed[end])) ++end;
    if (!out.empty()) out.push_back(' ');
    out += title_case_word(trimmed.substr(at, end - at), out.empty());
    at = end;
    while (at < trimmed.size() && is_ascii_space(trimmed[at])) ++at;
  }
  return out;
}

}  // namespace agendum

namespace agendum {

std::string caps_to_title_case(std::string_view text) {
  std::string_view trimmed = trim_view(text);
  if (has_lowercase(trimmed)) return std::string(trimmed);
  return title_case(trimmed);
}

}  // namespace agendum
