// The agenda extractor on real agenda lines: Torrance (one item per paragraph), Diamond Bar
// (the whole agenda flattened into long lines) and a lettered consent calendar.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/agenda.h"
#include "pipeline/core/record_names.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

Agenda agenda_from(std::string_view markup, std::vector<DocumentSpan>* documents_out = nullptr) {
  CleanText text = testing::clean_from_markup(markup);
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  std::optional<Agenda> agenda = extract_agenda(text, documents, diagnostics);
  if (documents_out) *documents_out = documents;
  EXPECT_TRUE(agenda.has_value());
  return agenda.value_or(Agenda{});
}

std::string numbers(const Agenda& agenda) {
  std::string out;
  for (const AgendaItem& item : agenda.items) out += (out.empty() ? "" : " ") + item.number;
  return out;
}

// The item numbered `number`; fails the test when there is none.
const AgendaItem& item(const Agenda& agenda, std::string_view number) {
  static const AgendaItem kNone;
  for (const AgendaItem& candidate : agenda.items)
    if (candidate.number == number) return candidate;
  ADD_FAILURE() << "no item " << number << " in " << numbers(agenda);
  return kNone;
}

constexpr std::string_view kTorrance =
    R"(The Civil Service Commission is an advisory body to the City Council that meets on the second and fourth Mondays of each month at 6:00 p.m. in the Council Chambers.

**TORRANCE CIVIL SERVICE COMMISSION AGENDA
MONDAY, APRIL 10, 2023
REGULAR MEETING
6:00 P.M. IN LeROY J. JACKSON COUNCIL CHAMBER
AT 3031 TORRANCE BL.**

1. CALL MEETING TO ORDER

ROLL CALL: Commission members Hamada, Herring, Kohus, Lohnes, Sasaki, Zygielbaum,
Chair Adelsman

2. FLAG SALUTE:

5. ORAL COMMUNICATIONS (Limited up to a 15 minute period)

This portion of the meeting is reserved for comment on items under the Consent Calendar or items that are not on the agenda.

6. CONSENT CALENDAR

Matters listed under the Consent Calendar are considered routine and will be enacted by one motion and one vote.

6A. Approve Civil Service Commission Minutes.

Recommendation of Civil Service Manager that your Honorable Body approve the Civil Service Commission minutes of February 27, 2023 and March 13, 2023.

6B. Accept and File Employee Transition Report for March 2023.

Recommendation of Civil Service Staff that your Honorable Body accept and file the Employee Transition Report for the month of March 2023.

6C. Approve the Examination for Administrative Assistant.

Recommendation of the Human Resources Director that your Honorable Body approve conducting the Administrative Assistant examination on an open basis.

6D. Approve the Examination for Deputy City Clerk II.

6E. Approve the Examination for Lead Maintenance Worker (Trees Unit).

6F. Approve the Examination for Lead Ranger.

6G. Approve the Examination for Police Services Supervisor.

6H. Approve the Examination for Senior Welder.

6I. Approve the Examination for Storekeeper.

7. ADMINISTRATIVE MATTERS

7A. Approve Proposed Class Specification for Information Technology Manager - Applications
and Analytics.

Recommendation of the Human Resources Director that your Honorable Body approve the proposed class specification for Information Technology Manager - Applications and Analytics and forward it to the City Council for approval.

7B. Approve Proposed Class Specification for Information Technology Manager - Communications and Customer Service.

7C. Approve Proposed Class Specification for Information Technology Manager - Infrastructure and Cybersecurity.

7D. Approve Proposed Class Specification for Lead Ranger.

7E. Approve Revised Class Specification for Deputy City Attorney II.

7F. Approve Revised Class Specification for Police Services Supervisor.

7G. Approve the Reclassification of Incumbent to Administrative Assistant.

8. HEARINGS

8A. Appeal of Discipline of a Police Services Officer.

9. CLOSED SESSION

No Business to Consider.

10. COMMISSION ORAL COMMUNICATIONS

11. ADJOURNMENT

11A. Adjournment of Civil Service Commission Meeting to Monday, April 24, 2023 at 6:00 p.m.
<<page>>
Honorable Chair and Members
of the Civil Service Commission
City Hall
Torrance, California

Honorable Members:

SUBJECT: ACCEPT AND FILE EMPLOYEE TRANSITION REPORT FOR MARCH 2023

RECOMMENDATION:

Recommendation of Civil Service Staff that your Honorable Body accept and file the Employee Transition Report for the month of March 2023.
<<page>>
Honorable Chair and Members
of the Civil Service Commission
City Hall
Torrance, CA

Honorable Members:

**SUBJECT: APPROVE REVISED CLASS SPECIFICATION FOR DEPUTY CITY
ATTORNEY II**

RECOMMENDATION

Recommendation of the Human Resources Director that your Honorable Body approve the revised class specification for Deputy City Attorney II.
)";

TEST(AgendaItems, TorranceItemsWithSectionsAndRecommendations) {
  Agenda agenda = agenda_from(kTorrance);
  // Numbered sections with nothing under them are items of business themselves.
  EXPECT_EQ(numbers(agenda),
            "1. 2. 5. 6A 6B 6C 6D 6E 6F 6G 6H 6I 7A 7B 7C 7D 7E 7F 7G 8A 9. 10. 11A");
  ASSERT_EQ(agenda.items.size(), 23u);
  const AgendaItem& minutes = item(agenda, "6A");
  EXPECT_EQ(minutes.section, "CONSENT CALENDAR");
  EXPECT_EQ(minutes.title, "Approve Civil Service Commission Minutes.");
  EXPECT_EQ(
      minutes.recommendation,
      "Recommendation of Civil Service Manager that your Honorable Body approve the Civil Service "
      "Commission minutes of February 27, 2023 and March 13, 2023.");
  EXPECT_EQ(item(agenda, "6G").title, "Approve the Examination for Police Services Supervisor.");
  EXPECT_FALSE(item(agenda, "6G").recommendation.has_value());
  // A title wrapped over two lines is one title.
  EXPECT_EQ(item(agenda, "7A").title,
            "Approve Proposed Class Specification for Information Technology Manager - "
            "Applications and Analytics.");
  EXPECT_EQ(item(agenda, "7A").section, "ADMINISTRATIVE MATTERS");
  EXPECT_EQ(item(agenda, "8A").section, "HEARINGS");
  EXPECT_EQ(item(agenda, "11A").section, "ADJOURNMENT");
  EXPECT_EQ(
      item(agenda, "11A").title,
      "Adjournment of Civil Service Commission Meeting to Monday, April 24, 2023 at 6:00 p.m.");
  EXPECT_EQ(item(agenda, "9.").title, "CLOSED SESSION");
  EXPECT_FALSE(item(agenda, "9.").section.has_value());
  EXPECT_EQ(item(agenda, "5.").title, "ORAL COMMUNICATIONS (Limited up to a 15 minute period)");
  EXPECT_EQ(minutes.pages.first, 1);
  EXPECT_EQ(minutes.pages.last, 1);
}

TEST(AgendaItems, TorranceHeaderAndRollCall) {
  Agenda agenda = agenda_from(kTorrance);
  EXPECT_EQ(agenda.body, "Torrance Civil Service Commission");
  EXPECT_EQ(agenda.meeting_type, "regular");
  EXPECT_EQ(agenda.time, "18:00");
  EXPECT_EQ(agenda.location, "LeROY J. JACKSON COUNCIL CHAMBER, 3031 TORRANCE BL.");
  EXPECT_EQ(agenda.members, (std::vector<std::string>{"Hamada", "Herring", "Kohus", "Lohnes",
                                                      "Sasaki", "Zygielbaum", "Adelsman"}));
  EXPECT_EQ(agenda.document, "doc-1");
}

TEST(AgendaItems, TorranceDate) {
  Agenda agenda = agenda_from(kTorrance);
  EXPECT_EQ(agenda.date, "2023-04-10");
}

TEST(AgendaItems, TorranceReportsServeTheirItemsByTitle) {
  std::vector<DocumentSpan> documents;
  Agenda agenda = agenda_from(kTorrance, &documents);
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(item(agenda, "6B").document, "doc-2");
  EXPECT_EQ(item(agenda, "7E").document, "doc-3");
  EXPECT_FALSE(item(agenda, "6A").document.has_value());
  EXPECT_FALSE(item(agenda, "6C").document.has_value());
}

// Diamond Bar's agenda as its archive flattened it: several items on one long line.
constexpr std::string_view kDiamondBar =
    R"(HomeMy WebLinkAbout2020.06.02 Agenda Packet - Regular MeetingCity Council Agenda Tuesday, June 2, 2020 Regular Meeting 6:30 p.m. PUBLIC ADVISORY: this meeting will be conducted telephonically. There will be no physical meeting location. Meetings are broadcast on Spectrum Cable Channel 3 and Frontier FiOS television Channel 47. You are invited to attend. STEVE TYE Mayor NANCY A. LYONS Mayor Pro Tem City Clerk Kristina Santana DIAMOND BAR CITY COUNCIL MEETING RULES Welcome to the meeting of the Diamond Bar City Council.
CITY OF DIAMOND BAR CITY COUNCIL AGENDA June 02, 2020 CALL TO ORDER: 6:30 p.m. PLEDGE OF ALLEGIANCE: Mayor ROLL CALL: Chou, Low, Mahlke, Mayor Pro Tem Lyons, Mayor Tye APPROVAL OF AGENDA: Mayor 1. CITY MANAGER REPORTS AND RECOMMENDATIONS: 2. PUBLIC COMMENTS: "Public Comments" is the time reserved on each regular meeting agenda to provide an opportunity for members of the public to directly address the Council. There is a five-minute maximum time limit when addressing the City Council. 3. CONSENT CALENDAR: All items listed on the Consent Calendar are considered by the City Council to be routine and will be acted on by a single motion unless a Council Member or JUNE 2, 2020 PAGE 2 member of the public request otherwise. 3.1 CITY COUNCIL MINUTES OF THE MAY 19, 2020 MEETING. 3.1.a May 19, 2020 Study Session Minutes 3.1.b May 19, 2020 City Council Minutes Recommended Action: Approve the May 19, 2020 Study Session and Regular City Council meeting minutes. Requested by: City Clerk 3.2 CITY COUNCIL RECEIPT OF COMMISSION MINUTES. 3.2.a February 25, 2020 Planning Commission Minutes Recommended Action: Receive and file the February 25, 2020 and April 28, 2020 regular meeting minutes of the Planning Commission. Requested by: City Clerk 3.3 RATIFICATION OF CHECK REGISTER DATED MAY 7, 2020 THROUGH MAY 20, 2020 TOTALING $634,455.70. Recommended Action: Ratify the Check Register. Requested by: Finance Department 3.4 TREASURER'S STATEMENT Recommended Action: Approve the April 2020 Treasurer's Statement. Requested by: Finance Department 3.5 AMENDMENTS TO THE CITY'S PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020. Recommended Action: Adopt Resolution No. 2020-14, amending the City's Personnel Rules and Regulations effective June 2, 2020. Requested by: City Manager 4. PUBLIC HEARINGS: NONE JUNE 2, 2020 PAGE 3 5. COUNCIL CONSIDERATION: 5.1 AMENDMENTS TO CERTAIN ANIMAL LICENSE FEES EFFECTIVE JULY 1, 2020 Recommended Action: Adopt Resolution No. 2020-15 amending certain animal license fees effective July 1, 2020. Requested by: City Manager 5.2 COVID-19 REGULATORY RELIEF AND FINANCIAL ASSISTANCE OPTIONS FOR BUSINESSES AND RESIDENTS. Recommended Action: 1. Approve the Temporary Sign and Outdoor Dining Policy; and 2. Provide policy direction for the creation of CDBG COVID-19 economic relief programs. Requested by: Community Development Department 6. COUNCIL SUB-COMMITTEE REPORTS AND MEETING ATTENDANCE REPORTS/COUNCIL MEMBER COMMENTS: 7. ADJOURNMENT:
<<page>>
Agenda #: 3.1 Meeting Date: June 2, 2020 TO: Honorable Mayor and Members of the City Council FROM: Daniel Fox, City Manager TITLE: CITY COUNCIL MINUTES OF THE MAY 19, 2020 MEETING. STRATEGIC GOAL: Open, Engaged & Responsive Government
3.1 Packet Pg. 5
<<page>>
Agenda #: 3.5 Meeting Date: June 2, 2020 TO: Honorable Mayor and Members of the City Council FROM: Daniel Fox, City Manager TITLE: AMENDMENTS TO THE CITY'S PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020.
3.5 Packet Pg. 66
<<page>>
RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR, CALIFORNIA, AMENDING THE CITY'S PERSONNEL RULES AND REGULATIONS EFFECTIVE JUNE 2, 2020.
3.5.a Packet Pg. 67
)";

TEST(AgendaItems, DiamondBarItemsInsideFlattenedLines) {
  Agenda agenda = agenda_from(kDiamondBar);
  EXPECT_EQ(numbers(agenda), "1. 2. 3.1 3.2 3.3 3.4 3.5 4. 5.1 5.2 6. 7.");
  ASSERT_EQ(agenda.items.size(), 12u);
  EXPECT_EQ(item(agenda, "3.1").section, "CONSENT CALENDAR");
  EXPECT_EQ(item(agenda, "3.1").title, "CITY COUNCIL MINUTES OF THE MAY 19, 2020 MEETING.");
  EXPECT_EQ(item(agenda, "3.1").recommendation,
            "Approve the May 19, 2020 Study Session and Regular City Council meeting minutes.");
  EXPECT_EQ(item(agenda, "3.4").title, "TREASURER'S STATEMENT");
  EXPECT_EQ(item(agenda, "5.1").section, "COUNCIL CONSIDERATION");
  EXPECT_EQ(
      item(agenda, "5.2").title,
      "COVID-19 REGULATORY RELIEF AND FINANCIAL ASSISTANCE OPTIONS FOR BUSINESSES AND RESIDENTS.");
  // The numbered steps inside 5.2's recommendation stay in it.
  EXPECT_EQ(item(agenda, "5.2").recommendation,
            "1. Approve the Temporary Sign and Outdoor Dining Policy; and 2. Provide policy "
            "direction for the "
            "creation of CDBG COVID-19 economic relief programs.");
  // A caps name before a colon is the whole title; "RECOMMENDATIONS:" inside it is no label.
  EXPECT_EQ(item(agenda, "1.").title, "CITY MANAGER REPORTS AND RECOMMENDATIONS");
  EXPECT_EQ(item(agenda, "2.").title, "PUBLIC COMMENTS");
  EXPECT_EQ(item(agenda, "4.").title, "PUBLIC HEARINGS");
}

TEST(AgendaItems, DiamondBarHeaderRollCallAndDocuments) {
  std::vector<DocumentSpan> documents;
  Agenda agenda = agenda_from(kDiamondBar, &documents);
  EXPECT_EQ(agenda.body, "Diamond Bar City Council");
  EXPECT_EQ(agenda.meeting_type, "regular");
  EXPECT_EQ(agenda.time, "18:30");
  EXPECT_FALSE(agenda.location.has_value());
  EXPECT_EQ(agenda.members, (std::vector<std::string>{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  ASSERT_EQ(documents.size(), 4u);
  EXPECT_EQ(item(agenda, "3.1").document, documents[1].id);  // stamp label 3.1
  EXPECT_EQ(item(agenda, "3.5").document,
            documents[2].id);  // stamp label 3.5, not its resolution 3.5.a
  EXPECT_FALSE(item(agenda, "3.2").document.has_value());
}

TEST(AgendaItems, DiamondBarDate) {
  Agenda agenda = agenda_from(kDiamondBar);
  EXPECT_EQ(agenda.date, "2020-06-02");
}

// An agenda in the lettered form: unnumbered section headings, "A." items under them,
// numbering that starts again under the next section, one roll-call name per line.
TEST(AgendaItems, LetteredConsentCalendarAndRollCallOnePerLine) {
  Agenda agenda = agenda_from(R"(AGENDA
LAKEVIEW HILLS CITY COUNCIL MEETING
MARCH 14, 2023
ORCHARD COMMUNITY CENTER, OAK ROOM
1200 VALLEY VIEW BOULEVARD, LAKEVIEW HILLS
6:30 P.M. SPECIAL MEETING

CALL TO ORDER:
Mayor Okafor

ROLL CALL:
Councilmember Brandt
Councilmember Ishikawa
Mayor Pro Tem Delgado
Mayor Okafor

PLEDGE OF ALLEGIANCE: To be announced

PRESENTATIONS:

1. Recognition of the Library Volunteer of the Year

2. Update from the Fire District

CONSENT CALENDAR:

A. Motion to Waive Full Reading
Recommendation: Adopt a motion to waive reading in full of all ordinances
presented at this meeting.

B. Approval of Minutes (Clerk)
Recommendation: Approve the Minutes of February 28, 2023, Regular
Meeting.

Draft Minutes

REGULAR BUSINESS:

1. Consideration of a parking permit program for the Harbor District (Public Works)
Recommendation: Direct staff to prepare an ordinance.
)");
  // CALL TO ORDER and ROLL CALL are business with no number; the lists under the other
  // headings are their items.
  EXPECT_EQ(numbers(agenda), "1. 2. A. B. 1.");
  ASSERT_EQ(agenda.items.size(), 7u);
  EXPECT_EQ(agenda.items[0].title, "CALL TO ORDER");
  EXPECT_EQ(agenda.items[1].title, "ROLL CALL");
  EXPECT_EQ(agenda.items[2].section, "PRESENTATIONS");
  EXPECT_EQ(agenda.items[2].title, "Recognition of the Library Volunteer of the Year");
  EXPECT_EQ(agenda.items[4].section, "CONSENT CALENDAR");
  EXPECT_EQ(agenda.items[5].title, "Approval of Minutes (Clerk)");
  EXPECT_EQ(agenda.items[5].recommendation,
            "Approve the Minutes of February 28, 2023, Regular Meeting.");
  EXPECT_EQ(agenda.items[6].section, "REGULAR BUSINESS");
  EXPECT_EQ(agenda.items[6].recommendation, "Direct staff to prepare an ordinance.");
  EXPECT_EQ(agenda.body, "Lakeview Hills City Council");
  EXPECT_EQ(agenda.meeting_type, "special");
  EXPECT_EQ(agenda.time, "18:30");
  EXPECT_EQ(agenda.location,
            "ORCHARD COMMUNITY CENTER, OAK ROOM, 1200 VALLEY VIEW BOULEVARD, LAKEVIEW HILLS");
  EXPECT_EQ(agenda.members, (std::vector<std::string>{"Brandt", "Ishikawa", "Delgado", "Okafor"}));
}

// A memorandum whose subject is the agenda, with a Roman-numbered section and a
// distribution list of initials that are not items.
TEST(AgendaItems, MemoAgendaWithRomanSection) {
  std::vector<DocumentSpan> documents;
  Agenda agenda = agenda_from(R"(MEMORANDUM CITY OF RIVERTON
Date: May 3, 2022
To: Distribution
From: Personnel Director
Subject: Personnel Board Agenda - May 3, 2022

I. CLASSIFICATION ITEMS

1. 4B10 Survey Technician 2 Change in class specification Approved

2. 4B12 Survey Supervisor Creation of class Approved

Distribution:

A. Moreno D. Castillo
)",
                              &documents);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].kind, DocumentKind::agenda);
  EXPECT_EQ(numbers(agenda), "1. 2.");
  ASSERT_EQ(agenda.items.size(), 2u);
  EXPECT_EQ(agenda.items[0].section, "CLASSIFICATION ITEMS");
  EXPECT_EQ(agenda.body, "Riverton Personnel Board");
}

// A report that names its item ("Agenda Item: 7B") serves it even when its subject is
// worded differently from the agenda's title.
TEST(AgendaItems, ReportServesTheItemItNumbers) {
  std::vector<DocumentSpan> documents;
  Agenda agenda = agenda_from(R"(**CIVIL SERVICE COMMISSION AGENDA
MONDAY, APRIL 10, 2023**

1. CALL MEETING TO ORDER

7. ADMINISTRATIVE MATTERS

7A. Approve Proposed Class Specification for Lead Ranger.

7B. Approve the Reclassification of Incumbent to Administrative Assistant.
<<page>>
AGENDA STAFF REPORT
Agenda Item: 7B
Meeting Date: April 10, 2023
SUBJECT: POSITION STUDY OF THE CITY CLERK'S OFFICE SUPPORT STAFF

RECOMMENDATION:
)",
                              &documents);
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].kind, DocumentKind::staff_report);
  EXPECT_EQ(documents[1].title, "POSITION STUDY OF THE CITY CLERK'S OFFICE SUPPORT STAFF");
  EXPECT_EQ(numbers(agenda), "1. 7A 7B");
  EXPECT_FALSE(item(agenda, "7A").document.has_value());
  EXPECT_EQ(item(agenda, "7B").document, "doc-2");
}

TEST(AgendaItems, NoAgendaDocumentGivesNoAgenda) {
  CleanText text = testing::clean_from_markup(R"(RESOLUTION NO. 19-110
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  EXPECT_FALSE(extract_agenda(text, documents, diagnostics).has_value());
}

}  // namespace
}  // namespace agendum

namespace agendum {
namespace {

// Pages of the Diamond Bar seed (flattened text cut after each page stamp): the agenda
// (everything before the first stamp) and item 3.5's report, resolution and the first pages
// of the personnel rules that follow it.
std::optional<std::string> diamond_bar_pages() {
  std::ifstream in(std::string(AGENDUM_SOURCE_DIR) + "/samples/seeds/diamondbar_cc_2020-06-02.txt");
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  // "3.5.a Packet Pg. 68"
  static const RE2 kStamp(R"((\d{1,2}(?:\.\d{1,2})+(?:\.[a-z])?) ?Packet Pg\. \d+)");
  std::string out, label;
  re2::StringPiece input(text), stamp[2];
  size_t from = 0;
  int rules_pages = 0;
  while (kStamp.Match(input, from, text.size(), RE2::UNANCHORED, stamp, 2)) {
    size_t end = static_cast<size_t>(stamp[0].data() - text.data()) + stamp[0].size();
    label = std::string(stamp[1]);
    bool keep = out.empty() || label == "3.5" || label == "3.5.a" ||
                (label == "3.5.b" && ++rules_pages <= 2);
    if (out.empty()) {
      // The agenda pages carry no stamp: keep them apart from the first report.
      size_t report = text.find("Agenda #: 3.1 Meeting Date");
      out += text.substr(0, report) + "\n<<page>>\n";
    } else if (keep) {
      out += text.substr(from, end - from) + "\n<<page>>\n";
    }
    from = end;
  }
  return out;
}

TEST(AgendaSeeds, DiamondBarPacket) {
  std::optional<std::string> pages = diamond_bar_pages();
  if (!pages) GTEST_SKIP() << "seed packet not available";
  CleanText text = testing::clean_from_markup(*pages);
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  std::optional<Agenda> agenda = extract_agenda(text, documents, diagnostics);
  ASSERT_TRUE(agenda.has_value());
  EXPECT_EQ(agenda->body, "Diamond Bar City Council");
  EXPECT_EQ(agenda->members, (std::vector<std::string>{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  std::string numbers;
  for (const AgendaItem& item : agenda->items)
    numbers += (numbers.empty() ? "" : " ") + item.number;
  EXPECT_EQ(numbers, "1. 2. 3.1 3.2 3.3 3.4 3.5 4. 5.1 5.2 6. 7.");

  std::string kinds;
  for (const DocumentSpan& doc : documents)
    kinds += (kinds.empty() ? "" : ",") + std::string(name_of(doc.kind));
  EXPECT_EQ(kinds, "agenda,staff_report,resolution,other");
  ASSERT_EQ(documents.size(), 4u);
  EXPECT_EQ(documents[1].label, "3.5");
  // Resolution 2020-14 is its own document, cut where the personnel rules (3.5.b) begin.
  EXPECT_EQ(documents[2].title, "RESOLUTION NO. 2020-14");
  EXPECT_EQ(documents[2].label, "3.5.a");
  EXPECT_EQ(documents[3].label, "3.5.b");
  ASSERT_EQ(agenda->items.size(), 12u);
  EXPECT_EQ(item(*agenda, "3.5").document, documents[1].id);
  EXPECT_FALSE(item(*agenda, "3.1").document.has_value());
}

}  // namespace
}  // namespace agendum
