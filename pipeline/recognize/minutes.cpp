// Minutes of a meeting: a "MINUTES" title, who was present and absent, the meeting called to
// order at a time, and motions made, seconded and carried (often by a roll-call vote).
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"
#include "pipeline/recognize/meeting_cues.h"

namespace agendum {
namespace {

std::vector<Opening> minutes_openings(const CleanText& text) {
  // "MINUTES OF THE CITY COUNCIL", "CITY OF DIAMOND BAR MINUTES OF THE CITY COUNCIL STUDY SESSION"
  static const RE2 kMinutes(
      R"((?i)^(?:city\s+of\s+[a-z .'-]+?\s+)?(?:(?:regular|special|adjourned)\s+)?(?:meeting\s+)?minutes\b)");
  return title_openings(text, DocumentKind::minutes, {kMinutes, 1000});
}

// A record of what happened, in the past tense: who attended, motions moved and seconded.
double minutes_score(const CleanText& text, LineSpan span) {
  // "called to order at 9:08am", "Meeting called to order at 7:00 p.m. by Mayor ..."
  static const RE2 kCalled(
      R"((?i)\bcalled\s+(?:the\s+meeting\s+)?to\s+order\s+at\b|\bmeeting\s+(?:was\s+)?adjourned\s+at\b)");
  bool titled = RE2::PartialMatch(head_of(text, span, 400), minutes_word());
  int attendance = 0, called = 0, motions = 0;
  for (size_t i = span.first; i < span.last && i < span.first + 1500; ++i) {
    const std::string& line =
        text.lines[i].match.empty() ? text.lines[i].text : text.lines[i].match;
    attendance += RE2::PartialMatch(line, attendance_label());
    called += RE2::PartialMatch(line, kCalled);
    motions += RE2::PartialMatch(line, motion_cue());
  }
  double record =
      0.1 * std::min(attendance, 2) + 0.15 * std::min(called, 1) + 0.06 * std::min(motions, 5);
  // Without its name at the head, a record of motions may be an agenda's or a report's quote.
  return titled ? std::min(1.0, 0.35 + record) : std::min(record, 0.45);
}

}  // namespace

const Recognizer kMinutesRecognizer{DocumentKind::minutes, minutes_openings, minutes_score};

}  // namespace agendum
