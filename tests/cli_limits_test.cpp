// The command line's limits: --pages accepts only page numbers and ranges, a range past the
// document's end is said so, the limit options reject nonsense, and `validate` given a
// directory says so in one line and validates the rest. Each failure is one line on stderr
// with its documented exit code, and leaves its inputs as they were.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "pipeline/export/packet_json.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

using testing::CommandResult;
using testing::run_agendum;

std::string fixture(const std::string& name) {
  return testing::source_path("tests/fixtures/pdf/" + name);
}

int stderr_lines(const CommandResult& result) {
  return static_cast<int>(std::count(result.err.begin(), result.err.end(), '\n'));
}

TEST(CliLimits, PagesTakesOnlyPageNumbersAndRanges) {
  // What std::stoi used to read a number out of.
  for (const char* pages :
       {"1e9", "3abc", "1-2-3", "-1", "+3", "' 3'", "0x10", "0", "2-0", "9999999999", "3-x"}) {
    CommandResult result =
        run_agendum("extract " + fixture("born_digital.pdf") + " --ocr never --pages " + pages);
    EXPECT_EQ(result.exit_code, 2) << pages;
    EXPECT_EQ(stderr_lines(result), 1) << pages << ": " << result.err;
    EXPECT_NE(result.err.find("--pages"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << pages;
  }
}

TEST(CliLimits, PagesStillTakesWhatItDocuments) {
  for (const char* pages : {"2", "1-2", "2-", "1-1", "01-2"}) {
    CommandResult result =
        run_agendum("extract " + fixture("born_digital.pdf") + " --ocr never --pages " + pages);
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 11) << pages << ": " << result.err;
    EXPECT_FALSE(nlohmann::json::parse(result.out, nullptr, false).is_discarded()) << pages;
  }
}

TEST(CliLimits, RangeStartingPastTheLastPageIsABadCommandLine) {
  CommandResult result = run_agendum("extract " + fixture("born_digital.pdf") + " --pages 5-9");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(stderr_lines(result), 1);
  EXPECT_NE(result.err.find("--pages starts at page 5, but the document has 2 pages"),
            std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(CliLimits, RangeEndingPastTheLastPageReadsToTheEndAndSaysSo) {
  CommandResult result =
      run_agendum("extract " + fixture("born_digital.pdf") + " --ocr never --pages 2-40");
  nlohmann::json packet = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(packet.is_discarded()) << result.err;
  ASSERT_EQ(packet["pages"].size(), 1u);
  EXPECT_EQ(packet["pages"][0]["page"], 2);
  bool said = false;
  for (const nlohmann::json& diagnostic : packet["diagnostics"]) {
    if (diagnostic["code"] != "pages_past_end") continue;
    said = true;
    EXPECT_EQ(diagnostic["severity"], "warning");
    EXPECT_NE(diagnostic["message"].get<std::string>().find("ends at page 2"), std::string::npos);
  }
  EXPECT_TRUE(said) << packet["diagnostics"].dump();
}

TEST(CliLimits, LimitOptionsRejectNonsense) {
  for (const char* option : {"--timeout -1", "--timeout soon", "--max-raster-mp 0",
                             "--max-raster-mp 5000", "--max-raster-mp lots", "--page-timeout 0"}) {
    CommandResult result = run_agendum("extract " + fixture("born_digital.pdf") + " " + option);
    EXPECT_EQ(result.exit_code, 2) << option;
    EXPECT_TRUE(result.out.empty()) << option;
  }
  CommandResult fine = run_agendum("extract " + fixture("born_digital.pdf") +
                                   " --ocr never --timeout 60 --max-raster-mp 8");
  EXPECT_TRUE(fine.exit_code == 0 || fine.exit_code == 11) << fine.err;
}

TEST(CliLimits, ValidateSaysADirectoryIsOneAndValidatesTheRest) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / "agendum-cli-limits";
  std::filesystem::create_directories(folder / "packets");
  Packet packet;
  packet.source = {"a.pdf", std::string(64, 'f'), 1, 1, std::nullopt, std::nullopt};
  const std::string good = (folder / "good.json").string(),
                    later = (folder / "later.json").string();
  std::ofstream(good) << packet_to_json(packet).dump();
  std::ofstream(later) << packet_to_json(packet).dump();
  CommandResult result =
      run_agendum("validate " + good + " " + (folder / "packets").string() + "/ " + later);
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_EQ(stderr_lines(result), 1) << result.err;
  EXPECT_NE(result.err.find("packets/: is a directory"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("good.json: valid"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("later.json: valid"), std::string::npos) << result.out;
  EXPECT_TRUE(std::filesystem::is_directory(folder / "packets"));
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace agendum
