// Minutes records from the layouts clerks write them in: roll-call votes under "moved,
// seconded", "Moved by ..., seconded by ...", "M/S/C", tallies ("Motion carried 5-0"), bulleted
// "(motion)/(second)" notes; attendance lists; minutes flattened into long lines and read by OCR.
// The texts are written for these tests.
#include "extractors/minutes.h"

#include <gtest/gtest.h>

#include "extractors/agenda.h"
#include "extractors/resolution.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

struct Read {
  std::vector<DocumentSpan> documents;
  std::vector<Minutes> minutes;
  std::optional<Agenda> agenda;
  std::vector<Resolution> resolutions;
};

Read read(std::string_view markup) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  Read out;
  out.documents = segment_packet(text, diagnostics);
  out.minutes = extract_minutes(text, out.documents, diagnostics);
  out.agenda = extract_agenda(text, out.documents, diagnostics);
  out.resolutions = extract_resolutions(text, out.documents, {}, diagnostics);
  return out;
}

// A city council's minutes: caps headings, a sentence of attendance, "moved, seconded by",
// results stated after discussion, a roll call under one motion.
constexpr std::string_view kCouncil = R"(# MINUTES
# REGULAR MEETING OF THE CITY COUNCIL
Civic Center, 400 Harbor Street, Council Chambers
Tuesday, March 12, 2024 - 6:00 p.m.

# CALL TO ORDER
Mayor Dana Whitfield

# ROLL CALL
The following members of City Council were in attendance: Mayor Dana Whitfield, Omar
Castellanos, Priya Natarajan, Glen Hollis, and Teresa Vukovich.

# 4. CONSENT AGENDA

a. Minutes of the February 27, 2024 regular meeting

b. Purchase of two street sweepers

Councilmember Castellanos moved, seconded by Councilmember Natarajan, to approve items 4a
and 4b of the Consent Agenda. The motion carried unanimously.

# 5. PUBLIC HEARINGS

a. Resolution establishing fees for special event permits

Councilmember Hollis moved, seconded by Councilmember Vukovich, to adopt Resolution No.
2024-31 establishing special event permit fees.

Councilmember Vukovich asked about the fee for block parties. Staff responded that block
parties remain exempt.

After discussion, the motion carried by the following vote:
AYES: Castellanos, Hollis, Natarajan, Vukovich, Whitfield
NOES: None
ABSENT: None

b. Ordinance amending parking time limits on Bay Avenue

Councilmember Hollis moved, seconded by Councilmember Castellanos, to approve first reading.
The motion failed 2-3.

# 6. ADJOURNMENT
The meeting adjourned at 7:41 p.m.
)";

TEST(Minutes, CouncilMinutesWithMotionsAndRollCall) {
  Read result = read(kCouncil);
  ASSERT_EQ(result.minutes.size(), 1u);
  const Minutes& minutes = result.minutes[0];
  EXPECT_EQ(minutes.body, "City Council");
  EXPECT_EQ(minutes.meeting_type, "regular");
  EXPECT_EQ(minutes.date, "2024-03-12");
  EXPECT_EQ(minutes.location, "Civic Center, 400 Harbor Street, Council Chambers");
  EXPECT_EQ(minutes.present, (Names{"Dana Whitfield", "Omar Castellanos", "Priya Natarajan",
                                    "Glen Hollis", "Teresa Vukovich"}));
  EXPECT_TRUE(minutes.absent.empty());
  ASSERT_EQ(minutes.motions.size(), 3u);

  const Motion& consent = minutes.motions[0];
  EXPECT_EQ(consent.moved_by, "Castellanos");
  EXPECT_EQ(consent.seconded_by, "Natarajan");
  EXPECT_EQ(consent.text, "approve items 4a and 4b of the Consent Agenda.");
  EXPECT_EQ(consent.result, MotionResult::carried);
  EXPECT_FALSE(consent.vote.has_value());  // "unanimously" names no one
  EXPECT_EQ(consent.item, "4.");

  const Motion& fees = minutes.motions[1];
  EXPECT_EQ(fees.moved_by, "Hollis");
  EXPECT_EQ(fees.seconded_by, "Vukovich");
  EXPECT_EQ(fees.resolution, "2024-31");
  EXPECT_EQ(fees.result, MotionResult::carried);
  EXPECT_EQ(fees.item, "5a");
  ASSERT_TRUE(fees.vote.has_value());
  EXPECT_EQ(fees.vote->ayes.size(), 5u);
  EXPECT_TRUE(fees.vote->noes.empty());

  const Motion& parking = minutes.motions[2];
  EXPECT_EQ(parking.result, MotionResult::failed);
  EXPECT_EQ(parking.item, "5b");
  ASSERT_TRUE(parking.vote.has_value());
  EXPECT_EQ(parking.vote->ayes_count, 2);
  EXPECT_EQ(parking.vote->noes_count, 3);
}

// A packet of minutes alone: its agenda is the meeting, with its numbered business.
TEST(Minutes, MinutesOnlyPacketGivesTheMeetingAsItsAgenda) {
  Read result = read(kCouncil);
  ASSERT_TRUE(result.agenda.has_value());
  const Agenda& agenda = *result.agenda;
  EXPECT_EQ(agenda.date, "2024-03-12");
  EXPECT_EQ(agenda.time, "18:00");
  EXPECT_EQ(agenda.body, "City Council");
  EXPECT_EQ(agenda.members.size(), 5u);
  std::string numbers;
  for (const AgendaItem& item : agenda.items) numbers += "[" + item.number + "]";
  EXPECT_EQ(numbers, "[][][4a][4b][5a][5b][6.]");
  EXPECT_EQ(agenda.items[4].section, "PUBLIC HEARINGS");
}

// The motion that adopts a numbered resolution yields the resolution, adopted that day.
TEST(Minutes, AdoptingMotionYieldsTheResolution) {
  Read result = read(kCouncil);
  ASSERT_EQ(result.resolutions.size(), 1u);
  const Resolution& resolution = result.resolutions[0];
  EXPECT_EQ(resolution.number, "2024-31");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.adopted_date, "2024-03-12");
  ASSERT_TRUE(resolution.vote.has_value());
  EXPECT_EQ(resolution.vote->ayes.size(), 5u);
}

// A board's minutes: "Present:"/"Absent:" lists, "Moved by ..., seconded by ...", "M/S/C",
// tallies in parentheses, motions numbered under lettered sections.
TEST(Minutes, BoardMinutesWithMovedByAndMSC) {
  Read result = read(R"(**HARBOR VALLEY WATER DISTRICT**
**MINUTES OF THE BOARD OF DIRECTORS**
**Special Meeting - Thursday, October 3, 2024**

Directors Present: Alvarez, Brennan, Kowalski, Oduya
Directors Absent: Petrov
Staff Present: General Manager Ruiz, Counsel Tanaka

I. CALL TO ORDER
President Alvarez called the meeting to order at 9:02 a.m.

II. CONSENT ITEMS
A. Approval of the minutes of September 19, 2024
Moved by Director Brennan, seconded by Director Oduya, to approve the minutes as presented.
Motion carried (4-0-1).

III. ACTION ITEMS
A. Award of the reservoir coating contract
M/S/C Kowalski/Brennan to award the contract to the lowest responsive bidder. (4-0)
B. Adoption of the water shortage plan
It was moved by Director Oduya and seconded by Director Kowalski that Resolution No. 24-112
adopting the water shortage contingency plan be adopted. Motion carried unanimously.

IV. ADJOURNMENT
)");
  ASSERT_EQ(result.minutes.size(), 1u);
  const Minutes& minutes = result.minutes[0];
  EXPECT_EQ(minutes.body, "Board of Directors");
  EXPECT_EQ(minutes.meeting_type, "special");
  EXPECT_EQ(minutes.date, "2024-10-03");
  EXPECT_EQ(minutes.present, (Names{"Alvarez", "Brennan", "Kowalski", "Oduya"}));
  EXPECT_EQ(minutes.absent, Names{"Petrov"});
  ASSERT_EQ(minutes.motions.size(), 3u);
  EXPECT_EQ(minutes.motions[0].moved_by, "Brennan");
  EXPECT_EQ(minutes.motions[0].seconded_by, "Oduya");
  EXPECT_EQ(minutes.motions[0].text, "approve the minutes as presented.");
  EXPECT_EQ(minutes.motions[0].result, MotionResult::carried);
  ASSERT_TRUE(minutes.motions[0].vote.has_value());
  EXPECT_EQ(minutes.motions[0].vote->ayes_count, 4);
  EXPECT_EQ(minutes.motions[0].vote->absent_count, 1);
  EXPECT_EQ(minutes.motions[0].item, "A.");
  EXPECT_EQ(minutes.motions[1].moved_by, "Kowalski");
  EXPECT_EQ(minutes.motions[1].seconded_by, "Brennan");
  EXPECT_EQ(minutes.motions[1].result, MotionResult::carried);
  EXPECT_EQ(minutes.motions[2].moved_by, "Oduya");
  EXPECT_EQ(minutes.motions[2].seconded_by, "Kowalski");
  EXPECT_EQ(minutes.motions[2].resolution, "24-112");
  EXPECT_EQ(minutes.motions[2].item, "B.");
}

// Minutes kept as bullet notes: who moved and seconded in parentheses after what was done.
TEST(Minutes, BulletedNotesWithMotionAndSecond) {
  Read result = read(R"(Riverside Arts District Commission
Meeting Minutes
Minutes from Wednesday, June 5, 2024 – 8:30am at the Foundry Community Room

• Opening
o Commissioners Present: Lena Moretti, Sam Okafor, Ruth Feld, Dmitri Sokolov
o Others Present: Jo Park (staff), Ana Silva (consultant)
o Commissioners Absent: Wes Brandt
• Meeting called to order at 8:34am – L. Moretti (motion), S. Okafor (second)
• May minutes approved – R. Feld (motion), D. Sokolov (second)
• Mural grant round rejected for this year – S. Okafor (motion), L. Moretti (second)
• Updates
o The banner program will be renewed in the fall
• Meeting adjourned at 10:02am
)");
  ASSERT_EQ(result.minutes.size(), 1u);
  const Minutes& minutes = result.minutes[0];
  EXPECT_EQ(minutes.date, "2024-06-05");
  EXPECT_EQ(minutes.present, (Names{"Lena Moretti", "Sam Okafor", "Ruth Feld", "Dmitri Sokolov"}));
  EXPECT_EQ(minutes.absent, Names{"Wes Brandt"});
  ASSERT_EQ(minutes.motions.size(), 3u);
  EXPECT_EQ(minutes.motions[0].text, "Meeting called to order at 8:34am");
  EXPECT_EQ(minutes.motions[0].moved_by, "L. Moretti");
  EXPECT_EQ(minutes.motions[0].seconded_by, "S. Okafor");
  EXPECT_FALSE(minutes.motions[0].result.has_value());
  EXPECT_EQ(minutes.motions[1].text, "May minutes approved");
  EXPECT_EQ(minutes.motions[1].result, MotionResult::carried);
  EXPECT_EQ(minutes.motions[2].result, MotionResult::failed);
  ASSERT_TRUE(result.agenda.has_value());
  EXPECT_EQ(result.agenda->date, "2024-06-05");
}

// Minutes whose text layer lost its line breaks: everything on a few long lines.
TEST(Minutes, FlattenedMinutes) {
  Read result = read(
      "CITY OF ALDER GROVE MINUTES OF THE PLANNING COMMISSION REGULAR MEETING APRIL 8, 2024 "
      "CALL TO ORDER: Chair Nguyen called the meeting to order at 7:00 p.m. ROLL CALL: "
      "Commissioners Baker, Ellison, Ferreira, Vice Chair Holt, Chair Nguyen 1. APPROVAL OF "
      "MINUTES: C/Baker moved, C/Ellison seconded, to approve the minutes of March 11, 2024. "
      "Motion carried 5-0. 2. PUBLIC HEARINGS: 2.1 CONDITIONAL USE PERMIT FOR A DAYCARE AT 14 "
      "ORCHARD LANE. VC/Holt moved, C/Ferreira seconded, to adopt Resolution No. PC 2024-07 "
      "approving the permit. Motion carried by the following vote: AYES: COMMISSIONERS: Baker, "
      "Ellison, Ferreira, Holt, Nguyen NOES: COMMISSIONERS: None ABSENT: COMMISSIONERS: None "
      "3. ADJOURNMENT: Chair Nguyen adjourned the meeting at 8:15 p.m.\n");
  ASSERT_EQ(result.minutes.size(), 1u);
  const Minutes& minutes = result.minutes[0];
  EXPECT_EQ(minutes.body, "Alder Grove Planning Commission");
  EXPECT_EQ(minutes.date, "2024-04-08");
  EXPECT_EQ(minutes.present, (Names{"Baker", "Ellison", "Ferreira", "Holt", "Nguyen"}));
  ASSERT_EQ(minutes.motions.size(), 2u);
  EXPECT_EQ(minutes.motions[0].moved_by, "Baker");
  EXPECT_EQ(minutes.motions[0].seconded_by, "Ellison");
  EXPECT_EQ(minutes.motions[0].item, "1.");
  ASSERT_TRUE(minutes.motions[0].vote.has_value());
  EXPECT_EQ(minutes.motions[0].vote->ayes_count, 5);
  EXPECT_EQ(minutes.motions[1].moved_by, "Holt");
  EXPECT_EQ(minutes.motions[1].resolution, "PC 2024-07");
  EXPECT_EQ(minutes.motions[1].item, "2.1");
  ASSERT_TRUE(minutes.motions[1].vote.has_value());
  EXPECT_EQ(minutes.motions[1].vote->ayes.size(), 5u);
  ASSERT_EQ(result.resolutions.size(), 1u);
  EXPECT_EQ(result.resolutions[0].adopted_date, "2024-04-08");
}

// Minutes as OCR reads a copier scan: l for 1, O for 0, rn for m, a word split in two.
TEST(Minutes, OcrNoisyMinutes) {
  Read result = read(R"(# MINUTES
# SPECIAL MEETING OF THE TOWN COUNCIL
Monday, Novernber 4, 2O24 at 5:3O p.m.

# CALL TO 0RDER
Mayor Brandt called the rneeting to order.

# ROLLCALL
Present: Brandt, Dorsey, Ito, Lam
Absent: Moss

# l. APPROVAL OF WARRANTS
Councilmember Dorsey moved, seconded by Councilmember Ito, to approve the warrants. The rnotion
carried 4-O.

# 2. ADJOURNRNENT
)");
  ASSERT_EQ(result.minutes.size(), 1u);
  const Minutes& minutes = result.minutes[0];
  EXPECT_EQ(minutes.body, "Town Council");
  EXPECT_EQ(minutes.present, (Names{"Brandt", "Dorsey", "Ito", "Lam"}));
  EXPECT_EQ(minutes.absent, Names{"Moss"});
  ASSERT_EQ(minutes.motions.size(), 1u);
  EXPECT_EQ(minutes.motions[0].moved_by, "Dorsey");
  EXPECT_EQ(minutes.motions[0].seconded_by, "Ito");
  EXPECT_EQ(minutes.motions[0].result, MotionResult::carried);
  EXPECT_EQ(minutes.motions[0].item, "1.");
  ASSERT_TRUE(result.agenda.has_value());
  std::string numbers;
  for (const AgendaItem& item : result.agenda->items) numbers += "[" + item.number + "]";
  EXPECT_EQ(numbers, "[][][1.][2.]");
}

}  // namespace
}  // namespace agendum
