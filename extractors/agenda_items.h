// Agenda items: the numbered business of a meeting, read from the agenda's lines.
//
// Numbering comes in several forms: "6A." under "6. CONSENT CALENDAR", "3.1" under
// "3. CONSENT CALENDAR:", "A." under an unnumbered "CONSENT CALENDAR:", "11." for a
// top-level item. A number only counts when it continues the agenda's sequence, which is
// what lets items be found inside long flattened lines (several items on one line) without
// taking "1. Approve the Temporary Sign ..." inside a recommendation for item 1.
// Top-level entries whose title is in capitals ("6. CONSENT CALENDAR") are sections.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Where the items start: the agenda's header (body, date, roll call) is everything before.
struct AgendaItemsPosition {
  size_t line = 0;    // index into the lines given to parse_agenda_items
  size_t offset = 0;  // byte offset in that line's printed text (with its list marker)
};

struct ParsedAgendaItems {
  std::vector<AgendaItem> items;                   // document is left empty
  std::optional<AgendaItemsPosition> first_entry;  // first numbered entry or section
};

// Reads items from lines[span.first, span.last).
ParsedAgendaItems parse_agenda_items(const std::vector<Line>& lines, LineSpan span);

// The line's printed text with its list marker put back ("6A. Approve ...").
std::string printed_with_marker(const Line& line);

}  // namespace agendum
