// Triage of text layers that are letters but read as no language: the invisible text an old
// OCR pass left over a scan is read again with OCR; prose, tables, name lists and prose in
// another language keep their layer. The word test needs the system word list (wamerican,
// which tools/install-deps.sh installs); without it the test is skipped, as the check is.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pdf/read_pdf.h"
#include "pipeline/pdf/triage.h"

namespace agendum {
namespace {

bool word_list_installed() { return std::filesystem::exists("/usr/share/dict/words"); }

std::vector<Word> words_of(const std::string& text) {
  std::vector<Word> words;
  std::istringstream in(text);
  std::string token;
  while (in >> token) {
    Word word;
    word.text = token;
    word.font_size = 12;
    words.push_back(word);
  }
  return words;
}

// Our own notice, as printed and as a poor OCR pass read it (every other word misread).
constexpr const char* kNotice =
    "The Board of Trustees will hold a public hearing on the proposed budget for the coming "
    "fiscal year at its regular meeting in the library of the district office. Any person may "
    "appear and be heard on any part of the budget, and written comments may be sent to the "
    "clerk of the board before the day of the hearing. Copies of the proposed budget are "
    "available for review at the district office during regular business hours.";
constexpr const char* kNoise =
    "The Boarcl of Trustces will liold a publlc hearing on tlie proposed budgct for tlie coming "
    "flscal year at lts regular rneeting in tlie library of the dlstrict office. Ariy person "
    "rnay appear arid be lieard on ariy part of the budgct, and wrltten comments rnay be scnt "
    "to tlie clerk of the boarcl before tlie day of the liearing. Copies of the proposcd budget "
    "arc available for review at tlie district offlce during rcgular business liours.";

TEST(PdfTriage, OcrNoiseLayerFailsTriage) {
  if (!word_list_installed()) GTEST_SKIP() << "no /usr/share/dict/words";
  EXPECT_EQ(garbage_share(words_of(kNotice)), 0);
  double noise = garbage_share(words_of(kNoise));
  EXPECT_GE(noise, 0.25);
  EXPECT_LT(1 - 2.5 * noise, kOcrBelow);  // the quality triage gives the page
}

TEST(PdfTriage, TablesNamesAndOtherLanguagesAreNotJudgedByWords) {
  if (!word_list_installed()) GTEST_SKIP() << "no /usr/share/dict/words";
  // A pay table: capitalised titles and figures, hardly any lower-case prose.
  std::string table;
  for (int row = 0; row < 30; ++row)
    table += "Senior Maintenance Worker II 41 $5,017.00 $6,391.00 Monthly ";
  EXPECT_EQ(garbage_share(words_of(table)), 0);
  // A roll of names.
  EXPECT_EQ(garbage_share(words_of(std::string(40, ' ') +
                                   "Okafor Lund Reyes Hart Whitfield Marchetti Halvorsen Chou "
                                   "Mahlke Lyons Tye Ortiz Brandt Sato Hale Kibbey")),
            0);
  // A Spanish notice: its words are not English words, and it is not noise either.
  std::string spanish;
  for (int repeat = 0; repeat < 3; ++repeat)
    spanish +=
        "La Junta celebrará una audiencia pública sobre el presupuesto propuesto para el próximo "
        "año fiscal en la biblioteca de la oficina del distrito. Cualquier persona podrá "
        "presentar comentarios por escrito al secretario antes del día de la audiencia. ";
  EXPECT_LT(garbage_share(words_of(spanish)), 0.05);
}

// The whole path: a scan under a layer of OCR noise is rendered, fails triage and is OCR'd.
TEST(PdfTriage, ScanUnderOcrNoiseIsReadAgain) {
  if (!word_list_installed()) GTEST_SKIP() << "no /usr/share/dict/words";
  ReadOptions options;
  options.jobs = 1;
  Result<ReadResult> read =
      read_pdf(std::string(AGENDUM_SOURCE_DIR) + "/tests/fixtures/pdf/noise_layer.pdf", options);
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read.value().pages.size(), 1u);
  const PageText& page = read.value().pages[0];
  EXPECT_EQ(page.info.method, PageMethod::ocr);
  std::string text;
  for (const TextLine& line : page.lines)
    for (const Word& word : line.words) text += word.text + " ";
  EXPECT_NE(text.find("proposed budget"), std::string::npos) << text;
  EXPECT_NE(text.find("the library of the district"), std::string::npos) << text;
}

}  // namespace
}  // namespace agendum
