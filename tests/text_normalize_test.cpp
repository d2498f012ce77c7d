#include <gtest/gtest.h>

#include "pipeline/core/text_ops.h"
#include "pipeline/text/clean.h"
#include "pipeline/text/normalize.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

TEST(NormalizePrinted, SplitsLigatures) {
  EXPECT_EQ(normalize_printed("quali\xEF\xAC\x81"
                              "cations"),
            "qualifications");
  EXPECT_EQ(normalize_printed("o\xEF\xAC\x83"
                              "ce sta\xEF\xAC\x80"),
            "office staff");
  EXPECT_EQ(normalize_printed("\xEF\xAC\x82ow \xEF\xAC\x84uent"), "flow ffluent");
}

TEST(NormalizePrinted, RemovesSoftHyphensAndZeroWidthCharacters) {
  EXPECT_EQ(normalize_printed("classi\xC2\xAD"
                              "fication"),
            "classification");
  EXPECT_EQ(normalize_printed("Com\xE2\x80\x8Bmission\xE2\x80\x8D"), "Commission");
  EXPECT_EQ(normalize_printed("\xEF\xBB\xBFRESOLUTION"), "RESOLUTION");
}

TEST(NormalizePrinted, TurnsUnicodeSpacesIntoSpaces) {
  EXPECT_EQ(normalize_printed("Packet\xC2\xA0Pg.\xE2\x80\x89"
                              "68"),
            "Packet Pg. 68");
  EXPECT_EQ(normalize_printed("Range\xE2\x80\xAF"
                              "341"),
            "Range 341");
}

TEST(NormalizePrinted, DropsMalformedBytes) {
  EXPECT_EQ(normalize_printed("Resolution\xFF No.\xC3"), "Resolution No.");
  EXPECT_EQ(matching_form("AYES:\xFE 4"), "AYES: 4");
}

TEST(NormalizePrinted, ComposesToNfc) {
  // "Señor" with a combining tilde becomes the precomposed letter.
  EXPECT_EQ(normalize_printed("Sen\xCC\x83or"), "Se\xC3\xB1or");
}

TEST(NormalizePrinted, KeepsPrintedQuotesAndDashes) {
  const std::string printed = "\xE2\x80\x9CRainy day\xE2\x80\x9D fund \xE2\x80\x93 FY 2020";
  EXPECT_EQ(normalize_printed(printed), printed);
}

TEST(MatchingForm, AsciiDashesQuotesAndSingleSpaces) {
  EXPECT_EQ(matching_form("Fund 011 \xE2\x80\x93 Community  Organization"),
            "Fund 011 - Community Organization");
  EXPECT_EQ(matching_form("City\xE2\x80\x99s \xE2\x80\x9Crainy day\xE2\x80\x9D fund"),
            "City's \"rainy day\" fund");
  EXPECT_EQ(matching_form("2019\xE2\x80\x94"
                          "2020 \xE2\x88\x92"
                          "5 \xE2\x80\x91 `x\xC2\xB4"),
            "2019-2020 -5 - 'x'");
  EXPECT_EQ(matching_form("  AYES:\t Hamada "), "AYES: Hamada");
}

TEST(IsAllCaps, NeedsLettersAndNoLowerCase) {
  EXPECT_TRUE(is_all_caps("CITY COUNCIL AGENDA REPORT"));
  EXPECT_TRUE(is_all_caps("RESOLUTION NO. 19-110"));
  EXPECT_TRUE(
      is_all_caps("\xC3\x91"
                  "O"));
  EXPECT_FALSE(is_all_caps("City Council"));
  EXPECT_FALSE(is_all_caps("2020-14"));
}

TEST(TrimPunctuation, TakesPunctuationSymbolsAndSpacesOffBothEnds) {
  EXPECT_EQ(trim_punctuation_view("\xE2\x80\x98"
                                  "Custodian \xE2\x80\x93 "),
            "Custodian");
  EXPECT_EQ(trim_punctuation_view(" $12.50* "), "12.50");
  EXPECT_EQ(trim_punctuation_view("(Ré)sumé"), "Ré)sumé");
  EXPECT_EQ(trim_punctuation_view("-- \xC2\xA7 ::"), "");
  EXPECT_EQ(trim_punctuation_view(""), "");
  EXPECT_EQ(trim_punctuation_view("\xFF-"), "\xFF");  // a malformed byte is not punctuation
}

TEST(UnicodeLetters, AllLettersAndTwoInARow) {
  EXPECT_TRUE(all_letters("Satary"));
  EXPECT_TRUE(all_letters("Écoleπ"));
  EXPECT_TRUE(all_letters(""));
  EXPECT_FALSE(all_letters("Pay Range"));
  EXPECT_FALSE(all_letters("Grade1"));
  EXPECT_TRUE(has_two_letters_in_a_row("1 Il"));
  EXPECT_TRUE(has_two_letters_in_a_row("ré"));
  EXPECT_FALSE(has_two_letters_in_a_row("A 1 B"));
  EXPECT_FALSE(has_two_letters_in_a_row("i"));
}

TEST(CleanPages, LineKeepsPrintedTextAndMatchHasTheSameWords) {
  CleanText clean = testing::clean_from_markup(
      "use about $850,000 from the \xE2\x80\x9Crainy day\xE2\x80\x9D fund \xE2\x80\x93 "
      "o\xEF\xAC\x83"
      "ce");
  ASSERT_EQ(clean.lines.size(), 1u);
  EXPECT_EQ(
      clean.lines[0].text,
      "use about $850,000 from the \xE2\x80\x9Crainy day\xE2\x80\x9D fund \xE2\x80\x93 office");
  EXPECT_EQ(clean.lines[0].match, "use about $850,000 from the \"rainy day\" fund - office");
}

TEST(CleanPages, WordsThatPrintNothingAreDropped) {
  std::vector<PageText> pages = testing::pages_from_markup("Classification Study");
  Word invisible = pages[0].lines[0].words[0];
  invisible.text = "\xE2\x80\x8B";
  pages[0].lines[0].words.insert(pages[0].lines[0].words.begin() + 1, invisible);
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(pages, diagnostics);
  ASSERT_EQ(clean.lines.size(), 1u);
  EXPECT_EQ(clean.lines[0].text, "Classification Study");
  EXPECT_EQ(clean.lines[0].words.size(), 2u);
}

}  // namespace
}  // namespace agendum
