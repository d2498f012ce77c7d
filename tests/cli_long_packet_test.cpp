// `agendum extract` on a packet longer than the whole-packet threshold (256 pages): read and
// extracted a window at a time and written through PacketWriter's spools, to a file (-o) or
// standard output alike, as one valid packet with every page.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "pipeline/run/run.h"
#include "tests/support/command.h"
#include "tests/support/files.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

TEST(CliLongPacket, IsWrittenWholeAndValidToAFileAndToStandardOutput) {
  const fs::path dir = fs::path(::testing::TempDir()) / "agendum-long-packet";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string packet = (dir / "long.pdf").string();
  // 106 + 99 + 10 + 106 + 7 = 328 pages: past the threshold, so the windowed path runs.
  std::string unite = "pdfunite";
  for (const char* sample : {"samples/torrance_packet.pdf", "samples/diamondbar_packet.pdf",
                             "samples/la_director_systems.pdf", "samples/torrance_packet.pdf",
                             "samples/carson_19-110.pdf"})
    unite += " " + testing::source_path(sample);
  ASSERT_EQ(std::system((unite + " " + packet).c_str()), 0);

  const std::string file = (dir / "long.json").string();
  testing::CommandResult to_file =
      testing::run_agendum("extract " + packet + " --ocr never -j 1 -o " + file);
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  testing::CommandResult to_stdout =
      testing::run_agendum("extract " + packet + " --ocr never -j 2");
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  const std::string written = testing::read_file(file);
  EXPECT_EQ(to_stdout.out, written) << "-j and the target change nothing";

  const nlohmann::json json = nlohmann::json::parse(written);
  ASSERT_GT(json["source"]["pages"].get<int>(), kWholePacketPages);
  EXPECT_EQ(json["pages"].size(), 328u);
  // The documents follow the packet in order, from its first page to its last.
  int first_page = 1, last_page = 0;
  for (const nlohmann::json& document : json["documents"]) {
    EXPECT_GE(document["pages"][0].get<int>(), std::max(first_page, last_page)) << document.dump();
    first_page = document["pages"][0].get<int>();
    last_page = document["pages"][1].get<int>();
  }
  EXPECT_EQ(json["documents"][0]["pages"][0], 1);
  EXPECT_EQ(last_page, 328);
  EXPECT_FALSE(json["class_specs"].empty());
  EXPECT_FALSE(json["resolutions"].empty());
  EXPECT_FALSE(json["pay_ranges"].empty());
  testing::CommandResult validated = testing::run_agendum("validate " + file);
  EXPECT_EQ(validated.exit_code, 0) << validated.out << validated.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace agendum
