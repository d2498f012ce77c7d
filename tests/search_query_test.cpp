// agendum search: ranked full-text results with filters; what users type is only ever text;
// a query over 10,000 records answers in milliseconds.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include "search/index.h"
#include "search/index_database.h"
#include "search/query.h"
#include "tests/support/packets.h"

namespace agendum {
namespace {

using nlohmann::json;

// Timing targets hold for optimised builds, not under the sanitizers.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr bool kTimed = false;
#else
constexpr bool kTimed = true;
#endif

TEST(FtsMatchExpression, UserTextIsQuotedTermByTerm) {
  EXPECT_EQ(fts_match_expression("pay range"), "\"pay\" \"range\"");
  EXPECT_EQ(fts_match_expression("\"city clerk\" deputy"), "\"city clerk\" \"deputy\"");
  EXPECT_EQ(fts_match_expression("super*"), "\"super\"*");
  EXPECT_EQ(fts_match_expression("NEAR(a b) OR title:x"), "\"NEAR(a\" \"b)\" \"OR\" \"title:x\"");
  // Terms with nothing a word is made of are left out (an empty phrase would match nothing).
  EXPECT_EQ(fts_match_expression("'; DROP TABLE records; --"), "\"DROP\" \"TABLE\" \"records;\"");
  EXPECT_EQ(fts_match_expression("\"unbalanced quote"), "\"unbalanced quote\"");
  EXPECT_EQ(fts_match_expression("* \" ** -- ()"), "");
  EXPECT_EQ(fts_match_expression("   "), "");
  EXPECT_EQ(fts_match_expression("café"), "\"café\"");
}

TEST(FtsMatchExpression, LongInputIsCutToBoundedTerms) {
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "word" + std::to_string(i) + " ";
  std::string expression = fts_match_expression(many);
  EXPECT_EQ(std::count(expression.begin(), expression.end(), ' ') + 1,
            static_cast<long>(kMaxQueryTerms));
  std::string huge(10 * 1024 * 1024, 'a');
  EXPECT_LE(fts_match_expression(huge).size(), 300u);
}

TEST(QueryDates, IsoDatesAsPreciseAsWanted) {
  for (const char* good : {"2019", "2019-05", "2019-05-14"})
    EXPECT_TRUE(is_query_date(good)) << good;
  for (const char* bad :
       {"", "19", "2019-5", "2019/05/14", "2019-05-14x", "May 2019", "2019-05-1'"})
    EXPECT_FALSE(is_query_date(bad)) << bad;
}

TEST(SplitHighlights, MarkersBecomeRanges) {
  auto [plain, ranges] = split_highlights(
      "a \x02"
      "match\x03 and \x02"
      "more\x03");
  EXPECT_EQ(plain, "a match and more");
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(plain.substr(ranges[0].first, ranges[0].second - ranges[0].first), "match");
  EXPECT_EQ(plain.substr(ranges[1].first, ranges[1].second - ranges[1].first), "more");
}

class SearchIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new testing::TempFolder("search-query");
    folder_ = new std::filesystem::path(temp_->path());
    const std::filesystem::path out = *folder_ / "out";
    for (int seed = 0; seed < 40; ++seed)
      testing::write_packet(out, testing::synthetic_packet(seed));
    json special = testing::synthetic_packet(1000, {1, 1, 0, 0});
    special["class_specs"][0]["title"] = "Harbor Pilot";
    special["class_specs"][0]["jurisdiction"] = "Port of 100% Tides_Water";
    special["class_specs"][0]["definition"] =
        "Guides vessels; \"quoted\" NEAR(harbor) text; '; DROP TABLE records; --";
    special["class_specs"][0]["dates"] =
        json::array({{{"label", "Revised"}, {"date", "1999-07"}, {"text", "July 1999"}}});
    special["resolutions"][0]["recitals"][0] =
        "WHEREAS, the harbor pilot program is reviewed yearly";
    testing::write_packet(out, special);
    db_ = new std::string((*folder_ / "index.db").string());
    Result<IndexReport> report = index_packets(*db_, {out.string()});
    ASSERT_TRUE(report.ok()) << report.status().message();
  }
  static void TearDownTestSuite() {
    delete temp_;
    delete folder_;
    delete db_;
  }
  SearchResults search(const SearchQuery& query) {
    Result<sqlite::Database> database = open_index(*db_, IndexAccess::read);
    EXPECT_TRUE(database.ok());
    Result<SearchResults> results = search_index(database.value(), query);
    EXPECT_TRUE(results.ok()) << results.status().message();
    return results.ok() ? results.value() : SearchResults{};
  }
  SearchResults search(const std::string& text) {
    SearchQuery query;
    query.text = text;
    return search(query);
  }
  static testing::TempFolder* temp_;
  static std::filesystem::path* folder_;
  static std::string* db_;
};
testing::TempFolder* SearchIndex::temp_ = nullptr;
std::filesystem::path* SearchIndex::folder_ = nullptr;
std::string* SearchIndex::db_ = nullptr;

TEST_F(SearchIndex, RanksTitleMatchesFirstAndHighlightsTheSnippet) {
  SearchResults results = search("harbor pilot");
  ASSERT_GE(results.total, 2);
  EXPECT_EQ(results.hits[0].title, "Harbor Pilot");
  EXPECT_EQ(results.hits[0].kind, "class_spec");
  EXPECT_EQ(results.hits[0].agency, "Port of 100% Tides_Water");
  EXPECT_EQ(results.hits[0].date, "1999-07");
  EXPECT_EQ(results.hits[0].file, "synthetic-1000.pdf");
  bool resolution_found = false;
  for (const SearchHit& hit : results.hits) {
    if (hit.kind != "resolution") continue;
    resolution_found = true;
    ASSERT_FALSE(hit.highlights.empty());
    auto [start, end] = hit.highlights[0];
    EXPECT_EQ(hit.snippet.substr(start, end - start), "harbor");
  }
  EXPECT_TRUE(resolution_found);
  // Porter stemming: "reviewing" finds "reviewed".
  EXPECT_GE(search("reviewing harbor").total, 1);
  // A prefix.
  EXPECT_GE(search("harb*").total, 1);
}

TEST_F(SearchIndex, HostileQueriesAreTextAndHarmless) {
  const long long records_before = search("").total;
  for (const char* hostile :
       {"\"", "\"\"", "*", "**", "NEAR(", "NEAR(harbor pilot", "'; DROP TABLE records; --",
        "\"; DROP TABLE records; --", "harbor OR 1=1", "title:harbor", "^harbor", "harbor AND",
        "(((", "\\", "%", "_", "\x01\x02\x03", "\xff\xfe"}) {
    SearchQuery query;
    query.text = hostile;
    Result<sqlite::Database> database = open_index(*db_, IndexAccess::read);
    Result<SearchResults> results = search_index(database.value(), query);
    EXPECT_TRUE(results.ok()) << hostile << ": " << results.status().message();
  }
  // The SQL text in the document is found as words, like any other.
  EXPECT_EQ(search("DROP TABLE records").total, 1);
  EXPECT_EQ(search("NEAR(harbor)").total, 1);
  EXPECT_EQ(search("").total, records_before);
  // A 10 MB query: cut to its first terms, answered quickly, no error.
  const auto start = std::chrono::steady_clock::now();
  SearchResults huge = search(std::string(10 * 1024 * 1024, 'x'));
  EXPECT_EQ(huge.total, 0);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST_F(SearchIndex, FiltersNarrowTheResults) {
  SearchQuery query;
  query.kind = "pay_range";
  SearchResults pay = search(query);
  EXPECT_EQ(pay.total, 40 * 3);
  for (const SearchHit& hit : pay.hits) {
    EXPECT_EQ(hit.kind, "pay_range");
    ASSERT_TRUE(hit.pay && hit.pay->annual_factor);
  }
  query.min_annual = 120000;
  for (const SearchHit& hit : search(query).hits) EXPECT_GE(*hit.annual_max, 120000);
  query.min_annual.reset();
  query.max_annual = 50000;
  SearchResults cheap = search(query);
  EXPECT_GT(cheap.total, 0);
  for (const SearchHit& hit : cheap.hits) EXPECT_LE(*hit.annual_min, 50000);

  // LIKE's wildcards in an agency are literal.
  SearchQuery agency;
  agency.agency = "100% Tides_";
  EXPECT_EQ(search(agency).total, 1);
  agency.agency = "100_ Tides";
  EXPECT_EQ(search(agency).total, 0);
  agency.agency = "%";
  EXPECT_EQ(search(agency).total, 1);

  // Dates compare as precisely as given: --to 1999 keeps 1999-07.
  SearchQuery dates;
  dates.text = "harbor";
  dates.to = "1999";
  EXPECT_EQ(search(dates).total, 1);
  dates.to = "1999-06";
  EXPECT_EQ(search(dates).total, 0);
  dates.to.reset();
  dates.from = "1999-07-01";
  dates.kind = "class_spec";
  EXPECT_EQ(search(dates).total, 1);  // "1999-07" is not before July 1999
}

TEST_F(SearchIndex, WithoutWordsTheNewestComeFirst) {
  SearchQuery query;
  query.kind = "resolution";
  query.limit = 500;
  SearchResults results = search(query);
  ASSERT_EQ(results.total, 41);
  for (size_t i = 1; i < results.hits.size(); ++i)
    EXPECT_GE(results.hits[i - 1].date.value_or(""), results.hits[i].date.value_or(""));
  query.limit = 5;
  query.offset = 5;
  SearchResults second_page = search(query);
  ASSERT_EQ(second_page.hits.size(), 5u);
  EXPECT_EQ(second_page.hits[0].id, results.hits[5].id);
}

TEST_F(SearchIndex, FindsOneRecordById) {
  SearchResults results = search("harbor pilot");
  Result<sqlite::Database> database = open_index(*db_, IndexAccess::read);
  Result<RecordDetail> detail = find_record(database.value(), results.hits[0].id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(json::parse(detail.value().json)["title"], "Harbor Pilot");
  EXPECT_EQ(find_record(database.value(), 987654321).status().code(), ErrorCode::file_not_found);
}

// Processor time of this process, in milliseconds.
double cpu_milliseconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The speed targets: indexing >= 1,000 records/s, a query over 10,000 records under 50 ms.
// Held on processor time, the best of a few runs, so a CI machine busy with other tests does
// not fail them; bench/search.py measures wall-clock time, in agendum and over HTTP.
TEST(SearchScale, TenThousandRecords) {
  const testing::TempFolder temp("search-scale");
  const std::filesystem::path& folder = temp.path();
  const testing::SyntheticCounts counts{8, 2, 8, 2};  // 20 records a packet
  const int packets = kTimed ? 500 : 100;
  for (int seed = 0; seed < packets; ++seed)
    testing::write_packet(folder / "out", testing::synthetic_packet(seed, counts));
  const std::string db = (folder / "index.db").string();
  const double start = cpu_milliseconds();
  Result<IndexReport> report = index_packets(db, {(folder / "out").string()});
  const double seconds = (cpu_milliseconds() - start) / 1e3;
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report.value().records_written, packets * testing::record_count(counts));
  const double rate = static_cast<double>(report.value().records_written) / seconds;
  std::cout << "indexed " << report.value().records_written << " records at "
            << static_cast<long>(rate) << " records per processor second\n";
  if (kTimed) {
    EXPECT_GE(rate, 1000);
  }

  Result<sqlite::Database> database = open_index(db, IndexAccess::read);
  ASSERT_TRUE(database.ok());
  double slowest = 0;
  for (const char* text :
       {"inspects permit applications", "senior planner", "budget*", "\"capital project budgets\"",
        "records", "traffic signal timing zoning"}) {
    SearchQuery query;
    query.text = text;
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      const double asked = cpu_milliseconds();
      Result<SearchResults> results = search_index(database.value(), query);
      best = std::min(best, cpu_milliseconds() - asked);
      ASSERT_TRUE(results.ok());
      EXPECT_GT(results.value().total, 0) << text;
    }
    std::cout << text << ": " << best << " ms\n";
    slowest = std::max(slowest, best);
  }
  std::cout << "slowest query: " << slowest << " ms of processor time\n";
  if (kTimed) {
    EXPECT_LT(slowest, 50);
  }
}

}  // namespace
}  // namespace agendum
