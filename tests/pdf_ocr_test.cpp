// OCR pages: image-only pages are turned upright, deskewed and recognised; a page that
// cannot be read becomes a diagnostic while the others come out; parallel reading gives
// the same result as serial reading. Real packets from ../shared/corpus when present.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <filesystem>
#include <string>
#include <vector>

#include <poppler/PDFDoc.h>

#include "pipeline/pdf/ocr.h"
#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/raster.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {
namespace {

std::string fixture(const std::string& name) { return std::string(AGENDUM_SOURCE_DIR) + "/tests/fixtures/pdf/" + name; }
std::string corpus(const std::string& name) { return std::string(AGENDUM_SOURCE_DIR) + "/../shared/corpus/real/" + name; }

ReadResult read_with(const std::string& path, ReadOptions options) {
  Result<ReadResult> result = read_pdf(path, options);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? std::move(result).value() : ReadResult{};
}

std::string line_text(const TextLine& line) {
  std::string text;
  for (const Word& word : line.words) text += (text.empty() ? "" : " ") + word.text;
  return text;
}

std::string page_text(const PageText& page) {
  std::string text;
  for (const TextLine& line : page.lines) text += line_text(line) + "\n";
  return text;
}

const Diagnostic* find_diagnostic(const ReadResult& read, const std::string& code) {
  for (const Diagnostic& diagnostic : read.diagnostics) {
    if (diagnostic.code == code) return &diagnostic;
  }
  return nullptr;
}

// The printed lines of every page of scanned.pdf (see tests/fixtures/pdf/make_fixtures.py).
const std::vector<std::string> kScanLines = {"NOTICE OF PUBLIC HEARING", "The Commission will consider",
                                             "the proposed salary schedule", "and the revised job descriptions."};

TEST(PdfOcr, ScannedPagesAreTurnedUprightAndRead) {
  ReadOptions options;
  options.jobs = 1;
  ReadResult read = read_with(fixture("scanned.pdf"), options);
  ASSERT_EQ(read.pages.size(), 3u);
  EXPECT_TRUE(read.diagnostics.empty());
  // Page 1 is skewed by 2.5 degrees, page 2 upside down, page 3 turned a quarter to the left.
  const int expected_rotation[] = {0, 180, 90};
  // Boxes are in the page's frame, not the deskewed image's: on the skewed page the heading's
  // left end sits lower, where the scan has it (the line tilts down to the left).
  const double expected_heading_top[] = {35, 28, 28};
  const double expected_heading_left[] = {25, 29, 29};
  for (size_t i = 0; i < read.pages.size(); ++i) {
    const PageText& page = read.pages[i];
    SCOPED_TRACE("page " + std::to_string(page.info.page));
    EXPECT_EQ(page.info.method, PageMethod::ocr);
    EXPECT_EQ(page.info.rotation, expected_rotation[i]);
    ASSERT_TRUE(page.info.ocr_confidence.has_value());
    EXPECT_GT(*page.info.ocr_confidence, 80);
    EXPECT_GT(page.info.quality, 0.8);
    ASSERT_EQ(page.lines.size(), kScanLines.size()) << page_text(page);
    for (size_t l = 0; l < kScanLines.size(); ++l) EXPECT_EQ(line_text(page.lines[l]), kScanLines[l]);
    EXPECT_EQ(page.info.chars, 100);
    // Upright, the page is 6 x 4 inches and the heading sits near its top-left corner.
    EXPECT_NEAR(page.width, 432, 1);
    EXPECT_NEAR(page.height, 288, 1);
    const Word& first = page.lines[0].words[0];
    EXPECT_GT(first.confidence, 50);
    EXPECT_NEAR(first.box.x0, expected_heading_left[i], 3);
    EXPECT_NEAR(first.box.y0, expected_heading_top[i], 3);
    EXPECT_NEAR(first.font_size, first.box.height(), 0.01);
    // The heading is set in a bold face; the stems of the body lines are thinner.
    for (size_t l = 0; l < page.lines.size(); ++l) {
      for (const Word& word : page.lines[l].words) EXPECT_EQ(word.bold, l == 0) << word.text;
    }
  }
}

TEST(PdfOcr, StrokesOnAScanMarkWordsAndDoNotJoinThem) {
  ReadOptions options;
  options.jobs = 1;
  ReadResult read = read_with(fixture("scanned_redline.pdf"), options);
  ASSERT_EQ(read.pages.size(), 1u);
  const PageText& page = read.pages[0];
  EXPECT_EQ(page.info.method, PageMethod::ocr);
  ASSERT_EQ(page.lines.size(), 2u) << page_text(page);
  EXPECT_EQ(line_text(page.lines[0]), "Minimum qualifications:");
  // The strike line is erased before recognition, so the struck phrase stays four words.
  const std::vector<Word>& words = page.lines[1].words;
  ASSERT_EQ(words.size(), 8u) << page_text(page);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_TRUE(words[i].struck) << words[i].text;
    EXPECT_FALSE(words[i].underlined) << words[i].text;
  }
  std::string inserted;
  for (size_t i = 4; i < 8; ++i) {
    EXPECT_FALSE(words[i].struck) << words[i].text;
    EXPECT_TRUE(words[i].underlined) << words[i].text;
    inserted += (inserted.empty() ? "" : " ") + words[i].text;
  }
  EXPECT_EQ(inserted, "two years of experience");
  EXPECT_EQ(words[0].text, "three");
  for (const Word& word : page.lines[0].words) EXPECT_FALSE(word.struck || word.underlined) << word.text;
  EXPECT_EQ(page.rules.size(), 2u);
}

TEST(PdfOcr, GarbageTextLayerIsReplacedByOcr) {
  ReadOptions options;
  options.jobs = 1;
  ReadResult read = read_with(fixture("garbage_layer.pdf"), options);
  ASSERT_EQ(read.pages.size(), 1u);
  EXPECT_EQ(read.pages[0].info.method, PageMethod::ocr);
  ASSERT_FALSE(read.pages[0].lines.empty());
  EXPECT_EQ(line_text(read.pages[0].lines[0]), "NOTICE OF PUBLIC HEARING");
}

// A scan with a clean stamp in its text layer: the image could hold a page of text, so the
// page is rendered, its ink found unexplained, and it is OCR'd.
TEST(PdfOcr, ScanCarryingAFewWordsOfTextIsOcrd) {
  ReadResult read = read_with(fixture("stamped_scan.pdf"), ReadOptions{});
  ASSERT_EQ(read.pages.size(), 1u);
  EXPECT_EQ(read.pages[0].info.method, PageMethod::ocr);
  const std::string text = page_text(read.pages[0]);
  for (const std::string& line : kScanLines) EXPECT_NE(text.find(line), std::string::npos) << text;
}

// Triage can be wrong the other way: hatching the text layer does not explain sends a page
// to OCR, which reads it worse than the text layer did. The text layer stays, with a note.
TEST(PdfOcr, TextLayerStaysWhenOcrReadsThePageWorse) {
  ReadResult read = read_with(fixture("hatched_form.pdf"), ReadOptions{});
  ASSERT_EQ(read.pages.size(), 1u);
  EXPECT_EQ(read.pages[0].info.method, PageMethod::text);
  EXPECT_FALSE(read.pages[0].info.ocr_confidence.has_value());
  std::string expected;
  for (const std::string& line : kScanLines) expected += line + "\n";
  EXPECT_EQ(page_text(read.pages[0]), expected);
  const Diagnostic* note = find_diagnostic(read, "ocr_not_better");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->severity, Severity::info);
  EXPECT_EQ(note->page, 1);
}

TEST(PdfOcr, OcrModeOverridesTriage) {
  ReadOptions options;
  options.jobs = 1;
  options.ocr = OcrMode::always;
  options.first_page = options.last_page = 2;
  ReadResult forced = read_with(fixture("born_digital.pdf"), options);
  ASSERT_EQ(forced.pages.size(), 1u);
  EXPECT_EQ(forced.pages[0].info.method, PageMethod::ocr);
  EXPECT_NE(page_text(forced.pages[0]).find("ATTACHMENT A"), std::string::npos) << page_text(forced.pages[0]);

  options = ReadOptions{};
  options.ocr = OcrMode::never;
  ReadResult scanned = read_with(fixture("scanned.pdf"), options);
  for (const PageText& page : scanned.pages) {
    EXPECT_EQ(page.info.method, PageMethod::text);
    EXPECT_TRUE(page.lines.empty());
    EXPECT_EQ(page.info.quality, 0);
  }
}

TEST(PdfOcr, PageThatCannotLoadIsADiagnostic) {
  ReadResult read = read_with(fixture("broken_page.pdf"), ReadOptions{});
  ASSERT_EQ(read.pages.size(), 3u);
  const Diagnostic* problem = find_diagnostic(read, "page_render_failed");
  ASSERT_NE(problem, nullptr);
  EXPECT_EQ(problem->severity, Severity::error);
  EXPECT_EQ(problem->stage, "ocr");
  ASSERT_TRUE(problem->page.has_value());
  EXPECT_TRUE(read.pages[static_cast<size_t>(*problem->page - 1)].lines.empty());
  EXPECT_EQ(page_text(read.pages[0]), "The first page reads normally.\n");
  int pages_with_text = 0;
  for (const PageText& page : read.pages) pages_with_text += page.lines.empty() ? 0 : 1;
  EXPECT_EQ(pages_with_text, 2);
}

// The page timeout covers the whole page, its text layer included: with no time at all every
// page stops where it is and says so, and the packet still has all three. (A page whose
// rendering alone runs out keeps its text layer: pdf_bounds_test.cpp.)
TEST(PdfOcr, PagePastTheTimeLimitIsADiagnostic) {
  ReadOptions options;
  options.page_timeout_seconds = 0;
  ReadResult read = read_with(fixture("mixed.pdf"), options);
  ASSERT_EQ(read.pages.size(), 3u);
  for (int page = 1; page <= 3; ++page) {
    const Diagnostic* timeout = nullptr;
    for (const Diagnostic& diagnostic : read.diagnostics)
      if (diagnostic.page == page) timeout = &diagnostic;
    ASSERT_NE(timeout, nullptr) << "page " << page;
    EXPECT_TRUE(timeout->code == "text_layer_timeout" || timeout->code == "render_timeout" ||
                timeout->code == "ocr_timeout")
        << timeout->code;
    EXPECT_EQ(timeout->severity, Severity::error);
  }
  EXPECT_TRUE(read.pages[1].lines.empty());
}

// Recognition itself stops at the deadline, whatever the rendering took.
TEST(PdfOcr, RecognitionPastItsDeadlineTimesOut) {
  std::unique_ptr<PDFDoc> document = open_poppler_document(fixture("scanned.pdf"));
  ASSERT_NE(document, nullptr);
  GrayRenderer renderer(*document, kDefaultMaxRasterMegapixels * 1e6);
  const auto later = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  Result<GrayRaster> raster = renderer.render(1, 300, later);
  ASSERT_TRUE(raster.ok()) << raster.status().message();
  std::string error;
  std::unique_ptr<OcrEngine> engine = OcrEngine::start(error);
  ASSERT_NE(engine, nullptr) << error;
  OcrOutcome past = engine->read(raster.value(), std::chrono::steady_clock::now() - std::chrono::seconds(1));
  EXPECT_TRUE(past.timed_out);
  EXPECT_FALSE(past.reading.has_value());
  OcrOutcome in_time = engine->read(raster.value(), later);
  ASSERT_TRUE(in_time.reading.has_value()) << in_time.error;
  EXPECT_FALSE(in_time.reading->words.empty());
}

void expect_same_pages(const ReadResult& a, const ReadResult& b) {
  ASSERT_EQ(a.pages.size(), b.pages.size());
  for (size_t p = 0; p < a.pages.size(); ++p) {
    const PageText& x = a.pages[p];
    const PageText& y = b.pages[p];
    EXPECT_EQ(x.info.page, y.info.page);
    EXPECT_EQ(x.info.method, y.info.method);
    EXPECT_EQ(x.info.rotation, y.info.rotation);
    EXPECT_EQ(x.info.chars, y.info.chars);
    EXPECT_EQ(x.info.ocr_confidence, y.info.ocr_confidence);
    ASSERT_EQ(x.lines.size(), y.lines.size());
    for (size_t l = 0; l < x.lines.size(); ++l) {
      ASSERT_EQ(x.lines[l].words.size(), y.lines[l].words.size());
      for (size_t w = 0; w < x.lines[l].words.size(); ++w) {
        EXPECT_EQ(x.lines[l].words[w].text, y.lines[l].words[w].text);
        EXPECT_DOUBLE_EQ(x.lines[l].words[w].box.x0, y.lines[l].words[w].box.x0);
        EXPECT_DOUBLE_EQ(x.lines[l].words[w].box.y0, y.lines[l].words[w].box.y0);
      }
    }
  }
}

TEST(PdfOcr, TwoWorkersGiveTheSameResultAsOne) {
  ReadOptions serial;
  serial.jobs = 1;
  ReadOptions parallel;
  parallel.jobs = 2;
  ReadResult one = read_with(fixture("mixed.pdf"), serial);
  ReadResult two = read_with(fixture("mixed.pdf"), parallel);
  ASSERT_EQ(one.pages.size(), 3u);
  EXPECT_EQ(one.pages[1].info.method, PageMethod::ocr);
  EXPECT_EQ(one.pages[1].info.rotation, 180);
  expect_same_pages(one, two);
}

TEST(PdfOcr, TessdataFollowsTheEnvironment) {
  std::optional<std::string> found = find_tessdata();
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(*found) / "eng.traineddata"));
  const char* previous = std::getenv("TESSDATA_PREFIX");
  std::string saved = previous ? previous : "";
  // A prefix naming the folder's parent is accepted too (the layout Tesseract's docs use).
  setenv("TESSDATA_PREFIX", std::filesystem::path(*found).parent_path().c_str(), 1);
  std::optional<std::string> via_parent = find_tessdata();
  if (std::filesystem::path(*found).filename() == "tessdata") {
    ASSERT_TRUE(via_parent.has_value());
    EXPECT_EQ(std::filesystem::path(*via_parent), std::filesystem::path(*found));
  }
  if (previous) {
    setenv("TESSDATA_PREFIX", saved.c_str(), 1);
  } else {
    unsetenv("TESSDATA_PREFIX");
  }
}

TEST(PdfOcrCorpus, BrokenTextLayerOfAnOldAgendaIsOcrd) {
  std::string path = corpus("philadelphia_pa_csc_agenda_2005-01-26_brokentext.pdf");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus not present: " << path;
  ReadResult read = read_with(path, ReadOptions{});
  ASSERT_EQ(read.pages.size(), 2u);
  for (const PageText& page : read.pages) {
    EXPECT_EQ(page.info.method, PageMethod::ocr) << "page " << page.info.page;
    EXPECT_GT(page.info.quality, 0.7);
  }
  EXPECT_NE(page_text(read.pages[0]).find("CIVIL SERVICE COMMISSION"), std::string::npos) << page_text(read.pages[0]);
}

TEST(PdfOcrCorpus, ScannedRollCallsAreOcrPagesWithText) {
  for (const char* name :
       {"desmoines_ia_rollcall_21-0796_2021-05-24_scan.pdf", "desmoines_ia_rollcall_21-1530_2021-10-18_scan.pdf"}) {
    std::string path = corpus(name);
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus not present: " << path;
    ReadResult read = read_with(path, ReadOptions{});
    ASSERT_EQ(read.pages.size(), 1u) << name;
    const PageText& page = read.pages[0];
    EXPECT_EQ(page.info.method, PageMethod::ocr) << name;
    EXPECT_GT(page.info.chars, 800) << name;
    EXPECT_GT(page.info.ocr_confidence.value_or(0), 75) << name;
    EXPECT_NE(page_text(page).find("Roll Call"), std::string::npos) << name << "\n" << page_text(page);
  }
}

TEST(PdfOcrCorpus, BornDigitalPacketsKeepTheirTextLayer) {
  for (const char* name : {"philadelphia_pa_csc_agenda_results_2021-03-17.pdf", "ranchopalosverdes_ca_cc_agenda_2022-12-06.pdf",
                           "centralfire_santacruz_master_salary_schedule_2026-05-14.pdf"}) {
    std::string path = corpus(name);
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus not present: " << path;
    ReadOptions options;
    options.page_timeout_seconds = 1;  // nothing here should need OCR
    ReadResult read = read_with(path, options);
    for (const PageText& page : read.pages) {
      EXPECT_EQ(page.info.method, PageMethod::text) << name << " page " << page.info.page;
      EXPECT_GT(page.info.quality, 0.8) << name << " page " << page.info.page;
    }
  }
}

}  // namespace
}  // namespace agendum
