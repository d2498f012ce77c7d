// Peak memory against packet length. A packet long enough to be extracted a window at a time
// is known to be long from the start, so it never holds the pages of a whole packet first, and
// its pages are built apart from Poppler's catalog (PageTree), which would keep an object for
// every page up to the one read. `agendum extract` runs as a child and the kernel's rusage
// gives its peak RSS: 1,248 pages (windowed) must peak within 11% of 52 pages (whole). With
// the first 256 pages held it peaked 17% over; with those fixed but the catalog's pages, 14%
// (bench/memory.py gives the 50/500/5000-page figures).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/pdf/read_pdf.h"
#include "pipeline/run/page_cache.h"
#include "pipeline/run/run.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;  // the sanitizers' shadow memory and quarantine swamp RSS
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Peak RSS in KiB of `agendum extract pdf --ocr never -j 1`, or -1 when it fails.
long peak_kib(const std::string& pdf, const std::string& output) {
  const pid_t child = fork();
  if (child == 0) {
    freopen("/dev/null", "w", stderr);
    execl(AGENDUM_BINARY, AGENDUM_BINARY, "extract", pdf.c_str(), "--ocr", "never", "-j", "1", "-o",
          output.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0)
    return -1;
  return usage.ru_maxrss;
}

std::string united(const fs::path& dir, const std::string& name, int copies) {
  std::string command = "pdfunite";
  for (int copy = 0; copy < copies; ++copy)
    for (const char* sample : {"samples/carson_19-110.pdf", "samples/la_director_systems.pdf",
                               "samples/mixed_carson_torrance.pdf"})
      command += " " + testing::source_path(sample);
  const std::string pdf = (dir / name).string();
  EXPECT_EQ(std::system((command + " " + pdf).c_str()), 0);
  return pdf;
}

TEST(CliMemory, ALongPacketPeaksNearAShortOne) {
  if (kSanitized) GTEST_SKIP() << "RSS under a sanitizer says nothing of the program's own";
  const fs::path dir = fs::path(::testing::TempDir()) / "agendum-memory";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string short_pdf = united(dir, "short.pdf", 2);  // 52 pages
  const std::string long_pdf = united(dir, "long.pdf", 48);   // 1,248 pages
  const long short_peak = peak_kib(short_pdf, (dir / "short.json").string());
  const long long_peak = peak_kib(long_pdf, (dir / "long.json").string());
  fs::remove_all(dir);
  ASSERT_GT(short_peak, 0);
  ASSERT_GT(long_peak, 0);
  EXPECT_LE(static_cast<double>(long_peak) / static_cast<double>(short_peak), 1.11)
      << "short " << short_peak << " KiB, long " << long_peak << " KiB";
}

// The reader says how many pages it will read before the first batch, so a caller can choose
// the windowed path before it holds any page.
TEST(CliMemory, TheReaderSaysHowManyPagesComeBeforeTheFirstBatch) {
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.jobs = 1;
  options.first_page = 3;
  options.last_page = 8;
  std::vector<int> told;
  int pages_seen = 0;
  Result<PdfFacts> facts = read_pdf_in_batches(
      testing::source_path("samples/la_director_systems.pdf"), options, 2,
      [&](std::vector<PageText> pages, std::vector<Diagnostic>) {
        EXPECT_EQ(told.size(), 1u) << "told before any batch";
        pages_seen += static_cast<int>(pages.size());
      },
      [&](int pages_to_read) { told.push_back(pages_to_read); });
  ASSERT_TRUE(facts.ok()) << facts.status().message();
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told.front(), 6);
  EXPECT_EQ(pages_seen, 6);
}

// A reader asked for fewer pages than a batch reads only those next, so a window's pages are
// not held beside pages read ahead of it; never more than a batch, never none.
TEST(CliMemory, TheReaderReadsNoFurtherThanTheCallerWants) {
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.jobs = 2;
  const std::vector<int> asked = {3, 0, 50, 2};  // 0: at least one; 50: at most the batch (4)
  size_t asks = 0;
  std::vector<int> batches, first_pages;
  Result<PdfFacts> facts = read_pdf_in_batches(
      testing::source_path("samples/la_director_systems.pdf"), options, 4,
      [&](std::vector<PageText> pages, std::vector<Diagnostic>) {
        batches.push_back(static_cast<int>(pages.size()));
        first_pages.push_back(pages.empty() ? 0 : pages.front().info.page);
      },
      {},
      [&] {
        return BatchWanted{asked[std::min(asks++, asked.size() - 1)], asks % 2 == 0};
      });
  ASSERT_TRUE(facts.ok()) << facts.status().message();
  // 10 pages: 3, 1, 4, then 2 of the 2 left.
  EXPECT_EQ(batches, (std::vector<int>{3, 1, 4, 2}));
  EXPECT_EQ(first_pages, (std::vector<int>{1, 4, 5, 9}));
}

// Readers that let go of their text device and renderer while the caller works (a long
// packet's window) read every page as a reader that keeps them: the same words, boxes, styles
// and strokes, page for page.
TEST(CliMemory, ReadersThatLetGoWhileTheCallerWorksReadTheSamePages) {
  ReadOptions options;
  options.ocr = OcrMode::never;
  options.jobs = 2;
  const std::string pdf = testing::source_path("samples/la_director_systems.pdf");
  Result<ReadResult> whole = read_pdf(pdf, options);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  std::vector<std::string> let_go_pages;
  Result<PdfFacts> facts = read_pdf_in_batches(
      pdf, options, 3,
      [&](std::vector<PageText> pages, std::vector<Diagnostic>) {
        for (const PageText& page : pages) let_go_pages.push_back(encode_page(page));
      },
      {},
      [] {
        return BatchWanted{3, true};
      });
  ASSERT_TRUE(facts.ok()) << facts.status().message();
  ASSERT_EQ(let_go_pages.size(), whole.value().pages.size());
  for (size_t p = 0; p < let_go_pages.size(); ++p)
    EXPECT_EQ(let_go_pages[p], encode_page(whole.value().pages[p])) << "page " << p + 1;
}

}  // namespace
}  // namespace agendum
