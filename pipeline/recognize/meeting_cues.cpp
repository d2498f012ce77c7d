#include "pipeline/recognize/meeting_cues.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace agendum {
namespace {

// Where the words of a line start: past its list marker ("1.", "IV.", "a)", "6A."), bullets
// and the marks OCR leaves for a number it could not read ("—_ CALL TO ORDER").
size_t words_start(std::string_view line) {
  size_t p = 0;
  for (int tokens = 0; tokens < 3 && p < line.size(); ++tokens) {
    while (p < line.size() && !std::isalnum(static_cast<unsigned char>(line[p]))) ++p;
    size_t end = line.find(' ', p);
    if (end == std::string_view::npos) return p;
    std::string_view token = line.substr(p, end - p);
    bool digits = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    bool marker = token.size() <= 5 && (token.back() == '.' || token.back() == ')') &&
                  std::isalnum(static_cast<unsigned char>(token.front()));
    bool bullet = token.size() == 1 && token[0] == 'o';
    if (!digits && !marker && !bullet) return p;
    p = end + 1;
  }
  return p;
}

bool starts_with_any(const std::string& form, const std::string_view* words, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    std::string word = vocabulary_form(words[i]);
    if (form.compare(0, word.size(), word) == 0) return true;
  }
  return false;
}

}  // namespace

std::string vocabulary_form(std::string_view text) {
  std::string letters;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalpha(byte))
      letters.push_back(static_cast<char>(std::toupper(byte)));
    else if (c == '0')
      letters.push_back('O');
  }
  // OCR reads "m" as "rn": compare both forms as "M".
  std::string out;
  for (size_t i = 0; i < letters.size(); ++i) {
    if (letters[i] == 'R' && i + 1 < letters.size() && letters[i + 1] == 'N') {
      out.push_back('M');
      ++i;
    } else {
      out.push_back(letters[i]);
    }
  }
  return out;
}

BusinessCue business_cue(std::string_view line) {
  // The opening of a meeting's order of business, in the words agendas and minutes print.
  static constexpr std::array<std::string_view, 14> kOpening = {"call to order",
                                                                "call meeting to order",
                                                                "call the meeting to order",
                                                                "call of meeting to order",
                                                                "roll call",
                                                                "pledge of allegiance",
                                                                "flag salute",
                                                                "salute to the flag",
                                                                "invocation",
                                                                "opening ceremonies",
                                                                "order of business",
                                                                "meeting called to order",
                                                                "meeting was called to order",
                                                                "the meeting was called to order"};
  // The end of it: "ADJOURNMENT", "ADJOURN", "Meeting adjourned at 8:26 p.m."
  static constexpr std::array<std::string_view, 5> kClosing = {
      "adjourn", "meeting adjourn", "meeting was adjourn", "the meeting adjourn",
      "there being no further business"};
  size_t start = words_start(line);
  if (start >= line.size()) return BusinessCue::none;
  // The cue names a heading or a label ("ROLL CALL: Chou, Low, ..."), not a sentence of prose
  // that happens to open with it.
  std::string_view words = line.substr(start);
  size_t colon = words.find(':');
  if (words.size() > 80 && (colon == std::string_view::npos || colon > 40))
    return BusinessCue::none;
  std::string form = vocabulary_form(line.substr(start, 48));
  if (starts_with_any(form, kOpening.data(), kOpening.size())) return BusinessCue::opening;
  // "ADJOURN TO CLOSED SESSION" recesses the meeting; it does not end it.
  if (starts_with_any(form, kClosing.data(), kClosing.size()) &&
      form.find(vocabulary_form("closed session")) == std::string::npos)
    return BusinessCue::closing;
  return BusinessCue::none;
}

const RE2& recommendation_label() {
  // "Recommended Action:", "Recommendation:", "RECOMMENDATION:", "Staff Recommendation:",
  // "Action Required:"
  static const RE2 kLabel(
      R"((?i)\b(?:staff\s+)?(?:recommended\s+actions?|recommendations?|action\s+required|requested\s+action)\s*:\s*)");
  return kLabel;
}

const RE2& file_number_at_start() {
  // "23-0028 MINUTES", "File #: 22-1187 Approve ...", "RES-24-0153 Adopt ..."
  static const RE2 kFileNumber(
      R"(^(?:File\s*(?:#|No\.?|ID)\s*:?\s*)?((?:[A-Z]{2,4}[- ])?\d{2,4}-\d{3,5})\b\s*)");
  return kFileNumber;
}

const RE2& attendance_label() {
  // "Commissioners Present:", "Members Absent:", "ABSENT:", "Excused:", "were in attendance:"
  static const RE2 kLabel(R"((?i)\b(present|absent|excused|in\s+attendance)\s*:)");
  return kLabel;
}

const RE2& motion_cue() {
  // "Smith moved, seconded by Jones", "Motion carried 5-0", "M/S/C Smith/Jones",
  // "K. Lee (motion), R. Diaz (second)", "On motion of Trustee Park"
  static const RE2 kMotion(
      R"((?i)\bmoved\b|\bmotion\s+(?:by|carried|passed|failed|was|made|died)\b|\bseconded\b|\(second\)|\(motion\)|\bM\s*/\s*S\b|\bon\s+(?:a\s+)?motion\s+(?:of|by)\b|\bunanimously\b)");
  return kMotion;
}

const RE2& minutes_word() {
  // "MINUTES OF THE CITY COUNCIL", "Board Meeting Minutes"
  static const RE2 kMinutes(R"((?i)\bminutes\b)");
  return kMinutes;
}

}  // namespace agendum
