// Motions recorded in minutes, in the forms clerks write them:
//   "Councilmember Ortiz moved, seconded by Councilmember Hale, to approve the Consent
//    Calendar. The motion carried unanimously."
//   "C/Ortiz moved, C/Hale seconded, to adopt Resolution No. 2024-17. Motion carried by the
//    following Roll Call vote: AYES: ... NOES: ... ABSENT: ..."
//   "It was moved by Trustee Park and seconded by Trustee Lim that the report be received."
//   "Motion by Director Gray, second by Director Moss, to award the contract. Motion carried 5-0."
//   "M/S/C Ortiz/Hale to approve the minutes as presented."
//   "Budget amendment approved – K. Lee (motion), R. Diaz (second)"
//   "MOTION: Ortiz  SECOND: Hale ... VOTE: 4-1"
// For each: who moved and seconded it (as printed, role prefixes removed), what it was to do,
// whether it carried or failed, the roll call or tally when one is printed, and the number of
// a resolution it adopts. A result or vote is read only up to the next motion.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/resolution_text.h"
#include "pipeline/core/records.h"

namespace agendum {

struct FoundMotion {
  Motion motion;                    // item is left empty: the caller knows the outline
  std::vector<std::string> adopts;  // every resolution number it adopts ("2024-17")
  size_t begin = 0, end = 0;        // its bytes in JoinedText::match, up to the next motion
  size_t vote_end = 0;              // where its result or vote ends (begin when none)
};

// Every motion in joined, in order.
std::vector<FoundMotion> find_motions(const JoinedText& joined);

// "Motion carried 4-1", "The motion passed by a vote of 5-0-0", "VOTE: 3-2": counts without
// names (ayes, noes, then absent), found in text; nullopt when none is printed.
std::optional<Vote> tallied_vote(std::string_view text, size_t* end = nullptr);

}  // namespace agendum
