// Agendas in the layouts the common agenda systems print: Legistar (Roman sections, lettered
// items with file numbers beside them), CivicPlus/AgendaCenter (numbered sections over lettered
// items), PrimeGov ("4.A." with file numbers), unnumbered file-number lists, Roman sections over
// lettered subsections over numbered items, nested "2.a"; and the same kinds of agenda with their
// line breaks lost or read by OCR. The texts are written for these tests.
#include <gtest/gtest.h>

#include "extractors/agenda.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

Agenda agenda_from(std::string_view markup) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  std::optional<Agenda> agenda = extract_agenda(text, documents, diagnostics);
  EXPECT_TRUE(agenda.has_value());
  return agenda.value_or(Agenda{});
}

// Item numbers in order, each in brackets ("[]" for unnumbered business).
std::string numbers(const Agenda& agenda) {
  std::string out;
  for (const AgendaItem& item : agenda.items) out += "[" + item.number + "]";
  return out;
}

const AgendaItem& item(const Agenda& agenda, std::string_view title_start) {
  static const AgendaItem kNone;
  for (const AgendaItem& candidate : agenda.items)
    if (candidate.title.rfind(title_start, 0) == 0) return candidate;
  ADD_FAILURE() << "no item titled " << title_start << " in " << numbers(agenda);
  return kNone;
}

// Legistar: a letterhead, Roman sections, "a) 24-0101 TITLE" with the file number beside the
// letter or under it, caps titles that wrap, a numbered list inside a recommendation, and a
// participation notice printed before the business and again under a public comment heading.
TEST(AgendaLayouts, LegistarRomanSectionsWithFileNumbers) {
  Agenda agenda = agenda_from(R"(City of Marlow Springs
City Hall
200 Orchard Avenue
Regular Meeting Agenda
Tuesday, February 13, 2024
6:00 PM
City Council

# HOW TO TAKE PART

Members of the public may take part in this meeting in any of the following ways:

1. IN PERSON - Council Chambers, 200 Orchard Avenue

2. BY VIDEO - Join the webinar from the city's website

3. BY EMAIL - Send comments to the City Clerk by 3:00 p.m. on the meeting day
<<page>>
# I. CALL TO ORDER

# II. ROLL CALL

# III. PUBLIC COMMENT

Comments are limited to three minutes per speaker.

1. IN PERSON - Council Chambers, 200 Orchard Avenue

2. BY VIDEO - Join the webinar from the city's website

3. BY EMAIL - Send comments to the City Clerk by 3:00 p.m. on the meeting day

# IV. CONSENT CALENDAR

# a) 24-0101 APPROVAL OF MINUTES OF THE JANUARY 23, 2024 REGULAR MEETING OF THE

# CITY COUNCIL

(City Clerk)

Recommendation: Staff recommends City Council approve the minutes.

# b) REPORT RATIFICATION OF THE WARRANT REGISTER

24-0102 (Finance Director)

Recommendation: Staff recommends City Council:

1. Ratify the warrant register; and

2. Receive and file the investment report.

# V. PUBLIC HEARINGS

# a) 24-0110 APPEAL OF A TREE REMOVAL PERMIT AT 18 ELM COURT

Recommendation: Staff recommends City Council deny the appeal.

# VI. ADJOURNMENT
)");
  EXPECT_EQ(agenda.body, "Marlow Springs City Council");
  EXPECT_EQ(agenda.meeting_type, "regular");
  EXPECT_EQ(agenda.date, "2024-02-13");
  EXPECT_EQ(agenda.time, "18:00");
  EXPECT_EQ(agenda.location, "City Hall, 200 Orchard Avenue");
  // The notice is left out both times; the steps of b)'s recommendation are its text.
  EXPECT_EQ(numbers(agenda), "[I.][II.][III.][a)][b)][a)][VI.]");
  const AgendaItem& minutes = item(agenda, "APPROVAL OF MINUTES");
  EXPECT_EQ(minutes.title,
            "APPROVAL OF MINUTES OF THE JANUARY 23, 2024 REGULAR MEETING OF THE CITY COUNCIL");
  EXPECT_EQ(minutes.section, "CONSENT CALENDAR");
  EXPECT_EQ(minutes.recommendation, "Staff recommends City Council approve the minutes.");
  const AgendaItem& warrants = item(agenda, "REPORT RATIFICATION");
  EXPECT_EQ(warrants.title, "REPORT RATIFICATION OF THE WARRANT REGISTER");
  EXPECT_EQ(item(agenda, "APPEAL").section, "PUBLIC HEARINGS");
}

// CivicPlus AgendaCenter: numbered sections, lettered items under them ("6A" as minutes cite
// them), sections with nothing under them as items of business.
TEST(AgendaLayouts, CivicPlusNumberedSectionsLetteredItems) {
  Agenda agenda = agenda_from(R"(**AGENDA**
**REGULAR MEETING OF THE BOARD OF TRUSTEES**
**VILLAGE OF NORTH BRANCH**
**Monday, May 6, 2024 at 7:00 PM**
**Village Hall, 12 Mill Street**

1. CALL TO ORDER

2. PLEDGE OF ALLEGIANCE

3. ROLL CALL

4. PUBLIC COMMENT

5. CONSENT AGENDA

A. Approval of the April 15, 2024 Minutes

B. Approval of Bills Payable in the Amount of $412,880.15

6. NEW BUSINESS

A. Ordinance 2024-09 Amending the Liquor License Classes

B. Resolution 2024-R-12 Approving a Snow Removal Agreement

7. ADJOURNMENT
)");
  EXPECT_EQ(agenda.body, "North Branch Board of Trustees");
  EXPECT_EQ(agenda.meeting_type, "regular");
  EXPECT_EQ(agenda.date, "2024-05-06");
  EXPECT_EQ(agenda.time, "19:00");
  EXPECT_EQ(agenda.location, "Village Hall, 12 Mill Street");
  EXPECT_EQ(numbers(agenda), "[1.][2.][3.][4.][5A][5B][6A][6B][7.]");
  EXPECT_EQ(item(agenda, "Approval of Bills").section, "CONSENT AGENDA");
  EXPECT_EQ(item(agenda, "Resolution 2024-R-12").section, "NEW BUSINESS");
}

// PrimeGov: "4.A." under "4.", the file number beside each item's number.
TEST(AgendaLayouts, PrimeGovDottedLettersWithFileNumbers) {
  Agenda agenda = agenda_from(R"(CITY OF LAKE ARDEN
PLANNING COMMISSION
REGULAR MEETING AGENDA
Wednesday, July 17, 2024 - 5:30 PM

1. CALL TO ORDER

2. ROLL CALL

3. CONSENT CALENDAR

3.A. 24-0153 Approval of Minutes of the June 19, 2024 Meeting

3.B. 24-0154 Receive and File the Quarterly Permit Report

4. PUBLIC HEARINGS

4.A. 24-0160 Conditional Use Permit for an Outdoor Dining Area at 45 Lake Street
Recommended Action: Adopt Resolution No. PC-24-11 approving the permit.

5. ADJOURNMENT
)");
  EXPECT_EQ(agenda.body, "Lake Arden Planning Commission");
  EXPECT_EQ(agenda.date, "2024-07-17");
  EXPECT_EQ(agenda.time, "17:30");
  EXPECT_EQ(numbers(agenda), "[1.][2.][3.A][3.B][4.A][5.]");
  const AgendaItem& permit = item(agenda, "Conditional Use Permit");
  EXPECT_EQ(permit.section, "PUBLIC HEARINGS");
  EXPECT_EQ(permit.recommendation, "Adopt Resolution No. PC-24-11 approving the permit.");
  EXPECT_EQ(item(agenda, "Approval of Minutes").title,
            "Approval of Minutes of the June 19, 2024 Meeting");
}

// Items named only by their file numbers under unnumbered headings.
TEST(AgendaLayouts, FileNumbersAsItemNumbers) {
  Agenda agenda = agenda_from(R"(**COUNTY OF BRIAR BOARD OF SUPERVISORS AGENDA**
**Tuesday, August 6, 2024**

**CALL TO ORDER**

**CONSENT CALENDAR:**

24-0411 Approve the purchase of two ambulances

24-0412 Accept the annual audit report

**DEPARTMENTAL ITEMS:**

24-0420 Adopt the fire hazard mitigation plan
)");
  EXPECT_EQ(agenda.date, "2024-08-06");
  EXPECT_EQ(numbers(agenda), "[][24-0411][24-0412][24-0420]");
  EXPECT_EQ(item(agenda, "Accept the annual").section, "CONSENT CALENDAR");
  EXPECT_EQ(item(agenda, "Adopt the fire").section, "DEPARTMENTAL ITEMS");
}

// Roman sections over lettered subsections over numbered items; the meeting's date in the
// running header of every page, another date under an item.
TEST(AgendaLayouts, RomanLetteredNumberedWithDateInRunningHeader) {
  Agenda agenda = agenda_from(R"(Regular Meeting of the Board of Trustees
Lakeshore Technical College District
Thursday, September 26, 2024
Main Campus - Board Room
2:00 p.m.
AGENDA
I. ROLL CALL
II. APPROVAL OF THE MINUTES
June 20, 2024
III. COMMITTEE REPORTS
A. FINANCE
1. Approval of the Operating Budget for Fiscal Year 2025
2. Approval of Tuition and Fees
B. FACILITIES
<<page>>
Regular Meeting of the Board of Trustees
Lakeshore Technical College District
Thursday, September 26, 2024
1. Award of the Roof Replacement Contract
2. Approval of the Parking Lot Lighting Project
C. PERSONNEL
IV. ADJOURNMENT
)");
  EXPECT_EQ(agenda.body, "Board of Trustees");
  EXPECT_EQ(agenda.date, "2024-09-26");
  EXPECT_EQ(agenda.time, "14:00");
  EXPECT_EQ(numbers(agenda), "[I.][II.][1.][2.][1.][2.][C.][IV.]");
  EXPECT_EQ(item(agenda, "Approval of Tuition").section, "FINANCE");
  EXPECT_EQ(item(agenda, "Award of the Roof").section, "FACILITIES");
  EXPECT_EQ(item(agenda, "PERSONNEL").section, "COMMITTEE REPORTS");
}

// Nested numbering both ways: "2.a" that names its section, and "a." printed under "3.".
TEST(AgendaLayouts, NestedNumbering) {
  Agenda agenda = agenda_from(R"(TOWN OF PINE HOLLOW
TOWN COUNCIL MEETING AGENDA
March 4, 2024

1. CALL TO ORDER

2. PRESENTATIONS

2.a Recognition of the Volunteer Fire Company

2.b Report of the Library Board

3. Council Reorganization

a. Selection of Council President

b. Selection of Vice President

4. ADJOURNMENT
)");
  EXPECT_EQ(agenda.body, "Pine Hollow Town Council");
  EXPECT_EQ(numbers(agenda), "[1.][2.a][2.b][3a][3b][4.]");
  EXPECT_EQ(item(agenda, "Selection of Vice").section, "Council Reorganization");
}

// Granicus: unnumbered caps headings over lettered items whose recommendations quote a
// resolution's caps title, wrapped so that a line opens with its number.
TEST(AgendaLayouts, GranicusRecommendationQuotingACapsTitle) {
  Agenda agenda = agenda_from(R"(**AGENDA**
**HILLCREST CITY COUNCIL MEETING**
**JANUARY 9, 2024**

**CALL TO ORDER:**

**CONSENT CALENDAR:**

A. Compensation changes for part-time positions (Reyes)
Recommendation: Adopt Resolution No. 2024-__, A RESOLUTION OF THE CITY COUNCIL AMENDING RESOLUTION NO.

**2023-51 SETTING PART-TIME RATES**

B. Approval of Minutes (Clerk)
Recommendation: Approve the Minutes of December 12, 2023.

**ADJOURNMENT:**
)");
  EXPECT_EQ(agenda.date, "2024-01-09");
  EXPECT_EQ(numbers(agenda), "[][A.][B.][]");
  EXPECT_EQ(item(agenda, "Approval of Minutes").section, "CONSENT CALENDAR");
}

// A web agenda printed from a browser: the print date in the running header, no roll call,
// numbered business only ("ll." is OCR's "II.").
TEST(AgendaLayouts, BrowserPrintedAgendaWithoutRollCall) {
  CleanText text = testing::clean_from_markup(R"(4/9/2021 Personnel Board Agenda
# PERSONNEL BOARD
# AGENDA for
# MARCH 3, 2021
# I. CLASSIFICATION ITEMS
1. Creation of the class of Survey Technician
2. Revision of the class of Survey Supervisor
<<page>>
4/9/2021 Personnel Board Agenda
# ll. REGULATIONS
1. Revision of the overtime regulation
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].kind, DocumentKind::agenda);
  std::optional<Agenda> agenda = extract_agenda(text, documents, diagnostics);
  ASSERT_TRUE(agenda.has_value());
  EXPECT_EQ(agenda->date, "2021-03-03");
  EXPECT_EQ(agenda->body, "Personnel Board");
  EXPECT_EQ(numbers(*agenda), "[1.][2.][1.]");
  EXPECT_EQ(agenda->items[2].section, "REGULATIONS");
}

// An agenda whose text layer lost its line breaks: the business on one long line.
TEST(AgendaLayouts, FlattenedAgenda) {
  Agenda agenda = agenda_from(
      "CITY OF WESTON PARK CITY COUNCIL AGENDA Monday, June 10, 2024 7:00 p.m. Council "
      "Chambers 1. CALL TO ORDER 2. ROLL CALL 3. CONSENT CALENDAR: 3.1 APPROVAL OF THE MAY 20, "
      "2024 MINUTES Recommended Action: Approve the minutes. 3.2 WARRANT REGISTER Recommended "
      "Action: Ratify the register. 4. PUBLIC HEARINGS: 4.1 ZONE CHANGE FOR 12 FIR STREET "
      "Recommended Action: 1. Hold the hearing; and 2. Introduce the ordinance. 5. "
      "ADJOURNMENT\n");
  EXPECT_EQ(agenda.body, "Weston Park City Council");
  EXPECT_EQ(agenda.date, "2024-06-10");
  EXPECT_EQ(agenda.time, "19:00");
  EXPECT_EQ(numbers(agenda), "[1.][2.][3.1][3.2][4.1][5.]");
  const AgendaItem& zoning = item(agenda, "ZONE CHANGE");
  EXPECT_EQ(zoning.section, "PUBLIC HEARINGS");
  EXPECT_EQ(zoning.recommendation, "1. Hold the hearing; and 2. Introduce the ordinance.");
}

// An agenda as OCR reads a scan: l for 1 in numbers, O for 0 and rn for m in headings, Roman
// numerals read with l.
TEST(AgendaLayouts, OcrNoisyAgenda) {
  Agenda agenda = agenda_from(R"(# AGENDA
# SPECIAL MEETING OF THE CITY COUNCIL
# Thursday, September 5, 2024 - 6:30 P.M.

# l. CALL TO 0RDER

# 2. R0LL CALL

# 3. CONSENT CALENDAR

3.l Approval of Minutes of August l5, 2024

3.2 Approval of Warrants

# 4. PUBLIC HEARlNGS

4.l Appeal of the Planning Commission Decision on 9 Lark Lane

# 5. ADJOURNRNENT

KEEPING THE RECORD

ll. NOTICE OF POSTING
)");
  EXPECT_EQ(agenda.date, "2024-09-05");
  EXPECT_EQ(agenda.meeting_type, "special");
  EXPECT_EQ(numbers(agenda), "[1.][2.][3.1][3.2][4.1][5.]");
  EXPECT_EQ(item(agenda, "Appeal of the Planning").section, "PUBLIC HEARlNGS");
}

// Pages glued after an agenda that no opening cuts off (a letter, an exhibit, another copy of
// the agenda): the meeting ends at its adjournment, so the closing item holds its own page,
// not every page after it.
TEST(AgendaLayouts, AdjournmentEndsOnItsOwnPage) {
  const std::string agenda_text = R"(CITY OF ALDER CREEK
CITY COUNCIL AGENDA
Regular Meeting
Monday, March 4, 2024 - 7:00 P.M.

# 1. CALL TO ORDER

# 2. ROLL CALL

# 3. CONSENT CALENDAR

3.1 Approval of Minutes of February 20, 2024

3.2 Adoption of the Revised Salary Schedule

# 4. ADJOURNMENT

The next regular meeting is March 18, 2024.
)";
  Agenda agenda =
      agenda_from(agenda_text +
                  "<<page>>\nThank you for the chance to comment on the salary schedule before "
                  "the Council.\n<<page>>\nWe ask that the Council hold the item over to its "
                  "next meeting.\n");
  EXPECT_EQ(numbers(agenda), "[1.][2.][3.1][3.2][4.]");
  const AgendaItem& adjournment = item(agenda, "ADJOURNMENT");
  EXPECT_EQ(adjournment.pages.first, 1);
  EXPECT_EQ(adjournment.pages.last, 1);
}

}  // namespace
}  // namespace agendum
