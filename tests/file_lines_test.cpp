// Reading a list file a block at a time gives every line whole, wherever the blocks end.
#include "pipeline/core/file_lines.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace agendum {
namespace {

std::vector<std::string> lines_of(const std::string& path) {
  std::vector<std::string> lines;
  EXPECT_TRUE(
      for_each_line_in_file(path, [&](std::string_view line) { lines.emplace_back(line); }));
  return lines;
}

TEST(FileLines, LinesCutAtABlocksEndComeWhole) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "agendum-file-lines-test.txt";
  // 70,000-byte lines cross the 64 KB blocks; the last has no new line; one line is empty.
  const std::vector<std::string> written = {
      "apple",  std::string(70000, 'b'),     "",
      "cherry", std::string(65536 - 5, 'd'), std::string(70000, 'e'),
      "fig"};
  {
    std::ofstream out(path, std::ios::binary);
    for (size_t i = 0; i < written.size(); ++i)
      out << written[i] << (i + 1 < written.size() ? "\n" : "");
  }
  EXPECT_EQ(lines_of(path.string()), written);
  std::filesystem::remove(path);
}

TEST(FileLines, AFileThatCannotBeOpenedIsFalse) {
  bool called = false;
  EXPECT_FALSE(for_each_line_in_file("/nonexistent/agendum/words",
                                     [&](std::string_view) { called = true; }));
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace agendum
