// Pay extraction on other agencies' real documents, read straight from the shared corpus.
// These files are not shipped with agendum: each test skips when its file is missing.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "extractors/pay_range.h"
#include "pipeline/text/clean.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

const std::string kCorpus = std::string(AGENDUM_SOURCE_DIR) + "/../shared/corpus/real/";

// Pages of positioned words from a PDF's text layer, grouped into lines by their baselines:
// the same input the PDF stage gives the text stages, without depending on it.
std::vector<PageText> pages_from_pdf(const std::string& path, int first, int last) {
  std::vector<PageText> pages;
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
  if (!document) return pages;
  for (int p = first; p <= std::min(last, document->pages()); ++p) {
    std::unique_ptr<poppler::page> page(document->create_page(p - 1));
    PageText out;
    out.info.page = p;
    out.info.method = PageMethod::text;
    out.info.quality = 1;
    const poppler::rectf size = page->page_rect();
    out.width = size.width();
    out.height = size.height();
    std::vector<Word> words;
    for (const poppler::text_box& box : page->text_list()) {
      const poppler::byte_array utf8 = box.text().to_utf8();
      Word word;
      word.text = std::string(utf8.begin(), utf8.end());
      const poppler::rectf r = box.bbox();
      word.box = {r.left(), r.top(), r.right(), r.bottom()};
      word.font_size = r.height();
      if (!word.text.empty()) words.push_back(word);
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const Word& a, const Word& b) { return a.box.y0 < b.box.y0; });
    for (const Word& word : words) {
      const double middle = (word.box.y0 + word.box.y1) / 2;
      TextLine* home = nullptr;
      for (TextLine& line : out.lines)
        if (middle > line.box.y0 && middle < line.box.y1) home = &line;
      if (!home) {
        out.lines.push_back({{}, word.box, 0});
        home = &out.lines.back();
      }
      home->words.push_back(word);
      home->box.x0 = std::min(home->box.x0, word.box.x0);
      home->box.x1 = std::max(home->box.x1, word.box.x1);
    }
    for (TextLine& line : out.lines)
      std::sort(line.words.begin(), line.words.end(),
                [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    for (const TextLine& line : out.lines)
      for (const Word& word : line.words) out.info.chars += static_cast<int>(word.text.size());
    pages.push_back(std::move(out));
  }
  return pages;
}

std::vector<PayRange> extract_from_pages(const std::vector<PageText>& pages,
                                         std::vector<Diagnostic>& diagnostics) {
  const CleanText text = clean_pages(pages, diagnostics);
  return extract_pay_ranges(text, {}, diagnostics);
}

const PayRange* find(const std::vector<PayRange>& pay, const std::string& title, PayUnit unit) {
  for (const PayRange& p : pay)
    if (p.classification == title && p.unit == unit) return &p;
  return nullptr;
}

TEST(PayRealSchedule, FireDistrictMasterScheduleRowByRow) {
  const std::string path = kCorpus + "centralfire_santacruz_master_salary_schedule_2026-05-14.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus file missing: " << path;
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_from_pages(pages_from_pdf(path, 1, 1), diagnostics);
  // 27 titles; four print no monthly salary ("-" or blank).
  EXPECT_EQ(pay.size(), 27u + 23u);
  const PayRange* analyst = find(pay, "ADMINISTRATIVE ANALYST", PayUnit::hourly);
  ASSERT_NE(analyst, nullptr);
  EXPECT_DOUBLE_EQ(*analyst->min, 49.10);
  EXPECT_DOUBLE_EQ(*analyst->max, 59.68);
  const PayRange* chief = find(pay, "FIRE CHIEF", PayUnit::monthly);
  ASSERT_NE(chief, nullptr);
  EXPECT_DOUBLE_EQ(*chief->min, 28312.04);
  const PayRange* paid_call = find(pay, "PAID CALL FIREFIGHTER (ON-CALL)", PayUnit::hourly);
  ASSERT_NE(paid_call, nullptr);
  EXPECT_DOUBLE_EQ(*paid_call->max, 22.90);
  EXPECT_EQ(find(pay, "PAID CALL FIREFIGHTER (ON-CALL)", PayUnit::monthly), nullptr);
  EXPECT_EQ(find(pay, "DEFENSIBLE SPACE SPECIALIST", PayUnit::monthly), nullptr);
  for (const Diagnostic& d : diagnostics) EXPECT_NE(d.code, "pay_units_disagree") << d.message;
}

TEST(PayRealScheduleDates, FireDistrictEffectiveDates) {
  const std::string path = kCorpus + "centralfire_santacruz_master_salary_schedule_2026-05-14.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus file missing: " << path;
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_from_pages(pages_from_pdf(path, 1, 1), diagnostics);
  const PayRange* ems = find(pay, "EMS CHIEF", PayUnit::hourly);
  ASSERT_NE(ems, nullptr);
  EXPECT_EQ(ems->effective_date, "2025-07-05");
  const PayRange* analyst = find(pay, "ADMINISTRATIVE ANALYST", PayUnit::monthly);
  ASSERT_NE(analyst, nullptr);
  EXPECT_EQ(analyst->effective_date, "2026-01-01");
}

TEST(PayRealSteps, MouAppendixStepTables) {
  const std::string path = kCorpus + "centralfire_santacruz_mou_local3535_2025-2028.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus file missing: " << path;
  std::vector<Diagnostic> diagnostics;
  const std::vector<PayRange> pay = extract_from_pages(pages_from_pdf(path, 35, 40), diagnostics);
  ASSERT_FALSE(pay.empty());
  // Each year's table: classes with steps I-III, four base units each.
  size_t firefighter_hourly = 0;
  for (const PayRange& p : pay) {
    EXPECT_NE(p.unit, PayUnit::unknown) << p.text;
    if (p.classification == "FIREFIGHTER" && p.unit == PayUnit::hourly) {
      ++firefighter_hourly;
      ASSERT_EQ(p.steps.size(), 3u) << p.text;
      EXPECT_LT(p.steps[0].amount, p.steps[2].amount);
    }
    // Incentive pays ($200 education, $50 officer, $500 standby) are not pay ranges.
    if (p.min) {
      EXPECT_GT(*p.min, 30.0) << p.text;
    }
  }
  EXPECT_EQ(firefighter_hourly, 3u);  // 2026, 2027, 2028
  const auto first = std::find_if(pay.begin(), pay.end(), [](const PayRange& p) {
    return p.classification == "FIREFIGHTER" && p.unit == PayUnit::monthly;
  });
  ASSERT_NE(first, pay.end());
  EXPECT_DOUBLE_EQ(first->steps[0].amount, 10714.21);
  for (const Diagnostic& d : diagnostics) EXPECT_NE(d.code, "pay_units_disagree") << d.message;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

size_t count_rows(const std::string& text) {
  // Data rows start with a range code and a bar: "0001 | $25,266 | ...", "EP12 | ...".
  size_t rows = 0;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.find(" | $") != std::string::npos && line.rfind("Pay Range", 0) != 0) ++rows;
  return rows;
}

TEST(PayRealGrades, PhiladelphiaPayRangePages) {
  for (const char* name :
       {"philadelphia_pa_payranges_dc33_2015.txt", "philadelphia_pa_payranges_dc47_2015.txt"}) {
    const std::string path = kCorpus + name;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus file missing: " << path;
    const std::string text = read_text(path);
    std::vector<Diagnostic> diagnostics;
    const CleanText clean = testing::clean_from_markup(text);
    const std::vector<PayRange> pay = extract_pay_ranges(clean, {}, diagnostics);
    EXPECT_EQ(pay.size(), count_rows(text)) << name;
    for (const PayRange& p : pay) {
      ASSERT_TRUE(p.range) << p.text;
      // "H009 | $12.33 /hour | ..." rates name their own period; "/day" has no contract unit.
      const PayUnit expected_unit = p.text.find("/hour") != std::string::npos  ? PayUnit::hourly
                                    : p.text.find("/day") != std::string::npos ? PayUnit::unknown
                                                                               : PayUnit::annual;
      EXPECT_EQ(p.unit, expected_unit) << p.text;
      EXPECT_GE(p.steps.size(), 1u) << p.text;  // "0050A | $40,637 | N/A | ..." has one step
      EXPECT_LE(*p.min, *p.max) << p.text;
    }
  }
}

}  // namespace
}  // namespace agendum
