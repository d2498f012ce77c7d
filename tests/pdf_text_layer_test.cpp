// The text layer of born-digital pages: words with boxes and fonts, lines in reading order
// column by column, strike-through and underline strokes, table rulings; and the triage
// that decides whether a text layer can be trusted.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/pdf/reading_order.h"
#include "pipeline/pdf/read_pdf.h"
#include "pipeline/pdf/strokes.h"
#include "pipeline/pdf/text_layer.h"
#include "pipeline/pdf/triage.h"

namespace agendum {
namespace {

std::string fixture(const std::string& name) { return std::string(AGENDUM_SOURCE_DIR) + "/tests/fixtures/pdf/" + name; }

ReadResult read_fixture(const std::string& name, OcrMode mode) {
  ReadOptions options;
  options.ocr = mode;
  options.jobs = 1;
  Result<ReadResult> result = read_pdf(fixture(name), options);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? std::move(result).value() : ReadResult{};
}

std::string line_text(const TextLine& line) {
  std::string text;
  for (const Word& word : line.words) text += (text.empty() ? "" : " ") + word.text;
  return text;
}

const Word* find_word(const PageText& page, const std::string& text) {
  for (const TextLine& line : page.lines) {
    for (const Word& word : line.words) {
      if (word.text == text) return &word;
    }
  }
  return nullptr;
}

int line_index(const PageText& page, const std::string& text) {
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (line_text(page.lines[i]) == text) return static_cast<int>(i);
  }
  return -1;
}

std::vector<Word> words_of(const std::vector<std::string>& texts) {
  std::vector<Word> words;
  for (const std::string& text : texts) {
    Word word;
    word.text = text;
    words.push_back(word);
  }
  return words;
}

TEST(PdfTextLayer, WordsHaveTopLeftBoxesAndFonts) {
  ReadResult read = read_fixture("born_digital.pdf", OcrMode::automatic);
  ASSERT_EQ(read.pages.size(), 2u);
  const PageText& page = read.pages[0];
  EXPECT_DOUBLE_EQ(page.width, 612);
  EXPECT_DOUBLE_EQ(page.height, 792);
  EXPECT_EQ(page.info.method, PageMethod::text);
  EXPECT_GE(page.info.quality, 0.9);
  EXPECT_FALSE(page.info.ocr_confidence.has_value());

  // The heading's baseline is one inch below the top edge, in 16 pt Helvetica-Bold.
  const Word* heading = find_word(page, "PERSONNEL");
  ASSERT_NE(heading, nullptr);
  EXPECT_TRUE(heading->bold);
  EXPECT_FALSE(heading->italic);
  EXPECT_NEAR(heading->font_size, 16, 0.5);
  EXPECT_NEAR(heading->box.x0, 54, 1);
  EXPECT_GT(heading->box.y0, 50);
  EXPECT_LT(heading->box.y0, 72);
  EXPECT_GT(heading->box.y1, 70);
  EXPECT_LT(heading->box.y1, 80);

  const Word* body = find_word(page, "Maintenance");
  ASSERT_NE(body, nullptr);
  EXPECT_FALSE(body->bold);
  EXPECT_NEAR(body->font_size, 10, 0.5);
  const Word* prepared = find_word(page, "Prepared");
  ASSERT_NE(prepared, nullptr);
  EXPECT_TRUE(prepared->italic);
  EXPECT_EQ(page.info.chars, 453);
}

TEST(PdfTextLayer, TwoColumnsAreReadColumnByColumn) {
  ReadResult read = read_fixture("born_digital.pdf", OcrMode::never);
  const PageText& page = read.pages[0];
  int heading = line_index(page, "PERSONNEL BOARD STAFF REPORT");
  int left_first = line_index(page, "The Personnel Board met in regular session");
  int left_last = line_index(page, "Director for the coming fiscal year.");
  int right_first = line_index(page, "Staff recommends that the Board approve");
  int right_last = line_index(page, "No fiscal impact beyond the budget.");
  ASSERT_GE(heading, 0);
  ASSERT_GE(left_first, 0);
  ASSERT_GE(right_first, 0);
  EXPECT_LT(heading, left_first);
  EXPECT_LT(left_first, left_last);
  EXPECT_LT(left_last, right_first);
  EXPECT_LT(right_first, right_last);
  EXPECT_EQ(page.lines[heading].column, 0);
  EXPECT_EQ(page.lines[left_first].column, 0);
  EXPECT_EQ(page.lines[right_first].column, 1);
  EXPECT_EQ(page.lines[right_last].column, 1);
}

TEST(PdfTextLayer, StruckAndUnderlinedWordsAreMarked) {
  ReadResult read = read_fixture("born_digital.pdf", OcrMode::automatic);
  const PageText& page = read.pages[0];
  int redline = line_index(page, "three years of experience two years of experience");
  ASSERT_GE(redline, 0);
  const std::vector<Word>& words = page.lines[redline].words;
  ASSERT_EQ(words.size(), 8u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_TRUE(words[i].struck) << words[i].text;
    EXPECT_FALSE(words[i].underlined) << words[i].text;
  }
  for (size_t i = 4; i < 8; ++i) {
    EXPECT_FALSE(words[i].struck) << words[i].text;
    EXPECT_TRUE(words[i].underlined) << words[i].text;
  }
  // No other word on either page carries a stroke.
  for (const PageText& any_page : read.pages) {
    for (size_t i = 0; i < any_page.lines.size(); ++i) {
      if (&any_page == &page && static_cast<int>(i) == redline) continue;
      for (const Word& word : any_page.lines[i].words) {
        EXPECT_FALSE(word.struck || word.underlined) << word.text;
      }
    }
  }
}

TEST(PdfTextLayer, TableRulingIsRecorded) {
  ReadResult read = read_fixture("born_digital.pdf", OcrMode::automatic);
  const std::vector<Rule>& rules = read.pages[0].rules;
  auto ruling = std::find_if(rules.begin(), rules.end(), [](const Rule& rule) { return rule.box.width() > 480; });
  ASSERT_NE(ruling, rules.end());
  EXPECT_NEAR(ruling->box.x0, 54, 2);
  EXPECT_NEAR(ruling->box.x1, 558, 2);
  EXPECT_LT(ruling->box.height(), 3);
  EXPECT_TRUE(read.pages[1].rules.empty());
}

// An underline broken where descenders cross it (browsers' "skip-ink") is one stroke; two
// underlines with a clean gap between them stay two.
TEST(PdfStrokes, PiecesJoinAcrossInkedGapsOnly) {
  auto page_with_line_pieces = [](bool ink_in_gap) {
    GrayRaster raster;
    raster.width = 200;
    raster.height = 100;
    raster.dpi = 72;  // one pixel per point
    raster.pixels.assign(200 * 100, 255);
    auto paint = [&](int x, int y) { raster.pixels[static_cast<size_t>(y) * 200 + x] = 0; };
    for (int y = 50; y < 52; ++y) {
      for (int x = 10; x <= 60; ++x) paint(x, y);
      for (int x = 80; x <= 130; ++x) paint(x, y);
    }
    // A descender's ink just below the line, in short bits (no stroke of its own).
    if (ink_in_gap) {
      for (int x = 61; x < 80; ++x) {
        if (x % 3 != 0) paint(x, 53);
      }
    }
    return raster;
  };
  std::vector<Rule> joined = find_strokes(page_with_line_pieces(true));
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_DOUBLE_EQ(joined[0].box.x0, 10);
  EXPECT_DOUBLE_EQ(joined[0].box.x1, 131);
  EXPECT_EQ(find_strokes(page_with_line_pieces(false)).size(), 2u);
}

TEST(PdfStrokes, ADashIsNotAStrikeThrough) {
  auto word_at = [](const std::string& text, double x0, double x1) {
    Word word;
    word.text = text;
    word.box = {x0, 100, x1, 114};
    return word;
  };
  std::vector<Word> words = {word_at("Item", 72, 96), word_at("5", 100, 107), word_at("\u2014", 111, 125),
                             word_at("Approval", 129, 175)};
  // The dash's own bar, drawn through the middle of the line: found as a stroke.
  std::vector<Rule> strokes = {Rule{{111, 107, 125, 108}}};
  mark_struck_and_underlined(strokes, words);
  for (const Word& word : words) EXPECT_FALSE(word.struck) << word.text;

  // A line through "Approval" strikes it.
  strokes = {Rule{{129, 107, 175, 108}}};
  mark_struck_and_underlined(strokes, words);
  EXPECT_TRUE(words[3].struck);
  EXPECT_FALSE(words[2].struck);
}

TEST(PdfTextLayer, BoldAndItalicFromFontNames) {
  for (const char* bold : {"ABCDEF+Arial-BoldMT", "TimesNewRoman,Bold", "Calibri-SemiboldItalic", "Arial-Black",
                           "Helvetica-Heavy", "Garamond-Demi"}) {
    EXPECT_TRUE(font_is_bold(bold)) << bold;
  }
  for (const char* regular : {"ArialMT", "TimesNewRomanPSMT", "Calibri", "Helvetica-Oblique"}) {
    EXPECT_FALSE(font_is_bold(regular)) << regular;
  }
  EXPECT_TRUE(font_is_italic("TimesNewRomanPS-ItalicMT"));
  EXPECT_TRUE(font_is_italic("Helvetica-BoldOblique"));
  EXPECT_FALSE(font_is_italic("Arial-BoldMT"));
  // The subset tag is not part of the name: "DEMIAB+" does not make Arial bold.
  EXPECT_FALSE(font_style("DEMIAB+ArialMT").bold);
  EXPECT_TRUE(font_style("DEMIAB+Arial-BoldItalicMT").bold);
  EXPECT_TRUE(font_style("DEMIAB+Arial-BoldItalicMT").italic);
}

// A pay table's rows line up in narrow columns of figures; they must stay whole lines, or
// each classification would be separated from its range.
TEST(PdfReadingOrder, TableOfFiguresIsNotColumns) {
  std::vector<Word> words;
  const std::vector<std::vector<std::string>> rows = {
      {"Account", "Clerk", "$3,512.00", "$4,201.00"},   {"Accountant", "II", "$5,017.00", "$6,099.00"},
      {"Building", "Inspector", "$5,800.00", "$7,050.00"}, {"Custodian", "$3,120.00", "$3,790.00"},
      {"Deputy", "City", "Clerk", "$4,900.00", "$5,950.00"}, {"Engineer", "$7,200.00", "$8,750.00"},
      {"Planner", "I", "$5,100.00", "$6,200.00"},        {"Planner", "II", "$5,600.00", "$6,810.00"}};
  double y = 100;
  for (const std::vector<std::string>& row : rows) {
    double x = 72;
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string& text = row[i];
      if (i + 2 == row.size()) x = 300;  // minimum column
      if (i + 1 == row.size()) x = 420;  // maximum column
      Word word;
      word.text = text;
      word.box = {x, y, x + 6.0 * static_cast<double>(text.size()), y + 10};
      word.font_size = 10;
      words.push_back(word);
      x = word.box.x1 + 3;
    }
    y += 14;
  }
  std::vector<TextLine> lines = lines_in_reading_order(words);
  ASSERT_EQ(lines.size(), rows.size());
  EXPECT_EQ(line_text(lines[1]), "Accountant II $5,017.00 $6,099.00");
  for (const TextLine& line : lines) EXPECT_EQ(line.column, 0);
}

// Columns whose lines do not line up: the right one set in larger type and starting lower.
TEST(PdfReadingOrder, UnalignedColumnsAreStillColumns) {
  const std::vector<std::string> left_lines = {
      "The department reviewed each position in", "the classification plan during the spring",
      "and found that several duties had moved", "between the two clerical classes over the",
      "last decade of reorganisations and staff", "changes across the divisions concerned."};
  const std::vector<std::string> right_lines = {
      "Staff therefore proposes a new", "class of Senior Office Assistant",
      "with a salary range between the", "two existing clerical classes."};
  std::vector<Word> words;
  auto add_line = [&](const std::string& text, double x, double y, double size) {
    size_t start = 0;
    while (start < text.size()) {
      size_t stop = text.find(' ', start);
      if (stop == std::string::npos) stop = text.size();
      Word word;
      word.text = text.substr(start, stop - start);
      word.font_size = size;
      word.box = {x, y, x + 0.5 * size * static_cast<double>(word.text.size()), y + size};
      x = word.box.x1 + 0.3 * size;
      words.push_back(word);
      start = stop + 1;
    }
  };
  for (size_t i = 0; i < left_lines.size(); ++i) add_line(left_lines[i], 54, 100 + 13.0 * static_cast<double>(i), 10);
  for (size_t i = 0; i < right_lines.size(); ++i) add_line(right_lines[i], 330, 107 + 17.0 * static_cast<double>(i), 12);
  std::vector<TextLine> lines = lines_in_reading_order(words);
  ASSERT_EQ(lines.size(), left_lines.size() + right_lines.size());
  for (size_t i = 0; i < left_lines.size(); ++i) {
    EXPECT_EQ(line_text(lines[i]), left_lines[i]);
    EXPECT_EQ(lines[i].column, 0);
  }
  for (size_t i = 0; i < right_lines.size(); ++i) {
    EXPECT_EQ(line_text(lines[left_lines.size() + i]), right_lines[i]);
    EXPECT_EQ(lines[left_lines.size() + i].column, 1);
  }
}

TEST(PdfTriage, BrokenGlyphMappingsAreGarbage) {
  std::vector<Word> broken = words_of({"'IHE", "CI'IY", "COUNClL", "0F", "RESOLUHON", "NO", "05", "-", "08",
                                       "l'ROl'OSED", "SAlARY", "89:;<8=:>?8@8A;B;C8D?EB;F?8AGHH;II;G<8",
                                       "MhgmhdnaTUoaTVVW", "j0b", "descr\xEF\xBF\xBDption"});
  EXPECT_GT(garbage_share(broken), 0.6);

  std::vector<Word> prose = words_of({"WHEREAS,", "the", "City", "Council", "of", "the", "City", "of", "Carson",
                                      "adopted", "Resolution", "No.", "19-110", "on", "May", "14,", "2019;",
                                      "the", "Deputy", "City", "Clerk's", "salary", "is", "$4,512.00", "(Range",
                                      "41)", "per", "month.", "O'CONNOR", "McDonald", "PDFs", "they're",
                                      "D634A241-3D3C-802E", "1B10", "clerk@city.gov", "....", "_____"});
  EXPECT_EQ(garbage_share(prose), 0);
}

TEST(PdfTriage, GarbageLayerIsOcrdAndGoodLayerIsKept) {
  ReadResult garbage = read_fixture("garbage_layer.pdf", OcrMode::never);
  ASSERT_EQ(garbage.pages.size(), 1u);
  EXPECT_EQ(garbage.pages[0].info.method, PageMethod::text);
  EXPECT_LT(garbage.pages[0].info.quality, kOcrBelow);

  ReadResult good = read_fixture("born_digital.pdf", OcrMode::never);
  for (const PageText& page : good.pages) EXPECT_GE(page.info.quality, 0.9);
}

TEST(PdfTriage, InkWithoutTextScoresZeroAndBlankPageIsFine) {
  GrayRaster scan;
  scan.width = scan.height = 100;
  scan.dpi = 72;
  scan.pixels.assign(100 * 100, 255);
  TextLayerVerdict blank = judge_text_layer({}, scan);
  EXPECT_TRUE(blank.blank);
  for (int y = 20; y < 80; y += 4) {
    for (int x = 10; x < 90; ++x) scan.pixels[static_cast<size_t>(y) * 100 + x] = 0;
  }
  TextLayerVerdict empty = judge_text_layer({}, scan);
  EXPECT_FALSE(empty.blank);
  EXPECT_EQ(empty.quality, 0);

  // A stamp of two small words over a page full of ink explains almost none of it.
  std::vector<Word> stamp = words_of({"Packet", "Pg."});
  for (Word& word : stamp) word.font_size = 8;
  TextLayerVerdict thin = judge_text_layer(stamp, scan);
  EXPECT_LT(thin.quality, kOcrBelow);
}

}  // namespace
}  // namespace agendum
