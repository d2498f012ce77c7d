#include "pipeline/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace agendum {
namespace {

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Letters a typographic ligature stands for; nullptr when the code point is not one.
const char* ligature_letters(UChar32 c) {
  switch (c) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
      return "st";  // long s + t
    case 0xFB06:
      return "st";
    case 0x0132:
      return "IJ";
    case 0x0133:
      return "ij";
    default:
      return nullptr;
  }
}

// Characters that print nothing: soft hyphen, zero-width space/joiners, word joiner, BOM,
// bidi marks (all of general category Cf), and control characters other than whitespace.
bool prints_nothing(UChar32 c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  int8_t type = u_charType(c);
  return type == U_FORMAT_CHAR || type == U_CONTROL_CHAR;
}

bool is_space(UChar32 c) {
  return c == '\t' || c == '\n' || c == '\r' || u_charType(c) == U_SPACE_SEPARATOR || c == 0x2028 ||
         c == 0x2029 || c == 0x0085;
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

std::string nfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(text);
  if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = normalizer->normalize(source, status);
  if (U_FAILURE(status)) return text;
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

// What a character becomes in the matching form; nullptr keeps it as it is.
const char* matching_replacement(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
    case 0x02BC:
    case 0x02B9:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
    case 0x02BA:
      return "\"";
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
    case 0x2043:
      return "-";
    case 0x2026:
      return "...";
    default:
      break;
  }
  if (u_charType(c) == U_DASH_PUNCTUATION) return "-";
  return nullptr;
}

// Printable ASCII other than tabs and newlines needs no work: most words of most packets.
bool is_plain_ascii(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || byte < 0x20 || byte == 0x7F) return false;
  }
  return true;
}

}  // namespace

std::string normalize_printed(std::string_view text) {
  if (is_plain_ascii(text)) return std::string(text);
  bool ascii = is_ascii(text);
  std::string out;
  out.reserve(text.size());
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;  // malformed UTF-8 byte: drop it rather than emit garbage
    if (is_space(c)) {
      out.push_back(' ');
    } else if (prints_nothing(c)) {
      continue;
    } else if (const char* letters = ligature_letters(c)) {
      out += letters;
    } else {
      append_utf8(out, c);
    }
  }
  return ascii ? out : nfc(out);
}

std::string matching_form(std::string_view printed) {
  std::string out;
  out.reserve(printed.size());
  bool pending_space = false;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(printed.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(printed.data(), i, length, c);
    if (c < 0) continue;
    if (c > 0x20 && c < 0x7F && c != '`') {  // printable ASCII stands for itself
      if (pending_space) out.push_back(' '), pending_space = false;
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (prints_nothing(c)) continue;
    if (pending_space) out.push_back(' '), pending_space = false;
    if (const char* replacement = matching_replacement(c)) {
      out += replacement;
    } else if (const char* letters = ligature_letters(c)) {
      out += letters;
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace agendum
