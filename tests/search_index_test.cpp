// agendum index: packets into rows (flatten_packet), and loading folders into the index:
// incremental, idempotent, replacing re-extracted packets, reporting bad inputs.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "search/index.h"
#include "search/index_database.h"
#include "search/packet_records.h"
#include "tests/support/packets.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::synthetic_packet;

long long count_rows(const std::string& db, const std::string& sql) {
  Result<sqlite::Database> database = open_index(db, IndexAccess::read);
  EXPECT_TRUE(database.ok()) << database.status().message();
  sqlite::Statement count = database.value().prepare(sql);
  return count.step() ? count.integer(0) : -1;
}

const IndexedRecord* find(const IndexedPacket& packet, const std::string& id) {
  for (const IndexedRecord& record : packet.records)
    if (record.id == id) return &record;
  return nullptr;
}

TEST(FlattenPacket, RecordsOfEveryKindWithTheirSearchText) {
  json packet = synthetic_packet(3, {2, 1, 3, 2});
  Result<IndexedPacket> flat = flatten_packet(packet);
  ASSERT_TRUE(flat.ok()) << flat.status().message();
  const IndexedPacket& rows = flat.value();
  EXPECT_EQ(rows.sha256, packet["source"]["sha256"]);
  EXPECT_EQ(rows.records.size(), 8u);
  EXPECT_EQ(rows.pages.size(), 20u);
  const IndexedRecord* spec = find(rows, "spec-1");
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->kind, "class_spec");
  EXPECT_EQ(spec->title, packet["class_specs"][0]["title"]);
  EXPECT_NE(spec->body.find(packet["class_specs"][0]["duties"][2]["text"].get<std::string>()),
            std::string::npos);
  EXPECT_NE(spec->search_title.find(packet["class_specs"][0]["class_code"].get<std::string>()),
            std::string::npos);
  EXPECT_EQ(spec->date, packet["class_specs"][0]["dates"][0]["date"]);
  const IndexedRecord* item = find(rows, "item-2");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->kind, "agenda_item");
  EXPECT_EQ(item->date, packet["agenda"]["date"]);
  EXPECT_EQ(item->first_page, 1);  // the agenda's pages when the item has none
  ASSERT_NE(find(rows, "res-1"), nullptr);
  EXPECT_NE(find(rows, "res-1")->body.find("WHEREAS"), std::string::npos);
}

TEST(FlattenPacket, PayIsAnnualWithItsFactor) {
  json packet = synthetic_packet(1, {0, 0, 0, 0});
  for (auto [unit, factor] :
       {std::pair{"hourly", 2080.0}, {"biweekly", 26.0}, {"monthly", 12.0}, {"annual", 1.0}})
    packet["pay_ranges"].push_back({{"id", std::string("pay-") + unit},
                                    {"classification", "Clerk"},
                                    {"unit", unit},
                                    {"min", 10.0},
                                    {"max", 20.0},
                                    {"text", "x"},
                                    {"pages", {1, 1}}});
  packet["pay_ranges"].push_back(
      {{"id", "pay-unknown"}, {"unit", "unknown"}, {"min", 5.0}, {"max", 6.0}});
  packet["pay_ranges"].push_back(
      {{"id", "pay-max-only"}, {"unit", "monthly"}, {"min", nullptr}, {"max", 5000.0}});
  Result<IndexedPacket> flat = flatten_packet(packet);
  ASSERT_TRUE(flat.ok());
  for (auto [unit, factor] :
       {std::pair{"hourly", 2080.0}, {"biweekly", 26.0}, {"monthly", 12.0}, {"annual", 1.0}}) {
    const IndexedRecord* pay = find(flat.value(), std::string("pay-") + unit);
    ASSERT_NE(pay, nullptr);
    ASSERT_TRUE(pay->pay && pay->pay->annual);
    EXPECT_EQ(pay->pay->annual->factor, factor) << unit;
    EXPECT_DOUBLE_EQ(*pay->pay->annual->min, 10 * factor);
    EXPECT_DOUBLE_EQ(*pay->annual_max, 20 * factor);
  }
  EXPECT_FALSE(find(flat.value(), "pay-unknown")->pay->annual);
  EXPECT_FALSE(find(flat.value(), "pay-unknown")->annual_min);
  // One amount printed: the record's annual span is that amount.
  EXPECT_DOUBLE_EQ(*find(flat.value(), "pay-max-only")->annual_min, 60000);
}

TEST(FlattenPacket, AgencyAndDateFallBackToDocumentAndPacket) {
  json packet = synthetic_packet(2, {1, 1, 0, 1});
  packet["pay_ranges"].push_back(
      {{"id", "pay-1"}, {"unit", "monthly"}, {"min", 1.0}, {"max", 2.0}, {"document", "doc-2"}});
  packet["pay_ranges"].push_back(
      {{"id", "pay-2"}, {"unit", "monthly"}, {"min", 1.0}, {"max", 2.0}, {"document", "doc-9"}});
  packet["class_specs"][0]["jurisdiction"] = "City of Elsewhere";
  packet["class_specs"][0]["dates"] = json::array();
  Result<IndexedPacket> flat = flatten_packet(packet);
  ASSERT_TRUE(flat.ok());
  // Most frequent jurisdiction: a tie (1 each) goes to the first in name order.
  EXPECT_EQ(find(flat.value(), "pay-1")->agency, "City of Elsewhere");      // its document's spec
  EXPECT_EQ(find(flat.value(), "pay-2")->agency, flat.value().agency);      // the packet's
  EXPECT_EQ(find(flat.value(), "spec-1")->date, packet["agenda"]["date"]);  // no date of its own
}

TEST(FlattenPacket, LenientWithOddFieldsStrictAboutWhatIsNotAPacket) {
  json packet = synthetic_packet(4, {1, 0, 0, 0});
  packet["class_specs"][0]["duties"] = "not a list";
  packet["class_specs"][0]["pages"] = json::array({"a", "b"});
  packet["class_specs"][0]["title"] = 42;
  packet["class_specs"].push_back(packet["class_specs"][0]);
  packet["class_specs"][1]["id"] = "spec-2";
  packet["class_specs"][1]["duplicate_of"] = "spec-1";
  packet["minutes"] =
      json::array({{{"body", "Town Council"},
                    {"date", "2021-02-03"},
                    {"present", {"Ito"}},
                    {"motions", json::array({{{"text", "Moved to adopt the budget"}}})}}});
  packet["future_kind"] = json::array({1, 2, 3});
  Result<IndexedPacket> flat = flatten_packet(packet);
  ASSERT_TRUE(flat.ok());
  ASSERT_EQ(flat.value().records.size(), 2u);  // the duplicate is not indexed twice
  EXPECT_EQ(flat.value().records[0].title, "Class specification");
  EXPECT_EQ(flat.value().records[0].first_page, 0);
  EXPECT_EQ(flat.value().records[1].kind, "minutes");
  EXPECT_NE(flat.value().records[1].body.find("adopt the budget"), std::string::npos);

  EXPECT_EQ(flatten_packet(json::object()).status().code(), ErrorCode::invalid_packet);
  EXPECT_EQ(flatten_packet(json::array()).status().code(), ErrorCode::invalid_packet);
  json no_sha = synthetic_packet(5);
  no_sha["source"]["sha256"] = "../../etc/passwd";
  EXPECT_EQ(flatten_packet(no_sha).status().code(), ErrorCode::invalid_packet);
}

class IndexFolders : public ::testing::Test {
 protected:
  void SetUp() override {
    temp_ = std::make_unique<testing::TempFolder>(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    folder_ = temp_->path();
    db_ = (folder_ / "index.db").string();
  }
  IndexReport index(const std::vector<std::string>& inputs) {
    Result<IndexReport> report = index_packets(db_, inputs);
    EXPECT_TRUE(report.ok()) << report.status().message();
    return report.ok() ? report.value() : IndexReport{};
  }
  std::unique_ptr<testing::TempFolder> temp_;
  fs::path folder_;
  std::string db_;
};

TEST_F(IndexFolders, ReindexingAGrownOutputAddsOnlyWhatIsNew) {
  const fs::path out = folder_ / "out";
  for (int seed = 0; seed < 3; ++seed) testing::write_packet(out, synthetic_packet(seed));
  IndexReport first = index({out.string()});
  EXPECT_EQ(first.packets_added, 3);
  EXPECT_EQ(first.records_written, 3 * testing::record_count({}));
  EXPECT_TRUE(first.problems.empty());
  const long long records = count_rows(db_, "SELECT count(*) FROM records");
  EXPECT_EQ(records, 3 * testing::record_count({}));

  IndexReport again = index({out.string()});
  EXPECT_EQ(again.packets_added, 0);
  EXPECT_EQ(again.files_not_read, 3);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records"), records);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records_fts"), records);

  testing::write_packet(out, synthetic_packet(7));
  IndexReport grown = index({out.string()});
  EXPECT_EQ(grown.packets_added, 1);
  EXPECT_EQ(grown.files_not_read, 3);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM packets"), 4);
}

TEST_F(IndexFolders, AReExtractedPacketReplacesItsRows) {
  const fs::path out = folder_ / "out";
  json packet = synthetic_packet(1, {3, 1, 2, 0});
  testing::write_packet(out, packet);
  index({out.string()});
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records"), 6);

  // A newer agendum reads the same PDF into fewer, different records.
  packet["class_specs"].erase(1);
  packet["class_specs"][0]["title"] = "Renamed Classification";
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  testing::write_packet(out, packet);
  IndexReport report = index({out.string()});
  EXPECT_EQ(report.packets_replaced, 1);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM packets"), 1);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records"), 5);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records_fts"), 5);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records_fts WHERE records_fts MATCH 'Renamed'"),
            1);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM pay_ranges"), 2);

  // An older copy of the same packet in another folder does not undo it.
  const fs::path old_out = folder_ / "old";
  json older = synthetic_packet(1, {3, 1, 2, 0});
  fs::path written = testing::write_packet(old_out, older);
  fs::last_write_time(written, fs::last_write_time(written) - std::chrono::hours(24));
  IndexReport kept = index({old_out.string()});
  EXPECT_EQ(kept.packets_older, 1);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records"), 5);
}

TEST_F(IndexFolders, RecordsJsonlFillsInPacketsWithoutAPacketFile) {
  const fs::path out = folder_ / "out";
  json with_file = synthetic_packet(1), without_file = synthetic_packet(2);
  testing::write_packet(out, with_file);
  std::ofstream lines(out / "records.jsonl");
  for (const json* packet : {&with_file, &without_file})
    for (const json& spec : (*packet)["class_specs"]) {
      json line = spec;
      line["kind"] = "class_spec";
      line["packet"] = (*packet)["source"]["sha256"];
      line["file"] = (*packet)["source"]["file"];
      lines << line.dump() << "\n";
    }
  lines << "{not json\n";
  lines.close();
  IndexReport report = index({out.string()});
  EXPECT_EQ(report.packets_added, 2);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_NE(report.problems[0].message().find("records.jsonl line 5"), std::string::npos);
  // All of the first packet from its file; the second's specs from records.jsonl.
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM records"), testing::record_count({}) + 2);
}

TEST_F(IndexFolders, BadInputsAreReportedAndTheRestIsIndexed) {
  const fs::path good = testing::write_packet(folder_ / "out", synthetic_packet(1));
  std::ofstream(folder_ / "broken.json") << "{\"schema\": ";
  std::ofstream(folder_ / "other.json") << "{\"hello\": 1}";
  IndexReport report = index({(folder_ / "missing").string(), (folder_ / "broken.json").string(),
                              (folder_ / "other.json").string(), good.string()});
  ASSERT_EQ(report.problems.size(), 3u);
  EXPECT_EQ(report.problems[0].code(), ErrorCode::file_not_found);
  EXPECT_EQ(report.problems[1].code(), ErrorCode::invalid_packet);
  EXPECT_EQ(report.problems[2].code(), ErrorCode::invalid_packet);
  EXPECT_EQ(report.packets_added, 1);

  // In a folder that is not a batch output, JSON that is not a packet is passed over.
  IndexReport folder = index({folder_.string()});
  EXPECT_EQ(folder.problems.size(), 1u);  // only broken.json: not JSON at all
}

TEST_F(IndexFolders, AFileThatIsNotAnIndexIsRefused) {
  std::ofstream(db_) << "this is not a database, just text that is long enough to be read";
  Result<IndexReport> report = index_packets(db_, {});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), ErrorCode::bad_database);
  EXPECT_EQ(open_index((folder_ / "none.db").string(), IndexAccess::read).status().code(),
            ErrorCode::file_not_found);
}

TEST_F(IndexFolders, TheReviewConnectionWritesReviewMarksOnly) {
  testing::write_packet(folder_ / "out", synthetic_packet(1));
  index({(folder_ / "out").string()});
  Result<sqlite::Database> review = open_index(db_, IndexAccess::review);
  ASSERT_TRUE(review.ok());
  EXPECT_THROW(review.value().exec("DELETE FROM records"), sqlite::DatabaseError);
  EXPECT_THROW(review.value().exec("DROP TABLE packets"), sqlite::DatabaseError);
  EXPECT_THROW(review.value().exec("UPDATE packets SET file = 'x'"), sqlite::DatabaseError);
  EXPECT_NO_THROW(
      review.value().exec("INSERT INTO review_marks VALUES ('p', 'packet', 'h', "
                          "'2024-01-01T00:00:00Z'); DELETE FROM review_marks"));
  Result<sqlite::Database> read = open_index(db_, IndexAccess::read);
  ASSERT_TRUE(read.ok());
  EXPECT_THROW(read.value().exec("INSERT INTO review_marks VALUES ('p', 'packet', 'h', 'now')"),
               sqlite::DatabaseError);
}

}  // namespace
}  // namespace agendum
