// agendum export: RFC 4180 tables that a spreadsheet opens, and whose cells never run as
// formulas.
#include <gtest/gtest.h>

#include <sstream>

#include "search/export_csv.h"
#include "search/index.h"
#include "search/index_database.h"
#include "tests/support/packets.h"

namespace agendum {
namespace {

using nlohmann::json;
using Table = std::vector<std::vector<std::string>>;

// An RFC 4180 reader: quoted fields, doubled quotes, CRLF between records.
Table parse_csv(const std::string& text) {
  Table rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

TEST(CsvField, QuotedWhenNeededAndNeverAFormula) {
  EXPECT_EQ(csv_text_field("plain"), "plain");
  EXPECT_EQ(csv_text_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_text_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_text_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_text_field("=1+2"), "'=1+2");
  EXPECT_EQ(csv_text_field("+1"), "'+1");
  EXPECT_EQ(csv_text_field("-2"), "'-2");
  EXPECT_EQ(csv_text_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_text_field("\tx"), "'\tx");
  EXPECT_EQ(csv_text_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(csv_text_field(""), "");
}

TEST(CsvField, AmountsWithoutFloatNoise) {
  EXPECT_EQ(format_amount(46.95 * 2080), "97656");
  EXPECT_EQ(format_amount(33.29), "33.29");
  EXPECT_EQ(format_amount(5770.27 * 12), "69243.24");
  EXPECT_EQ(format_amount(12.5), "12.5");
  EXPECT_EQ(format_amount(0), "0");
}

class Export : public ::testing::Test {
 protected:
  void SetUp() override {
    temp_ = std::make_unique<testing::TempFolder>("export");
    const std::filesystem::path& folder = temp_->path();
    json packet = testing::synthetic_packet(1, {1, 1, 0, 1});
    packet["class_specs"][0]["title"] = "=HYPERLINK(\"http://evil.example\",\"click\")";
    packet["class_specs"][0]["definition"] = "Plans, \"designs\" and\r\nbuilds.";
    packet["pay_ranges"] = json::array();
    for (const char* name : {"+1 Clerk", "-2 Clerk", "@SUM(A1)", "Plain Clerk"})
      packet["pay_ranges"].push_back(
          {{"id", std::string("pay-") + std::to_string(packet["pay_ranges"].size() + 1)},
           {"classification", name},
           {"range", "12"},
           {"unit", "hourly"},
           {"min", 33.29},
           {"max", 46.95},
           {"effective_date", "2023-07-01"},
           {"context", "schedule"},
           {"text", "$33.29 - $46.95 Hourly"},
           {"pages", {4, 4}}});
    packet["resolutions"][0]["vote"] = {{"ayes", {"Ito", "Diaz"}},
                                        {"noes", json::array()},
                                        {"abstain", json::array()},
                                        {"absent", {"Moore"}}};
    testing::write_packet(folder / "out", packet);
    db_ = (folder / "index.db").string();
    ASSERT_TRUE(index_packets(db_, {(folder / "out").string()}).ok());
  }
  Table exported(const std::string& kind, long long& rows) {
    Result<sqlite::Database> database = open_index(db_, IndexAccess::read);
    std::ostringstream out;
    Status written = export_csv(database.value(), kind, out, rows);
    EXPECT_TRUE(written.ok()) << written.message();
    const std::string text = out.str();
    EXPECT_TRUE(text.size() >= 2 && text.substr(text.size() - 2) == "\r\n");
    return parse_csv(text);
  }
  std::unique_ptr<testing::TempFolder> temp_;
  std::string db_;
};

size_t column(const Table& table, const std::string& name) {
  auto found = std::find(table[0].begin(), table[0].end(), name);
  EXPECT_NE(found, table[0].end()) << name;
  return static_cast<size_t>(found - table[0].begin());
}

TEST_F(Export, PayRangesOneRowEachWithAnnualAmountsAndSource) {
  long long rows = 0;
  Table table = exported("pay_range", rows);
  ASSERT_EQ(rows, 4);
  ASSERT_EQ(table.size(), 5u);
  for (const char* name :
       {"classification", "unit", "min", "max", "annual_factor", "annual_min", "annual_max",
        "effective_date", "agency", "source_file", "first_page", "last_page"})
    column(table, name);
  std::vector<std::string> names;
  for (size_t r = 1; r < table.size(); ++r) {
    ASSERT_EQ(table[r].size(), table[0].size());
    names.push_back(table[r][column(table, "classification")]);
    EXPECT_EQ(table[r][column(table, "unit")], "hourly");
    EXPECT_EQ(table[r][column(table, "annual_factor")], "2080");
    EXPECT_EQ(table[r][column(table, "annual_min")], "69243.2");
    EXPECT_EQ(table[r][column(table, "annual_max")], "97656");
    EXPECT_EQ(table[r][column(table, "source_file")], "synthetic-1.pdf");
    EXPECT_EQ(table[r][column(table, "first_page")], "4");
  }
  // No cell starts a formula.
  for (const auto& row : table)
    for (const std::string& cell : row)
      if (!cell.empty()) {
        EXPECT_EQ(std::string("=+-@\t\r").find(cell[0]), std::string::npos) << cell;
      }
  EXPECT_NE(std::find(names.begin(), names.end(), "'+1 Clerk"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "'@SUM(A1)"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Plain Clerk"), names.end());
}

TEST_F(Export, ClassSpecsAndResolutionsKeepTheirText) {
  long long rows = 0;
  Table specs = exported("class_spec", rows);
  ASSERT_EQ(rows, 1);
  EXPECT_EQ(specs[1][column(specs, "title")], "'=HYPERLINK(\"http://evil.example\",\"click\")");
  EXPECT_EQ(specs[1][column(specs, "definition")], "Plans, \"designs\" and\r\nbuilds.");
  Table resolutions = exported("resolution", rows);
  ASSERT_EQ(rows, 1);
  EXPECT_EQ(resolutions[1][column(resolutions, "ayes")], "Ito; Diaz");
  EXPECT_EQ(resolutions[1][column(resolutions, "absent")], "Moore");
  Table items = exported("agenda_item", rows);
  EXPECT_EQ(rows, 1);
}

TEST_F(Export, AnUnknownKindIsAUsageError) {
  Result<sqlite::Database> database = open_index(db_, IndexAccess::read);
  std::ostringstream out;
  long long rows = 0;
  EXPECT_EQ(export_csv(database.value(), "minutes; DROP TABLE records", out, rows).code(),
            ErrorCode::usage);
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace agendum
