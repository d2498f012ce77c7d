#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/text/clean.h"
#include "pipeline/text/line_structure.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

Line line_of(const std::string& text) {
  CleanText clean = testing::clean_from_markup("Padding so that the list marker is not alone.\n" + text);
  return clean.lines.back();
}

TEST(ListMarkers, BulletsAreStripped) {
  struct Case {
    std::string printed, marker, text;
  } cases[] = {
      {"\xE2\x80\xA2 Prepares and maintains records", "\xE2\x80\xA2", "Prepares and maintains records"},
      {"\xE2\x97\x8FMaintains confidential files", "\xE2\x97\x8F", "Maintains confidential files"},
      {"- Reviews timesheets for accuracy", "-", "Reviews timesheets for accuracy"},
      {"o Prepares agendas and minutes", "o", "Prepares agendas and minutes"},
      {"\xE2\x9E\xA2 Knowledge of modern office practices", "\xE2\x9E\xA2", "Knowledge of modern office practices"},
      {"\xEF\x82\xB7 Operates a personal computer", "\xEF\x82\xB7", "Operates a personal computer"},
      {"\xC2\xA7 Performs related duties", "\xC2\xA7", "Performs related duties"},
  };
  for (const Case& c : cases) {
    Line line = line_of(c.printed);
    EXPECT_EQ(line.list_marker, c.marker) << c.printed;
    EXPECT_EQ(line.text, c.text) << c.printed;
    EXPECT_EQ(line.match, c.text) << c.printed;
    EXPECT_TRUE(line.paragraph_start) << c.printed;
  }
}

TEST(ListMarkers, SimpleEnumeratorsAreStripped) {
  struct Case {
    std::string printed, marker, text;
  } cases[] = {
      {"1. Presentation to Mayor Bradley", "1.", "Presentation to Mayor Bradley"},
      {"2) Remarks by invited representatives", "2)", "Remarks by invited representatives"},
      {"(3) Adopt Resolution No. 2020-14", "(3)", "Adopt Resolution No. 2020-14"},
      {"(a) Review of employee performance", "(a)", "Review of employee performance"},
      {"a. Receive and file the report", "a.", "Receive and file the report"},
      {"iv. Other duties as assigned", "iv.", "Other duties as assigned"},
      {"B. CONSENT CALENDAR", "B.", "CONSENT CALENDAR"},
  };
  for (const Case& c : cases) {
    Line line = line_of(c.printed);
    EXPECT_EQ(line.list_marker, c.marker) << c.printed;
    EXPECT_EQ(line.text, c.text) << c.printed;
  }
}

TEST(ListMarkers, ItemNumbersAndCitationsStay) {
  for (const std::string printed :
       {"3.1 Approval of Minutes", "6A Request to approve the revised class specification",
        "Section 1. The City Council finds", "\xC2\xA7 54953 of the Government Code",
        "2020 was a difficult year", "U.S. Department of Labor", "-5 degrees"}) {
    Line line = line_of(printed);
    EXPECT_EQ(line.list_marker, "") << printed;
    EXPECT_EQ(line.text, printed) << printed;
  }
}

TEST(Headings, BoldCapsOrLargerAndShort) {
  CleanText clean = testing::clean_from_markup(
      "# Systems Coordinator\n"
      "**DEFINITION**\n"
      "Under general direction, performs a variety of technical duties in support of systems.\n"
      "**Knowledge of:**\n"
      "ESSENTIAL FUNCTIONS\n"
      "The incumbent maintains the network.\n"
      "**This paragraph is bold for emphasis and runs on well past a heading's length.**\n"
      "SEE ATTACHED REPORT.\n"
      "AYES: HAMADA, MIDDLETON,\n");
  std::vector<bool> expected = {true, true, false, true, true, false, false, true, false};
  ASSERT_EQ(clean.lines.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(clean.lines[i].heading, expected[i]) << clean.lines[i].text;
  EXPECT_TRUE(clean.lines[0].bold);
  EXPECT_DOUBLE_EQ(clean.lines[0].font_size, 14);
  EXPECT_TRUE(clean.lines[4].all_caps);
}

TEST(Headings, CapitalLinesContinuingATitleAreNotHeadings) {
  CleanText clean = testing::clean_from_markup(
      "RESOLUTION NO. 19-110\n"
      "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA,\n"
      "AMENDING THE CLASSIFICATION PLAN, RESOLUTION NO. 77-111, BY CREATING\n"
      "THE SYSTEMS COORDINATOR POSITION AND ADOPTING THE CLASSIFICATION\n"
      "POSITION\n"
      "\n"
      "WHEREAS, the Director of Human Resources consults with the affected\n"
      "recognized employee organizations; and\n");
  std::vector<bool> expected = {true, false, false, false, false, false, false};
  ASSERT_EQ(clean.lines.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(clean.lines[i].heading, expected[i]) << clean.lines[i].text;
}

TEST(Headings, OcrLinesNeedClearlyLargerText) {
  std::vector<PageText> pages = testing::pages_from_markup(
      "WHEREAS, the Director of Human Resources consults with the affected\n"
      "recognized employee organizations; and\n"
      "Systems Coordinator\n"
      "the City has reviewed the needs and services of the Department\n");
  pages[0].info.method = PageMethod::ocr;
  for (Word& word : pages[0].lines[1].words) word.font_size = 13;  // descenders: taller boxes
  for (Word& word : pages[0].lines[2].words) word.font_size = 16;
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, diagnostics);
  ASSERT_EQ(clean.lines.size(), 4u);
  EXPECT_FALSE(clean.lines[1].heading);
  EXPECT_TRUE(clean.lines[2].heading);
}

TEST(StruckWords, GoToDeletedRuns) {
  CleanText clean = testing::clean_from_markup(
      "Maintains ~~the department's~~ network ~~files~~ and servers.\n"
      "~~Performs related duties as assigned.~~\n");
  ASSERT_EQ(clean.lines.size(), 2u);
  EXPECT_EQ(clean.lines[0].text, "Maintains network and servers.");
  EXPECT_EQ(clean.lines[0].deleted, (std::vector<std::string>{"the department's", "files"}));
  EXPECT_EQ(clean.lines[0].words.size(), 7u);  // struck words stay behind the line
  EXPECT_FALSE(clean.lines[0].struck());
  EXPECT_TRUE(clean.lines[1].struck());
  EXPECT_EQ(clean.lines[1].deleted, (std::vector<std::string>{"Performs related duties as assigned."}));
}

TEST(Paragraphs, GapsIndentsAndPageStarts) {
  CleanText clean = testing::clean_from_markup(
      "WHEREAS, the City Council adopted a classification plan that covers\n"
      "every position in the City service; and\n"
      "\n"
      "WHEREAS, the Personnel Board reviewed the plan on May 5; and\n"
      "the Board recommended its adoption.\n"
      "    NOW, THEREFORE, the City Council resolves as follows\n"
      "and directs staff to implement it.\n"
      "<<page>>\n"
      "Section 2. This resolution takes effect at once.\n");
  std::vector<bool> expected = {true, false, true, false, true, false, true};
  ASSERT_EQ(clean.lines.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(clean.lines[i].paragraph_start, expected[i]) << clean.lines[i].text;
}

TEST(Paragraphs, NewColumnOpensAParagraph) {
  std::vector<PageText> pages = testing::pages_from_markup(
      "The study covers thirty-five comparator agencies\n"
      "selected with the City Council in September.\n"
      "Total compensation data was collected from\n"
      "each of the agencies in the spring.\n");
  for (size_t i = 2; i < 4; ++i) {
    pages[0].lines[i].column = 1;
    for (Word& word : pages[0].lines[i].words) word.box.y0 -= 28, word.box.y1 -= 28;
    pages[0].lines[i].box.y0 -= 28;
    pages[0].lines[i].box.y1 -= 28;
  }
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, diagnostics);
  ASSERT_EQ(clean.lines.size(), 4u);
  EXPECT_EQ(clean.lines[2].column, 1);
  EXPECT_TRUE(clean.lines[2].paragraph_start);
  EXPECT_FALSE(clean.lines[3].paragraph_start);
  EXPECT_FALSE(clean.lines[1].paragraph_start);
}

TEST(OcrLines, ConfidenceIsTheMeanOfWords) {
  std::vector<PageText> pages = testing::pages_from_markup("CITY OF CARSON\nResolution No. 19-110");
  pages[0].info.method = PageMethod::ocr;
  pages[0].lines[1].words[0].confidence = 90;
  pages[0].lines[1].words[1].confidence = 80;
  pages[0].lines[1].words[2].confidence = 70;
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, diagnostics);
  ASSERT_EQ(clean.lines.size(), 2u);
  EXPECT_EQ(clean.lines[1].method, PageMethod::ocr);
  EXPECT_FLOAT_EQ(clean.lines[1].confidence, 80);
  EXPECT_FLOAT_EQ(clean.lines[0].confidence, 100);
}

TEST(Diagnostics, EmptyPageIsReported) {
  std::vector<PageText> pages = testing::pages_from_markup("First page text.\n<<page>>\n<<page>>\nThird page.");
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "empty_page");
  EXPECT_EQ(diagnostics[0].severity, Severity::info);
  EXPECT_EQ(diagnostics[0].page, 2);
  EXPECT_EQ(clean.furniture.size(), 3u);
  EXPECT_EQ(clean.furniture[1].page, 2);
}

TEST(Diagnostics, OrdinaryPagesReportNothing) {
  std::vector<Diagnostic> diagnostics;
  clean_pages(testing::pages_from_markup("One line.\n<<page>>\nAnother line."), diagnostics);
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace agendum
