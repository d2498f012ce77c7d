// extract_resolutions() on resolutions as printed in real packets: Carson 19-110 (seed 001),
// Diamond Bar's draft 2020-15 (seed 003) and a county board's resolution with a title above
// its number and a hand-counted vote.
#include <gtest/gtest.h>

#include "extractors/resolution.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

DocumentSpan document_of(const CleanText& text, DocumentKind kind, size_t first = 0,
                         size_t last = std::string::npos) {
  DocumentSpan document;
  document.id = "doc-1";
  document.kind = kind;
  document.lines = {first, std::min(last, text.lines.size())};
  document.pages = {text.lines[first].page, text.lines[document.lines.last - 1].page};
  return document;
}

// Carson Resolution No. 19-110, wrapped as its PDF prints it, with its exhibit after it.
constexpr std::string_view kCarson = R"(RESOLUTION NO. 19-110

A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, AMENDING THE
CLASSIFICATION PLAN, RESOLUTION NO. 77-111, BY CREATING THE SYSTEMS COORDINATOR
POSITION AND ADOPTING THE CLASSIFICATION SPECIFICATION

WHEREAS, the City Council adopted the Fiscal Year 2018-2019 budget on June 19, 2018, for
the General Fund and Special Fund Revenue Funds of the City via Resolution No. 18-069; and

WHEREAS, Rule III of the City of Carson Personnel Rules provides that modification to the
classification plan, embodied in Resolution No. 77-111, shall be made only after the
Director of Human Resources and Risk Management consults with the affected Directors; and

WHEREAS, the City has further determined that the employee in the position of **DIVISION
SECRETARY - INFORMATION TECHNOLOGY** should be reclassified to the **SYSTEMS COORDINATOR** position.

NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, HEREBY FINDS,
DETERMINES AND RESOLVES AS FOLLOWS:

Section 1. The above recitals are true and correct.

Section 2. The new classification specifications for **SYSTEMS COORDINATOR**, attached
hereto as Exhibit A, assigned to the AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL
<<page>>
EMPLOYEES (AFSCME), Local 809, is hereby adopted.

Section 3. The reclassification below is hereby approved:

Division Secretary	range 335 $4,330 - $5,517 per month	Systems Coordinator	range 341 $5,017 - $6,391 per month

Section 4. The City Clerk shall certify to the adoption of this resolution, and deem it
effective as of May 14, 2019, the same shall be in force and effect.

PASSED, APPROVED and ADOPTED this 14th day of May, 2019.

MAYOR ALBERT ROBLES

ATTEST:

CITY CLERK DONESIA GAUSE

APPROVED AS TO FORM:

CITY ATTORNEY

STATE OF CALIFORNIA)
COUNTY OF LOS ANGELES) ss.
CITY OF CARSON)

I, Donesia Gause, City Clerk of the City of Carson, California, do hereby certify that the
foregoing resolution, being Resolution No. 19-110 was duly and regularly adopted by said City
at a regular meeting duly and regularly held on the 14th day of May 2019, and that the same
was passed and adopted by the following vote:

AYES: COUNCIL MEMBERS:

NOES: COUNCIL MEMBERS:

ABSTAIN: COUNCIL MEMBERS:

ABSENT: COUNCIL MEMBERS:

By: _____
City Clerk
<<page>>
EXHIBIT A
CITY OF CARSON
Section 1. Definition
Performs complex technical work.
)";

class CarsonResolution : public ::testing::Test {
 protected:
  void SetUp() override {
    text = testing::clean_from_markup(kCarson);
    PayRange range;
    range.id = "pay-1";
    range.text = "range 341 $5,017 - $6,391 per month";
    for (size_t i = 0; i < text.lines.size(); ++i)
      if (text.lines[i].text.find("range 341") != std::string::npos) range.lines = {i, i + 1};
    PayRange outside = range;
    outside.id = "pay-2";
    outside.lines = {text.lines.size() - 1, text.lines.size()};
    resolutions = extract_resolutions(text, {document_of(text, DocumentKind::resolution)},
                                      {range, outside}, diagnostics);
    ASSERT_EQ(resolutions.size(), 1u);
  }
  CleanText text;
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions;
};

TEST_F(CarsonResolution, NumberTitleAndEnactingBody) {
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.id, "res-1");
  EXPECT_EQ(resolution.number, "19-110");
  EXPECT_EQ(resolution.jurisdiction, "City of Carson");
  EXPECT_EQ(resolution.body, "City Council");
  EXPECT_EQ(
      resolution.title,
      "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, AMENDING THE "
      "CLASSIFICATION "
      "PLAN, RESOLUTION NO. 77-111, BY CREATING THE SYSTEMS COORDINATOR POSITION AND ADOPTING THE "
      "CLASSIFICATION SPECIFICATION");
  EXPECT_EQ(resolution.document, "doc-1");
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(CarsonResolution, RecitalsWholeAcrossLines) {
  const Resolution& resolution = resolutions[0];
  ASSERT_EQ(resolution.recitals.size(), 3u);
  EXPECT_EQ(resolution.recitals[0],
            "WHEREAS, the City Council adopted the Fiscal Year 2018-2019 budget on June 19, 2018, "
            "for the General "
            "Fund and Special Fund Revenue Funds of the City via Resolution No. 18-069; and");
  EXPECT_EQ(resolution.recitals[2],
            "WHEREAS, the City has further determined that the employee in the position of "
            "DIVISION SECRETARY - "
            "INFORMATION TECHNOLOGY should be reclassified to the SYSTEMS COORDINATOR position.");
  ASSERT_TRUE(resolution.resolved);
  EXPECT_EQ(*resolution.resolved,
            "NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, HEREBY FINDS, "
            "DETERMINES AND "
            "RESOLVES AS FOLLOWS:");
}

TEST_F(CarsonResolution, SectionsAcrossAPageBreakAndNotIntoTheExhibit) {
  const Resolution& resolution = resolutions[0];
  ASSERT_EQ(resolution.sections.size(), 4u);
  EXPECT_EQ(resolution.sections[0].number, "1");
  EXPECT_EQ(resolution.sections[0].text, "The above recitals are true and correct.");
  EXPECT_EQ(resolution.sections[1].text,
            "The new classification specifications for SYSTEMS COORDINATOR, attached hereto as "
            "Exhibit A, "
            "assigned to the AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL EMPLOYEES "
            "(AFSCME), Local 809, is "
            "hereby adopted.");
  EXPECT_EQ(resolution.sections[3].number, "4");
  EXPECT_EQ(resolution.sections[3].text,
            "The City Clerk shall certify to the adoption of this resolution, and deem it "
            "effective as of May 14, "
            "2019, the same shall be in force and effect.");
  EXPECT_EQ(resolution.pages.first, 1);
  EXPECT_EQ(resolution.pages.last, 2);
}

TEST_F(CarsonResolution, BlankVoteTemplateMakesADraftDatedByItsTemplate) {
  const Resolution& resolution = resolutions[0];
  EXPECT_FALSE(resolution.vote);
  EXPECT_EQ(resolution.status, ResolutionStatus::draft);
  EXPECT_EQ(resolution.adopted_date, "2019-05-14");
}

TEST_F(CarsonResolution, SignatoriesReferencesAndPayRanges) {
  const Resolution& resolution = resolutions[0];
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Albert Robles");
  EXPECT_EQ(resolution.signatories[0].role, "Mayor");
  EXPECT_EQ(resolution.signatories[1].name, "Donesia Gause");
  EXPECT_EQ(resolution.signatories[1].role, "City Clerk");
  EXPECT_EQ(resolution.references, (Names{"77-111", "18-069"}));
  ASSERT_EQ(resolution.pay_ranges.size(), 1u);
  EXPECT_EQ(resolution.pay_ranges[0].id, "pay-1");
}

// Diamond Bar's draft 2020-15, as the flattened packet prints it: one line, a page stamp and
// a running header inside, the exhibit right after the clerk's line.
constexpr std::string_view kDiamondBarDraft =
    "5.1 Packet Pg. 162 RESOLUTION NO. 2020-15 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF "
    "DIAMOND BAR "
    "ADJUSTING EXISTING ANIMAL LICENSE FEES EFFECTIVE JULY 1, 2020 WHEREAS, the City of Diamond "
    "Bar (“City”) "
    "contracts with the Inland Valley Humane Society (IVHS) to provide animal care and control "
    "services in the "
    "City; and WHEREAS, in 2016 the City Council adopted Resolution No. 2016-01 establishing "
    "animal licensing "
    "fees and such fees have not been increased since that time ; and WHEREAS, the City desires to "
    "retain IVHS "
    "as its provider of animal care and control services. NOW, THEREFORE, BE IT RESOLVED by the "
    "City Council of "
    "the City of Diamond Bar as follows: Section 1. The City Council hereby adopts the animal "
    "license fee "
    "schedule as set forth in Exhibit A attached hereto. Section 2. The fees set forth in Exhibit "
    "A shall become "
    "effective on July 1, 2020, provided that IVHS provides services thereafter in accordance with "
    "the Animal "
    "Shelter and Animal Control Services Agreement dated June 1, 2016. PASSED, APPROVED AND "
    "ADOPTED this 2nd day "
    "of June, 2020. _____________________________ Steve Tye, Mayor ATTEST: I, Kristina Santana, "
    "City Clerk for "
    "the City of Diamond Bar, hereby certify that the foregoing resolution was duly passed, "
    "approved and adopted "
    "by the City Council of the City of Diamond Bar at a regular meeting held on the 2nd day of "
    "June, 2020, by "
    "the following vote: 5.1.a Packet Pg. 163 Resolution No. 2020-15 2 AYES: COUNCIL MEMBERS: "
    "NOES: COUNCIL "
    "MEMBERS: ABSENT: COUNCIL MEMBERS: ABSTAIN: COUNCIL MEMBERS: ________________________________ "
    "Kristina "
    "Santana, City Clerk Exhibit A: Animal License Fee Schedule Effective July 1, 2020 5.1.a "
    "Packet Pg. 164 "
    "EXHIBIT A FEE SCHEDULE FOR LICENSING DOGS AND CATS Daniel Fox, City Manager\n";

TEST(DiamondBarDraft, FlattenedDraftWithBlankVote) {
  CleanText text = testing::clean_from_markup(kDiamondBarDraft);
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {document_of(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.number, "2020-15");
  EXPECT_EQ(resolution.jurisdiction, "City of Diamond Bar");
  EXPECT_EQ(resolution.body, "City Council");
  EXPECT_EQ(resolution.title,
            "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR ADJUSTING EXISTING ANIMAL "
            "LICENSE FEES "
            "EFFECTIVE JULY 1, 2020");
  EXPECT_EQ(resolution.recitals.size(), 3u);
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_EQ(resolution.sections[1].text.substr(0, 36), "The fees set forth in Exhibit A shal");
  EXPECT_TRUE(resolution.sections[1].text.ends_with("dated June 1, 2016."));
  EXPECT_EQ(resolution.status, ResolutionStatus::draft);
  EXPECT_FALSE(resolution.vote);
  EXPECT_EQ(resolution.adopted_date, "2020-06-02");
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Steve Tye");
  EXPECT_EQ(resolution.signatories[0].role, "Mayor");
  EXPECT_EQ(resolution.signatories[1].name, "Kristina Santana");
  EXPECT_EQ(resolution.signatories[1].role, "City Clerk");
  EXPECT_EQ(resolution.references, Names{"2016-01"});
}

// A board resolution whose title is printed above its number, adopted with a counted vote.
constexpr std::string_view kBoardResolution = R"(COUNTY BOARD OF EDUCATION
SACRAMENTO COUNTY BOARD OF EDUCATION
Resolution Conditionally Approving the Academy
Countywide Charter Petition
Resolution No. 22-07

WHEREAS, on February 25, 2022, the Petitioner submitted a petition for a countywide
charter school to the County Board;

WHEREAS, on April 12, 2022, the County Board held a public hearing;

NOW, THEREFORE, BE IT RESOLVED that the County Board adopts the written
Recommendations and Findings; and

BE IT FURTHER RESOLVED that the County Board conditionally approves the petition,
subject to the following conditions:

1. By May 1, 2023, the school shall provide verification of enrollment.

2. By May 1, 2023, the school shall provide a beginning cash balance.

PASSED AND ADOPTED by the Sacramento County Board of Education at its regular
Board meeting on the 12th day of April 2022 by the following vote:
A-no\o._1. Brown) Do._-.J1s) t-ter 1
AYES	5	t--e:--h;.D'1 rr1--
NOES
ABSENT
ABSTAIN
RECUSAL

Karina Talamantes, Board President	David W. Gordon, Board Secretary
)";

TEST(BoardResolution, TitleAboveNumberResolvedClausesAndCountedVote) {
  CleanText text = testing::clean_from_markup(kBoardResolution);
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {document_of(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.number, "22-07");
  EXPECT_EQ(resolution.title,
            "Resolution Conditionally Approving the Academy Countywide Charter Petition");
  EXPECT_EQ(resolution.jurisdiction, "Sacramento County");
  EXPECT_EQ(resolution.body, "Board of Education");
  EXPECT_EQ(resolution.recitals.size(), 2u);
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_TRUE(resolution.sections[0].text.starts_with(
      "NOW, THEREFORE, BE IT RESOLVED that the County Board"));
  EXPECT_TRUE(resolution.sections[1].text.starts_with("BE IT FURTHER RESOLVED"));
  EXPECT_TRUE(resolution.sections[1].text.ends_with("a beginning cash balance."));
  EXPECT_EQ(resolution.adopted_date, "2022-04-12");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes_count, 5);
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  ASSERT_EQ(resolution.signatories.size(), 2u);
  EXPECT_EQ(resolution.signatories[0].name, "Karina Talamantes");
  EXPECT_EQ(resolution.signatories[0].role, "Board President");
  EXPECT_EQ(resolution.signatories[1].name, "David W. Gordon");
  EXPECT_EQ(resolution.signatories[1].role, "Board Secretary");
}

TEST(NumberedClauses, ResolvedClausesNumberedOneTwoAndNamesAboveRoles) {
  CleanText text = testing::clean_from_markup(R"(RESOLUTION NO. 5474
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF HAWTHORNE, CALIFORNIA, ESTABLISHING
SALARY RANGES
WHEREAS, the City has completed a classification study.
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Hawthorne as follows:
1. That the salary ranges in Exhibit A are established, effective
July 1, 2020.
2. That Resolution No. 5301 is rescinded.
PASSED, APPROVED and ADOPTED this 18`h day of September 2013.
AYES: 4 Council Members: Vargas, Michelin, English, Reyes
NOES: None
ABSENT: 1 Council Member: Valentine
______________________
Alex Vargas
Mayor
ATTEST:
______________________
Norb Huber, City Clerk
APPROVED AS TO FORM:
City Attorney
Russell Miyahira
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {document_of(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.number, "5474");
  EXPECT_EQ(resolution.jurisdiction, "City of Hawthorne");
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_EQ(resolution.sections[0].number, "1");
  EXPECT_EQ(resolution.sections[0].text,
            "That the salary ranges in Exhibit A are established, effective July 1, 2020.");
  EXPECT_EQ(resolution.sections[1].text, "That Resolution No. 5301 is rescinded.");
  EXPECT_EQ(resolution.adopted_date, "2013-09-18");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes_count, 4);
  EXPECT_EQ(resolution.vote->ayes, (Names{"Vargas", "Michelin", "English", "Reyes"}));
  EXPECT_EQ(resolution.vote->absent, Names{"Valentine"});
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.references, Names{"5301"});
  ASSERT_EQ(resolution.signatories.size(), 3u);
  EXPECT_EQ(resolution.signatories[0].name, "Alex Vargas");
  EXPECT_EQ(resolution.signatories[0].role, "Mayor");
  EXPECT_EQ(resolution.signatories[1].name, "Norb Huber");
  EXPECT_EQ(resolution.signatories[1].role, "City Clerk");
  EXPECT_EQ(resolution.signatories[2].name, "Russell Miyahira");
  EXPECT_EQ(resolution.signatories[2].role, "City Attorney");
}

}  // namespace
}  // namespace agendum
