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

// The first vote in text told as a tally, without a roll call: "(4-1 vote)", "by a vote of
// 5-0", "on a 4 to 1 vote", "carried 3-2-1" (ayes, noes, then absent) give counts; "passed
// unanimously" gives no noes (noes_count 0) and leaves the ayes uncounted.
std::optional<VoteBlock> parse_vote_tally(std::string_view text);

// One printed word of a roll-call table and where it stands across the page (points).
struct PlacedWord {
  std::string text;
  float left = 0, right = 0;
};

// A roll-call table read by its geometry: rows[0] is its header of vote columns ("COUNCIL
// ACTION  YEAS  NAYS  PASS  ABSENT", "Member  Aye  Nay  Abstain  Absent"), each row after it
// a member's name and a mark ("X", a check mark) under the column of their vote; a mark counts
// for the column whose heading it stands under. PASS counts as abstain. "TOTAL" or a row
// without a name ends the table. A table whose rows carry no marks (left blank, or handwriting
// OCR could not read) gives no vote, nor does one whose words have no places.
std::optional<Vote> read_roll_call_table(const std::vector<std::vector<PlacedWord>>& rows);

// "MPT/Lyons" -> "Lyons", "Mayor Pro Tem Nancy Lyons" -> "Nancy Lyons",
// "Council Member Ruth Low" -> "Ruth Low"; other names come back as printed.
std::string strip_role_prefix(std::string_view name);

}  // namespace agendum
