#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/text/clean.h"
#include "pipeline/text/hyphenation.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<std::string> texts(const CleanText& clean) {
  std::vector<std::string> out;
  for (const Line& line : clean.lines) out.push_back(line.text);
  return out;
}

// The cleaned lines of a markup fixture without the system word list (only the document's
// own vocabulary joins), then joined again against the given word list.
std::vector<Line> lines_without_word_list(std::string_view markup) {
  std::vector<Diagnostic> diagnostics;
  return clean_pages(testing::pages_from_markup(markup), CleanOptions{.system_word_list = false},
                     diagnostics)
      .lines;
}

std::vector<std::string> joined(std::string_view markup, const WordSet* dictionary) {
  std::vector<Line> lines = lines_without_word_list(markup);
  join_line_end_hyphens(lines, dictionary);
  std::vector<std::string> out;
  for (const Line& line : lines) out.push_back(line.text);
  return out;
}

TEST(Hyphenation, JoinsAWordTheDocumentUsesElsewhere) {
  // No word list: the packet's own "council" decides.
  const WordSet none;
  const std::vector<std::string> lines = joined(
      "the city coun-\ncil adopted the budget.\nThe council met again in June.", &none);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "the city council");
  EXPECT_EQ(lines[1], "adopted the budget.");
}

TEST(Hyphenation, JoinsAWordFromTheWordList) {
  const WordSet words = {"classification", "employees"};
  const std::vector<std::string> lines =
      joined("the new classi-\nfication, approved by all employ-\nees.", &words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "the new classification,");
  EXPECT_EQ(lines[1], "approved by all employees.");
}

TEST(Hyphenation, LeavesUnknownSplitsAlone) {
  const WordSet none;
  const std::vector<std::string> lines = joined("the city coun-\ncil adopted the budget.", &none);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "the city coun-");
  EXPECT_EQ(lines[1], "cil adopted the budget.");
}

TEST(Hyphenation, NamesKeepTheirHyphen) {
  const WordSet none;
  const std::vector<std::string> lines =
      joined("in accordance with the Meyers-Milias-\nBrown Act, the City met and conferred.", &none);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "in accordance with the Meyers-Milias-Brown");
  EXPECT_EQ(lines[1], "Act, the City met and conferred.");
}

TEST(Hyphenation, CompoundsOfTwoWordsKeepTheirHyphen) {
  const WordSet words = {"full", "time"};
  const std::vector<std::string> lines = joined("one full-\ntime position", &words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "one full-time");
  EXPECT_EQ(lines[1], "position");
}

TEST(Hyphenation, DashAfterASpaceIsNotHyphenation) {
  const WordSet words = {"secretaryrecording", "recording"};
  const std::vector<std::string> lines =
      joined("Division Secretary -\nrecording the minutes", &words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Division Secretary -");
  EXPECT_EQ(lines[1], "recording the minutes");
}

TEST(Hyphenation, ContinuationThatEmptiesALineRemovesIt) {
  const WordSet words = {"commission"};
  const std::vector<std::string> lines = joined("the Civil Service Com-\nmission\nApproved", &words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "the Civil Service Commission");
  EXPECT_EQ(lines[1], "Approved");
}

TEST(Hyphenation, JoinsAcrossAPageBreak) {
  const WordSet words = {"recommendation"};
  std::vector<Line> lines = lines_without_word_list("the staff recom-\n<<page>>\nmendation is to approve.");
  ASSERT_EQ(lines.size(), 2u);
  join_line_end_hyphens(lines, &words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "the staff recommendation");
  EXPECT_EQ(lines[0].page, 1);
  EXPECT_EQ(lines[1].text, "is to approve.");
  EXPECT_EQ(lines[1].page, 2);
}

// A soft hyphen ending a line marks a break the typesetter made; it vanishes in normalisation
// but still joins the halves. A Unicode hyphen (U+2010) counts like '-'.
TEST(Hyphenation, SoftAndUnicodeHyphensAtLineEnd) {
  std::vector<PageText> pages = testing::pages_from_markup(
      "the Personnel Board reviewed the classifi\n"
      "cation plan and the compen\xE2\x80\x90\n"
      "sation survey; classification and compensation go together.");
  pages[0].lines[0].words.back().text += "\xC2\xAD";
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, CleanOptions{.system_word_list = false}, diagnostics);
  ASSERT_EQ(clean.lines.size(), 3u);
  EXPECT_EQ(clean.lines[0].text, "the Personnel Board reviewed the classification");
  EXPECT_EQ(clean.lines[1].text, "plan and the compensation");
  EXPECT_EQ(clean.lines[2].text, "survey; classification and compensation go together.");
}

TEST(Hyphenation, SystemWordListWhenInstalled) {
  const std::optional<WordSet> words = system_words_among({"council", "Council", "councilx", "fication"});
  if (!words) GTEST_SKIP() << "/usr/share/dict/words is not installed";
  // Only wanted words come back, matched case-insensitively (the list has "Council" too).
  EXPECT_EQ(*words, (WordSet{"council"}));
  CleanText clean = testing::clean_from_markup(
      "the reclassi-\nfication of the position was approved by the coun-\ncil.");
  EXPECT_EQ(texts(clean),
            (std::vector<std::string>{"the reclassification", "of the position was approved by the council."}));
}

}  // namespace
}  // namespace agendum
