// Packet segmentation: split the clean flow into the documents glued into a packet
// (agenda, staff reports, resolutions, class specs, salary schedules, minutes, other).
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Documents cover the flow without gaps or overlaps, in order; ids are "doc-1", "doc-2", ...
// With jobs other than 1 (0: all cores) the recognizers look for openings side by side; the
// documents are the same either way.
std::vector<DocumentSpan> segment_packet(const CleanText& text,
                                         std::vector<Diagnostic>& diagnostics, int jobs = 1);

}  // namespace agendum
