// The text stages end to end: a whole packet's worth of pages, and real documents when the
// shared corpus is present.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "pipeline/text/clean.h"
#include "pipeline/text/hyphenation.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

double thread_cpu_milliseconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// A 200-page packet: every page with a running header, 40 body lines (some hyphenated,
// some bulleted), a stamp and a page footer.
std::string two_hundred_page_packet() {
  const char* sentences[] = {
      "Under general direction, plans, organizes and coordinates the activities of the",
      "\xE2\x80\xA2 Maintains the City\xE2\x80\x99s network, servers and related equipment;",
      "recommends and implements improvements to systems and procedures for the depart-",
      "ment and prepares reports on operations and activities \xE2\x80\x93 as required.",
      "AYES: Council Members Lyons, Low, Tye and Mayor Pro Tem Liu",
  };
  std::ostringstream markup;
  for (int page = 1; page <= 200; ++page) {
    if (page > 1) markup << "<<page>>\n";
    markup << "City of Diamond Bar Regular Meeting Minutes\n";
    for (int line = 0; line < 40; ++line) {
      markup << sentences[(line + page) % 5];
      if (line == 39) markup << " 3." << (page % 9 + 1) << ".a Packet Pg. " << page + 40;
      markup << "\n";
    }
    markup << "Page " << page << " of 200\n";
  }
  return markup.str();
}

// Speed is measured in bench/; this checks that furniture is found on every page of a long
// packet and prints the CPU time for the log.
TEST(CleanPages, TwoHundredPagePacketLosesItsFurnitureOnEveryPage) {
  const std::vector<PageText> pages = testing::pages_from_markup(two_hundred_page_packet());
  ASSERT_GE(pages.size(), 200u);
  std::vector<Diagnostic> diagnostics;
  // CPU time of this thread: other processes sharing the machine do not count against it.
  const double start = thread_cpu_milliseconds();
  CleanText clean = clean_pages(pages, diagnostics);
  const double elapsed = thread_cpu_milliseconds() - start;
  std::cout << "cleaned " << pages.size() << " pages in " << elapsed << " ms of CPU\n";
  size_t stamped = 0, headed = 0, labelled = 0;
  for (const PageFurniture& furniture : clean.furniture) {
    stamped += furniture.stamp_page.has_value();
    headed += !furniture.headers.empty();
    labelled += furniture.page_label.has_value();
  }
  EXPECT_EQ(stamped, pages.size());
  EXPECT_EQ(headed, pages.size());
  EXPECT_EQ(labelled, pages.size());
  for (const Line& line : clean.lines) {
    ASSERT_EQ(line.text.find("Packet Pg."), std::string::npos) << line.text;
    ASSERT_EQ(line.text.find("Diamond Bar Regular"), std::string::npos) << line.text;
  }
}

std::filesystem::path shared_corpus(const std::string& name) {
  return std::filesystem::path(AGENDUM_SOURCE_DIR) / ".." / "shared" / "corpus" / "real" / name;
}

// A class specification from another agency, one page per form feed, each line a TextLine.
TEST(CleanPages, RealClassSpecificationText) {
  const auto path = shared_corpus("philadelphia_pa_classspec_1B10_account_clerk.txt");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared corpus not present";
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  for (size_t at = text.find('\f'); at != std::string::npos; at = text.find('\f', at))
    text.replace(at, 1, "\n<<page>>\n");
  std::vector<Diagnostic> diagnostics;
  CleanText clean = clean_pages(testing::pages_from_markup(text), diagnostics);
  ASSERT_FALSE(clean.lines.empty());
  size_t characters = 0;
  for (const Line& line : clean.lines) {
    characters += line.text.size();
    EXPECT_EQ(line.match.find("  "), std::string::npos);
    EXPECT_EQ(line.text.find("\xEF\xAC\x81"), std::string::npos);  // no "fi" ligature left
  }
  EXPECT_GT(characters, text.size() / 2);
}

}  // namespace
}  // namespace agendum
