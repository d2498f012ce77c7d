// A pay table as the table finder (pay_table.cpp) hands it to the reader of its records
// (pay_table_records.cpp): the header's columns, the rows under it with the lines they came
// from, and what was printed just above the table. Internal to the pay extractor.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/pay_units.h"
#include "extractors/table_rebuild.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"

namespace agendum {

struct Row {
  std::vector<TableCell> cells;
  size_t first_line = 0, last_line = 0;    // inclusive
  std::vector<std::string> classes_under;  // class titles printed under a range row
};

struct Table {
  std::vector<TableColumn> header;                  // heading lines merged into columns
  std::vector<std::vector<TableCell>> header_rows;  // the heading lines' cells, top to bottom
  std::vector<TableCell> date_band;       // dates printed over groups of columns ("7/1/00  7/1/01")
  std::vector<std::string> labels_above;  // label lines between the header and the first row
  std::string header_text;
  std::optional<PayUnit> unit;                 // named above the table ("listed in annual amounts")
  std::optional<std::string> effective_above;  // "SALARY SCHEDULE EFFECTIVE JULY 1, 2024" above it
  std::vector<Row> rows;
  bool by_order = false;    // positions mean nothing: bars, a cell per line
  bool class_list = false;  // classes and their range codes, no amounts (linked later)
};

// The records a table's rows give, in groups printed together (one row, or one class's
// block of step rows), with lines, pages and text set.
std::vector<PayGroup> table_records(const CleanText& text, const Table& table,
                                    std::vector<Diagnostic>& diagnostics);

}  // namespace agendum
