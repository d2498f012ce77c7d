#include "extractors/table_rebuild.h"

#include <gtest/gtest.h>

#include "tests/support/markup.h"

namespace agendum {
namespace {

// One line of words at the given x positions (points), as a text layer or OCR reports them.
Line line_at(const std::vector<std::pair<std::string, double>>& words, double char_width = 5) {
  Line line;
  line.font_size = 10;
  for (const auto& [text, x] : words) {
    Word word;
    word.text = text;
    word.box = {x, 100, x + char_width * static_cast<double>(text.size()), 110};
    word.font_size = 10;
    line.words.push_back(word);
    if (!line.text.empty()) line.text += " ";
    line.text += text;
  }
  return line;
}

std::vector<std::string> texts(const std::vector<TableCell>& cells) {
  std::vector<std::string> out;
  for (const TableCell& cell : cells) out.push_back(cell.text);
  return out;
}

TEST(SplitCells, WideGapsSeparateCellsWordSpacesDoNot) {
  // "ADMINISTRATIVE ANALYST    January 1, 2026    $49.10    $59.68"
  const Line line = line_at({{"ADMINISTRATIVE", 20},
                             {"ANALYST", 93},
                             {"January", 180},
                             {"1,", 218},
                             {"2026", 231},
                             {"$49.10", 300},
                             {"$59.68", 370}});
  EXPECT_EQ(
      texts(split_cells(line)),
      (std::vector<std::string>{"ADMINISTRATIVE ANALYST", "January 1, 2026", "$49.10", "$59.68"}));
  EXPECT_TRUE(split_cells(line)[2].money);
  EXPECT_FALSE(split_cells(line)[1].money);
}

TEST(SplitCells, AmountGluedToItsLabelIsCutOut) {
  // "40-hr FIREFIGHTER I $64.90      $5,192.27"
  const Line line = line_at(
      {{"40-hr", 80}, {"FIREFIGHTER", 108}, {"I", 166}, {"$64.90", 174}, {"$5,192.27", 240}});
  EXPECT_EQ(texts(split_cells(line)),
            (std::vector<std::string>{"40-hr FIREFIGHTER I", "$64.90", "$5,192.27"}));
  EXPECT_EQ(texts(split_cells(line, /*split_amounts=*/false)),
            (std::vector<std::string>{"40-hr FIREFIGHTER I $64.90", "$5,192.27"}));
}

TEST(SplitCells, BarsAndBlanksAndSplitAmounts) {
  const CleanText text =
      testing::clean_from_markup("0001 | $25,266 | $25,783 | Jul-1-2015 | 0001\n");
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_TRUE(has_bar_separators(text.lines[0]));
  EXPECT_EQ(texts(split_cells(text.lines[0])),
            (std::vector<std::string>{"0001", "$25,266", "$25,783", "Jul-1-2015", "0001"}));
  // "$35.00 -" : the dash after an amount is a blank cell of its own; "$ (104,247)" is one amount.
  const Line blanks = line_at({{"$35.00", 300}, {"-", 335}, {"$", 400}, {"(104,247)", 407}});
  EXPECT_EQ(texts(split_cells(blanks)), (std::vector<std::string>{"$35.00", "-", "$ (104,247)"}));
}

TEST(ColumnsFromRows, RiversBetweenAlignedColumns) {
  // Right-aligned amounts of different widths, a long title in one row.
  std::vector<std::vector<TableCell>> rows = {
      {{"EMS CHIEF", 20, 65}, {"$95.52", 300, 330}, {"$16,555.99", 420, 470}},
      {{"FIREFIGHTER/PARAMEDIC- 56 hr", 20, 160}, {"$39.72", 300, 330}, {"$9,664.22", 425, 470}},
      {{"FIRE CHIEF", 20, 70}, {"$163.34", 295, 330}, {"$28,312.04", 420, 470}},
  };
  const std::vector<TableColumn> columns = columns_from_rows(rows);
  ASSERT_EQ(columns.size(), 3u);
  EXPECT_DOUBLE_EQ(columns[0].x0, 20);
  EXPECT_DOUBLE_EQ(columns[0].x1, 160);
  EXPECT_DOUBLE_EQ(columns[1].x0, 295);
  EXPECT_DOUBLE_EQ(columns[2].x1, 470);
}

TEST(ColumnsFromRows, OneSpanningCellInTenRowsDoesNotMergeColumns) {
  std::vector<std::vector<TableCell>> rows;
  for (int r = 0; r < 10; ++r) rows.push_back({{"Clerk", 20, 60}, {"$4,330", 200, 240}});
  rows.push_back({{"Heading that spans across the table", 20, 230}});
  EXPECT_EQ(columns_from_rows(rows).size(), 2u);
}

TEST(MergeHeaderRows, StackedHeaderBecomesOneLabelPerColumn) {
  //                 MINIMUM HOURLY   MAXIMUM HOURLY
  //   TITLE        Effective Date
  //                    RATE              RATE
  const std::vector<TableColumn> columns = merge_header_rows({
      {{"MINIMUM HOURLY", 280, 350}, {"MAXIMUM HOURLY", 370, 440}},
      {{"TITLE", 80, 105}, {"Effective Date", 190, 260}},
      {{"RATE", 300, 320}, {"RATE", 395, 415}},
  });
  ASSERT_EQ(columns.size(), 4u);
  EXPECT_EQ(columns[0].label, "TITLE");
  EXPECT_EQ(columns[1].label, "Effective Date");
  EXPECT_EQ(columns[2].label, "MINIMUM HOURLY RATE");
  EXPECT_EQ(columns[3].label, "MAXIMUM HOURLY RATE");
}

TEST(PlaceCells, ByPositionWhenCellsAreMissing) {
  const std::vector<TableColumn> columns = {{"TITLE", 20, 170},        {"Effective Date", 180, 260},
                                            {"MIN", 290, 335},         {"MAX", 360, 405},
                                            {"MIN MONTHLY", 430, 480}, {"MAX MONTHLY", 500, 550}};
  // "DEFENSIBLE SPACE SPECIALIST   January 1, 2026   $45.00   $45.00" (monthly cells blank)
  const std::vector<TableCell> cells = {{"DEFENSIBLE SPACE SPECIALIST", 20, 155, false},
                                        {"January 1, 2026", 185, 255, false},
                                        {"$45.00", 300, 330, true},
                                        {"$45.00", 370, 400, true}};
  EXPECT_EQ(place_cells(cells, columns),
            (std::vector<std::string>{"DEFENSIBLE SPACE SPECIALIST", "January 1, 2026", "$45.00",
                                      "$45.00", "", ""}));
}

TEST(PlaceCells, TwoAmountsNeverShareAColumn) {
  const std::vector<TableColumn> columns = {{"A", 100, 140}, {"B", 200, 240}};
  const std::vector<TableCell> cells = {{"$1.00", 100, 120, true}, {"$2.00", 125, 140, true}};
  // Only one cell per column: the second amount moves to the next free column.
  EXPECT_EQ(place_cells({cells[0], cells[1]}, {columns[0], columns[1], {"C", 300, 340}}),
            (std::vector<std::string>{"$1.00", "$2.00", ""}));
}

TEST(RegroupCells, OneCellPerLineExport) {
  const std::vector<TableCell> cells = {
      {"Account Clerk", 0, 0, false},       {"$4,330", 0, 0, true}, {"$5,517", 0, 0, true},
      {"Systems Coordinator", 0, 0, false}, {"$5,017", 0, 0, true}, {"$6,391", 0, 0, true}};
  const auto rows = regroup_cells(cells, 3);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][0].text, "Systems Coordinator");
  EXPECT_EQ(rows[1][2].text, "$6,391");
}

TEST(ColumnsFromRows, ClassNamesPrintedOnceBesideTheirStepsAreAColumn) {
  // Names in one row in five, and one name run on into its step ("Data Entry Operator Step
  // 03"): the names are still a column of their own, apart from the step column.
  std::vector<std::vector<TableCell>> rows;
  for (int block = 0; block < 4; ++block)
    for (int step = 0; step < 5; ++step) {
      std::vector<TableCell> row;
      if (step == 2 && block == 3) {
        row.push_back({"1720 Data Entry Operator Step 03", 20, 150, false});
      } else {
        if (step == 2) row.push_back({"1202 Personnel Clerk", 20, 110, false});
        row.push_back({"Step 0" + std::to_string(step + 1), 120, 150, false});
      }
      row.push_back({"$26.13", 170, 200, true});
      rows.push_back(row);
    }
  const std::vector<TableColumn> columns = columns_from_rows(rows);
  ASSERT_EQ(columns.size(), 3u);
  EXPECT_DOUBLE_EQ(columns[0].x0, 20);
  EXPECT_DOUBLE_EQ(columns[1].x0, 120);
}

TEST(ColumnsFromRows, RightAlignedAmountsOfFewerDigitsStayOneColumn) {
  std::vector<std::vector<TableCell>> rows;
  for (int r = 0; r < 12; ++r)
    rows.push_back({{"22", 20, 30, true}, {r < 2 ? "0" : "3,574", r < 2 ? 95.0 : 70.0, 100, true}});
  EXPECT_EQ(columns_from_rows(rows).size(), 2u);
}

TEST(LinesByPosition, BlocksTheOcrReadApartBecomeRows) {
  // The OCR's flow: a label block, then the amounts; on the page they share rows.
  std::vector<Line> lines;
  auto at = [&](const std::string& text, double x, double y) {
    Line line = line_at({{text, x}});
    line.box = line.words[0].box = {x, y, x + 5.0 * static_cast<double>(text.size()), y + 8};
    lines.push_back(line);
  };
  at("Grade-1", 100, 158);
  at("Planner", 100, 172);
  at("Grade-2", 100, 200);
  at("$5,199", 250, 156);
  at("$5,459", 250, 198);
  const std::vector<PositionedLine> rows = lines_by_position(lines, {0, 1, 2, 3, 4});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].line.text, "Grade-1 $5,199");
  EXPECT_EQ(rows[0].sources, (std::vector<size_t>{0, 3}));
  EXPECT_EQ(rows[1].line.text, "Planner");
  EXPECT_EQ(rows[2].line.text, "Grade-2 $5,459");
}

}  // namespace
}  // namespace agendum
