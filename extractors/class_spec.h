// Class specifications, section by section, redline-aware.
#pragma once

#include <vector>

#include "extractors/records.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

// Ids are "spec-1", ... in packet order. pay_ranges is the packet's flat list; a spec
// copies those whose LineSpan lies inside it into salary.
std::vector<ClassSpec> extract_class_specs(const CleanText& text,
                                           const std::vector<DocumentSpan>& documents,
                                           const std::vector<PayRange>& pay_ranges,
                                           std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
