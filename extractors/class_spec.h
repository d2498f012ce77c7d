// Class specifications, section by section, redline-aware.
//
// A specification is a title block (the class title, with labels such as "Class Code:",
// "Bargaining Unit:", "FLSA:" and dates around it) followed by section headings; it is found
// wherever it is printed: as its own document, as Exhibit A of a resolution or as an
// attachment to a staff report. A title with fewer than three known sections (two when the
// block carries labels) is not a spec, so reports quoting a spec's lists are not read as one.
// Competency models ("COMPETENCY MODEL FOR ...") are read as specs with competencies.
//
// Sections are recognised by what their headings say (extractors/spec_headings.h), never by
// position. Struck-through text is never accepted text: whole struck items come out with
// change "deleted", struck runs inside an item in its deleted list; in a redlined spec,
// items printed in bold or underlined come out with change "inserted".
//
// Status comes from captions naming the class ("A) Revised Class Specification ..."), a
// DRAFT caption, redlines (revised), an adopting resolution, or the report the spec is
// attached to. A spec printed twice with the same content gets duplicate_of = the first's id;
// revised and existing versions of one class are separate records.
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Ids are "spec-1", ... in packet order. pay_ranges is the packet's flat list; a spec
// copies those whose LineSpan lies inside it into salary. A document the segmenter calls a
// class spec that yields no spec gives a "class_spec_unread" warning.
std::vector<ClassSpec> extract_class_specs(const CleanText& text,
                                           const std::vector<DocumentSpan>& documents,
                                           const std::vector<PayRange>& pay_ranges,
                                           std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
