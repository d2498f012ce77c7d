// Resolutions: adopted, draft, and referenced ones, including votes recorded in minutes.
#pragma once

#include <vector>

#include "extractors/records.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Ids are "res-1", ... in packet order. pay_ranges is the packet's flat list; a resolution
// copies those whose LineSpan lies inside it into its own pay_ranges.
std::vector<Resolution> extract_resolutions(const CleanText& text,
                                            const std::vector<DocumentSpan>& documents,
                                            const std::vector<PayRange>& pay_ranges,
                                            std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
