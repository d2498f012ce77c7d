// The header of a meeting's agenda or minutes: which body meets, what kind of meeting, when,
// where, and who answers the roll.
//
// The meeting's own date and place are read from its title block, the run of short lines that
// names the meeting ("CITY COUNCIL REGULAR MEETING" / "Tuesday, January 10, 2023" / "6:00 PM" /
// "Council Chambers, 1315 Main Street"), which many agenda systems print as the running header
// of every page. Dates further down the header (notices, "minutes of June 25, 2019" under an
// item) are used only when the title block has none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct MeetingHeader {
  std::optional<std::string> body;          // "Torrance Civil Service Commission"
  std::optional<std::string> meeting_type;  // "regular", "special", ...
  std::optional<std::string> date;          // ISO
  std::optional<std::string> time;          // "18:00"
  std::optional<std::string> location;
};

// Reads the header of the document spanning `lines`: the running header lines of its first
// page, then its lines up to line `end_line` (cut at `end_offset` in that line's printed text),
// where its order of business starts.
MeetingHeader read_meeting_header(const CleanText& text, LineSpan lines, size_t end_line,
                                  size_t end_offset);

// The roll call as listed, role prefixes removed: "ROLL CALL: Chou, Low, Mahlke, Mayor Pro Tem
// Lyons, Mayor Tye" -> Chou, Low, Mahlke, Lyons, Tye; also one name per line under "ROLL CALL:".
std::vector<std::string> find_roll_call(const std::vector<Line>& lines, LineSpan span);

// "Council Member Andrew Chou, Mayor Steve Tye and Ruth Low" -> Andrew Chou, Steve Tye, Ruth
// Low: a printed list of names split at commas, semicolons and "and", role words removed. The
// list stops at the next label ("Staff present:", "APPROVAL OF AGENDA:").
std::vector<std::string> split_names(std::string list);

}  // namespace agendum
