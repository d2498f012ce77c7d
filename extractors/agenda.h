// The meeting agenda at the head of a packet.
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
