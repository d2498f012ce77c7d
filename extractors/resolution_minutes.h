// Resolutions adopted by a motion recorded in minutes: "C/Malke moved, C/Low seconded, to
// adopt Resolution No. 2020-13, ... Motion carried by the following Roll Call vote: AYES:
// COUNCIL MEMBERS: Chou, Low, Mahlke, MPT/Lyons, M/Tye NOES: COUNCIL MEMBERS: None ...".
// The meeting date comes from the minutes' header ("MINUTES OF THE CITY COUNCIL REGULAR
// MEETING MAY 19, 2020").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/resolution_text.h"
#include "pipeline/core/records.h"

namespace agendum {

struct MinutesVote {
  std::string number;                       // "2020-13"
  std::optional<std::string> meeting_date;  // ISO
  std::optional<std::string> body;          // "City Council", from "MINUTES OF THE CITY COUNCIL"
  std::optional<std::string> jurisdiction;  // "City of Diamond Bar", printed over that heading
  std::optional<Vote> vote;                 // none when the motion carried without a recorded vote
  PageSpan pages;                           // the motion and its vote
  LineSpan lines;
  size_t offset = 0;  // where the motion starts in JoinedText::match
};

// Every motion in joined that adopts one or more numbered resolutions and carried: by a
// recorded, non-blank vote, or (for a motion with its mover named) by its stated result ("The
// motion carried unanimously"), when its vote is left empty. A motion that failed adopts
// nothing and is left out. Motions are read by extractors/minutes_motions.h.
std::vector<MinutesVote> find_minutes_votes(const JoinedText& joined);

}  // namespace agendum
