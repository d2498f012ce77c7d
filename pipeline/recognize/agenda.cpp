// Agendas: a body's meeting announced by name ("CITY COUNCIL AGENDA", "Notice of Regular
// Meeting"), run by its order of business ("CALL TO ORDER", "ROLL CALL", "CONSENT CALENDAR",
// "ADJOURNMENT") as numbered or lettered items. An agenda opens a packet; it is told from the
// minutes of the same meeting by the minutes' record of what happened (minutes.cpp).
#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"
#include "pipeline/recognize/meeting_cues.h"

namespace agendum {
namespace {

std::vector<Opening> agenda_openings(const CleanText&) {
  // An agenda is the head of its packet, named by the segmenter from its score; a memo whose
  // subject is the agenda is read as one there too.
  return {};
}

// The packet's head is an agenda when it names itself one and runs a meeting.
double agenda_score(const CleanText& text, LineSpan span) {
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kAgenda(R"((?i)\bagenda\b)");
  // A form's fields name no agenda and call no roll: "Roll Call Number", "Agenda Item Number"
  // head a roll-call sheet (one resolution and its vote).
  static const RE2 kFormField(R"((?i)\b(?:roll\s+call|agenda\s+item)\s+(?:number|no\b\.?|#))");
  // "1. CALL MEETING TO ORDER", "CALL TO ORDER: 6:30 p.m.", "ROLL CALL: Chou, Low, ..."
  static const RE2 kMeeting(
      R"((?i)\b(?:call\s+(?:meeting\s+)?to\s+order|roll\s+call|order\s+of\s+business)\b)");
  // "AGENDA", "CIVIL SERVICE COMMISSION AGENDA", "AGENDA for": the document's own name, set
  // apart at its head; not "AGENDA ITEM G-4" or "Agenda Report" over a staff report.
  static const RE2 kTitle(R"((?i)\bagenda\b(?:\s+(?:for|of)\b.*)?$)");
  static const RE2 kNotTitle(R"((?i)\bagenda\s+(?:item|#|no\b|report|staff|packet|bill))");
  // "I. CLASSIFICATION AND PAY ITEMS", "3. CONSENT CALENDAR": the numbered business ("ll." is
  // how OCR reads "II.").
  static const RE2 kSection(R"(^(?:[IVX][IVXl]{0,3}|l[IVXl]{1,3}|\d{1,2})\.\s+[A-Z])");
  bool named = false, runs = false, titled = false;
  int sections = 0;
  for (size_t i = span.first; i < span.last; ++i) {
    const Line& line = text.lines[i];
    std::string matching = line_for_matching(line);
    RE2::GlobalReplace(&matching, kFormField, "");
    named = named || RE2::PartialMatch(matching, kAgenda);
    runs = runs || business_cue(matching) == BusinessCue::opening ||
           RE2::PartialMatch(matching, kMeeting);
    if (named && runs) return span.first == 0 ? 0.8 : 0.45;
    if (i < span.first + 12 && matching.size() <= 60 &&
        (looks_all_caps(line) || styled_as_heading(line)) && RE2::PartialMatch(matching, kTitle) &&
        !RE2::PartialMatch(matching, kNotTitle))
      titled = true;
    sections += RE2::PartialMatch(matching, kSection);
  }
  // Named at its head and run as numbered business, though no roll is called.
  if (titled && sections >= 2) return span.first == 0 ? 0.6 : 0.4;
  return 0;
}

// An agenda is titled by its caps "... AGENDA" line, which may follow pages of notices.
std::optional<std::string> agenda_title(const CleanText& text, LineSpan span) {
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kAgendaHeading(R"(\bAGENDA\b)");
  for (size_t i = span.first; i < span.last && i < span.first + 40; ++i) {
    const std::string& line = text.lines[i].text;
    if (line.size() <= 120 && looks_all_caps(text.lines[i]) &&
        RE2::PartialMatch(line, kAgendaHeading))
      return line;
  }
  return std::nullopt;
}

}  // namespace

const Recognizer kAgendaRecognizer{DocumentKind::agenda, agenda_openings, agenda_score,
                                   agenda_title};

}  // namespace agendum
