// End to end through the agendum command: index, search, export and diff on packets the
// built agendum extracts from the bundled samples, and their error exits.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/command.h"
#include "tests/support/packets.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_agendum;

std::string quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

class SearchCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new testing::TempFolder("search-cli");
    folder_ = new fs::path(temp_->path());
    db_ = new std::string((*folder_ / "index.db").string());
  }
  static void TearDownTestSuite() {
    delete temp_;
    delete folder_;
    delete db_;
  }
  static testing::TempFolder* temp_;
  static fs::path* folder_;
  static std::string* db_;
  static std::string db() { return " --db " + *db_; }
  static const testing::SampleOutputs& samples() { return testing::sample_outputs(); }
};
testing::TempFolder* SearchCli::temp_ = nullptr;
fs::path* SearchCli::folder_ = nullptr;
std::string* SearchCli::db_ = nullptr;

TEST_F(SearchCli, IndexesBatchOutputsAndPacketFilesIdempotently) {
  ASSERT_EQ(samples().packets.size(), 4u);
  // A single packet file beside the batch output.
  json single = testing::synthetic_packet(77);
  const fs::path single_file = *folder_ / "single.json";
  std::ofstream(single_file) << single.dump();
  testing::CommandResult first =
      run_agendum("index " + samples().folder.string() + " " + single_file.string() + db());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("5 packets added"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("records/s"), std::string::npos) << first.out;
  testing::CommandResult again =
      run_agendum("index " + samples().folder.string() + " " + single_file.string() + db());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 packets added, 0 replaced"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("6 files not changed since the last run"), std::string::npos)
      << again.out;
}

TEST_F(SearchCli, SearchesWithFiltersAsTextAndJson) {
  testing::CommandResult text = run_agendum("search coordinator --kind class_spec" + db());
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Systems Coordinator  [class_spec]  City of Carson"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("carson_19-110.pdf pages 4-7"), std::string::npos) << text.out;
  // The match highlighted (stemmed: "coordinates" matches too).
  EXPECT_TRUE(text.out.find("[Coordinat") != std::string::npos ||
              text.out.find("[coordinat") != std::string::npos)
      << text.out;

  testing::CommandResult found =
      run_agendum("search '' --kind pay_range --min-annual 90000 --json" + db());
  ASSERT_EQ(found.exit_code, 0) << found.err;
  json results = json::parse(found.out);
  ASSERT_GT(results["total"].get<int>(), 0);
  for (const json& hit : results["results"]) {
    EXPECT_EQ(hit["kind"], "pay_range");
    EXPECT_GE(hit["annual_max"].get<double>(), 90000);
    EXPECT_TRUE(hit["pay"]["annual_factor"].is_number());
  }
  testing::CommandResult dated =
      run_agendum("search resolution --from 2020 --to 2020-12 --json" + db());
  ASSERT_EQ(dated.exit_code, 0);
  json in_2020 = json::parse(dated.out);
  ASSERT_GT(in_2020["total"].get<int>(), 0);
  for (const json& hit : in_2020["results"])
    EXPECT_EQ(hit["date"].get<std::string>().substr(0, 4), "2020");
  testing::CommandResult agency =
      run_agendum("search clerk --agency torrance --limit 3 --json" + db());
  json torrance = json::parse(agency.out);
  ASSERT_EQ(torrance["results"].size(), 3u);
  for (const json& hit : torrance["results"]) EXPECT_EQ(hit["agency"], "City of Torrance");
}

TEST_F(SearchCli, HostileQueriesAreHarmless) {
  const std::string all = run_agendum("search '' --json --limit 1" + db()).out;
  const int total = json::parse(all)["total"];
  for (const std::string& hostile :
       std::vector<std::string>{"\"", "*", "NEAR(", "NEAR(clerk deputy, 2)",
                                "'; DROP TABLE records; --", "clerk\" OR \"1\"=\"1", "title:clerk",
                                "<script>alert(1)</script>", std::string(100000, 'q')}) {
    testing::CommandResult result = run_agendum("search " + quoted(hostile) + " --json" + db());
    EXPECT_EQ(result.exit_code, 0) << hostile.substr(0, 40) << ": " << result.err;
    EXPECT_FALSE(json::parse(result.out, nullptr, false).is_discarded());
  }
  EXPECT_EQ(json::parse(run_agendum("search '' --json --limit 1" + db()).out)["total"], total);
}

TEST_F(SearchCli, ExportsCsvTables) {
  const fs::path csv = *folder_ / "pay.csv";
  testing::CommandResult exported =
      run_agendum("export --kind pay_range --csv " + csv.string() + db());
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  const std::string table = testing::read_text(csv);
  EXPECT_EQ(
      table.rfind("classification,range,unit,min,max,annual_factor,annual_min,annual_max,", 0), 0u)
      << table;
  EXPECT_NE(table.find("\"CITY CLERK II, DEPUTY\",,hourly,33.29,46.95,2080,69243.2,97656,"),
            std::string::npos);
  EXPECT_NE(table.find(",torrance_packet.pdf,"), std::string::npos);
  EXPECT_NE(exported.out.find("pay_range rows to"), std::string::npos);
  for (const char* kind : {"class_spec", "resolution", "agenda_item"}) {
    testing::CommandResult to_stdout =
        run_agendum(std::string("export --kind ") + kind + " --csv -" + db());
    EXPECT_EQ(to_stdout.exit_code, 0) << kind;
    EXPECT_GT(std::count(to_stdout.out.begin(), to_stdout.out.end(), '\n'), 2) << kind;
  }
}

TEST_F(SearchCli, DiffsTheTorranceRevisionsAndTheCarsonRedline) {
  const std::string torrance = testing::source_path("samples/torrance_packet.pdf");
  testing::CommandResult versions = run_agendum("diff " + torrance);
  ASSERT_EQ(versions.exit_code, 0) << versions.err;
  EXPECT_NE(versions.out.find("Deputy City Attorney II\n  old: " + torrance +
                              " spec-13 (existing), pages 79-80\n  new: " + torrance +
                              " spec-12 (revised), pages 76-78"),
            std::string::npos)
      << versions.out;
  EXPECT_NE(versions.out.find("Police Services Supervisor\n"), std::string::npos);
  EXPECT_NE(versions.out.find("supervision_received: added"), std::string::npos);
  EXPECT_NE(versions.out.find("{+professional and support staff,+}"), std::string::npos);

  // The same two specs named one by one, from the packet JSON, as JSON.
  fs::path packet;
  for (const auto& entry : fs::directory_iterator(samples().folder / "packets"))
    if (testing::read_text(entry.path()).find("torrance_packet.pdf") != std::string::npos)
      packet = entry.path();
  testing::CommandResult named =
      run_agendum("diff " + packet.string() + "#spec-13 " + packet.string() + "#spec-12 --json");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  json report = json::parse(named.out);
  ASSERT_EQ(report["comparisons"].size(), 1u);
  EXPECT_EQ(report["comparisons"][0]["old"]["status"], "existing");
  EXPECT_GT(report["comparisons"][0]["summary"]["added"].get<int>(), 0);
  EXPECT_GT(report["comparisons"][0]["summary"]["changed"].get<int>(), 0);

  testing::CommandResult redline =
      run_agendum("diff " + testing::source_path("samples/carson_19-110.pdf") + " --json");
  ASSERT_EQ(redline.exit_code, 0) << redline.err;
  json carson = json::parse(redline.out);
  ASSERT_EQ(carson["comparisons"].size(), 1u);
  EXPECT_EQ(carson["comparisons"][0]["mode"], "redline");
  bool typing_deleted = false;
  for (const json& change : carson["comparisons"][0]["changes"])
    typing_deleted |= change["change"] == "deleted" &&
                      change["old_text"] == "Type at a speed of 60 net words per minute.";
  EXPECT_TRUE(typing_deleted);
}

TEST_F(SearchCli, ErrorsExitWithTheirCodes) {
  EXPECT_EQ(run_agendum("search x --db " + (*folder_ / "missing.db").string()).exit_code, 3);
  const fs::path not_index = *folder_ / "text.db";
  std::ofstream(not_index) << "not an index at all, only text, and long enough for a header";
  testing::CommandResult bad = run_agendum("search x --db " + not_index.string());
  EXPECT_EQ(bad.exit_code, 14);
  EXPECT_EQ(std::count(bad.err.begin(), bad.err.end(), '\n'), 1) << bad.err;
  EXPECT_EQ(run_agendum("search x --from 2019-13-45x" + db()).exit_code, 2);
  EXPECT_EQ(run_agendum("search x --kind ordinance" + db()).exit_code, 2);
  EXPECT_EQ(run_agendum("export --kind minutes --csv -" + db()).exit_code, 2);
  EXPECT_EQ(run_agendum("export --kind pay_range --csv /nonexistent/dir/x.csv" + db()).exit_code,
            9);

  const fs::path fresh = *folder_ / "partial.db";
  testing::CommandResult partial =
      run_agendum("index " + (*folder_ / "nowhere").string() + " " + samples().folder.string() +
                  " --db " + fresh.string());
  EXPECT_EQ(partial.exit_code, 3);
  EXPECT_NE(partial.err.find("nowhere: no such file or folder"), std::string::npos);
  EXPECT_NE(partial.out.find("4 packets added"), std::string::npos);

  EXPECT_EQ(run_agendum("diff " + (*folder_ / "missing.json").string()).exit_code, 3);
  const fs::path no_specs = *folder_ / "no-specs.json";
  json packet = testing::synthetic_packet(3, {0, 1, 1, 1});
  std::ofstream(no_specs) << packet.dump();
  EXPECT_EQ(run_agendum("diff " + no_specs.string()).exit_code, 11);
  EXPECT_EQ(run_agendum("diff " + no_specs.string() + "#spec-9").exit_code, 11);
  const fs::path junk = *folder_ / "junk.json";
  std::ofstream(junk) << "[1, 2]";
  EXPECT_EQ(run_agendum("diff " + junk.string()).exit_code, 8);
}

}  // namespace
}  // namespace agendum
