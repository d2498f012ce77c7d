// Agenda items: the order of business of a meeting, read from an agenda's (or minutes') lines
// as an outline.
//
// Agenda systems number their business in many ways: "6A." under "6. CONSENT CALENDAR", "3.1"
// or PrimeGov's "6.A." under "3.", Roman sections ("IV. PUBLIC HEARINGS") over lettered items
// ("a)", "A."), lettered subsections over numbered items ("C. FINANCE" / "1. Approve ..."),
// unnumbered caps headings ("CONSENT CALENDAR:") over numbered items, Legistar's file numbers
// beside each item ("b) 23-0021 ..."). The outline is read from the numbering itself:
//   - an entry continues the numbering of its level ("B." after "A.", "12." after "11."), or
//     opens a new list one level down ("1." under "C. MANAGEMENT"), or it is no entry at all
//     (a stray "1." inside a recommendation);
//   - a number that names its parent ("6A", "3.1", "6.A.") belongs under that parent;
//   - an item whose text says it is one (a "Recommendation:" label, a file number) keeps the
//     lists printed under it as its text: "Recommendation: Staff recommends: 1. Award ...";
//   - a numbered list printed again further on is a notice (how to take part), not business.
// Entries with entries under them are sections; the others are the items. Business runs from
// the opening of the order of business ("CALL TO ORDER", "ROLL CALL") or, without one, from
// the first numbered entry; what comes before is the agenda's header. After ADJOURNMENT no new
// heading is business (signatures, calendars of later meetings).
//
// A number only counts when it continues the outline, which is what lets items be found
// inside long flattened lines (several items on one line) without taking "1. Approve ..."
// inside a recommendation for item 1.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Where the business starts: the header (body, date, roll call) is everything before.
struct AgendaItemsPosition {
  size_t line = 0;    // index into the lines given to parse_agenda_items
  size_t offset = 0;  // byte offset in that line's printed text (with its list marker)
};

// A place in the text by words: the line (index into CleanText::lines) and how many words of
// that line's printed text (with its list marker) come before it. Words, not bytes, so that
// text in another normal form (a JoinedText) can be placed in the outline.
struct WordPosition {
  size_t line = 0;
  size_t word = 0;
  friend bool operator<(const WordPosition& a, const WordPosition& b) {
    return a.line != b.line ? a.line < b.line : a.word < b.word;
  }
};

// A numbered entry of the business (an item or a section): where it and everything under it
// run, [begin, end).
struct OutlineEntry {
  std::string number;          // as AgendaItem::number
  std::string section_number;  // the numbered entry it is under, "" at the top
  std::string section_title;   // that entry's title ("CONSENT CALENDAR")
  WordPosition begin, end;
};

struct ParsedAgendaItems {
  std::vector<AgendaItem> items;                   // document is left empty
  std::vector<OutlineEntry> outline;               // numbered entries, in order
  std::optional<AgendaItemsPosition> first_entry;  // where the order of business starts
};

// Reads items from lines[span.first, span.last). Item numbers are as printed ("6A", "3.1",
// "11.", "A.", "a)", "IV."), except that a letter under a numbered section takes the
// section's number ("a." under "11." is "11a", as minutes cite it); an unnumbered heading
// with nothing under it ("CALL TO ORDER") is an item numbered "".
ParsedAgendaItems parse_agenda_items(const std::vector<Line>& lines, LineSpan span);

// The line's printed text with its list marker put back ("6A. Approve ...").
std::string printed_with_marker(const Line& line);

}  // namespace agendum
