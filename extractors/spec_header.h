// The title block of a class specification: the class title and the labelled fields printed
// around it (class code, bargaining unit, FLSA, jurisdiction, dates, salary lines).
//
// Layouts differ (Torrance prints the title first and the labels after it, Carson the labels
// first and the title last, Philadelphia the class code first), so the block is read as a
// set of label/value lines and the title is the all-caps line no label claims.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/spec_lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct TitleBlock {
  size_t first = 0;  // index into the spec lines where the specification starts
  size_t title = 0;  // index of the title line
  std::string title_as_printed;
  std::optional<std::string> jurisdiction, class_code, bargaining_unit;
  std::optional<Flsa> flsa;
  std::optional<SpecStatus> caption_status;  // proposed for a block captioned DRAFT
  std::vector<SpecDate> dates;
};

// Reads the title block that ends just before lines[anchor] (the spec's first section
// heading), looking no further back than floor. Nothing when no title is printed there.
std::optional<TitleBlock> read_title_block(const std::vector<SpecLine>& lines, size_t anchor,
                                           size_t floor);

// A dated line of the spec ("Revision Date: Aug 1, 2017", "Re-Titled/Revised Date: May 2015",
// "Class Established: 8/54", "Spec. Revision:" with the date on the next line). consumed is
// set to the number of lines read (1 or 2).
std::optional<SpecDate> read_date_line(const std::vector<SpecLine>& lines, size_t i,
                                       size_t& consumed);

// "Bargaining Unit: Torrance Municipal Employees" -> "Torrance Municipal Employees".
std::optional<std::string> read_bargaining_unit(std::string_view text);

// "FLSA: Non-Exempt" -> non_exempt.
std::optional<Flsa> read_flsa(std::string_view text);

// A caption line that is no part of the text around it: "ATTACHMENT A", "Exhibit B",
// "CITY OF TORRANCE" repeated at a page top, "Page 2 of 4".
bool is_stray_caption(std::string_view text);

// The title as users search for it: "CITY CLERK II, DEPUTY" -> "Deputy City Clerk II",
// "INFORMATION TECHNOLOGY MANAGER – APPLICATIONS AND ANALYTICS" -> "Information Technology
// Manager – Applications and Analytics". Titles printed in mixed case are kept.
std::string display_title(std::string_view printed);

}  // namespace agendum
