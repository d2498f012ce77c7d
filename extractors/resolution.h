// Resolutions: adopted, draft, and referenced ones, including votes recorded in minutes.
//
// A document the segmenter calls "resolution" gives one record per resolution in it (a
// packet sometimes prints two back to back); any other document gives one for each
// "RESOLUTION NO." heading that opens a resolution's text (an attachment not segmented on
// its own). Minutes and agendas give records for resolutions adopted by a recorded vote;
// when the packet also prints that resolution, the vote is merged into its record.
// A heading whose number cannot be read becomes a warning diagnostic with its page.
#pragma once

#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

// Ids are "res-1", ... in packet order. pay_ranges is the packet's flat list; a resolution
// copies those whose LineSpan lies inside it into its own pay_ranges.
std::vector<Resolution> extract_resolutions(const CleanText& text,
                                            const std::vector<DocumentSpan>& documents,
                                            const std::vector<PayRange>& pay_ranges,
                                            std::vector<Diagnostic>& diagnostics);

// A motion's adoption (a record from_minutes_vote) merged into the printed resolution of the
// same number: its vote when the print has none, the meeting's date as the adoption date
// unless the print was adopted with its own date, status adopted, and the body and
// jurisdiction the print lacks.
void merge_adoption(Resolution& printed, const Resolution& adopted_by_vote);

// Resolutions the packet cites but neither prints nor adopts ("on January 14, 2020, the
// City Council passed Resolution No. 79374"): one record each, status referenced, with its
// number and the pages of its first citation, and no document (CONTRACT.md: "referenced:
// only cited"). `found` is what extract_resolutions() gave; numbers it holds are not repeated,
// and ids continue after it. Ordinances cited are not resolutions and give none.
//
// Ordinances themselves are documents of their own kind (DocumentSpan, kind ordinance) and
// give no Resolution: the contract has no ordinance record, and a resolutions list that held
// ordinances would miscount both.
std::vector<Resolution> referenced_resolutions(const CleanText& text,
                                               const std::vector<DocumentSpan>& documents,
                                               const std::vector<Resolution>& found);

}  // namespace agendum
