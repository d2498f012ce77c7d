// Competency models (City of Los Angeles style): a class described by numbered competencies,
// each with its required level and behavioural indicators, instead of duty sections.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/records.h"
#include "pipeline/recognize/spec_lines.h"

namespace agendum {

struct CompetencyModel {
  size_t first = 0;  // index of the "COMPETENCY MODEL FOR" line
  std::string title_as_printed;
  std::optional<std::string> class_code;
  std::vector<Competency> competencies;
};

// Reads the model that opens at lines[first] (where pipeline/recognize/class_spec.h places it) and
// runs to lines[end].
CompetencyModel read_competency_model(const std::vector<SpecLine>& lines, size_t first, size_t end);

}  // namespace agendum
