// Competency models (City of Los Angeles style): a class described by numbered competencies,
// each with its required level and behavioural indicators, instead of duty sections.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/spec_lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct CompetencyModel {
  size_t first = 0;  // index of the "COMPETENCY MODEL FOR" line
  std::string title_as_printed;
  std::optional<std::string> class_code;
  std::vector<Competency> competencies;
};

// True when lines[i] opens a competency model ("COMPETENCY MODEL FOR").
bool opens_competency_model(const std::vector<SpecLine>& lines, size_t i);

// Reads the model that opens at lines[first] and runs to lines[end].
CompetencyModel read_competency_model(const std::vector<SpecLine>& lines, size_t first, size_t end);

}  // namespace agendum
