// Pay ranges and salary schedules: every pay range in the packet, flat.
#pragma once

#include <vector>

#include "extractors/records.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Ids are "pay-1", "pay-2", ... in packet order. Each record names its document and
// carries its LineSpan so the class spec and resolution extractors can claim theirs.
std::vector<PayRange> extract_pay_ranges(const CleanText& text,
                                         const std::vector<DocumentSpan>& documents,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
