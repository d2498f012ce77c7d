// The review server's parts without a server: HTML escaping, the PDF folder's walls, page
// images, and the pages' HTML from plain structs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/command.h"
#include "tests/support/packets.h"
#include "web/html.h"
#include "web/page_image.h"
#include "web/pages.h"
#include "web/pdf_root.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(Html, EscapesEverythingThatCouldBeMarkup) {
  EXPECT_EQ(web::html_escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  EXPECT_EQ(web::html_escape(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(web::url_encode("a b/c?d=é"), "a%20b%2Fc%3Fd%3D%C3%A9");
  EXPECT_EQ(web::query_string({{"q", "pay & benefits"}, {"kind", ""}, {"page", "2"}}),
            "?q=pay%20%26%20benefits&page=2");
  const std::string page = web::html_document("<b>title</b>", "<p>body</p>");
  EXPECT_NE(page.find("<title>&lt;b&gt;title&lt;/b&gt; - agendum</title>"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("http"), std::string::npos);  // nothing loaded from elsewhere
  EXPECT_EQ(std::string(web::style_sheet()).find("url("), std::string::npos);
  EXPECT_EQ(std::string(web::style_sheet()).find("@import"), std::string::npos);
}

class PdfFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    temp_ = std::make_unique<testing::TempFolder>("pdf-root");
    folder_ = temp_->path();
    fs::create_directories(folder_ / "root" / "2023");
    std::ofstream(folder_ / "root" / "a.pdf") << "%PDF-1.4 a";
    std::ofstream(folder_ / "root" / "2023" / "b.pdf") << "%PDF-1.4 bb";
    std::ofstream(folder_ / "outside.pdf") << "%PDF-1.4 outside";
    fs::create_symlink(folder_ / "outside.pdf", folder_ / "root" / "link.pdf");
    fs::create_directory_symlink(folder_, folder_ / "root" / "up");
    Result<web::PdfRoot> root = web::PdfRoot::open((folder_ / "root").string());
    ASSERT_TRUE(root.ok());
    root_ = std::make_unique<web::PdfRoot>(root.value());
  }
  std::unique_ptr<testing::TempFolder> temp_;
  fs::path folder_;
  std::unique_ptr<web::PdfRoot> root_;
};

TEST_F(PdfFolder, RelativePathsInsideOnly) {
  EXPECT_TRUE(root_->resolve("a.pdf").ok());
  ASSERT_TRUE(root_->resolve("2023/b.pdf").ok());
  EXPECT_EQ(root_->relative_name(root_->resolve("2023/b.pdf").value()), "2023/b.pdf");
  for (const char* refused : {"", "/etc/passwd", "../outside.pdf", "2023/../a.pdf", "./a.pdf", "..",
                              "a.pdf/..", "2023\\..\\..\\outside.pdf"})
    EXPECT_EQ(root_->resolve(refused).status().code(), ErrorCode::usage) << refused;
  EXPECT_EQ(root_->resolve(std::string("a.pdf\0.txt", 10)).status().code(), ErrorCode::usage);
  for (const char* missing : {"link.pdf", "up/outside.pdf", "none.pdf", "2023"})
    EXPECT_EQ(root_->resolve(missing).status().code(), ErrorCode::file_not_found) << missing;
  EXPECT_EQ(web::PdfRoot::open((folder_ / "nope").string()).status().code(),
            ErrorCode::file_not_found);
}

TEST_F(PdfFolder, PacketSourcesByPathInsideOrBaseName) {
  EXPECT_TRUE(root_->find_source("a.pdf", std::nullopt).ok());
  EXPECT_TRUE(root_->find_source("2023/b.pdf", 11).ok());
  EXPECT_TRUE(root_->find_source("/archive/elsewhere/b.pdf", std::nullopt).ok() == false);
  EXPECT_TRUE(root_->find_source((folder_ / "root" / "2023" / "b.pdf").string(), 11).ok());
  EXPECT_TRUE(root_->find_source("/some/other/place/a.pdf", 10).ok());  // by its base name
  EXPECT_FALSE(root_->find_source("a.pdf", 999).ok());                  // not the packet's file
  EXPECT_FALSE(root_->find_source("../outside.pdf", std::nullopt).ok());
  EXPECT_FALSE(root_->find_source((folder_ / "outside.pdf").string(), std::nullopt).ok());
}

TEST(PageImage, RendersTurnsAndEncodes) {
  GrayRaster raster;
  raster.width = 3;
  raster.height = 2;
  raster.pixels = {1, 2, 3, 4, 5, 6};
  GrayRaster turned = web::rotated_clockwise(raster, 90);
  EXPECT_EQ(turned.width, 2);
  EXPECT_EQ(turned.height, 3);
  EXPECT_EQ(turned.pixels, (std::vector<unsigned char>{4, 1, 5, 2, 6, 3}));
  EXPECT_EQ(web::rotated_clockwise(web::rotated_clockwise(raster, 180), 180).pixels, raster.pixels);
  EXPECT_EQ(web::rotated_clockwise(raster, 270).pixels,
            (std::vector<unsigned char>{3, 6, 2, 5, 1, 4}));

  Result<std::string> png =
      web::page_png(testing::source_path("samples/carson_19-110.pdf"), 1, 50, 0);
  ASSERT_TRUE(png.ok()) << png.status().message();
  EXPECT_EQ(png.value().substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(
      web::page_png(testing::source_path("samples/carson_19-110.pdf"), 99, 50, 0).status().code(),
      ErrorCode::file_not_found);
  EXPECT_EQ(web::page_png(testing::source_path("README.md"), 1, 50, 0).status().code(),
            ErrorCode::corrupt_pdf);
}

TEST(Pages, RecordPageEscapesTheRecordAndMarksItsLines) {
  web::RecordView view;
  view.detail.summary.id = 7;
  view.detail.summary.kind = "class_spec";
  view.detail.summary.title = "<script>x()</script>";
  view.detail.summary.file = "a\"b.pdf";
  view.detail.summary.first_page = 2;
  view.detail.summary.last_page = 3;
  view.record = {
      {"title", "<script>x()</script>"},
      {"definition", "<img src=x onerror=y>"},
      {"duties",
       json::array({{{"text", "<b>struck</b>"}, {"area", nullptr}, {"change", "deleted"}}})},
      {"flsa", nullptr},
      {"id", "spec-1"}};
  view.page = 3;
  view.figure =
      web::PageFigure{"/packet/x/page/3.png", "Page 3", 612, 792, {Box(10, 20, 110, 32)}, "1 line"};
  view.review = {"abc", "record:spec-1", "/record/7?page=3", std::nullopt};
  const std::string html = web::record_page_html(view);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("<del>&lt;b&gt;struck&lt;/b&gt;</del>"), std::string::npos);
  EXPECT_NE(html.find("data-field=\"flsa\"><span class=\"null\">none</span>"), std::string::npos);
  EXPECT_EQ(html.find("spec-1</dd>"), std::string::npos);  // ids are not fields
  EXPECT_NE(
      html.find("<rect class=\"line\" x=\"9.0\" y=\"19.0\" width=\"102.0\" height=\"14.0\"/>"),
      std::string::npos);
  EXPECT_NE(html.find("<a href=\"/record/7?page=2\">2</a><span class=\"current\">3</span>"),
            std::string::npos);
  EXPECT_NE(html.find("name=\"target\" value=\"record:spec-1\""), std::string::npos);
  // Without line boxes the whole page is marked.
  view.figure->lines.clear();
  EXPECT_NE(web::record_page_html(view).find("<rect class=\"whole-page\""), std::string::npos);
}

}  // namespace
}  // namespace agendum
