// The meeting agenda of a packet: its header (body, meeting type, date, time, place, roll
// call) and its items, each linked to the document in the packet that serves it.
//
// A packet without an agenda whose documents include minutes gets the meeting the minutes
// record as its agenda: its date, its place, the members present and its numbered business.
#pragma once

#include <optional>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

std::optional<Agenda> extract_agenda(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
