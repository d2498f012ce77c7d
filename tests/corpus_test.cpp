// Real PDFs published by other agencies (../shared/corpus/real, present in CI, absent in a
// user's clone): every one must come out as a valid packet or a clear error — never a
// crash, a hang or a silent empty result.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "schemas/validate.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

nlohmann::json extract(const std::string& pdf, int* exit_code = nullptr) {
  testing::CommandResult result = testing::run_agendum("extract '" + pdf + "'");
  if (exit_code) *exit_code = result.exit_code;
  return nlohmann::json::parse(result.out, nullptr, false);
}

std::string corpus_file(const std::string& name) {
  std::string dir = testing::corpus_dir();
  return dir.empty() ? "" : dir + "/" + name;
}

TEST(Corpus, EveryRealPdfYieldsAValidPacket) {
  std::string dir = testing::corpus_dir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus/real is not beside this checkout";
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".pdf") continue;
    int exit_code = -1;
    nlohmann::json packet = extract(entry.path().string(), &exit_code);
    SCOPED_TRACE(entry.path().filename().string());
    // 0 clean, 1 some pages failed (diagnosed), 11 nothing recognised (diagnosed).
    EXPECT_TRUE(exit_code == 0 || exit_code == 1 || exit_code == 11) << exit_code;
    ASSERT_FALSE(packet.is_discarded());
    EXPECT_EQ(validate_packet(packet), std::vector<std::string>{});
    EXPECT_EQ(packet["pages"].size(), packet["source"]["pages"].get<size_t>());
    int chars = 0;
    for (const auto& page : packet["pages"]) chars += page["chars"].get<int>();
    EXPECT_GT(chars, 200) << "no text came out";
    ++checked;
  }
  EXPECT_GE(checked, 8);
}

TEST(Corpus, ImageOnlyRollCallsAreOcrd) {
  for (const char* name : {"desmoines_ia_rollcall_21-0796_2021-05-24_scan.pdf",
                           "desmoines_ia_rollcall_21-1530_2021-10-18_scan.pdf"}) {
    std::string pdf = corpus_file(name);
    if (pdf.empty()) GTEST_SKIP() << "corpus not present";
    nlohmann::json packet = extract(pdf);
    ASSERT_FALSE(packet.is_discarded()) << name;
    for (const auto& page : packet["pages"]) {
      EXPECT_EQ(page["method"], "ocr") << name;
      EXPECT_GT(page["chars"].get<int>(), 300) << name;
      EXPECT_GT(page["ocr_confidence"].get<double>(), 50) << name;
    }
  }
}

TEST(Corpus, GarbageTextLayerIsDetectedAndOcrd) {
  std::string pdf = corpus_file("philadelphia_pa_csc_agenda_2005-01-26_brokentext.pdf");
  if (pdf.empty()) GTEST_SKIP() << "corpus not present";
  nlohmann::json packet = extract(pdf);
  ASSERT_FALSE(packet.is_discarded());
  for (const auto& page : packet["pages"]) EXPECT_EQ(page["method"], "ocr");
  testing::CommandResult text = testing::run_agendum("text '" + pdf + "'");
  EXPECT_NE(text.out.find("CIVIL SERVICE"), std::string::npos) << text.out.substr(0, 500);
}

TEST(Corpus, BornDigitalPagesKeepTheirTextLayer) {
  std::string pdf = corpus_file("centralfire_santacruz_mou_local3535_2025-2028.pdf");
  if (pdf.empty()) GTEST_SKIP() << "corpus not present";
  nlohmann::json packet = extract(pdf);
  ASSERT_FALSE(packet.is_discarded());
  ASSERT_EQ(packet["pages"].size(), 40u);
  for (int page = 35; page <= 40; ++page) EXPECT_EQ(packet["pages"][page - 1]["method"], "text") << page;
}

}  // namespace
}  // namespace agendum
