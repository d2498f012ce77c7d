// The page cache: a packet re-extracted from cached pages is the packet read from the PDF,
// and an entry that is damaged or belongs to other options is a miss, never an error.
#include "pipeline/run/page_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/command.h"

namespace agendum {
namespace {

std::filesystem::path fresh_dir(const std::string& name) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("agendum-page-cache-" + name);
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(PageCache, EncodingRoundTripsEveryField) {
  ReadResult result;
  result.facts = {std::string(64, 'a'), 1234, 3, "Producer", std::nullopt};
  PageText page;
  page.width = 612;
  page.height = 792;
  page.info = {2, PageMethod::ocr, 0.75, 42, 88.5, 90};
  Word word;
  word.text = "Résumé";
  word.box = Box(1, 2, 3, 4);
  word.font_size = 11.5;
  word.bold = word.struck = true;
  word.confidence = 77;
  page.lines.push_back({{word, word}, Box(1, 2, 30, 4), 1});
  page.rules.push_back({Box(0, 10, 100, 11)});
  result.pages.push_back(page);
  result.diagnostics.push_back({Severity::warning, "ocr_low_confidence", "Low.", 2, "ocr"});
  result.diagnostics.push_back({Severity::info, "x", "No page.", std::nullopt, "load"});

  std::optional<ReadResult> back = decode_read_result(encode_read_result(result));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->facts.sha256, result.facts.sha256);
  EXPECT_EQ(back->facts.producer, "Producer");
  EXPECT_FALSE(back->facts.title);
  ASSERT_EQ(back->pages.size(), 1u);
  const PageText& read = back->pages[0];
  EXPECT_EQ(read.info.page, 2);
  EXPECT_EQ(read.info.method, PageMethod::ocr);
  EXPECT_EQ(read.info.ocr_confidence, 88.5);
  EXPECT_EQ(read.info.rotation, 90);
  ASSERT_EQ(read.lines.size(), 1u);
  ASSERT_EQ(read.lines[0].words.size(), 2u);
  EXPECT_EQ(read.lines[0].words[1].text, "Résumé");
  EXPECT_TRUE(read.lines[0].words[1].struck);
  EXPECT_FALSE(read.lines[0].words[1].italic);
  EXPECT_EQ(read.lines[0].words[1].confidence, 77);
  EXPECT_EQ(read.lines[0].column, 1);
  EXPECT_EQ(read.rules[0].box.x1, 100);
  ASSERT_EQ(back->diagnostics.size(), 2u);
  EXPECT_EQ(back->diagnostics[0].page, 2);
  EXPECT_FALSE(back->diagnostics[1].page);
}

// A word's text length takes one byte up to 254 and four from 255 (a 60,000-character strip
// of text is one word); a font size is written only where it changes along the line, and a
// confidence only below 100.
TEST(PageCache, PageEncodingKeepsLongWordsSizesAndConfidences) {
  PageText page;
  page.info = {7, PageMethod::text, 1, 0, std::nullopt, 0};
  auto word = [](std::string text, double size, double confidence) {
    Word made;
    made.text = std::move(text);
    made.box = Box(1.5, 2, 3, 4.25);
    made.font_size = size;
    made.confidence = confidence;
    return made;
  };
  const std::vector<Word> words = {word("", 10, 100), word(std::string(254, 'a'), 10, 100),
                                   word(std::string(255, 'b'), 12, 99.5),
                                   word(std::string(70000, 'c'), 12, 0), word("end", 10, 100)};
  page.lines.push_back({words, Box(0, 0, 10, 10), 0});
  page.lines.push_back({{word("next", 10, 100)}, Box(0, 20, 10, 30), 0});

  std::optional<PageText> back = decode_page(encode_page(page));
  ASSERT_TRUE(back);
  ASSERT_EQ(back->lines.size(), 2u);
  ASSERT_EQ(back->lines[0].words.size(), words.size());
  for (size_t w = 0; w < words.size(); ++w) {
    const Word& read = back->lines[0].words[w];
    EXPECT_EQ(read.text, words[w].text) << w;
    EXPECT_EQ(read.font_size, words[w].font_size) << w;
    EXPECT_EQ(read.confidence, words[w].confidence) << w;
    EXPECT_EQ(read.box.x0, 1.5) << w;
    EXPECT_EQ(read.box.y1, 4.25) << w;
  }
  EXPECT_EQ(back->lines[1].words[0].font_size, 10);
  // A cut entry is a miss, however long its last word.
  std::string bytes = encode_page(page);
  bytes.resize(bytes.size() / 2);
  EXPECT_FALSE(decode_page(bytes));
}

TEST(PageCache, DamagedEntriesAreMisses) {
  ReadResult result;
  result.pages.resize(2);
  std::string bytes = encode_read_result(result);
  for (size_t cut : {size_t{0}, size_t{10}, bytes.size() / 2, bytes.size() - 1})
    EXPECT_FALSE(decode_read_result(bytes.substr(0, cut))) << cut;
  EXPECT_FALSE(decode_read_result(bytes + "x"));
  std::string foreign = bytes;
  foreign[0] = 'Z';
  EXPECT_FALSE(decode_read_result(foreign));
}

TEST(PageCache, KeyFollowsTheOptionsThatChangeReading) {
  ReadOptions a, b;
  b.dpi = 200;
  EXPECT_NE(page_cache_key("f", a), page_cache_key("f", b));
  ReadOptions c;
  c.jobs = 7;
  c.page_timeout_seconds = 5;  // how the pages are read, not what they hold
  EXPECT_EQ(page_cache_key("f", a), page_cache_key("f", c));
}

TEST(PageCache, CachedPacketEqualsTheReadOne) {
  std::filesystem::path cache = fresh_dir("cli");
  std::string pdf = testing::source_path("tests/fixtures/pdf/mixed.pdf");
  testing::CommandResult plain = testing::run_agendum("extract " + pdf);
  testing::CommandResult first =
      testing::run_agendum("extract " + pdf + " --page-cache " + cache.string());
  ASSERT_TRUE(std::filesystem::exists(cache));
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cache)) {
    EXPECT_EQ(entry.path().extension(), ".pages");
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
  testing::CommandResult second =
      testing::run_agendum("extract " + pdf + " --page-cache " + cache.string());
  EXPECT_EQ(plain.exit_code, first.exit_code);
  EXPECT_EQ(first.exit_code, second.exit_code);
  EXPECT_EQ(plain.out, first.out);
  EXPECT_EQ(first.out, second.out);
  std::filesystem::remove_all(cache);
}

TEST(PageCache, UnwritableCacheStillGivesThePacket) {
  std::string pdf = testing::source_path("tests/fixtures/pdf/born_digital.pdf");
  testing::CommandResult result =
      testing::run_agendum("extract " + pdf + " --page-cache /proc/agendum-cache");
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 11) << result.err;
  EXPECT_NE(result.out.find("page_cache_unwritable"), std::string::npos);
}

}  // namespace
}  // namespace agendum
