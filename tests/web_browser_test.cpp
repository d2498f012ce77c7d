// The review pages in a real headless Chromium, as a clerk uses them: load the search page,
// run a query, open a record, see its fields beside the page image with its lines marked,
// mark it reviewed; hostile text stays text. A screenshot of the record page is kept in
// BUILD/test-screenshots/.
#include <gtest/gtest.h>
#include <png.h>

#include <filesystem>
#include <fstream>

#include "search/index.h"
#include "tests/support/chromium.h"
#include "tests/support/command.h"
#include "tests/support/packets.h"
#include "tests/support/serve_process.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Pixels of the highlight (translucent yellow over white paper) in a PNG screenshot.
long highlighted_pixels(const std::string& png_bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, png_bytes.data(), png_bytes.size())) return -1;
  image.format = PNG_FORMAT_RGB;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) return -1;
  long count = 0;
  for (size_t i = 0; i + 2 < pixels.size(); i += 3)
    if (pixels[i] >= 240 && pixels[i + 1] >= 220 && pixels[i + 2] >= 130 && pixels[i + 2] <= 200)
      ++count;
  return count;
}

class Browser : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new testing::TempFolder("web-browser");
    folder_ = new fs::path(temp_->path());
    json hostile = testing::synthetic_packet(601, {1, 0, 0, 0});
    hostile["class_specs"][0]["title"] = "<script>window.pwned=1</script>Zebra Keeper";
    hostile["class_specs"][0]["definition"] = "<img src=x onerror=\"window.pwned=2\"> tends zebras";
    hostile["pages"][1]["method"] = "ocr";
    hostile["pages"][1]["ocr_confidence"] = 41.0;  // on the review queue
    std::ofstream(*folder_ / "hostile.json") << hostile.dump();
    const std::string db = (*folder_ / "index.db").string();
    Result<IndexReport> indexed = index_packets(
        db, {testing::sample_outputs().folder.string(), (*folder_ / "hostile.json").string()});
    ASSERT_TRUE(indexed.ok());
    server_ =
        new testing::ServeProcess("--db " + db + " --pdf-root " + testing::source_path("samples"));
    ASSERT_FALSE(server_->url().empty()) << "agendum serve did not start";
    std::string error;
    browser_ = testing::HeadlessChromium::start(*folder_ / "chromium", error).release();
    ASSERT_NE(browser_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete browser_;
    if (server_) {
      EXPECT_EQ(server_->stop(), 0);  // SIGTERM stops it cleanly
    }
    delete server_;
    delete temp_;
    delete folder_;
  }
  void SetUp() override {
    if (!browser_ || !server_ || server_->url().empty()) GTEST_FAIL() << "no browser or server";
  }
  static json eval(const std::string& expression) { return browser_->evaluate(expression); }

  static testing::TempFolder* temp_;
  static fs::path* folder_;
  static testing::ServeProcess* server_;
  static testing::HeadlessChromium* browser_;
};
testing::TempFolder* Browser::temp_ = nullptr;
fs::path* Browser::folder_ = nullptr;
testing::ServeProcess* Browser::server_ = nullptr;
testing::HeadlessChromium* Browser::browser_ = nullptr;

TEST_F(Browser, SearchOpenARecordAndSeeItsPage) {
  browser_->navigate(server_->url() + "/");
  EXPECT_EQ(eval("document.title"), "Search - agendum");
  EXPECT_EQ(eval("document.scripts.length"), 0);

  // Run a query through the form, as typed.
  eval(
      "document.querySelector('input[name=q]').value = 'systems coordinator';"
      "document.querySelector('select[name=kind]').value = 'class_spec';");
  browser_->run_and_wait_for_load("document.querySelector('form.search').requestSubmit()");
  EXPECT_NE(eval("location.search").get<std::string>().find("q=systems+coordinator"),
            std::string::npos);
  EXPECT_GE(eval("document.querySelectorAll('li.result').length").get<int>(), 1);
  EXPECT_EQ(eval("document.querySelector('a.result-title').textContent"), "Systems Coordinator");
  EXPECT_GE(eval("document.querySelectorAll('li.result mark').length").get<int>(), 1);

  // Open the first record.
  browser_->run_and_wait_for_load("document.querySelector('a.result-title').click()");
  EXPECT_NE(eval("location.pathname").get<std::string>().find("/record/"), std::string::npos);
  EXPECT_EQ(eval("document.getElementById('record-title').textContent"), "Systems Coordinator");
  EXPECT_EQ(eval("document.querySelector('dd[data-field=definition]').textContent.slice(0, 25)"),
            "Under general supervision");
  EXPECT_GE(eval("document.querySelectorAll('dd[data-field=duties] li').length").get<int>(), 10);
  EXPECT_GE(eval("document.querySelectorAll('dd[data-field=duties] del').length").get<int>(), 2);
  EXPECT_EQ(eval("document.querySelector('dd[data-field=bargaining_unit]').textContent"), "AFSCME");

  // The page image, loaded, with the record's lines marked over it.
  json image = eval(
      "new Promise(done => { const image = document.getElementById('page-image');"
      "  const report = () => done({complete: image.complete, width: image.naturalWidth,"
      "                             height: image.naturalHeight, shown: "
      "image.getBoundingClientRect().width});"
      "  if (image.complete) report(); else { image.onload = report; image.onerror = report; } })");
  EXPECT_TRUE(image["complete"].get<bool>());
  EXPECT_EQ(image["width"], 850);
  EXPECT_EQ(image["height"], 1100);
  EXPECT_GT(image["shown"].get<double>(), 300);
  EXPECT_GE(eval("document.querySelectorAll('svg rect.line').length").get<int>(), 15);
  EXPECT_NE(eval("document.querySelector('figcaption').textContent")
                .get<std::string>()
                .find("lines of this record"),
            std::string::npos);

  const std::string shot = browser_->screenshot();
  ASSERT_GT(shot.size(), 20000u);
  EXPECT_EQ(shot.substr(1, 3), "PNG");
  EXPECT_GT(highlighted_pixels(shot), 5000);  // the marks are drawn over the page
  const fs::path screenshots = fs::path(AGENDUM_BINARY).parent_path() / "test-screenshots";
  fs::create_directories(screenshots);
  std::ofstream(screenshots / "record_page.png", std::ios::binary) << shot;

  // Another page of the record.
  browser_->run_and_wait_for_load("document.querySelector('.pager a').click()");
  EXPECT_NE(eval("location.search").get<std::string>().find("page=5"), std::string::npos);
  EXPECT_EQ(
      eval("document.getElementById('page-image').getAttribute('src').endsWith('/page/5.png')"),
      true);
}

TEST_F(Browser, ScriptInDocumentsAndQueriesStaysText) {
  browser_->navigate(server_->url() + "/?q=zebra");
  EXPECT_NE(eval("document.querySelector('a.result-title').textContent")
                .get<std::string>()
                .find("<script>"),
            std::string::npos);
  EXPECT_EQ(eval("typeof window.pwned"), "undefined");
  browser_->run_and_wait_for_load("document.querySelector('a.result-title').click()");
  EXPECT_EQ(eval("typeof window.pwned"), "undefined");
  EXPECT_EQ(eval("document.querySelectorAll('script').length"), 0);
  EXPECT_EQ(eval("document.querySelectorAll('img:not(#page-image)').length"), 0);
  EXPECT_NE(eval("document.querySelector('dd[data-field=definition]').textContent")
                .get<std::string>()
                .find("<img src=x"),
            std::string::npos);

  browser_->navigate(server_->url() +
                     "/?q=%3Cscript%3Ewindow.pwned%3D3%3C%2Fscript%3E%22%3E%3Cb%3E");
  EXPECT_EQ(eval("typeof window.pwned"), "undefined");
  EXPECT_EQ(eval("document.querySelector('input[name=q]').value"),
            "<script>window.pwned=3</script>\"><b>");
  browser_->navigate(server_->url() +
                     "/?q=%22%20NEAR(%20*%20%27%3B%20DROP%20TABLE%20records%3B%20--");
  EXPECT_EQ(eval("document.getElementById('result-count') !== null"), true);
}

TEST_F(Browser, AClerkMarksAnItemReviewed) {
  browser_->navigate(server_->url() + "/review");
  const std::string before = eval("document.getElementById('queue-count').textContent");
  EXPECT_NE(eval("document.body.textContent")
                .get<std::string>()
                .find("Read by OCR with mean confidence 41"),
            std::string::npos);
  ASSERT_GE(eval("document.querySelectorAll('form.mark button').length").get<int>(), 2);
  browser_->run_and_wait_for_load("document.querySelector('form.mark button').click()");
  EXPECT_EQ(eval("location.pathname"), "/review");
  const std::string after = eval("document.getElementById('queue-count').textContent");
  EXPECT_NE(after.find("1 reviewed"), std::string::npos) << before << " -> " << after;
}

}  // namespace
}  // namespace agendum
