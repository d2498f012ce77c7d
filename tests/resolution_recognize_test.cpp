// The resolution recognizer: where a resolution or ordinance opens, and how its keywords are
// matched when OCR misreads them.
#include <gtest/gtest.h>

#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/resolution.h"
#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

std::vector<DocumentSpan> segment(std::string_view markup) {
  std::vector<Diagnostic> diagnostics;
  return segment_packet(testing::clean_from_markup(markup), diagnostics);
}

TEST(OcrTolerant, MatchesWhatOcrPrints) {
  RE2 resolution("^" + ocr_tolerant("resolution") + "$");
  // Split words and letter-spaced type ("R E S O L U T I O N") too.
  for (const char* printed : {"RESOLUTION", "Resolution", "RES0LUTI0N", "Reso1ution", "RESOLUTlON",
                              "RES OLUTION", "RESO|UTION", "RE$OLUTION", "R E S O L U T I O N"})
    EXPECT_TRUE(RE2::FullMatch(printed, resolution)) << printed;
  for (const char* other : {"REVOLUTION", "RESOLUTIONS", "RESOLVTE", "RESO  LUTION"})
    EXPECT_FALSE(RE2::FullMatch(other, resolution)) << other;
  RE2 whereas("^" + ocr_tolerant("whereas") + "$");
  for (const char* printed : {"WHEREAS", "VVHEREAS", "WHERE AS", "WHEREA5", "WIiEREAS"})
    EXPECT_TRUE(RE2::FullMatch(printed, whereas)) << printed;
  RE2 member("^" + ocr_tolerant("member") + "$");
  EXPECT_TRUE(RE2::FullMatch("rnember", member));
  // Symbols stand for letters only inside a word, so the pattern sits between \b boundaries.
  EXPECT_FALSE(RE2::FullMatch("$ECTION", RE2("^" + ocr_tolerant("section") + "$")));
}

TEST(ResolutionVocabulary, StructureFoundMidLine) {
  std::string flattened =
      "... City Clerk. WHEREAS, the fee is due; and WHEREAS, it is paid; NOW, THEREFORE, BE IT "
      "RESOLVED that ... PASSED, APPROVED AND ADOPTED this 2nd day of May, 2022.";
  re2::StringPiece scan(flattened);
  int recitals = 0;
  while (RE2::FindAndConsume(&scan, whereas_pattern())) ++recitals;
  EXPECT_EQ(recitals, 2);
  EXPECT_TRUE(RE2::PartialMatch(flattened, operative_pattern()));
  EXPECT_TRUE(RE2::PartialMatch(flattened, resolves_pattern()));
  EXPECT_TRUE(RE2::PartialMatch(flattened, adoption_pattern()));
  // An agreement's "NOW, THEREFORE" resolves nothing; an ordinance ordains.
  EXPECT_FALSE(
      RE2::PartialMatch("NOW, THEREFORE, the parties agree as follows:", resolves_pattern()));
  EXPECT_TRUE(RE2::PartialMatch("THE CITY COUNCIL DOES ORDAIN AS FOLLOWS:", ordains_pattern()));
  EXPECT_TRUE(RE2::PartialMatch("Report. Adopted by the Board on May 5, 2020.",
                                adoption_sentence_pattern()));
  EXPECT_FALSE(RE2::PartialMatch("APPROVED AS TO FORM:", adoption_sentence_pattern()));
}

TEST(ResolutionOpenings, HeadingWithItsNumberOnTheNextLine) {
  std::vector<DocumentSpan> documents = segment(R"(Planning Commission report on the fee update.

<<page>>
Resolution No

2024 - 9

A resolution of the Town of Ferndale setting planning fees.
)");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].kind, DocumentKind::resolution);
  EXPECT_EQ(documents[1].title, "Resolution No 2024 - 9");
}

TEST(ResolutionOpenings, AMixedCaseCitationInProseOpensNothing) {
  std::vector<DocumentSpan> documents = segment(R"(STAFF REPORT
TO: Honorable Mayor and City Council
SUBJECT: Fee update
The Council is asked to adopt the resolution that replaces the fees of
Resolution No. 2019-04 with the fees in the attached table, which staff prepared
after the review of other cities.
)");
  for (const DocumentSpan& document : documents) EXPECT_NE(document.kind, DocumentKind::resolution);
}

TEST(ResolutionOpenings, OcrMisreadHeading) {
  std::vector<DocumentSpan> documents = segment(R"(AGENDA ITEM 7

<<page>>
RES0LUTI0N N0. 2019-44
A RESOLUTION OF THE BOARD OF SUPERVISORS
WHEREAS, the County maintains rural roads;
)");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].kind, DocumentKind::resolution);
}

}  // namespace
}  // namespace agendum
