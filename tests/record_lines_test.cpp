// Finding a record's lines on its source page, from the page's text and the record's JSON.
#include "review/record_lines.h"

#include <gtest/gtest.h>

#include "review/review_queue.h"

namespace agendum {
namespace {

using nlohmann::json;

TEST(RecordTexts, PrintedTextButNotIdsAndCodes) {
  json record = {
      {"id", "spec-3"},
      {"title", "Lead Ranger"},
      {"status", "proposed"},
      {"document", "doc-4"},
      {"duties",
       json::array(
           {{{"text", "Patrols parks."}, {"change", "deleted"}, {"deleted", {"old words"}}}})},
      {"dates",
       json::array({{{"label", "Revised"}, {"date", "2017-08"}, {"text", "August 2017"}}})},
      {"pages", {3, 4}}};
  std::vector<std::string> texts = record_texts(record);
  auto has = [&](const char* text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
  };
  EXPECT_TRUE(has("Lead Ranger"));
  EXPECT_TRUE(has("Patrols parks."));
  EXPECT_TRUE(has("old words"));
  EXPECT_TRUE(has("August 2017"));
  EXPECT_TRUE(has("Revised"));
  EXPECT_FALSE(has("spec-3"));
  EXPECT_FALSE(has("proposed"));
  EXPECT_FALSE(has("doc-4"));
  EXPECT_FALSE(has("2017-08"));
  EXPECT_FALSE(has("deleted"));
}

TEST(LinesHolding, LinesOfTheRecordAndNotOfItsNeighbours) {
  const std::vector<std::string> page = {
      "City of Carson                                   Resolution No. 19-110",  // running header
      "DEFINITION",
      "Under general supervision, provides secretarial sup-",
      "port work in the Management Information Services",
      "division; receives and coordinates requests.",
      "1. Coordinates the referral of IT service requests to",
      "Computer Support Technicians.",
      "Division Secretary range 335 $4,330 - $5,517 Systems Coordinator range 341 $5,017 - $6,391",
      "Page 4 of 7",
      "The next class specification begins here with other words entirely."};
  const std::vector<std::string> spec = {
      "City of Carson", "DEFINITION",
      "Under general supervision, provides secretarial support work in the Management Information "
      "Services "
      "division; receives and coordinates requests.",
      "Coordinates the referral of IT service requests to Computer Support Technicians."};
  EXPECT_EQ(lines_holding(page, spec), (std::vector<size_t>{2, 3, 4, 5, 6}));
  const std::vector<std::string> pay = {"Systems Coordinator", "range 341 $5,017 - $6,391"};
  EXPECT_EQ(lines_holding(page, pay), (std::vector<size_t>{7}));
  EXPECT_TRUE(lines_holding(page, {}).empty());
  EXPECT_TRUE(lines_holding({}, spec).empty());
}

TEST(ReviewTargets, OnlyWellFormedTargets) {
  for (const char* good :
       {"packet", "page:1", "page:123456789", "record:spec-3", "record:item-12", "record:pay-1'"})
    EXPECT_TRUE(is_review_target(good)) << good;
  for (const char* bad : {"", "page:", "page:x", "page:1234567890", "page:-1", "record:",
                          "record:a b", "record:x;DROP", "packets", "PAGE:1", "record:<script>"})
    EXPECT_FALSE(is_review_target(bad)) << bad;
}

}  // namespace
}  // namespace agendum
