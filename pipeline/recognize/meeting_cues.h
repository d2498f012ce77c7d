// What agendas and minutes share: the order of business a meeting runs by, and the record
// minutes keep of it (attendance, motions). The agenda and minutes recognizers score spans with
// these cues, and the agenda and minutes extractors read items, attendance and motions with the
// same ones, so a new agency's wording is added here once.
//
// Vocabulary is matched with OCR's usual damage in mind: case, spacing inside a phrase
// ("ROLLCALL", "CALL TO 0RDER"), O/0, and rn read for m are all forgiven.
#pragma once

#include <re2/re2.h>

#include <string>
#include <string_view>

namespace agendum {

// What an order-of-business line says about the meeting.
enum class BusinessCue {
  none,
  opening,  // "CALL TO ORDER", "1. CALL MEETING TO ORDER", "ROLL CALL:", "PLEDGE OF ALLEGIANCE",
            // "Meeting called to order at 7:02 p.m."
  closing,  // "ADJOURNMENT", "18. ADJOURN", "Meeting adjourned at 9:15 p.m."
};

// The cue a line opens with (after its list marker, bullets and stray OCR marks), or none.
// Only the line's start counts: "a roll call vote" inside a sentence is no cue.
BusinessCue business_cue(std::string_view line);

// Letters of text in one case with OCR's confusions undone ("R0LL CALL" -> "ROLLCALL"): the
// form vocabulary is compared in.
std::string vocabulary_form(std::string_view text);

// "Recommendation:", "Recommended Action:", "Staff Recommendation:", "Action Required:",
// "RECOMMENDATION:" — where an agenda item's requested action is printed.
const RE2& recommendation_label();

// A legislative file number as agenda systems print it beside an item: "23-0028",
// "24-0153", "File #: 22-1187", "RES-24-0153". Captures the number.
const RE2& file_number_at_start();

// An attendance label: "Present:", "Commissioners Present:", "Members Absent:", "ABSENT:",
// "Excused:", "Also present:", "were in attendance:". Group 1 is the present/absent word.
const RE2& attendance_label();

// Words of a recorded motion: "moved", "seconded", "Motion carried", "M/S/C", "(motion)",
// "(second)", "Motion by", "on motion of".
const RE2& motion_cue();

// The word MINUTES naming a document ("MINUTES OF THE CITY COUNCIL", "Meeting Minutes",
// "Minutes from Monday, ...").
const RE2& minutes_word();

}  // namespace agendum
