// The OCR module (pipeline/pdf/ocr_module.h): Tesseract is loaded only when a page needs OCR;
// a module that is missing or from another build makes the scanned pages diagnostics
// ("ocr_failed", naming the module) while the text-layer pages still come out, exit 1.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "pipeline/pdf/read_pdf.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

using testing::CommandResult;
using testing::run_agendum;

std::string fixture(const std::string& name) {
  return testing::source_path("tests/fixtures/pdf/" + name);
}

// Whether this process has a Tesseract library mapped, whatever its version.
bool tesseract_mapped() {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    if (line.find("libtesseract") != std::string::npos) return true;
  }
  return false;
}

TEST(OcrModule, TesseractLoadsOnlyWhenAPageNeedsOcr) {
  ASSERT_FALSE(tesseract_mapped()) << "linked into the program: every run would pay for loading it";
  Result<ReadResult> born = read_pdf(fixture("born_digital.pdf"), ReadOptions{});
  ASSERT_TRUE(born.ok()) << born.status().message();
  EXPECT_FALSE(tesseract_mapped()) << "a packet with a text layer on every page loaded Tesseract";
  Result<ReadResult> scanned = read_pdf(fixture("scanned.pdf"), ReadOptions{});
  ASSERT_TRUE(scanned.ok()) << scanned.status().message();
  ASSERT_FALSE(scanned.value().pages.empty());
  EXPECT_EQ(scanned.value().pages[0].info.method, PageMethod::ocr);
  EXPECT_TRUE(tesseract_mapped());
}

nlohmann::json packet_of(const CommandResult& result) {
  nlohmann::json packet = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_FALSE(packet.is_discarded()) << result.err;
  return packet;
}

// extract of the mixed fixture (text, scanned, text pages) with AGENDUM_OCR_MODULE set.
CommandResult extract_mixed_with_module(const std::string& module) {
  setenv("AGENDUM_OCR_MODULE", module.c_str(), 1);
  CommandResult result = run_agendum("extract " + fixture("mixed.pdf"));
  unsetenv("AGENDUM_OCR_MODULE");
  return result;
}

void expect_scanned_page_failed_saying(const CommandResult& result, const std::string& said) {
  EXPECT_EQ(result.exit_code, 1) << result.err;
  nlohmann::json packet = packet_of(result);
  ASSERT_EQ(packet["pages"].size(), 3u);
  EXPECT_EQ(packet["pages"][0]["method"], "text");
  EXPECT_EQ(packet["pages"][2]["method"], "text");
  bool failed = false;
  for (const nlohmann::json& diagnostic : packet["diagnostics"]) {
    if (diagnostic["code"] != "ocr_failed") continue;
    failed = true;
    EXPECT_EQ(diagnostic["page"], 2);
    EXPECT_NE(diagnostic["message"].get<std::string>().find(said), std::string::npos)
        << diagnostic.dump();
  }
  EXPECT_TRUE(failed) << packet["diagnostics"].dump();
}

TEST(OcrModule, MissingModuleFailsTheScannedPagesOnly) {
  CommandResult result = extract_mixed_with_module("/nonexistent/agendum-ocr.so");
  expect_scanned_page_failed_saying(result, "/nonexistent/agendum-ocr.so");
}

TEST(OcrModule, ModuleOfAnotherBuildIsRefused) {
  CommandResult result = extract_mixed_with_module(AGENDUM_OTHER_BUILD_OCR_MODULE);
  expect_scanned_page_failed_saying(result, "is from agendum 0.0.0-another-build");
}

TEST(OcrModule, InstalledBinaryFindsTheModuleInItsLibraryFolder) {
  // An install tree as `cmake --install` lays it out, of copies of the build's files.
  const std::filesystem::path root =
      std::filesystem::temp_directory_path() / ("agendum-install-" + std::to_string(getpid()));
  std::filesystem::create_directories(root / "bin");
  std::filesystem::create_directories(root / AGENDUM_OCR_MODULE_DIR);
  std::filesystem::copy_file(AGENDUM_BINARY, root / "bin" / "agendum");
  std::filesystem::copy_file(AGENDUM_OCR_MODULE, root / AGENDUM_OCR_MODULE_DIR / "agendum-ocr.so");
  CommandResult result = testing::run_program((root / "bin" / "agendum").string(),
                                              "extract " + fixture("scanned.pdf"));
  std::filesystem::remove_all(root);
  // 11: the fixture's page holds no record; its page must still have been OCR'd.
  EXPECT_EQ(result.exit_code, 11) << result.err;
  nlohmann::json packet = packet_of(result);
  ASSERT_FALSE(packet["pages"].empty());
  EXPECT_EQ(packet["pages"][0]["method"], "ocr") << packet["diagnostics"].dump();
}

}  // namespace
}  // namespace agendum
