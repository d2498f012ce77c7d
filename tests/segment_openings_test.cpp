// Packet segmentation on a few real lines per opening form.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "pipeline/core/record_names.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<DocumentSpan> segment(std::string_view markup) {
  std::vector<Diagnostic> diagnostics;
  return segment_packet(testing::clean_from_markup(markup), diagnostics);
}

std::string kinds(const std::vector<DocumentSpan>& documents) {
  std::string out;
  for (const DocumentSpan& doc : documents)
    out += (out.empty() ? "" : ",") + std::string(name_of(doc.kind));
  return out;
}

// Documents tile the flow: in order, no gaps, no overlaps, ids doc-1.. .
void expect_tiles(const std::vector<DocumentSpan>& documents, size_t line_count) {
  size_t next = 0;
  for (size_t n = 0; n < documents.size(); ++n) {
    EXPECT_EQ(documents[n].id, "doc-" + std::to_string(n + 1));
    EXPECT_EQ(documents[n].lines.first, next);
    EXPECT_LT(documents[n].lines.first, documents[n].lines.last);
    EXPECT_LE(documents[n].pages.first, documents[n].pages.last);
    next = documents[n].lines.last;
  }
  EXPECT_EQ(next, line_count);
}

constexpr std::string_view kTorranceAgendaAndReport = R"(**TORRANCE CIVIL SERVICE COMMISSION AGENDA
MONDAY, APRIL 10, 2023
REGULAR MEETING**

1. CALL MEETING TO ORDER

ROLL CALL: Commission members Hamada, Herring, Kohus, Lohnes, Sasaki, Zygielbaum,
Chair Adelsman

6. CONSENT CALENDAR

6B. Accept and File Employee Transition Report for March 2023.

Recommendation of Civil Service Staff that your Honorable Body accept and file the Employee Transition Report for the month of March 2023.

11. ADJOURNMENT

Honorable Chair and Members
of the Civil Service Commission
City Hall
Torrance, California

Honorable Members:

SUBJECT: ACCEPT AND FILE EMPLOYEE TRANSITION REPORT FOR MARCH 2023

RECOMMENDATION:

Recommendation of Civil Service Staff that your Honorable Body accept and file the Employee Transition Report for the month of March 2023.

Respectfully submitted,

Brianne Cohen
Civil Service Manager

Attachment: A) Administrative Assistant Class Specification (Pending Approval of April 11, 2023 Council Item)

ADMINISTRATIVE ASSISTANT

DEFINITION

Under general supervision, performs a variety of advanced clerical and routine administrative work of a general or specialized nature.

DISTINGUISHING CHARACTERISTICS

The Administrative Assistant is the journey level within the office and administrative support series.
)";

TEST(SegmentOpenings, AgendaThenHonorableChairReportThenAttachedClassSpec) {
  CleanText text = testing::clean_from_markup(kTorranceAgendaAndReport);
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(kinds(documents), "agenda,staff_report,class_spec");
  expect_tiles(documents, text.lines.size());
  EXPECT_EQ(documents[1].title, "ACCEPT AND FILE EMPLOYEE TRANSITION REPORT FOR MARCH 2023");
  EXPECT_EQ(text.lines[documents[1].lines.first].text, "Honorable Chair and Members");
  EXPECT_EQ(documents[2].title, "ADMINISTRATIVE ASSISTANT");
  EXPECT_EQ(text.lines[documents[2].lines.first].text, "ADMINISTRATIVE ASSISTANT");
}

TEST(SegmentOpenings, CouncilMeetingOfLineStaysWithItsReport) {
  CleanText text = testing::clean_from_markup(
      R"(Experience gained in this classification may serve to meet the qualification guidelines for Information Technology Director.
<<page>>
Council Meeting of
February 7, 2023

Honorable Mayor and Members
of the City Council
City Hall
Torrance, California

Members of the Council:

SUBJECT: Finance - Approve Fiscal Year 2022-23 First Quarter Budget Review Report Program Modifications.

RECOMMENDATION
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(kinds(documents), "other,staff_report");
  EXPECT_EQ(text.lines[documents[1].lines.first].text, "Council Meeting of");
  EXPECT_EQ(documents[1].title,
            "Finance - Approve Fiscal Year 2022-23 First Quarter Budget Review Report Program "
            "Modifications.");
}

TEST(SegmentOpenings, WrappedCapsSubjectIsOneTitle) {
  std::vector<DocumentSpan> documents = segment(
      R"(Some earlier text of the packet that is long enough to stand as its own document here.
<<page>>
Honorable Chair and Members
of the Civil Service Commission

**SUBJECT: APPROVE REVISED CLASS SPECIFICATION FOR DEPUTY CITY
ATTORNEY II**

RECOMMENDATION
)");
  ASSERT_EQ(kinds(documents), "other,staff_report");
  EXPECT_EQ(documents[1].title, "APPROVE REVISED CLASS SPECIFICATION FOR DEPUTY CITY ATTORNEY II");
}

// Diamond Bar: stamp labels 3.5 (report), 3.5.a (resolution), 3.5.b (personnel rules).
constexpr std::string_view kStampedResolution = R"(Agenda #: 3.5 Meeting Date: June 2, 2020
TO: Honorable Mayor and Members of the City Council
FROM: Daniel Fox, City Manager
TITLE: AMENDMENTS TO THE CITY'S PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020.
RECOMMENDATION: Adopt Resolution No. 2020-14, amending the City's Personnel Rules and Regulations
effective June 2, 2020.
Attachments:
1. 3.5.a Resolution No. 2020-14
2. 3.5.b Personnel Rules and Regulations 2020 Redlined
3.5 Packet Pg. 66
<<page>>
RESOLUTION NO. 2020-14
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR, CALIFORNIA, AMENDING THE CITY'S
PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020.
WHEREAS, the City Council of the City of Diamond Bar has adopted Personnel Rules and Regulations;
NOW, THEREFORE, BE IT RESOLVED:
Section 1. The Personnel Rules and Regulations are amended as shown in the attachment.
3.5.a Packet Pg. 67
<<page>>
Section 2. The City Clerk shall certify to the adoption of this Resolution.
PASSED, APPROVED AND ADOPTED this 2nd day of June, 2020.
3.5.a Packet Pg. 68
<<page>>
CITY OF DIAMOND BAR
PERSONNEL RULES AND REGULATIONS
Section 1. Purpose. These rules are adopted to establish a uniform system of personnel administration.
3.5.b Packet Pg. 69
<<page>>
Section 2. Definitions. The following terms have the meanings given here.
3.5.b Packet Pg. 70
)";

TEST(SegmentOpenings, ResolutionEndsWhereItsAttachmentLabelChanges) {
  CleanText text = testing::clean_from_markup(kStampedResolution);
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(kinds(documents), "staff_report,resolution,other");
  expect_tiles(documents, text.lines.size());
  EXPECT_EQ(documents[0].label, "3.5");
  EXPECT_EQ(documents[0].title,
            "AMENDMENTS TO THE CITY'S PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020.");
  EXPECT_EQ(documents[1].label, "3.5.a");
  EXPECT_EQ(documents[1].title, "RESOLUTION NO. 2020-14");
  EXPECT_EQ(documents[1].pages.first, 2);
  EXPECT_EQ(documents[1].pages.last, 3);
  EXPECT_EQ(documents[2].label, "3.5.b");
  EXPECT_EQ(documents[2].pages.first, 4);
  EXPECT_EQ(documents[2].pages.last, 5);
}

TEST(SegmentOpenings, StampLabelChangeAloneStartsAnAttachment) {
  CleanText text = testing::clean_from_markup(
      R"(The attached Affidavit affirms that the check register has been audited.
3.3 Packet Pg. 48
<<page>>
SUNGARD PENTAMATION INC PAGE NUMBER: 1
3.3.a Packet Pg. 49
<<page>>
05/20/20 DUNNSFEN DUNN'S FENCE COMPANY 0015556 TEMP RENTAL FENCE 0.00 2,660.00
3.3.b Packet Pg. 50
<<page>>
05/20/20 KOJAY JAY KO 001 FACILITY REFUND 0.00 4,917.66
3.3.b Packet Pg. 51
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].label, "3.3");
  EXPECT_EQ(documents[1].label, "3.3.a");
  EXPECT_EQ(documents[2].label, "3.3.b");
  EXPECT_EQ(documents[2].pages.first, 3);
  EXPECT_EQ(documents[2].pages.last, 4);
}

// Printed page numbers that skip mean pages were left out between: a packet excerpted from a
// longer one ("Page 34 of 106" followed by "Page 84 of 106"). A restart at 1 is a document's
// own numbering and does not count; neither do consecutive numbers.
TEST(SegmentOpenings, PageNumberingThatSkipsBreaks) {
  auto page = [](int number, std::optional<std::string> label, std::optional<int> stamp) {
    PageFurniture furniture;
    furniture.page = number;
    furniture.page_label = std::move(label);
    furniture.stamp_page = stamp;
    return furniture;
  };
  EXPECT_TRUE(numbering_breaks(page(4, "Page 34 of 106", {}), page(5, "Page 84 of 106", {})));
  EXPECT_FALSE(numbering_breaks(page(4, "Page 34 of 106", {}), page(5, "Page 35 of 106", {})));
  EXPECT_FALSE(numbering_breaks(page(4, "Page 2 of 2", {}), page(5, "Page 1 of 5", {})));
  EXPECT_FALSE(numbering_breaks(page(4, "Page 2 of 9", {}), page(5, "Page 6 of 12", {})));
  EXPECT_TRUE(numbering_breaks(page(4, {}, 12), page(5, {}, 40)));
  EXPECT_FALSE(numbering_breaks(page(4, {}, 12), page(5, {}, 13)));
  // Pages of the file that are not neighbours (a --pages range, an unread page) say nothing.
  EXPECT_FALSE(numbering_breaks(page(4, {}, 12), page(6, {}, 40)));

  CleanText text = testing::clean_from_markup(R"(Receives direction from the Warehouse Supervisor.
Page 34 of 106
<<page>>
Traffic
Directs and assigns work relating to the Parking Enforcement functions.
Page 84 of 106
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].pages.first, 2);
}

TEST(SegmentOpenings, CitedResolutionsDoNotOpenDocuments) {
  std::vector<DocumentSpan> documents = segment(R"(Agenda #: 5.1 Meeting Date: June 2, 2020
TO: Honorable Mayor and Members of the City Council
TITLE: AMENDMENTS TO CERTAIN ANIMAL LICENSE FEES EFFECTIVE JULY 1, 2020
RECOMMENDATION: Adopt Resolution No. 2020-15 amending certain animal license fees effective July 1, 2020.
The fees were last set by the Council when it adopted the resolution that was numbered as
Resolution No. 2016-22, and have not changed since then.
Resolution No. 2016-22 is attached for reference.
)");
  EXPECT_EQ(kinds(documents), "staff_report");
}

TEST(SegmentOpenings, OcrResolutionHeadingAtPageTop) {
  std::vector<DocumentSpan> documents =
      segment(R"(Staff recommends that the City Council adopt the attached resolution.
Respectfully submitted,
<<page>>
RESOLUHON NO. 2020-15
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR ADJUSTING EXISTING ANIMAL LICENSE FEES
WHEREAS, the City of Diamond Bar contracts with the Inland Valley Humane Society;
)");
  ASSERT_EQ(kinds(documents), "other,resolution");
  EXPECT_EQ(documents[1].title, "RESOLUHON NO. 2020-15");
  EXPECT_EQ(documents[1].pages.first, 2);
}

TEST(SegmentOpenings, FlattenedResolutionHeadingWithTitleOnTheSameLine) {
  std::vector<DocumentSpan> documents = segment(
      R"(REVIEWED BY: Attachments: 1. 5.1.a Resolution No. 2020-15 2. 5.1.b Exhibit A - Animal License Fees
5.1 Packet Pg. 162
<<page>>
RESOLUTION NO. 2020-15 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR ADJUSTING EXISTING ANIMAL LICENSE FEES EFFECTIVE JULY 1, 2020 WHEREAS, the City of Diamond Bar ("City") contracts with the Inland Valley Humane Society
5.1.a Packet Pg. 163
)");
  ASSERT_EQ(kinds(documents), "other,resolution");
  EXPECT_EQ(documents[1].title, "RESOLUTION NO. 2020-15");
  EXPECT_EQ(documents[1].label, "5.1.a");
}

TEST(SegmentOpenings, MemoHeader) {
  std::vector<DocumentSpan> documents = segment(
      R"(Closing remarks of an earlier document in the same packet, long enough to stand alone as text.
<<page>>
MEMORANDUM
Date: March 17, 2021
To: Distribution
From: Janine LaBletta, Deputy Director of Human Resources, Hiring Services Division
Subject: Civil Service Commission Agenda - March 17, 2021
)");
  ASSERT_EQ(kinds(documents), "other,staff_report");
  EXPECT_EQ(documents[1].title, "Civil Service Commission Agenda - March 17, 2021");
}

TEST(SegmentOpenings, MinutesHeader) {
  std::vector<DocumentSpan> documents = segment(
      R"(Attachments: 1. 3.1.a May 19, 2020 Study Session Minutes 2. 3.1.b May 19, 2020 City Council Minutes
<<page>>
CITY OF DIAMOND BAR MINUTES OF THE CITY COUNCIL STUDY SESSION MAY 19, 2020
STUDY SESSION: M/Tye called the Study Session to order at 4:31 p.m.
)");
  ASSERT_EQ(kinds(documents), "other,minutes");
  EXPECT_EQ(documents[1].pages.first, 2);
}

TEST(SegmentOpenings, SalaryScheduleAtPageTopButNotInsideAReport) {
  std::vector<DocumentSpan> documents = segment(R"(Agenda #: 3.7 Meeting Date: June 2, 2020
TO: Honorable Mayor and Members of the City Council
TITLE: SALARY ADJUSTMENTS
The proposed ranges are summarised in the table below.
SALARY SCHEDULE
Systems Coordinator	341	$5,017	$6,391
<<page>>
MASTER SALARY SCHEDULE
RANGE	STEP A	STEP B	STEP C
101	$2,500.00	$2,625.00	$2,756.25
)");
  ASSERT_EQ(kinds(documents), "staff_report,salary_schedule");
  EXPECT_EQ(documents[1].title, "MASTER SALARY SCHEDULE");
}

TEST(SegmentOpenings, ExhibitCaptionJoinsTheClassSpecItIntroduces) {
  CleanText text = testing::clean_from_markup(R"(RESOLUTION NO. 19-110
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, AMENDING THE CLASSIFICATION PLAN
Section 2. The new classification specifications for SYSTEMS COORDINATOR, attached hereto as Exhibit A, is hereby adopted.
By: _____
City Clerk
<<page>>
EXHIBIT A
CITY OF CARSON
City Council Reso. No:
08-065XX-XXX
Class Specification
Bargaining Unit:
AFSCME
FLSA: Non-Exempt
SYSTEMS COORDINATOR
Job Summary:
Under general supervision, provides secretarial support work in the Management Information Services division.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(kinds(documents), "resolution,class_spec");
  EXPECT_EQ(text.lines[documents[1].lines.first].text, "EXHIBIT A");
  EXPECT_EQ(documents[1].title, "SYSTEMS COORDINATOR");
}

TEST(SegmentOpenings, SpecSectionsInsideASpecDoNotSplitIt) {
  std::vector<DocumentSpan> documents = segment(R"(CITY CLERK II, DEPUTY

Class Code:
1125

Bargaining Unit: Torrance Professional
& Supervisory Association

SALARY RANGE

$33.29 - $46.95 Hourly

DEFINITION:

Under direction, plans, organizes and manages the Legislative and Elections Management sections.

A second paragraph of the definition that runs on for a while to push the next heading further down.
A third line of it.
A fourth line of it.
A fifth line of it.
A sixth line of it.
A seventh line of it.
An eighth line of it.
A ninth line of it.
A tenth line of it.
An eleventh line of it.

DISTINGUISHING CHARACTERISTICS / SUPERVISION EXERCISED/RECEIVED:

This is the supervisory/senior level in the series.
)");
  ASSERT_EQ(kinds(documents), "class_spec");
  EXPECT_EQ(documents[0].title, "CITY CLERK II, DEPUTY");
}

// Pages of one document share a running header; where it changes, the next document begins.
TEST(SegmentOpenings, RunningHeaderChangeStartsADocument) {
  std::string markup;
  for (int page = 1; page <= 6; ++page) {
    if (page > 1) markup += "<<page>>\n";
    markup += page <= 3 ? "Town of Elm Grove Resolution No. 22-7\n"
                        : "Elm Grove Public Works Annual Report 2022\n";
    markup += "\n";
    for (int line = 0; line < 12; ++line)
      markup += "Line " + std::to_string(line) + " of page " + std::to_string(page) +
                " carries ordinary running text of the document body.\n";
  }
  CleanText text = testing::clean_from_markup(markup);
  ASSERT_FALSE(text.furniture.empty());
  if (text.furniture[0].headers.empty())
    GTEST_SKIP() << "the layout stage kept these headers in the flow";
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].pages.last, 3);
  EXPECT_EQ(documents[1].pages.first, 4);
}

// An attachment whose title block came out scrambled is still a class spec by its sections.
TEST(SegmentOpenings, ScrambledSpecTitleBlockKnownBySections) {
  std::vector<DocumentSpan> documents =
      segment(R"(The attached class specification reflects the current duties of the position.
5.1 Packet Pg. 3
<<page>>
WELDER, R, SENIOR Class Bargaining Code: Unit: 5524 Torrance Municipal Employees
SALARY RANGE
$31.55 - $34.83 Hourly
DEFINITION:
Under general supervision, performs skilled welding and fabrication work.
DISTINGUISHING CHARACTERISTICS / SUPERVISION EXERCISED/RECEIVED:
This is the advanced journey level in the welding series.
ATTACHMENT A
EXAMPLES OF ESSENTIAL DUTIES:
Fabricates and repairs metal structures and equipment.
5.1.a Packet Pg. 4
)");
  EXPECT_EQ(kinds(documents), "other,class_spec");
}

// The whole Torrance seed: one agenda, its 15 staff reports, class specs in between.
TEST(SegmentOpenings, TorranceSeedPacket) {
  std::ifstream in(std::string(AGENDUM_SOURCE_DIR) + "/samples/seeds/torrance_csc_2023-04-10.txt");
  if (!in) GTEST_SKIP() << "seed packet not available";
  std::stringstream buffer;
  buffer << in.rdbuf();
  CleanText text = testing::clean_from_markup(buffer.str());
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  expect_tiles(documents, text.lines.size());
  std::map<std::string, int> counts;
  for (const DocumentSpan& doc : documents) {
    ++counts[std::string(name_of(doc.kind))];
  }
  EXPECT_EQ(documents.front().kind, DocumentKind::agenda);
  // The 15 reports, and the council report attached to four of them.
  EXPECT_EQ(counts["staff_report"], 15 + 4);
  EXPECT_GE(counts["class_spec"], 12);
  EXPECT_EQ(counts["resolution"], 0);
}

}  // namespace
}  // namespace agendum
