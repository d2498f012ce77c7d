// The agendum command: arguments, exit codes and the one-line messages scripts act on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pipeline/export/packet_json.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

using testing::run_agendum;

std::string write_temp(const std::string& name, const std::string& content) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("agendum-cli-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(Cli, HelpAndVersion) {
  EXPECT_EQ(run_agendum("--help").exit_code, 0);
  testing::CommandResult version = run_agendum("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("agendum "), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_agendum("").exit_code, 2);
  EXPECT_EQ(run_agendum("extract").exit_code, 2);
  EXPECT_EQ(run_agendum("extract x.pdf --ocr sometimes").exit_code, 2);
  EXPECT_EQ(run_agendum("frobnicate").exit_code, 2);
  std::string pdf = write_temp("usage.pdf", "%PDF-1.4\n");
  testing::CommandResult bad_pages = run_agendum("extract " + pdf + " --pages nine");
  EXPECT_EQ(bad_pages.exit_code, 2);
  EXPECT_NE(bad_pages.err.find("--pages"), std::string::npos);
  EXPECT_EQ(run_agendum("extract " + pdf + " --pages 9-3").exit_code, 2);
}

TEST(Cli, MissingFileIsExitThreeWithOneLine) {
  testing::CommandResult result = run_agendum("extract /nonexistent/packet.pdf");
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.err.find("/nonexistent/packet.pdf"), std::string::npos);
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
  EXPECT_TRUE(result.out.empty());
}

TEST(Cli, NonPdfIsExitFour) {
  std::string path = write_temp("notes.pdf", "Minutes of the meeting, typed in a text editor.\n");
  testing::CommandResult result = run_agendum("extract " + path);
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_NE(result.err.find("notes.pdf"), std::string::npos);
}

TEST(Cli, ValidateAcceptsAValidPacketAndRejectsABrokenOne) {
  Packet packet;
  packet.source = {"a.pdf", std::string(64, 'f'), 1, 1, std::nullopt, std::nullopt};
  nlohmann::json json = packet_to_json(packet);
  std::string good = write_temp("good.json", json.dump());
  EXPECT_EQ(run_agendum("validate " + good).exit_code, 0);
  json["pages"] = "none";
  std::string bad = write_temp("bad.json", json.dump());
  testing::CommandResult result = run_agendum("validate " + good + " " + bad);
  EXPECT_EQ(result.exit_code, 8);
  EXPECT_NE(result.out.find("bad.json: invalid"), std::string::npos);
  std::string not_json = write_temp("not.json", "{");
  EXPECT_EQ(run_agendum("validate " + not_json).exit_code, 8);
  EXPECT_EQ(run_agendum("validate /nonexistent.json").exit_code, 3);
}

struct BadInput {
  const char* fixture;
  int exit_code;
  const char* says;
};

TEST(Cli, EachBadPdfHasItsOwnExitCodeAndOneLine) {
  const BadInput inputs[] = {
      {"not_a_pdf.pdf", 4, "not a PDF"},
      {"truncated.pdf", 5, "truncated"},
      {"corrupt.pdf", 5, "damaged"},
      {"encrypted.pdf", 6, "encrypted"},
      {"zero_pages.pdf", 7, "no pages"},
  };
  for (const BadInput& input : inputs) {
    SCOPED_TRACE(input.fixture);
    testing::CommandResult result =
        run_agendum("extract " + testing::source_path(std::string("tests/fixtures/pdf/") + input.fixture));
    EXPECT_EQ(result.exit_code, input.exit_code);
    EXPECT_TRUE(result.out.empty()) << "no packet for an unreadable file";
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find(input.fixture), std::string::npos);
    EXPECT_NE(result.err.find(input.says), std::string::npos) << result.err;
  }
}

TEST(Cli, AFailingPageIsDiagnosedAndTheOthersStillComeOut) {
  testing::CommandResult result =
      run_agendum("extract " + testing::source_path("tests/fixtures/pdf/broken_page.pdf"));
  EXPECT_EQ(result.exit_code, 1);
  nlohmann::json packet = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(packet.is_discarded());
  bool diagnosed = false;
  for (const auto& diagnostic : packet["diagnostics"])
    diagnosed = diagnosed || (diagnostic["severity"] == "error" && diagnostic["page"] == 3);
  EXPECT_TRUE(diagnosed) << packet["diagnostics"].dump();
  int pages_with_text = 0;
  for (const auto& page : packet["pages"]) pages_with_text += page["chars"].get<int>() > 0;
  EXPECT_GE(pages_with_text, 2);
  EXPECT_NE(result.err.find("page 3"), std::string::npos);
}

TEST(Cli, ADocumentNothingRecognisesIsExitElevenWithAValidPacket) {
  testing::CommandResult result =
      run_agendum("extract " + testing::source_path("tests/fixtures/pdf/born_digital.pdf"));
  EXPECT_EQ(result.exit_code, 11);
  nlohmann::json packet = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(packet.is_discarded());
  bool diagnosed = false;
  for (const auto& diagnostic : packet["diagnostics"]) diagnosed = diagnosed || diagnostic["code"] == "no_records";
  EXPECT_TRUE(diagnosed);
}

}  // namespace
}  // namespace agendum
