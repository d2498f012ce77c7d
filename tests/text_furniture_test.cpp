#include <gtest/gtest.h>

#include <string>

#include "pipeline/text/clean.h"
#include "pipeline/text/layout_furniture.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

bool flow_contains(const CleanText& clean, const std::string& needle) {
  for (const Line& line : clean.lines)
    if (line.text.find(needle) != std::string::npos) return true;
  return false;
}

TEST(FindPacketStamp, StampAtTheEndOfBodyText) {
  const std::string text = "the 30-year schedule for the time being, which would result in a savings "
                           "3.1.a Packet Pg. 8";
  auto stamp = find_packet_stamp(text);
  ASSERT_TRUE(stamp);
  EXPECT_EQ(stamp->label, "3.1.a");
  EXPECT_EQ(stamp->page, 8);
  EXPECT_EQ(text.substr(stamp->begin), "3.1.a Packet Pg. 8");
}

TEST(FindPacketStamp, StampFusedToAnAmount) {
  const std::string text = "TOTAL CHECK 0.00 4,877.503.3.bPacket Pg. 50";
  auto stamp = find_packet_stamp(text);
  ASSERT_TRUE(stamp);
  EXPECT_EQ(stamp->label, "3.3.b");
  EXPECT_EQ(stamp->page, 50);
  EXPECT_EQ(text.substr(0, stamp->begin), "TOTAL CHECK 0.00 4,877.50");
}

TEST(FindPacketStamp, CrossReferencesAreNotStamps) {
  EXPECT_FALSE(find_packet_stamp("Community Organization Support Fund (Packet Pg. 16) was removed."));
  EXPECT_FALSE(find_packet_stamp("MPT/Lyons referred to Packet Pg. 63. Under contract Services"));
}

TEST(FurnitureKey, MasksDigitsAndPunctuation) {
  EXPECT_EQ(furniture_key("Page 3 of 12"), furniture_key("PAGE 4 of 12"));
  EXPECT_EQ(furniture_key("MAY 19, 2020 PAGE 2 CC STUDY SESSION"), "may # # page # cc study session");
}

TEST(Similarity, OneMisreadLetterStillMatches) {
  EXPECT_GT(similarity("city of seal beach classification study", "citv of seal beach classification study"), 0.9);
  EXPECT_LT(similarity("city of seal beach", "agenda report"), 0.5);
  EXPECT_EQ(similarity("", ""), 1.0);
}

TEST(CleanPages, StampsLeaveTheFlowAndFillTheFurniture) {
  CleanText clean = testing::clean_from_markup(
      "staff were not attending events there was no reason for a car allowance. 3.1.a Packet Pg. 10\n"
      "<<page>>\n"
      "VENDOR\tDESCRIPTION\tAMOUNT\n"
      "TOTAL CHECK 0.00 4,877.503.3.bPacket Pg. 50\n"
      "<<page>>\n"
      "Resolution text that cites Packet Pg. 16 stays.\n");
  ASSERT_EQ(clean.furniture.size(), 3u);
  EXPECT_EQ(clean.furniture[0].stamp_label, "3.1.a");
  EXPECT_EQ(clean.furniture[0].stamp_page, 10);
  EXPECT_EQ(clean.furniture[1].stamp_label, "3.3.b");
  EXPECT_EQ(clean.furniture[1].stamp_page, 50);
  EXPECT_FALSE(clean.furniture[2].stamp_page);
  EXPECT_TRUE(flow_contains(clean, "no reason for a car allowance."));
  EXPECT_TRUE(flow_contains(clean, "TOTAL CHECK 0.00 4,877.50"));
  EXPECT_FALSE(flow_contains(clean, "Packet Pg. 50"));
  EXPECT_FALSE(flow_contains(clean, "3.3.b"));
  EXPECT_TRUE(flow_contains(clean, "cites Packet Pg. 16 stays."));
  // The fused word keeps the amount, and its box shrinks to it.
  const Line& total = clean.lines[2];
  ASSERT_EQ(total.text, "TOTAL CHECK 0.00 4,877.50");
  EXPECT_EQ(total.words.back().text, "4,877.50");
  EXPECT_LT(total.words.back().box.width(), 6.0 * 20);
}

// Text flattened by a web viewer runs several packet pages into one line: every stamp goes,
// the first names the page, and a page reference inside the text stays.
TEST(CleanPages, FlattenedLineWithManyStamps) {
  CleanText clean = testing::clean_from_markup(
      "the 30-year schedule would result in a savings 3.1.a Packet Pg. 8 MAY 19, 2020 PAGE 3 "
      "CC STUDY SESSION of the budget, see Page 2 of 3 of the report. 3.1.a Packet Pg. 9 MAY 19, "
      "2020 PAGE 4 CC STUDY SESSION TOTAL CHECK 0.00 4,877.503.3.bPacket Pg. 50 SUNGARD");
  ASSERT_EQ(clean.lines.size(), 1u);
  EXPECT_EQ(clean.lines[0].text,
            "the 30-year schedule would result in a savings MAY 19, 2020 PAGE 3 CC STUDY SESSION of "
            "the budget, see Page 2 of 3 of the report. MAY 19, 2020 PAGE 4 CC STUDY SESSION TOTAL "
            "CHECK 0.00 4,877.50 SUNGARD");
  EXPECT_EQ(clean.furniture[0].stamp_label, "3.1.a");
  EXPECT_EQ(clean.furniture[0].stamp_page, 8);
  EXPECT_FALSE(clean.furniture[0].page_label);
}

TEST(CleanPages, StampPrintedUpTheMarginAsTwoLines) {
  CleanText clean = testing::clean_from_markup(
      "RESOLUTION NO. 2020-14\n"
      "A RESOLUTION OF THE CITY COUNCIL\n"
      "3.5.a\n"
      "Packet Pg. 68\n");
  EXPECT_EQ(clean.furniture[0].stamp_label, "3.5.a");
  EXPECT_EQ(clean.furniture[0].stamp_page, 68);
  ASSERT_EQ(clean.lines.size(), 2u);
}

TEST(CleanPages, PageOfPageLabels) {
  CleanText clean = testing::clean_from_markup(
      "The Systems Coordinator performs a variety of technical tasks.\n"
      "Page 1 of 2\n"
      "<<page>>\n"
      "Page 2 of 2\n"
      "Performs other related duties as assigned.\n");
  EXPECT_EQ(clean.furniture[0].page_label, "Page 1 of 2");
  EXPECT_EQ(clean.furniture[1].page_label, "Page 2 of 2");
  ASSERT_EQ(clean.lines.size(), 2u);
  EXPECT_FALSE(flow_contains(clean, "Page"));
}

TEST(CleanPages, PageWordsInBodyTextStay) {
  CleanText clean = testing::clean_from_markup(
      "Intro line one.\nIntro line two.\nIntro line three.\n"
      "As noted on page 3 of 5 in the attached report, the survey covers 35 agencies.\n"
      "Closing line one.\nClosing line two.\nClosing line three.\n");
  EXPECT_TRUE(flow_contains(clean, "page 3 of 5 in the attached report"));
  EXPECT_FALSE(clean.furniture[0].page_label);
}

// Distinct body sentences, one per page, as real pages have.
const char* const kBody[] = {
    "In 2016, the City contracted with a consultant to conduct a classification study.",
    "The study was completed in phases, beginning with an orientation for employees.",
    "Employees completed job analysis questionnaires describing their work.",
    "Supervisors reviewed the questionnaires and added comments where needed.",
    "Interviews were held with each employee in late July and early August.",
    "The draft class descriptions were reviewed by department heads.",
    "Thirty-five comparator agencies were presented to the City Council.",
    "Total compensation data was collected from the selected agencies.",
    "Market medians were calculated for each benchmark classification.",
    "Recommendations were made for salary range placement.",
    "Internal relationships were considered for non-benchmark classes.",
    "Implementation options were costed for the next fiscal year.",
};

// Pushes a line down to the bottom of a markup page, where footers sit.
std::string at_page_bottom(const std::string& line) { return std::string(32, '\n') + line + "\n"; }

// Four pages of a consultant's report: the running header (once misread by OCR) and the
// footer with its page number leave the flow; the body stays.
TEST(CleanPages, RunningHeadersAndFootersWithOcrVariation) {
  std::string markup;
  const char* headers[] = {"City of Seal Beach Classification and Compensation Study",
                           "City of Seal Beach Classification and Compensation Studv",
                           "City of Seal Beach Classification and Compensation Study",
                           "Citv of Seal Beach Classification and Compensation Study"};
  for (int page = 1; page <= 4; ++page) {
    if (page > 1) markup += "<<page>>\n";
    markup += std::string(headers[page - 1]) + "\n\n";
    if (page == 2) markup += "MARKET COMPENSATION FINDINGS\n";
    markup += std::string(kBody[page]) + "\n" + kBody[page + 4] + "\n";
    markup += at_page_bottom("Koff & Associates, Inc.\tPage " + std::to_string(page + 10));
  }
  CleanText clean = testing::clean_from_markup(markup);
  ASSERT_EQ(clean.furniture.size(), 4u);
  for (size_t page = 0; page < 4; ++page) {
    ASSERT_EQ(clean.furniture[page].headers.size(), 1u) << page;
    EXPECT_EQ(clean.furniture[page].headers[0], headers[page]);
    ASSERT_EQ(clean.furniture[page].footers.size(), 1u) << page;
    EXPECT_EQ(clean.furniture[page].footers[0],
              "Koff & Associates, Inc. Page " + std::to_string(page + 11));
    EXPECT_EQ(clean.furniture[page].page_label, "Page " + std::to_string(page + 11));
  }
  EXPECT_FALSE(flow_contains(clean, "Seal Beach Classification"));
  EXPECT_FALSE(flow_contains(clean, "Koff"));
  EXPECT_TRUE(flow_contains(clean, "MARKET COMPENSATION FINDINGS"));
  EXPECT_EQ(clean.lines.size(), 9u);
}

// A header that runs only through one section of the packet (pages 3-5 of 8) still counts;
// a line that tops a single page does not.
TEST(CleanPages, SectionHeaderOnSomePages) {
  std::string markup;
  for (int page = 1; page <= 8; ++page) {
    if (page > 1) markup += "<<page>>\n";
    if (page >= 3 && page <= 5) markup += "Exhibit A - Systems Coordinator\n";
    if (page == 7) markup += "Exhibit B - Salary Schedule\n";
    markup += std::string(kBody[page]) + "\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  EXPECT_FALSE(flow_contains(clean, "Exhibit A - Systems Coordinator"));
  EXPECT_TRUE(flow_contains(clean, "Exhibit B - Salary Schedule"));
  EXPECT_EQ(clean.furniture[2].headers, std::vector<std::string>{"Exhibit A - Systems Coordinator"});
  EXPECT_TRUE(clean.furniture[0].headers.empty());
  EXPECT_TRUE(clean.furniture[6].headers.empty());
  EXPECT_EQ(clean.lines.size(), 9u);
}

// A scanned agenda packet of five pages with two class specs of one bargaining unit: their
// "Bargaining Unit:" line tops pages 2 and 4 at the same place, but it is each spec's header
// field, not a running header. A plain line on the same pages still is one.
TEST(CleanPages, LabelledFieldOnSomePagesOfAShortPacketStays) {
  std::string markup;
  for (int page = 1; page <= 5; ++page) {
    if (page > 1) markup += "<<page>>\n";
    if (page == 2 || page == 4) {
      markup += "Civil Service Commission\n";
      markup += "Bargaining Unit: Torrance Municipal Employees\n";
    }
    markup += std::string(kBody[page]) + "\n" + kBody[page + 5] + "\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  int fields = 0;
  for (const Line& line : clean.lines)
    fields += line.text == "Bargaining Unit: Torrance Municipal Employees";
  EXPECT_EQ(fields, 2);
  EXPECT_FALSE(flow_contains(clean, "Civil Service Commission"));
  EXPECT_EQ(clean.furniture[1].headers, std::vector<std::string>{"Civil Service Commission"});
}

// Titles that open documents scattered through a packet are not running headers.
TEST(CleanPages, ScatteredDocumentTitlesStay) {
  std::string markup;
  for (int page = 1; page <= 12; ++page) {
    if (page > 1) markup += "<<page>>\n";
    if (page % 4 == 1) markup += "CITY COUNCIL AGENDA REPORT\n";
    markup += std::string(kBody[page - 1]) + "\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  int titles = 0;
  for (const Line& line : clean.lines) titles += line.text == "CITY COUNCIL AGENDA REPORT";
  EXPECT_EQ(titles, 3);
}

// A table whose column headings repeat at the top of every page keeps them: they are rows.
TEST(CleanPages, RepeatedTableHeadingsStay) {
  std::string markup;
  for (int page = 1; page <= 4; ++page) {
    if (page > 1) markup += "<<page>>\n";
    markup += "Range\tStep A\tStep B\tStep C\n";
    markup += std::to_string(300 + page) + "\t" + std::to_string(5000 + page * 17) + "\t" +
              std::to_string(5300 + page * 19) + "\t" + std::to_string(5600 + page * 23) + "\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  int headings = 0;
  for (const Line& line : clean.lines) headings += line.text == "Range Step A Step B Step C";
  EXPECT_EQ(headings, 4);
}

// Pay tables that end several pages with the same rows keep them.
TEST(CleanPages, RepeatedPayRowsStay) {
  std::string markup;
  for (int page = 1; page <= 4; ++page) {
    if (page > 1) markup += "<<page>>\n";
    markup += std::string(kBody[page]) + "\n" + kBody[page + 4] + "\n";
    markup += at_page_bottom("Fire Investigator\t$500.00/monthly") + "Truck Operator\t$500.00/monthly\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  int rows = 0;
  for (const Line& line : clean.lines) rows += line.text.ends_with("$500.00/monthly");
  EXPECT_EQ(rows, 8);
}

// A heading that opens some pages and sits in the body of others is content.
TEST(CleanPages, RepeatedBodyHeadingStays) {
  std::string markup;
  for (int page = 1; page <= 6; ++page) {
    if (page > 1) markup += "<<page>>\n";
    // Third line of even pages (where headers sit), deep in the body of odd ones.
    markup += std::to_string(page * 3) + ". " + kBody[page] + "\n";
    markup += std::string(kBody[page + 5]) + "\n";
    if (page % 2 == 1)
      for (int filler = 0; filler < 4; ++filler) markup += std::string(kBody[(page + filler) % 12]) + "\n";
    markup += "Level of Competency Required by Job:\n";
    for (int filler = 0; filler < 5; ++filler) markup += std::string(kBody[(page + filler) % 12]) + "\n";
  }
  CleanText clean = testing::clean_from_markup(markup);
  int kept = 0;
  for (const Line& line : clean.lines) kept += line.text == "Level of Competency Required by Job:";
  EXPECT_EQ(kept, 6);
}

// Bare page numbers leave the flow only as a sequence; a number ending a title does not join
// them even when the next pages start with page numbers.
TEST(CleanPages, BarePageNumbersFollowTheSequence) {
  std::string markup =
      "RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL AMENDING THE RULES EFFECTIVE JUNE 2,\n"
      "2020.\n" + std::string(kBody[0]) + "\n";
  for (int page = 1; page <= 4; ++page)
    markup += "<<page>>\n" + std::to_string(page) + "\n" + kBody[page] + "\n";
  CleanText clean = testing::clean_from_markup(markup);
  EXPECT_TRUE(flow_contains(clean, "2020."));
  EXPECT_TRUE(clean.furniture[0].headers.empty());
  for (size_t page = 1; page <= 4; ++page) {
    EXPECT_EQ(clean.furniture[page].headers, std::vector<std::string>{std::to_string(page)});
    EXPECT_EQ(clean.furniture[page].page_label, std::to_string(page));
  }
  EXPECT_EQ(clean.lines.size(), 7u);
}

// A page stamped twice (a staff report reprinted inside an attachment), printed up the margin.
TEST(CleanPages, TwoStampsInTheMargin) {
  CleanText clean = testing::clean_from_markup(
      "The proposed changes to the Personnel Rules were made with these points in mind.\n"
      "3.3 3.5.c\n"
      "Packet Pg. 156\n"
      "Packet Pg. 47\n");
  ASSERT_EQ(clean.lines.size(), 1u);
  EXPECT_EQ(clean.furniture[0].stamp_page, 156);
  EXPECT_TRUE(clean.furniture[0].stamp_label.has_value());
}

}  // namespace
}  // namespace agendum
