// Resolutions adopted by a roll-call vote recorded in minutes (Diamond Bar, seed 003).
#include <gtest/gtest.h>

#include "extractors/resolution.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

using Names = std::vector<std::string>;

constexpr std::string_view kMinutes = R"(CITY OF DIAMOND BAR
MINUTES OF THE CITY COUNCIL
REGULAR MEETING MAY 19, 2020
CALL TO ORDER: Mayor Tye called the Regular City Council meeting to order at 6:45 p.m.
3. CONSENT CALENDAR: MPT/Lyons moved, C/Mahlke seconded, to approve the Consent Calendar as presented.
Motion carried by the following Roll Call vote:
AYES: COUNCIL MEMBERS: Chou, Low, Mahlke, MPT/Lyons, M/Tye
NOES: COUNCIL MEMBERS: None
ABSENT: COUNCIL MEMBERS: None
<<page>>
With no one present indicating they wished to speak on this item, M/Tye closed the Public Hearing at 7:13 p.m.
C/Malke moved, C/Low seconded, to adopt Resolution No. 2020-13, approving the cost report and establishing
a Special Assessment and lien in the amount of $7,473.80 on the property located at 21128 Sunwood Drive.
Motion carried by the following Roll Call vote: AYES: COUNCIL MEMBERS: Chou, Low,
Mahlke, MPT/Lyons, M/Tye NOES: COUNCIL MEMBERS: None ABSENT: COUNCIL MEMBERS: None
5. COUNCIL CONSIDERATION: NONE
C/Low moved to adopt Resolution No. 2020-16. Motion failed by the following vote: AYES: COUNCIL MEMBERS: Low
NOES: COUNCIL MEMBERS: Chou, Mahlke, MPT/Lyons, M/Tye
)";

DocumentSpan whole(const CleanText& text, DocumentKind kind, std::string id) {
  return testing::whole_document(text, kind, std::move(id));
}

TEST(MinutesVotes, MotionToAdoptGivesAnAdoptedResolution) {
  CleanText text = testing::clean_from_markup(kMinutes);
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::minutes, "doc-4")}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);  // the failed motion adopts nothing
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.id, "res-1");
  EXPECT_EQ(resolution.number, "2020-13");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.adopted_date, "2020-05-19");
  EXPECT_EQ(resolution.body, "City Council");
  EXPECT_EQ(resolution.jurisdiction, "City of Diamond Bar");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes, (Names{"Chou", "Low", "Mahlke", "Lyons", "Tye"}));
  EXPECT_EQ(resolution.vote->noes, Names{});
  EXPECT_EQ(resolution.vote->absent, Names{});
  EXPECT_EQ(resolution.document, "doc-4");
  EXPECT_EQ(resolution.pages.first, 2);
  EXPECT_EQ(resolution.pages.last, 2);
}

TEST(MinutesVotes, MergedIntoThePrintedResolution) {
  std::string packet = std::string(kMinutes) + R"(<<page>>
RESOLUTION NO. 2020-13
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF DIAMOND BAR APPROVING A COST REPORT
WHEREAS, a public nuisance was abated at 21128 Sunwood Drive.
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Diamond Bar as follows:
Section 1. The cost report is approved.
PASSED, APPROVED AND ADOPTED this 19th day of May, 2020.
AYES: COUNCIL MEMBERS:
NOES: COUNCIL MEMBERS:
)";
  CleanText text = testing::clean_from_markup(packet);
  size_t split = 0;
  while (text.lines[split].page < 3) ++split;
  DocumentSpan minutes = whole(text, DocumentKind::minutes, "doc-1");
  minutes.lines.last = split;
  DocumentSpan resolution_document = whole(text, DocumentKind::resolution, "doc-2");
  resolution_document.lines.first = split;
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {minutes, resolution_document}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  const Resolution& resolution = resolutions[0];
  EXPECT_EQ(resolution.document, "doc-2");
  EXPECT_EQ(resolution.status, ResolutionStatus::adopted);
  EXPECT_EQ(resolution.adopted_date, "2020-05-19");
  ASSERT_TRUE(resolution.vote);
  EXPECT_EQ(resolution.vote->ayes.size(), 5u);
  EXPECT_EQ(resolution.sections.size(), 1u);
  EXPECT_EQ(resolution.pages.first, 3);
}

TEST(MinutesVotes, TallyWithoutRollCall) {
  CleanText text = testing::clean_from_markup(R"(MINUTES OF THE CIVIL SERVICE COMMISSION
Regular Meeting of April 10, 2023
Commissioner Hamada moved to adopt Resolution No. 23-04 approving the eligible list.
The motion carried 4-1.
Commissioner Lee moved to adopt Resolution No. 23-05. Motion carried unanimously.
Commissioner Lee moved to adopt Resolution No. 2023-__. The motion carried 5-0.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions =
      extract_resolutions(text, {whole(text, DocumentKind::minutes, "doc-1")}, {}, diagnostics);
  // The unassigned "2023-__" adopts nothing.
  ASSERT_EQ(resolutions.size(), 2u);
  EXPECT_EQ(resolutions[0].number, "23-04");
  EXPECT_EQ(resolutions[0].body, "Civil Service Commission");
  EXPECT_EQ(resolutions[0].adopted_date, "2023-04-10");
  ASSERT_TRUE(resolutions[0].vote);
  EXPECT_EQ(resolutions[0].vote->ayes_count, 4);
  EXPECT_EQ(resolutions[0].vote->noes_count, 1);
  EXPECT_TRUE(resolutions[0].vote->ayes.empty());
  // "Motion carried unanimously": adopted on that date, but neither names nor counts to record.
  EXPECT_EQ(resolutions[1].number, "23-05");
  EXPECT_EQ(resolutions[1].status, ResolutionStatus::adopted);
  EXPECT_EQ(resolutions[1].adopted_date, "2023-04-10");
  EXPECT_FALSE(resolutions[1].vote.has_value());
}

TEST(MinutesVotes, ARecitalCitingAnAdoptionIsNotAMotion) {
  CleanText text = testing::clean_from_markup(
      "3.5 Packet Pg. 67 RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF "
      "DIAMOND BAR "
      "AMENDING THE PERSONNEL RULES. WHEREAS, the City Council of the City of Diamond Bar adopted "
      "Resolution No. "
      "2016-06 on March 1, 2020, approving Personnel Rules and Regulations; and WHEREAS, the "
      "motion carried "
      "unanimously. NOW, THEREFORE, BE IT RESOLVED by the City Council as follows: Section 1. The "
      "Rules are "
      "adopted. PASSED, APPROVED AND ADOPTED this 2nd day of June, 2020. by the following vote: "
      "AYES: COUNCIL "
      "MEMBERS: Chou, Low, Mahlke NOES: COUNCIL MEMBERS: None\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<Resolution> resolutions = extract_resolutions(
      text, {whole(text, DocumentKind::staff_report, "doc-3")}, {}, diagnostics);
  ASSERT_EQ(resolutions.size(), 1u);
  EXPECT_EQ(resolutions[0].number, "2020-14");
  EXPECT_EQ(resolutions[0].status, ResolutionStatus::adopted);
  EXPECT_EQ(resolutions[0].references, Names{"2016-06"});
}

}  // namespace
}  // namespace agendum
