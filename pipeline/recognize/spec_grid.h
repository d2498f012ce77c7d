// Grids of class labels over their values, as class specifications print them (internal to
// the class-spec recognizer): one row under "Class Title | Class Code | Pay Grade | FLSA"
// heads a spec; a row per class under "Schem Code | Class Code | Class" lists a series'
// levels; "Class | Date Established | Date Revised | Title Changed" is a series' history.
//
// A row is read from its cells when the layout kept one per column, else from its words: every
// column but the title (or unit) holds one word, so the title takes what the others leave.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/recognize/spec_lines.h"

namespace agendum {

enum class GridColumn {
  title,
  code,
  other_code,  // "Schem Code": a code that is not the class code
  grade,
  flsa,
  unit,
  established,
  revised,
  title_changed,
  effective,
};

struct SpecGrid {
  size_t first = 0, last = 0;  // spec-line indexes: the header's first cell, one past the last row
  std::vector<GridColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one value per column

  // The column's value in row r; nothing when the grid has no such column.
  std::optional<std::string> value(size_t r, GridColumn column) const;
};

// The grid whose header starts at lines[header] (the first cell of its line), with its rows
// up to lines[end]. Nothing when that line is not a header of grid labels or no row follows.
std::optional<SpecGrid> read_grid(const std::vector<SpecLine>& lines, size_t header, size_t end);

// The column a single label names: "Class Code" code, "FLSA Status" flsa. For label cells
// printed left of their value ("Class Code | 1125").
std::optional<GridColumn> grid_label(std::string_view text);

// The date columns' labels as printed in the contract ("Date Established").
std::string_view date_label(GridColumn column);

}  // namespace agendum
