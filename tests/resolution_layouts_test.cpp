// Resolutions in layouts none of the samples has, from segmentation to records: a heading
// typed with its number on the next line and a one-line adoption; a board's RESOLVED clauses
// with names under signature lines; text whose line breaks were lost; OCR noise; a clerk's
// handwritten number; resolutions only cited; an ordinance.
#include <gtest/gtest.h>

#include "extractors/resolution.h"
#include "pipeline/segment/segment.h"
#include "pipeline/text/clean.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

struct Extracted {
  std::vector<DocumentSpan> documents;
  std::vector<Resolution> resolutions;
  std::vector<Diagnostic> diagnostics;
};

Extracted extract(const CleanText& text) {
  Extracted out;
  out.documents = segment_packet(text, out.diagnostics);
  out.resolutions = extract_resolutions(text, out.documents, {}, out.diagnostics);
  return out;
}

Extracted extract(std::string_view markup) { return extract(testing::clean_from_markup(markup)); }

// Pages as OCR hands them over: every word read with `confidence`, the words in `unsure`
// with 12 (what Tesseract gives a pen's digits).
CleanText ocr_text(std::string_view markup, float confidence,
                   const std::vector<std::string>& unsure = {}) {
  std::vector<PageText> pages = testing::pages_from_markup(markup);
  for (PageText& page : pages) {
    page.info.method = PageMethod::ocr;
    for (TextLine& line : page.lines)
      for (Word& word : line.words)
        word.confidence =
            std::find(unsure.begin(), unsure.end(), word.text) != unsure.end() ? 12 : confidence;
  }
  std::vector<Diagnostic> diagnostics;
  return clean_pages(std::move(pages), diagnostics);
}

// A small town's fee resolution: the heading typed in mixed case with the number on the line
// below, no recitals, and the adoption told in one closing line with its tally.
constexpr std::string_view kClosingLine = R"(Resolution No

2023 - 17

A resolution setting the fees for picnic shelter reservations in Alder Park. This resolution
replaces the shelter fees set by resolution 2019-04.

Shelter A (seats 40)	$35 per day
Shelter B (seats 80)	$60 per day

The fees take effect on July 1, 2023.

Adopted at the June 12, 2023 Town of Pine Hollow Council Meeting (4-1 vote)
)";

TEST(ResolutionLayouts, NumberBelowTheHeadingAndAOneLineAdoption) {
  Extracted out = extract(kClosingLine);
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].kind, DocumentKind::resolution);
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.number, "2023-17");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.adopted_date, "2023-06-12");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes_count, 4);
  EXPECT_EQ(resolution.vote->noes_count, 1);
  EXPECT_TRUE(resolution.recitals.empty());
  EXPECT_EQ(resolution.references, Names{"2019-04"});
}

// A water district board: "RESOLVED, that" clauses, an adoption sentence with counts, and
// each signer's name typed under a signature line with the role below it.
constexpr std::string_view kBoardResolutions = R"(MAPLE VALLEY WATER DISTRICT

RESOLUTION NO. 21-08

AUTHORIZING THE GENERAL MANAGER TO REPLACE THE NORTH RESERVOIR ROOF

RESOLVED, that the Board of Directors of the Maple Valley Water District authorizes the
General Manager to award a contract for the replacement of the North Reservoir roof; and

RESOLVED FURTHER, that the General Manager report the cost of the work to the Board at
its next regular meeting.

Adopted by the Board of Directors on March 3, 2021, by the following vote:

Ayes: 4 Nays: 1 Absent: 0

______________________________
Dana Whitfield
President, Board of Directors

ATTEST:

______________________________
Lee Marchetti
Secretary of the Board
)";

TEST(ResolutionLayouts, BoardResolvedClausesAndNamesUnderSignatureLines) {
  Extracted out = extract(kBoardResolutions);
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.number, "21-08");
  EXPECT_EQ(resolution.title,
            "AUTHORIZING THE GENERAL MANAGER TO REPLACE THE NORTH RESERVOIR ROOF");
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_TRUE(resolution.sections[0].text.starts_with("RESOLVED, that the Board"));
  EXPECT_TRUE(resolution.sections[1].text.starts_with("RESOLVED FURTHER, that the General"));
  EXPECT_EQ(resolution.adopted_date, "2021-03-03");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes_count, 4);
  EXPECT_EQ(resolution.vote->noes_count, 1);
  EXPECT_EQ(resolution.vote->absent_count, 0);
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Dana Whitfield");
  EXPECT_EQ(resolution.signatories[0].role, "President");
  EXPECT_EQ(resolution.signatories[1].name, "Lee Marchetti");
  EXPECT_EQ(resolution.signatories[1].role, "Secretary");
}

// A text layer that kept no line breaks: the whole resolution is one line.
constexpr std::string_view kFlattened =
    "RESOLUTION NO. 2022-31 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF LAKE ARBOR "
    "APPROVING A LEASE OF THE OLD FIRE STATION WHEREAS, the City owns the former fire station "
    "at 40 Birch Street; and WHEREAS, the Lake Arbor Historical Society has asked to lease it "
    "for a museum; NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Lake "
    "Arbor as follows: Section 1. The lease attached as Exhibit A is approved. Section 2. The "
    "City Manager is authorized to sign the lease. PASSED, APPROVED AND ADOPTED this 8th day of "
    "March, 2022, by the following vote: AYES: Council Members Ortiz, Brandt, Sato NOES: None "
    "ABSENT: Council Member Hale ABSTAIN: None Jane Ortiz, Mayor ATTEST: Paul Brandt, City "
    "Clerk\n";

TEST(ResolutionLayouts, FlattenedTextKeepsItsStructure) {
  Extracted out = extract(kFlattened);
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].kind, DocumentKind::resolution);
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.number, "2022-31");
  EXPECT_EQ(resolution.jurisdiction, "City of Lake Arbor");
  EXPECT_EQ(resolution.body, "City Council");
  ASSERT_EQ(resolution.recitals.size(), 2u);
  EXPECT_EQ(resolution.recitals[1],
            "WHEREAS, the Lake Arbor Historical Society has asked to lease it for a museum;");
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_EQ(resolution.sections[1].text, "The City Manager is authorized to sign the lease.");
  EXPECT_EQ(resolution.adopted_date, "2022-03-08");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes, (Names{"Ortiz", "Brandt", "Sato"}));
  EXPECT_EQ(resolution.vote->absent, Names{"Hale"});
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Jane Ortiz");
  EXPECT_EQ(resolution.signatories[1].role, "City Clerk");
}

// OCR's misreadings of keywords: O read as 0, W as VV, split words, "N0ES".
constexpr std::string_view kOcrNoise = R"(RES0LUTI0N N0. 2019-44

A RES0LUTION OF THE BOARD OF SUPERVISORS OF THE COUNTY OF ELK RIDGE ADOPTING A ROAD PLAN

VVHEREAS, the County maintains 212 miles of rural roads; and

WHERE AS, the Road Department has prepared a five-year maintenance plan;

N0W, THEREF0RE, BE IT RES OLVED by the Board of Supervisors as follows:

Section 1. The five-year road maintenance plan is adopted.

PASSED, APPR0VED AND AD0PTED this 9th day of April, 2019, by the following vote:

AYES: Supervisors Lund, Okafor, Reyes
N0ES: None
ABSENT: Supervisor Hart
)";

TEST(ResolutionLayouts, OcrNoiseInKeywords) {
  Extracted out = extract(ocr_text(kOcrNoise, 85));
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].kind, DocumentKind::resolution);
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.number, "2019-44");
  EXPECT_EQ(resolution.recitals.size(), 2u);
  ASSERT_TRUE(resolution.resolved);
  EXPECT_TRUE(resolution.resolved->starts_with("N0W, THEREF0RE"));
  EXPECT_EQ(resolution.sections.size(), 1u);
  EXPECT_EQ(resolution.adopted_date, "2019-04-09");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes, (Names{"Lund", "Okafor", "Reyes"}));
  EXPECT_EQ(resolution.vote->noes, Names{});
  EXPECT_EQ(resolution.vote->absent, Names{"Hart"});
}

// An old typed resolution, scanned: the clerk wrote the number in by hand, the archive's
// print header names it, and the mayor's signature runs through his typed name.
constexpr std::string_view kHandwritten = R"(3/2/24, 10:15 AM RESOLUTION 118.jpg

RESOLUTION NO. 811

WHEREAS, the Town of Cedar Falls owns the lot at Main and Third; and

WHEREAS, the lot is needed for parking, now, therefore,

BE IT RESOLVED that the Town of Cedar Falls dedicates the lot to public parking.

Approved by the Town of Cedar Falls this 14th day of March 1979.

Wrq ROBERT ANSEL HALVORSEN, scrwl Mayer
)";

TEST(ResolutionLayouts, HandwrittenNumberAndASignatureAcrossTheTypedName) {
  Extracted out = extract(ocr_text(kHandwritten, 90, {"811"}));
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.number, "118");  // the header's, not OCR's reading of the pen
  EXPECT_EQ(resolution.adopted_date, "1979-03-14");
  EXPECT_EQ(resolution.recitals.size(), 2u);
  ASSERT_EQ(resolution.signatories.size(), 1u);
  EXPECT_EQ(resolution.signatories[0].name, "Robert Ansel Halvorsen");
  EXPECT_EQ(resolution.signatories[0].role, "Mayor");
  bool unsure = false;
  for (const Diagnostic& diagnostic : out.diagnostics)
    unsure = unsure || diagnostic.code == "resolution_number_unsure";
  EXPECT_TRUE(unsure);
}

TEST(ResolutionLayouts, HandwrittenNumberWithoutAnotherSourceStaysUnread) {
  std::string markup(kHandwritten);
  markup.erase(0, markup.find('\n') + 1);  // no print header
  Extracted out = extract(ocr_text(markup, 90, {"811"}));
  ASSERT_EQ(out.resolutions.size(), 1u);
  EXPECT_FALSE(out.resolutions[0].number);
  bool warned = false;
  for (const Diagnostic& diagnostic : out.diagnostics)
    warned = warned || (diagnostic.code == "resolution_number_unreadable" &&
                        diagnostic.severity == Severity::warning);
  EXPECT_TRUE(warned);
}

// A roll-call sheet: the vote is a table of marks under YEAS / NAYS / PASS / ABSENT, read by
// where each mark stands.
constexpr std::string_view kRollCallSheet = R"(Roll Call Number 22-0415

Date June 6, 2022

AMENDING THE PARKING RULES FOR THE CITY HALL LOT

WHEREAS, the City Hall lot fills before the public counter opens; and

WHEREAS, staff parking in the lot leaves no room for visitors;

NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF RIVER BEND:

That the parking rules attached are adopted.

Moved by Keller to adopt.

COUNCIL ACTION      YEAS    NAYS    PASS    ABSENT
KELLER              X
MORALES             X
OKONKWO                     X
PRATT               X
SVOBODA                                     X
TOTAL               3       1               1
MOTION CARRIED
)";

TEST(ResolutionLayouts, RollCallTableReadByWhereTheMarksStand) {
  Extracted out = extract(kRollCallSheet);
  ASSERT_EQ(out.resolutions.size(), 1u);
  const Resolution& resolution = out.resolutions[0];
  EXPECT_EQ(resolution.recitals.size(), 2u);
  EXPECT_EQ(resolution.adopted_date, "2022-06-06");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes, (Names{"KELLER", "MORALES", "PRATT"}));
  EXPECT_EQ(resolution.vote->noes, Names{"OKONKWO"});
  EXPECT_EQ(resolution.vote->abstain, Names{});
  EXPECT_EQ(resolution.vote->absent, Names{"SVOBODA"});
}

TEST(ResolutionLayouts, RollCallTableWithoutMarksHasNoVote) {
  std::string sheet(kRollCallSheet);
  for (size_t at = sheet.find(" X\n"); at != std::string::npos; at = sheet.find(" X\n"))
    sheet.replace(at, 3, "\n");
  Extracted out = extract(sheet);
  ASSERT_EQ(out.resolutions.size(), 1u);
  EXPECT_FALSE(out.resolutions[0].vote);
}

// A roll-call sheet is one resolution: its form's fields ("Roll Call Number", "Agenda Item
// Number") name no agenda and call no roll, its recitals under a title in capitals make it a
// resolution document titled by them, and its resolved clause ends where the motion and its
// tally are recorded.
TEST(ResolutionLayouts, RollCallSheetIsAResolutionDocument) {
  std::string sheet(kRollCallSheet);
  sheet.replace(0, sheet.find('\n'), "Roll Call Number              Agenda Item Number");
  const std::string visitors = "WHEREAS, staff parking in the lot leaves no room for visitors;";
  sheet.replace(sheet.find(visitors), visitors.size(),
                "WHEREAS, visitors for items on the consent agenda find no room in the lot;");
  Extracted out = extract(sheet);
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].kind, DocumentKind::resolution);
  EXPECT_EQ(out.documents[0].title, "AMENDING THE PARKING RULES FOR THE CITY HALL LOT");
  ASSERT_EQ(out.resolutions.size(), 1u);
  ASSERT_TRUE(out.resolutions[0].resolved);
  EXPECT_EQ(out.resolutions[0].resolved->find("Moved by"), std::string::npos)
      << *out.resolutions[0].resolved;
  EXPECT_EQ(out.resolutions[0].resolved->find("COUNCIL ACTION"), std::string::npos);
  EXPECT_NE(out.resolutions[0].resolved->find("parking rules attached are adopted"),
            std::string::npos);
}

// An agreement opens with recitals too, and ends them in "the parties agree": it is no
// resolution, whatever else it says is "resolved".
TEST(ResolutionLayouts, AnAgreementsRecitalsMakeNoResolution) {
  Extracted out = extract(R"(AGREEMENT FOR SHARED CUSTODIAL SERVICES

WHEREAS, the City and the District each keep a building on the civic campus; and

WHEREAS, one custodial crew can serve both buildings at less cost;

NOW, THEREFORE, the parties agree as follows:

1. The District's crew cleans both buildings on weekdays.

2. Disputes under this agreement will be resolved by mediation first.
)");
  for (const DocumentSpan& document : out.documents)
    EXPECT_NE(document.kind, DocumentKind::resolution);
  EXPECT_TRUE(out.resolutions.empty());
}

// A draft cites what the council passed before; the cited resolution becomes a record of
// its own, the cited ordinance does not.
constexpr std::string_view kDraftCiting = R"(RESOLUTION NO.

A RESOLUTION OF THE COUNCIL OF THE CITY OF WESTBROOK VACATING A PORTION OF ELM ALLEY

WHEREAS, on May 4, 2021, the City Council passed Resolution No. 80112, approving a site
development permit for the lot beside the alley; and

WHEREAS, Ordinance No. 2291 sets the procedure for vacating streets;

NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF WESTBROOK THAT:

SECTION 1. The portion of Elm Alley shown in Exhibit A is vacated.

ADOPTED this ______ day of ____________, 2021, by the following vote:

AYES:

NOES:
)";

TEST(ResolutionLayouts, CitedResolutionsBecomeReferencedRecords) {
  CleanText text = testing::clean_from_markup(kDraftCiting);
  Extracted out = extract(text);
  ASSERT_EQ(out.resolutions.size(), 1u);
  EXPECT_EQ(out.resolutions[0].status, ResolutionStatus::draft);
  EXPECT_FALSE(out.resolutions[0].number);
  EXPECT_EQ(out.resolutions[0].references, (Names{"80112", "2291"}));
  std::vector<Resolution> referenced = referenced_resolutions(text, out.documents, out.resolutions);
  ASSERT_EQ(referenced.size(), 1u);
  EXPECT_EQ(referenced[0].id, "res-2");
  EXPECT_EQ(referenced[0].number, "80112");
  EXPECT_EQ(referenced[0].status, ResolutionStatus::referenced);
  EXPECT_EQ(referenced[0].document, "");
  EXPECT_EQ(referenced[0].pages.first, 1);
}

TEST(ResolutionLayouts, APrintedResolutionIsNotAlsoReferenced) {
  CleanText text = testing::clean_from_markup(std::string(kBoardResolutions) +
                                              "<<page>>\nStaff report: see Resolution No. 21-08 "
                                              "and Resolution No. 19-30.\n");
  Extracted out = extract(text);
  std::vector<Resolution> referenced = referenced_resolutions(text, out.documents, out.resolutions);
  ASSERT_EQ(referenced.size(), 1u);
  EXPECT_EQ(referenced[0].number, "19-30");
  EXPECT_EQ(referenced[0].pages.first, 2);
}

// An ordinance is a document of its own kind and gives no resolution record.
constexpr std::string_view kOrdinance = R"(ORDINANCE NO. 1187

AN ORDINANCE OF THE CITY OF LAKE ARBOR AMENDING CHAPTER 9 OF THE MUNICIPAL CODE ON NOISE

WHEREAS, the City Council set quiet hours by Resolution No. 2015-22; and

WHEREAS, residents have asked for quiet hours on weekends as well;

NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF LAKE ARBOR DOES ORDAIN AS FOLLOWS:

Section 1. Section 9.04.020 is amended to set quiet hours from 10 p.m. to 7 a.m. every day.

Section 2. This ordinance takes effect thirty days after its adoption.

PASSED, APPROVED AND ADOPTED this 2nd day of August, 2022.
)";

TEST(ResolutionLayouts, AnOrdinanceIsADocumentNotAResolution) {
  CleanText text = testing::clean_from_markup(kOrdinance);
  Extracted out = extract(text);
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].kind, DocumentKind::ordinance);
  EXPECT_TRUE(out.resolutions.empty());
  std::vector<Resolution> referenced = referenced_resolutions(text, out.documents, out.resolutions);
  ASSERT_EQ(referenced.size(), 1u);
  EXPECT_EQ(referenced[0].number, "2015-22");
}

}  // namespace
}  // namespace agendum
