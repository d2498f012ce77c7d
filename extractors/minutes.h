// Minutes of meetings as records: the meeting (body, type, date, place), who was present and
// absent, and the motions made, each with its mover, seconder, result, roll call and the agenda
// item it was made under.
//
// Attendance is read where minutes print it, before the first motion: "Present: ...",
// "Commissioners Present: ...", "Members absent: ...", "The following members were in
// attendance: ...", or the names of the roll call. Lists of staff and guests ("Others present:",
// "Staff present:") are not the body's members. Motions: extractors/minutes_motions.h.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct Attendance {
  std::vector<std::string> present, absent;
};

// Who attended the meeting recorded in lines [span.first, span.last).
Attendance read_attendance(const std::vector<Line>& lines, LineSpan span);

// One Minutes record per minutes document, in packet order.
std::vector<Minutes> extract_minutes(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
