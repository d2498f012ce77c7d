// Reading a class specification's title block (found by pipeline/recognize/class_spec.h):
// the title as users search for it and the dates as ISO dates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/records.h"

namespace agendum {

// The title as users search for it: "CITY CLERK II, DEPUTY" -> "Deputy City Clerk II",
// "INFORMATION TECHNOLOGY MANAGER – APPLICATIONS AND ANALYTICS" -> "Information Technology
// Manager – Applications and Analytics". Titles printed in mixed case are kept.
std::string display_title(std::string_view printed);

// Sets each date's ISO form from its printed text ("Aug 1, 2017" -> "2017-08-01").
void read_dates(std::vector<SpecDate>& dates);

}  // namespace agendum
