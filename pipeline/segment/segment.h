// Packet segmentation: split the clean flow into the documents glued into a packet
// (agenda, staff reports, resolutions, class specs, salary schedules, minutes, other).
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Documents cover the flow without gaps or overlaps, in order; ids are "doc-1", "doc-2", ...
std::vector<DocumentSpan> segment_packet(const CleanText& text,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
