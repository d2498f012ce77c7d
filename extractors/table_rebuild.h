// Tables rebuilt from positioned words: the rows and columns of a printed table.
//
// Extractors receive lines of words with x positions (text layer and OCR alike) but no
// table structure. split_cells() cuts one line into cells at gaps wider than a word space,
// at printed "|" separators, and around money amounts glued to a label ("FIREFIGHTER I
// $64.90"). columns_from_rows() finds the columns of a block of rows from the white
// "rivers" that run down it; merge_header_rows() stacks a header printed over two or three
// lines ("MINIMUM HOURLY" over "RATE") into one label per column; place_cells() puts a row's
// cells under columns. regroup_cells() rebuilds rows from exports that print one cell per line;
// lines_by_position() rebuilds the rows of a page the OCR read block by block, and
// lines_turned_upright() the lines of a table printed sideways.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/lines.h"

namespace agendum {

struct TableCell {
  std::string text;
  double x0 = 0, x1 = 0;
  bool money = false;  // the cell is one amount or a printed blank ("$ -", "-")
};

struct TableColumn {
  std::string label;  // header words, top to bottom; "" when the table has no header
  double x0 = 0, x1 = 0;
};

// True when the line separates its cells with printed bars ("0001 | $25,266 | ...").
bool has_bar_separators(const Line& line);

// split_amounts = false keeps "range 341 $5,017 - $6,391 per month" as one cell.
std::vector<TableCell> split_cells(const Line& line, bool split_amounts = true);

// Columns of a block of rows: spans of x that cells occupy, split where a vertical band of
// white runs through (nearly) every row. A cell spanning two columns in one row in ten
// (a long title, a group heading) does not merge them; a column that holds a cell in only a
// few rows (a class name printed once beside its block of step rows) is still a column.
std::vector<TableColumn> columns_from_rows(const std::vector<std::vector<TableCell>>& rows);

// Header lines, top to bottom, merged into columns: cells that overlap in x join one label.
std::vector<TableColumn> merge_header_rows(const std::vector<std::vector<TableCell>>& rows);

// The text under each column for one row ("" for a blank cell). Cells are matched by order
// when the row has exactly one cell per column (bar- and tab-separated exports, whose x
// positions mean nothing), else each cell goes to the column it overlaps most (or the nearest).
std::vector<std::string> place_cells(const std::vector<TableCell>& cells,
                                     const std::vector<TableColumn>& columns);

// Rows of width cells out of a run of one-cell lines (exports that print a cell per line).
std::vector<std::vector<TableCell>> regroup_cells(const std::vector<TableCell>& cells,
                                                  size_t width);

// A line rebuilt from where its words sit on the page, with the flow lines it came from.
struct PositionedLine {
  Line line;
  std::vector<size_t> sources;  // indices of the flow lines merged into it, ascending
};

// The given lines of one page (indices into `lines`) in the order they sit on the page, top
// to bottom, lines at one height joined side by side. OCR reads a table block by block when
// its columns stand apart (the grade labels in one block, the amounts in another, the class
// names in a third), so the flow holds a table's rows in pieces; by position they are rows.
std::vector<PositionedLine> lines_by_position(const std::vector<Line>& lines,
                                              const std::vector<size_t>& indices);

// True when the line holds text printed sideways: a table turned a quarter on a portrait page
// comes out of the text layer as one line of upright-boxed words in file order.
bool is_sideways(const Line& line);

// A sideways line turned upright: its words' boxes rotated a quarter (the way the text reads,
// up or down the page, taken from the order the words come in) and grouped into lines top to
// bottom, each read left to right.
std::vector<Line> lines_turned_upright(const Line& sideways);

}  // namespace agendum
