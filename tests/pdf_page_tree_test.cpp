// Pages built apart from Poppler's catalog (PageTree) are the catalog's pages: the same page
// object, boxes, rotation and resources, and the same words, on every page of the bundled
// PDFs and of a page tree that nests, inherits every attribute, loops and holds a kid that is
// not a dictionary.
#include <gtest/gtest.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/vector_strokes.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

// A PDF of the given objects (numbered from 1; object 1 is the catalog), with its xref table.
std::string pdf_of(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string stream(const std::string& content) {
  return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

// Root (letter, a font) > [page 1, node A (turned 90, cropped) > [page 2 (own media box),
// page 3 (turned -90), page 4 (crop box wider than its media box), a loop back to the root,
// an integer], node B (its own resources) > [page 5 (no contents)], page 6 (/Type missing)].
std::string nested_tree_pdf() {
  auto page = [](const std::string& parent, const std::string& extra, int contents) {
    return "<< /Type /Page /Parent " + parent + " 0 R " + extra +
           (contents ? " /Contents " + std::to_string(contents) + " 0 R" : "") + " >>";
  };
  auto text = [](const std::string& words) {
    return stream("BT /F1 14 Tf 40 200 Td (" + words + ") Tj 0 -40 Td (second line here) Tj ET");
  };
  return pdf_of({
      "<< /Type /Catalog /Pages 2 0 R >>",  // 1
      "<< /Type /Pages /Count 6 /Kids [3 0 R 4 0 R 9 0 R 11 0 R] /MediaBox [0 0 612 792]"
      " /Resources << /Font << /F1 12 0 R >> >> >>",  // 2
      page("2", "", 13),                              // 3
      "<< /Type /Pages /Parent 2 0 R /Count 3 /Kids [5 0 R 6 0 R 7 0 R 2 0 R 8 0 R]"
      " /Rotate 90 /CropBox [36 36 576 756] >>",                            // 4
      page("4", "/MediaBox [0 0 842 595]", 14),                             // 5
      page("4", "/Rotate -90", 15),                                         // 6
      page("4", "/MediaBox [0 0 300 300] /CropBox [-50 -50 400 400]", 16),  // 7
      "42",                                                                 // 8
      "<< /Type /Pages /Parent 2 0 R /Count 1 /Kids [10 0 R]"
      " /Resources << /Font << /F1 12 0 R /F2 12 0 R >> >> >>",  // 9
      page("9", "", 0),                                          // 10
      "<< /Parent 2 0 R /Contents 17 0 R >>",                    // 11
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",  // 12
      text("first page words"),                                  // 13
      text("landscape page words"),                              // 14
      text("turned back words"),                                 // 15
      text("small page words"),                                  // 16
      text("untyped page words"),                                // 17
  });
}

std::string words_of(WordAndStrokeReader& reader, Page& page) {
  std::string said;
  const TextLayerWords words =
      reader.read(page, std::chrono::steady_clock::time_point::max()).words;
  for (const std::vector<Word>* list : {&words.horizontal, &words.rotated})
    for (const Word& word : *list)
      said += word.text + " @" + std::to_string(static_cast<int>(word.box.x0)) + "," +
              std::to_string(static_cast<int>(word.box.y0)) + " ";
  return said;
}

bool same_box(const PDFRectangle* a, const PDFRectangle* b) { return *a == *b; }

// Every page of `pdf`, built and from the catalog (of two documents, so neither sees the
// other's work), compared.
void expect_catalog_pages(const std::string& pdf, int expected_pages = -1) {
  SCOPED_TRACE(pdf);
  std::unique_ptr<PDFDoc> for_catalog = open_poppler_document(pdf);
  std::unique_ptr<PDFDoc> for_tree = open_poppler_document(pdf);
  ASSERT_TRUE(for_catalog && for_tree);
  if (expected_pages >= 0) {
    ASSERT_EQ(for_catalog->getNumPages(), expected_pages);
  }
  PageTree tree(*for_tree);
  PageTree::Pages pages(tree, *for_tree);
  WordAndStrokeReader reader;
  for (int number = 1; number <= for_catalog->getNumPages(); ++number) {
    SCOPED_TRACE("page " + std::to_string(number));
    Page* expected = for_catalog->getPage(number);
    LoadedPage loaded = pages.load(number);
    if (!expected) {  // a /Count larger than the tree (broken_page.pdf)
      EXPECT_FALSE(loaded.page);
      continue;
    }
    ASSERT_TRUE(loaded.page);
    EXPECT_TRUE(loaded.built) << "built apart from the catalog";
    Page& built = *loaded.page;
    EXPECT_EQ(built.getRef(), expected->getRef());
    EXPECT_TRUE(same_box(built.getMediaBox(), expected->getMediaBox()));
    EXPECT_TRUE(same_box(built.getCropBox(), expected->getCropBox()));
    EXPECT_TRUE(same_box(built.getBleedBox(), expected->getBleedBox()));
    EXPECT_TRUE(same_box(built.getTrimBox(), expected->getTrimBox()));
    EXPECT_TRUE(same_box(built.getArtBox(), expected->getArtBox()));
    EXPECT_EQ(built.isCropped(), expected->isCropped());
    EXPECT_EQ(built.getRotate(), expected->getRotate());
    Dict* resources = built.getResourceDict();
    Dict* expected_resources = expected->getResourceDict();
    ASSERT_EQ(resources == nullptr, expected_resources == nullptr);
    if (resources) {
      EXPECT_EQ(resources->getLength(), expected_resources->getLength());
    }
    EXPECT_EQ(words_of(reader, built), words_of(reader, *expected));
  }
}

TEST(PdfPageTree, BuiltPagesAreTheCatalogsInATreeThatNestsAndInherits) {
  const fs::path pdf = fs::path(::testing::TempDir()) / "agendum-nested-tree.pdf";
  std::ofstream(pdf, std::ios::binary) << nested_tree_pdf();
  expect_catalog_pages(pdf.string(), 6);
  // The words are there, so the comparison above compared something.
  std::unique_ptr<PDFDoc> document = open_poppler_document(pdf.string());
  PageTree tree(*document);
  PageTree::Pages pages(tree, *document);
  WordAndStrokeReader reader;
  EXPECT_NE(words_of(reader, *pages.load(1).page).find("first"), std::string::npos);
  EXPECT_NE(words_of(reader, *pages.load(2).page).find("landscape"), std::string::npos);
  EXPECT_NE(words_of(reader, *pages.load(4).page).find("small"), std::string::npos);
  EXPECT_NE(words_of(reader, *pages.load(6).page).find("untyped"), std::string::npos);
  EXPECT_EQ(pages.load(7).page, nullptr);
  fs::remove(pdf);
}

TEST(PdfPageTree, BuiltPagesAreTheCatalogsOnEveryBundledPdf) {
  int files = 0;
  for (const fs::path& dir : {fs::path(testing::source_path("samples")),
                              fs::path(testing::source_path("tests/fixtures/pdf"))}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".pdf") continue;
      std::unique_ptr<PDFDoc> opens = open_poppler_document(entry.path().string());
      if (!opens || opens->getNumPages() <= 0) continue;  // the fixtures that do not open
      expect_catalog_pages(entry.path().string());
      ++files;
    }
  }
  EXPECT_GT(files, 20);
}

}  // namespace
}  // namespace agendum
