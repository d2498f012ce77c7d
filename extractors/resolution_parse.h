// The parts of one resolution's text: title, enacting body, recitals, resolved clause,
// sections, adoption clause and date, vote, signatures, citations and status.
//
// parse_resolution() reads JoinedText::match between begin and end (the resolution's own
// text; the caller cuts it where the document, or an attachment label, ends) and fills a
// Resolution except id, document and pay_ranges.
#pragma once

#include <optional>
#include <string>

#include "extractors/resolution_number.h"
#include "extractors/resolution_text.h"
#include "pipeline/core/records.h"

namespace agendum {

// A resolution's place in its document: begin is where its text starts (a title printed
// above the heading belongs to it), heading the "RESOLUTION NO." that names it, if any.
struct ResolutionSpan {
  size_t begin = 0, end = 0;
  std::optional<ResolutionHeading> heading;
  std::optional<std::string> document_title;  // the segmenter's title, a last resort
};

Resolution parse_resolution(const JoinedText& joined, const ResolutionSpan& span);

// Where a resolution's attachments start after its text: a line opening with "EXHIBIT A",
// "ATTACHMENT 1", "Exhibit A:" at or after from, before end; end when there is none.
size_t attachment_start(const JoinedText& joined, size_t from, size_t end);

}  // namespace agendum
