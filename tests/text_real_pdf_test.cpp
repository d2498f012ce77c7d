// The text stages on real pages read by the PDF stage: the bundled Diamond Bar packet
// (Agenda Quick stamps, running minutes headers) and, when the shared corpus is present,
// another city's agenda printed from a browser (header and footer on every page).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pipeline/pdf/read_pdf.h"
#include "pipeline/text/clean.h"

namespace agendum {
namespace {

CleanText clean_pdf(const std::filesystem::path& path, int first, int last) {
  ReadOptions options;
  options.first_page = first;
  options.last_page = last;
  options.ocr = OcrMode::never;
  options.jobs = 1;
  Result<ReadResult> read = read_pdf(path.string(), options);
  EXPECT_TRUE(read.ok()) << read.status().message();
  if (!read.ok()) return {};
  std::vector<Diagnostic> diagnostics;
  return clean_pages(read.value().pages, diagnostics);
}

TEST(CleanRealPages, PacketStampsAndMinutesHeaders) {
  const std::filesystem::path path =
      std::filesystem::path(AGENDUM_SOURCE_DIR) / "samples" / "diamondbar_packet.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "sample packet not built";
  CleanText clean = clean_pdf(path, 5, 20);
  ASSERT_EQ(clean.furniture.size(), 16u);
  for (const PageFurniture& furniture : clean.furniture) {
    EXPECT_EQ(furniture.stamp_label, "3.1.a") << furniture.page;
    EXPECT_EQ(furniture.stamp_page, furniture.page + 2) << furniture.page;
  }
  // The study-session minutes repeat "MAY 19, 2020 PAGE n" at the top of their later pages.
  for (size_t i = 1; i < clean.furniture.size(); ++i) {
    ASSERT_EQ(clean.furniture[i].headers.size(), 1u) << clean.furniture[i].page;
    EXPECT_NE(clean.furniture[i].headers[0].find("PAGE"), std::string::npos);
  }
  int cross_references = 0;
  for (const Line& line : clean.lines) {
    EXPECT_EQ(line.text.find("3.1.a Packet"), std::string::npos) << line.text;
    EXPECT_EQ(line.text.find("MAY 19, 2020 PAGE"), std::string::npos) << line.text;
    cross_references += line.text.find("(Packet Pg. 16)") != std::string::npos;
  }
  EXPECT_EQ(cross_references, 1);  // a citation in the minutes is text, not a stamp
}

TEST(CleanRealPages, BrowserPrintedAgendaFurniture) {
  const std::filesystem::path path = std::filesystem::path(AGENDUM_SOURCE_DIR) / ".." / "shared" /
                                     "corpus" / "real" / "ranchopalosverdes_ca_cc_agenda_2022-12-06.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared corpus not present";
  CleanText clean = clean_pdf(path, 1, 8);
  ASSERT_EQ(clean.furniture.size(), 8u);
  for (const PageFurniture& furniture : clean.furniture) {
    ASSERT_EQ(furniture.headers.size(), 1u) << furniture.page;
    EXPECT_EQ(furniture.headers[0].rfind("Firefox", 0), 0u);
    EXPECT_EQ(furniture.page_label, std::to_string(furniture.page) + " of 8");
  }
  bool roll_call = false;
  for (const Line& line : clean.lines) {
    EXPECT_EQ(line.text.find("GeneratedAgendaViewer"), std::string::npos) << line.text;
    roll_call = roll_call || line.text == "ROLL CALL:";
  }
  EXPECT_TRUE(roll_call);
}

}  // namespace
}  // namespace agendum
