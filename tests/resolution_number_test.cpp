// Resolution headings and citations as printed, typed and OCR'd.
#include "extractors/resolution_number.h"

#include <gtest/gtest.h>

#include "extractors/resolution.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

std::optional<std::string> heading_number(std::string_view text) {
  std::vector<ResolutionHeading> headings = find_resolution_headings(text);
  if (headings.empty()) return "no heading";
  return headings.front().number;
}

TEST(ResolutionHeading, PrintedForms) {
  EXPECT_EQ(heading_number("RESOLUTION NO. 19-110"), "19-110");
  EXPECT_EQ(
      heading_number("3.5 Packet Pg. 67 RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL"),
      "2020-14");
  EXPECT_EQ(heading_number("RESOLUTION NO. 10-C96"), "10-C96");
  EXPECT_EQ(heading_number("RESOLUTION NO. 5474"), "5474");
  EXPECT_EQ(heading_number("Resolution No. 22-07"), "22-07");
  EXPECT_EQ(heading_number("NEXT RESOLUTION NO. IA 2022-12"), "IA 2022-12");
  EXPECT_EQ(heading_number("RESOLUTION NO. 2020-14 A RESOLUTION OF"), "2020-14");
}

TEST(ResolutionHeading, OcrDamage) {
  EXPECT_EQ(heading_number("RESOLUHON NO 05 - 08"), "05-08");
  EXPECT_EQ(heading_number("RES0LUTION N0. 2013-41"), "2013-41");
}

TEST(ResolutionHeading, BlankTemplateNumber) {
  std::vector<ResolutionHeading> headings =
      find_resolution_headings("RESOLUTION NO. 2010-____\nA RESOLUTION OF");
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_FALSE(headings[0].number);
  EXPECT_TRUE(headings[0].blank_number);
  EXPECT_TRUE(headings[0].opens_resolution);
}

TEST(ResolutionHeading, OpeningVersusCitation) {
  std::vector<ResolutionHeading> headings = find_resolution_headings(
      "RESOLUTION NO. 19-110\nA RESOLUTION OF THE CITY COUNCIL, AMENDING RESOLUTION NO. "
      "77-111, BY CREATING");
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_TRUE(headings[0].opens_resolution);
  EXPECT_FALSE(headings[1].opens_resolution);
  EXPECT_EQ(headings[1].number, "77-111");
  EXPECT_EQ(heading_number("the resolution no longer applies"), std::nullopt);
  std::vector<ResolutionHeading> agenda_item = find_resolution_headings(
      "RECOMMENDATION: ADOPT RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL");
  ASSERT_EQ(agenda_item.size(), 1u);
  EXPECT_FALSE(agenda_item[0].opens_resolution);
}

TEST(CitedNumbers, ResolutionsAndOrdinancesInOrderOnce) {
  EXPECT_EQ(
      find_cited_numbers(
          "AMENDING THE CLASSIFICATION PLAN, RESOLUTION NO. 77-111, BY ... via Resolution No. "
          "18-069; and ... embodied in Resolution No. 77-111, shall ... Ordinance No. 1234 and "
          "Resolution 2016-06; Resolution 2 of the Board"),
      (Names{"77-111", "18-069", "1234", "2016-06"}));
}

TEST(CitedNumbers, NumberYetToBeGivenIsNoCitation) {
  EXPECT_EQ(find_cited_numbers("Adopt Resolution No. 2022-__, A RESOLUTION OF THE CITY COUNCIL "
                               "... Resolution No. 2021-___ and Resolution No. 2021-59"),
            (Names{"2021-59"}));
  EXPECT_EQ(find_cited_numbers("Resolution No. 2019_ adopted; Ordinance No. 4_ _"), Names{});
}

DocumentSpan whole(const CleanText& text, DocumentKind kind) {
  return testing::whole_document(text, kind);
}

TEST(ExtractResolutions, BlankNumberTemplateIsADraftWithoutNumber) {
  CleanText text = testing::clean_from_markup(R"(RESOLUTION NO. 2010-____
A RESOLUTION OF THE BOARD OF SUPERVISORS OF THE COUNTY OF KERN ADOPTING THE SALARY SCHEDULE
WHEREAS, the Board has reviewed the salary schedule;
NOW, THEREFORE, BE IT RESOLVED by the Board of Supervisors as follows:
SECTION 1- The salary schedule attached is adopted.
SECTION TWO. This resolution takes effect July 1, 2010.
PASSED AND ADOPTED this ___ day of ________, 2010.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  EXPECT_FALSE(resolutions[0].number);
  EXPECT_EQ(resolutions[0].status, ResolutionStatus::draft);
  EXPECT_EQ(resolutions[0].body, "Board of Supervisors");
  EXPECT_EQ(resolutions[0].jurisdiction, "County of Kern");
  ASSERT_EQ(resolutions[0].sections.size(), 2u);
  EXPECT_EQ(resolutions[0].sections[1].number, "2");
  EXPECT_EQ(resolutions[0].sections[1].text, "This resolution takes effect July 1, 2010.");
  EXPECT_FALSE(resolutions[0].adopted_date);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ExtractResolutions, PlaceNamedBeforeItsBody) {
  CleanText text = testing::clean_from_markup(R"(RESOLUTION NO. 23-02
A RESOLUTION OF THE CITY OF TORRANCE CIVIL SERVICE COMMISSION APPROVING THE
ELIGIBLE LIST FOR POLICE SERVICES SUPERVISOR
WHEREAS, the examination was held; and
NOW, THEREFORE, BE IT RESOLVED that the list is approved.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  EXPECT_EQ(resolutions[0].jurisdiction, "City of Torrance");
  EXPECT_EQ(resolutions[0].body, "Civil Service Commission");
}

TEST(ExtractResolutions, OcrScanWithColonSectionsAndAdoptedLine) {
  CleanText text = testing::clean_from_markup(R"(RESOLUHON NO 05 - 08
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ORANGE COVE APPROVING THE
SALARY RANGES FOR CITY POSITIONS
WHEREAS, the City Council has reviewed the salary ranges; and
WHEREAS, the ranges are within the adopted budget.
NOW THEREFORE BE IT RESOLVED that the City Council of the City of Orange Cove hereby resolves:
Section 1: The salary ranges are approved.
Section 2: The City Manager shall implement them.
ADOPTED: August 26, 1985
A YES Councllmembers Lopez, Garcia and Rivera
NOES Councllmembers None
ABSENT Councllmembers Diaz
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.number, "05-08");
  EXPECT_EQ(resolution.jurisdiction, "City of Orange Cove");
  EXPECT_EQ(resolution.adopted_date, "1985-08-26");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  ASSERT_EQ(resolution.sections.size(), 2u);
  EXPECT_EQ(resolution.sections[0].text, "The salary ranges are approved.");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes, (Names{"Lopez", "Garcia", "Rivera"}));
  EXPECT_EQ(resolution.vote->noes, Names{});
  EXPECT_EQ(resolution.vote->absent, Names{"Diaz"});
  EXPECT_EQ(resolution.document, "doc-2");
}

TEST(ExtractResolutions, UnreadableNumberIsDiagnosedWithItsPage) {
  CleanText text = testing::clean_from_markup(R"(Staff report text.
<<page>>
RESOLUTION NO. ~~~~
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON APPROVING THE BUDGET
WHEREAS, the budget is balanced.
NOW, THEREFORE, BE IT RESOLVED that the budget is approved.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::resolution)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  EXPECT_FALSE(resolutions[0].number);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "resolution_number_unreadable");
  EXPECT_EQ(diagnostics[0].page, 2);
  EXPECT_EQ(diagnostics[0].stage, "resolution");
}

TEST(ExtractResolutions, EmbeddedInAStaffReportAndCutAtItsExhibit) {
  CleanText text = testing::clean_from_markup(R"(STAFF REPORT
The staff recommends that the City Council adopt Resolution No. 2020-15.
ATTACHMENTS: Resolution No. 2020-15
RESOLUTION NO. 2020-15
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR ADJUSTING EXISTING ANIMAL LICENSE FEES
WHEREAS, the City desires to retain IVHS as its provider of animal care and control services.
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Diamond Bar as follows:
Section 1. The City Council hereby adopts the animal license fee schedule.
PASSED, APPROVED AND ADOPTED this 2nd day of June, 2020.
EXHIBIT A
Section 1. Unaltered Dog $100
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::staff_report)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  EXPECT_EQ(resolutions[0].number, "2020-15");
  EXPECT_EQ(resolutions[0].sections.size(), 1u);
  EXPECT_EQ(resolutions[0].adopted_date, "2020-06-02");
  EXPECT_EQ(resolutions[0].status, ResolutionStatus::adopted);

  // A mere citation in prose makes no record.
  CleanText prose =
      testing::clean_from_markup("The City Council adopted Resolution No. 77-111 in 1977.\n");
  EXPECT_TRUE(
      extract_resolutions(prose, {whole(prose, DocumentKind::staff_report)}, {}, diagnostics)
          .empty());
}

TEST(ExtractResolutions, UnnumberedRollCallSheet) {
  // A council roll-call sheet as OCR reads it: the number is handwritten, the vote a table
  // of marks; the text, title and date still make a record.
  CleanText text = testing::clean_from_markup(R"(* Roll Call Number Agenda Item Number
oc |- D'T4 io 391
Date May 24, 2021
AMENDING THE PROCEDURAL RULES OF THE DES MOINES CITY COUNCIL
WHEREAS, the Mayor and City Council wish to conduct orderly and efficient meetings and to
arrange its Agenda to promote such orderliness and efficiency; and,
WHEREAS, amending the Procedural Rules of the Des Moines City Council is necessary to
accomplish such objectives.
NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF
DES MOINES, IOWA:
That the PROCEDURAL RULES OF DES MOINES CITY COUNCIL are hereby amended.
COUNCIL ACTION | YEAS | NAYS | PASS | ABSENT CERTIFICATE
COWNIE 4
BOESEN - I, P. Kay Cmelik, City Clerk of said City hereby certify that at a meeting
held on the above date, among other proceedings the above was adopted.
MOTION CARRIED / APPROVED
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::agenda)}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_FALSE(resolution.number);
  EXPECT_EQ(resolution.title, "AMENDING THE PROCEDURAL RULES OF THE DES MOINES CITY COUNCIL");
  EXPECT_EQ(resolution.jurisdiction, "City of Des Moines");
  EXPECT_EQ(resolution.body, "City Council");
  EXPECT_EQ(resolution.recitals.size(), 2u);
  EXPECT_FALSE(resolution.vote);
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.adopted_date, "2021-05-24");
  EXPECT_EQ(resolution.pages.first, 1);
  EXPECT_TRUE(resolution.signatories.empty());  // the clerk's certificate is not signed here
}

}  // namespace
}  // namespace agendum
