// Class spec headers as Tesseract reads them from scanned packets: the words and boxes below
// are the real OCR of the Torrance headers in samples/ (mixed_carson_torrance.pdf page 8,
// torrance_specs_scan.pdf page 4) and of the Los Angeles competency model
// (la_director_systems_scan.pdf).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/class_spec.h"
#include "pipeline/recognize/spec_lines.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

struct OcrWord {
  const char* text;
  double x0, y0, x1, y1;
};

// One line of an OCR'd page, its words in the order Tesseract gave them.
Line ocr_line(const std::vector<OcrWord>& words) {
  Line line;
  line.page = 1;
  line.method = PageMethod::ocr;
  line.confidence = 95;
  line.box = {words.front().x0, words.front().y0, words.front().x1, words.front().y1};
  for (const OcrWord& ocr : words) {
    Word word;
    word.text = ocr.text;
    word.box = {ocr.x0, ocr.y0, ocr.x1, ocr.y1};
    word.font_size = ocr.y1 - ocr.y0;
    word.confidence = 95;
    line.words.push_back(word);
    line.text += (line.text.empty() ? "" : " ") + word.text;
    line.box.x0 = std::min<double>(line.box.x0, ocr.x0);
    line.box.y0 = std::min<double>(line.box.y0, ocr.y0);
    line.box.x1 = std::max<double>(line.box.x1, ocr.x1);
    line.box.y1 = std::max<double>(line.box.y1, ocr.y1);
  }
  line.match = line.text;
  line.font_size = words.size() > 0 ? line.box.height() : 0;
  return line;
}

// The sections under the header, enough for the header to make a spec.
constexpr std::string_view kSpecBody = R"(DEFINITION:

Under direction, performs a range of routine to complex/highly skilled repairs and fabrication; and performs related work as required.

DISTINGUISHING CHARACTERISTICS / SUPERVISION EXERCISED/RECEIVED:

Receives direction from the Fleet Services Supervisor.

EXAMPLES OF ESSENTIAL DUTIES:

- Performs skilled welding and brazing processes;
- Fabricates parts and weldments;
)";

// A spec whose header is the given OCR lines, read through the spec extractor.
std::vector<ClassSpec> specs_under(const std::vector<Line>& header) {
  CleanText text = testing::clean_from_markup(kSpecBody);
  for (Line& line : text.lines) line.box.y0 += 100, line.box.y1 += 100;
  text.lines.insert(text.lines.begin(), header.begin(), header.end());
  std::vector<Diagnostic> diagnostics;
  return extract_class_specs(text, segment_packet(text, diagnostics), {}, diagnostics);
}

std::vector<std::string> texts_of(const CleanText& text) {
  std::vector<std::string> out;
  for (const SpecLine& line : spec_lines_from(text)) out.push_back(line.text);
  return out;
}

// mixed_carson_torrance.pdf page 8: the box edge left of SENIOR read as a tall "R,", and the
// header's right column read as one line, "Class Code: 5524" and "Bargaining Unit: ..."
// interleaved word by word.
std::vector<Line> welder_header() {
  return {
      ocr_line({{"WELDER,", 71, 65, 119, 74},
                {"R,", 119, 65, 132, 84},
                {"SENIOR", 136, 67, 185, 77},
                {"Class", 349, 73, 368, 80},
                {"Bargaining", 348, 84, 389, 92},
                {"Code:", 371, 73, 392, 80},
                {"Unit:", 392, 85, 409, 91},
                {"5524", 395, 75, 413, 81},
                {"Torrance", 413, 86, 445, 93},
                {"Municipal", 448, 87, 485, 96},
                {"Employees", 489, 88, 529, 97}}),
      ocr_line({{"CITY", 71, 82, 92, 89},
                {"OF", 94, 83, 106, 90},
                {"TORRANCE", 108, 84, 158, 91},
                {"(AFSCME", 348, 95, 387, 103},
                {"Local", 390, 96, 410, 102},
                {"1117)", 414, 97, 434, 105}}),
      ocr_line({{"Revision", 71, 93, 103, 100},
                {"Date:", 106, 94, 125, 101},
                {"May", 128, 95, 144, 103},
                {"1,", 148, 95, 153, 103},
                {"2004", 156, 96, 174, 102}}),
  };
}

TEST(ClassSpecOcr, InterleavedHeaderRowsPartByHeight) {
  CleanText text;
  text.lines = welder_header();
  EXPECT_EQ(texts_of(text), (std::vector<std::string>{
                                "WELDER, SENIOR", "Class Code: 5524",
                                "Bargaining Unit: Torrance Municipal Employees", "CITY OF TORRANCE",
                                "(AFSCME Local 1117)", "Revision Date: May 1, 2004"}));
}

TEST(ClassSpecOcr, LabelsOfAnInterleavedHeaderKeepTheirValues) {
  auto specs = specs_under(welder_header());
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title_as_printed, "WELDER, SENIOR");
  EXPECT_EQ(specs[0].title, "Senior Welder");
  EXPECT_EQ(specs[0].class_code, "5524");
  EXPECT_EQ(specs[0].bargaining_unit, "Torrance Municipal Employees (AFSCME Local 1117)");
  EXPECT_EQ(specs[0].jurisdiction, "City of Torrance");
}

// torrance_specs_scan.pdf page 4: the large initial of STOREKEEPER boxed apart from the rest,
// with a ghost "T" read inside its box.
TEST(ClassSpecOcr, TitleReadTwiceAndSplitAtItsInitial) {
  std::vector<Line> header = {
      ocr_line({{"sTO", 63, 70, 89, 80},
                {"T", 70, 70, 79, 79},
                {"REKEEPER", 89, 70, 161, 81},
                {"Class", 341, 71, 360, 78},
                {"Code:", 363, 72, 384, 79},
                {"1152", 388, 72, 405, 79}}),
      ocr_line({{"Bargaining", 341, 82, 381, 91},
                {"Unit:", 384, 83, 402, 89},
                {"Torrance", 405, 83, 438, 90},
                {"Municipal", 441, 83, 478, 92},
                {"Employees", 481, 83, 521, 92}}),
      ocr_line({{"CITY", 63, 88, 84, 95},
                {"OF", 87, 88, 98, 95},
                {"TORRANCE", 101, 89, 150, 95},
                {"(AFSCME", 340, 93, 380, 101},
                {"Local", 383, 93, 403, 100},
                {"1117)", 407, 94, 427, 102}}),
  };
  auto specs = specs_under(header);
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].title, "Storekeeper");
  EXPECT_EQ(specs[0].class_code, "1152");
  EXPECT_EQ(specs[0].bargaining_unit, "Torrance Municipal Employees (AFSCME Local 1117)");
}

// A word set a little higher at the end of a cell is no second row, and the same boxes from
// a text layer are taken as they are.
TEST(ClassSpecOcr, RaisedWordStaysOnItsRow) {
  CleanText text;
  text.lines = {ocr_line({{"WELDER,", 71, 65, 119, 74},
                          {"SENIOR", 123, 65, 172, 74},
                          {"Class", 349, 73, 368, 80},
                          {"Code:", 371, 73, 392, 80},
                          {"5524", 395, 68, 413, 75}})};
  EXPECT_EQ(texts_of(text), (std::vector<std::string>{"WELDER, SENIOR", "Class Code: 5524"}));
  text.lines = {ocr_line(
      {{"sTO", 63, 70, 89, 80}, {"REKEEPER", 89, 70, 161, 81}, {"Class", 341, 71, 360, 78}})};
  text.lines[0].method = PageMethod::text;
  EXPECT_EQ(texts_of(text), (std::vector<std::string>{"sTO REKEEPER", "Class"}));
}

// la_director_systems_scan.pdf: the heading over the first competency's description came out
// "JJDGMENT"; the list that opens the model has it right.
TEST(ClassSpecOcr, CompetencyNamedAsTheModelListsIt) {
  CleanText text = testing::clean_from_markup(R"(COMPETENCY MODEL FOR
DIRECTOR OF SYSTEMS
CLASS CODE 9375

The following competencies have been identified as those that best separate superior from satisfactory job performance in the class of DIRECTOR OF SYSTEMS.
¢ 3. Judgment and Decision Making
* 21. Technology Application

3. JJDGMENT AND DECISION MAKING - Accurately assesses situations, seeks new information if necessary, and applies all available information to reach sound conclusions/formulate effective response.

Level 1: Training and guidelines needed to respond to immediate situations within very specific function are provided (or supervisor available to assist).

21. TECHNOLOGY APPLICATION - Correctly applies technology as required on the job; conceptualizes improvements in work through introducing and/or enhancing use of technology.

28. SUPERVISION - Oversees the work of others.
)");
  std::vector<Diagnostic> diagnostics;
  auto specs = extract_class_specs(text, segment_packet(text, diagnostics), {}, diagnostics);
  ASSERT_EQ(specs.size(), 1u);
  ASSERT_EQ(specs[0].competencies.size(), 3u);
  EXPECT_EQ(specs[0].competencies[0].number, "3");
  EXPECT_EQ(specs[0].competencies[0].name, "Judgment and Decision Making");
  EXPECT_EQ(specs[0].competencies[1].name, "Technology Application");
  // A competency the list does not name keeps its heading's name.
  EXPECT_EQ(specs[0].competencies[2].name, "Supervision");
}

}  // namespace
}  // namespace agendum
