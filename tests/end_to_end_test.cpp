// End to end through the agendum command on the bundled samples: a born-digital packet and
// an image-only scan of the same resolution.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "schemas/validate.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

using testing::run_agendum;
using testing::source_path;

nlohmann::json extract(const std::string& arguments) {
  testing::CommandResult result = run_agendum("extract " + arguments);
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 11) << result.exit_code << " " << result.err;
  nlohmann::json packet = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_FALSE(packet.is_discarded());
  return packet;
}

TEST(EndToEnd, BornDigitalPacketReadsFromTheTextLayer) {
  nlohmann::json packet = extract(source_path("samples/carson_19-110.pdf"));
  EXPECT_EQ(validate_packet(packet), std::vector<std::string>{});
  EXPECT_EQ(packet["source"]["file"], "carson_19-110.pdf");
  EXPECT_EQ(packet["source"]["sha256"].get<std::string>().size(), 64u);
  ASSERT_EQ(packet["pages"].size(), 7u);
  for (const auto& page : packet["pages"]) {
    EXPECT_EQ(page["method"], "text");
    EXPECT_GT(page["quality"].get<double>(), 0.8);
    EXPECT_TRUE(page["ocr_confidence"].is_null());
  }
  testing::CommandResult text = run_agendum("text " + source_path("samples/carson_19-110.pdf"));
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("RESOLUTION NO. 19-110"), std::string::npos);
  EXPECT_NE(text.out.find("=== page 7"), std::string::npos);
  // Running footers are page furniture, not text of the resolution.
  EXPECT_EQ(text.out.find("\nPage 1 of 7\n"), std::string::npos);
}

TEST(EndToEnd, ImageOnlyScanIsOcrdWithConfidence) {
  nlohmann::json packet = extract(source_path("samples/carson_19-110_scan.pdf"));
  EXPECT_EQ(validate_packet(packet), std::vector<std::string>{});
  ASSERT_GE(packet["pages"].size(), 3u);
  for (const auto& page : packet["pages"]) {
    EXPECT_EQ(page["method"], "ocr");
    EXPECT_GT(page["chars"].get<int>(), 300);
    EXPECT_GT(page["ocr_confidence"].get<double>(), 70);
  }
  testing::CommandResult text = run_agendum("text " + source_path("samples/carson_19-110_scan.pdf"));
  EXPECT_NE(text.out.find("19-110"), std::string::npos);
  EXPECT_NE(text.out.find("WHEREAS"), std::string::npos);
}

TEST(EndToEnd, PageRangeAndThreadCountDoNotChangeTheResult) {
  std::string pdf = source_path("samples/carson_19-110.pdf");
  nlohmann::json one = extract(pdf + " -j 1");
  nlohmann::json two = extract(pdf + " -j 2");
  EXPECT_EQ(one, two);
  nlohmann::json some = extract(pdf + " --pages 2-3");
  ASSERT_EQ(some["pages"].size(), 2u);
  EXPECT_EQ(some["pages"][0]["page"], 2);
  EXPECT_EQ(some["source"]["pages"], 7);
}

TEST(EndToEnd, OutputFileIsWrittenWhole) {
  std::string out = ::testing::TempDir() + "/carson.json";
  testing::CommandResult result =
      run_agendum("extract " + source_path("samples/carson_19-110.pdf") + " -o " + out);
  EXPECT_TRUE(result.out.empty());
  EXPECT_EQ(run_agendum("validate " + out).exit_code, 0);
}

}  // namespace
}  // namespace agendum
