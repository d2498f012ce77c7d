// The title block of a class specification (internal to the class-spec recognizer; what a
// block holds is stated in pipeline/recognize/class_spec.h).
#pragma once

#include <optional>

#include "pipeline/recognize/class_spec.h"

namespace agendum {

// Reads the title block that ends just before lines[anchor] (the spec's first section
// heading), looking no further back than floor. Nothing when no title is printed there. With
// plain_title, a short mixed-case line right above the heading may be the title when no line
// is set apart as one (for lines segmentation already called a spec).
std::optional<TitleBlock> read_title_block(const std::vector<SpecLine>& lines, size_t anchor,
                                           size_t floor, bool plain_title);

}  // namespace agendum
