// Roll-call vote blocks: "AYES: COUNCIL MEMBERS: Chou, Low, Mahlke, MPT/Lyons, M/Tye
// NOES: COUNCIL MEMBERS: None ABSENT: COUNCIL MEMBERS: None", as printed under a resolution
// or recorded in minutes, in one line or across many.
//
// The labels are AYES (also YEAS and the OCR'd "A YES"), NOES (NAYS), ABSENT, ABSTAIN
// (ABSTENTIONS, ABSTAINED). Each label's value may open with a count and a member word
// ("4 Council Members:", "Councllmembers" as OCR reads it); "None" gives no names. A block
// whose labels are all followed by nothing is an unsigned template: it has no vote.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/core/records.h"

namespace agendum {

struct VoteBlock {
  std::optional<Vote> vote;   // nullopt when the block is a blank template
  bool blank = false;         // every label printed with nothing after it
  size_t begin = 0, end = 0;  // the bytes of text the block covers
};

// Finds the first vote block in text (lines separated by '\n'), starting at an AYES label.
std::optional<VoteBlock> parse_vote_block(std::string_view text);

// A word of a printed name: letters with the periods, apostrophes, hyphens and role slashes
// names carry ("O'Brien", "W.", "MPT/Lyons"); handwriting as OCR reads it ("A-no\\o._") is not.
bool is_name_word(std::string_view token);

// The small words inside names: "de", "van", "la" ("Maria de la Cruz").
bool is_name_particle(std::string_view token);

// "MPT/Lyons" -> "Lyons", "Mayor Pro Tem Nancy Lyons" -> "Nancy Lyons",
// "Council Member Ruth Low" -> "Ruth Low"; other names come back as printed.
std::string strip_role_prefix(std::string_view name);

}  // namespace agendum
