// Files in tests: a whole file's bytes, a folder's names, text as lines, and a scratch
// folder of its own for each test (made before it, removed after it).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

namespace agendum::testing {

std::string read_file(const std::filesystem::path& path);
std::vector<std::string> names_in(const std::filesystem::path& folder);  // sorted
std::vector<std::string> lines_of(const std::string& text);

class ScratchFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("agendum-" + std::string(test->test_suite_name()) + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string at(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

}  // namespace agendum::testing
