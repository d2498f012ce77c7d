// Flat tables for a spreadsheet (`agendum export --kind K --csv OUT.csv`): one row per record
// of a kind, with its agency, source file and pages.
//
// The CSV follows RFC 4180: a header row, CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF, quotes doubled. A text cell that a spreadsheet would take for a
// formula (it starts with =, +, -, @, tab or CR) is written with a leading apostrophe, so a
// document's text can never run as a formula; numbers are written as numbers.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "pipeline/core/status.h"
#include "search/sqlite.h"

namespace agendum {

// The kinds that have a table: pay_range, class_spec, resolution, agenda_item.
bool is_export_kind(std::string_view kind);

// Writes the table; `rows` gets the number of data rows.
Status export_csv(sqlite::Database& database, std::string_view kind, std::ostream& out,
                  long long& rows);

// One CSV field for text: guarded and quoted as above.
std::string csv_text_field(std::string_view text);

// An amount without float noise: at most two decimals, no trailing zeros ("97656", "33.29").
std::string format_amount(double amount);

}  // namespace agendum
