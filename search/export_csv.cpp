#include "search/export_csv.h"

#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace agendum {
namespace {

using nlohmann::json;

// One exported row: the record's JSON and the index's columns about it.
struct ExportRow {
  json record;
  std::optional<std::string> agency, date, file, packet;
  std::optional<double> annual_min, annual_max;
  int first_page = 0, last_page = 0;
  // pay_ranges columns (pay_range records)
  std::optional<double> annual_factor, pay_annual_min, pay_annual_max;
};

struct Cell {
  std::optional<std::string> text;
  std::optional<double> number;
};

struct Column {
  const char* name;
  std::function<Cell(const ExportRow&)> value;
};

Cell text_cell(std::optional<std::string> text) { return {std::move(text), std::nullopt}; }
Cell number_cell(std::optional<double> number) { return {std::nullopt, number}; }

Cell field(const ExportRow& row, const char* key) {
  auto found = row.record.find(key);
  if (found == row.record.end()) return {};
  if (found->is_string()) return text_cell(found->get<std::string>());
  if (found->is_number()) return number_cell(found->get<double>());
  return {};
}

// A list of strings (or of items with text) as one cell, "; " between entries.
Cell list_field(const json& list) {
  if (!list.is_array()) return {};
  std::string out;
  for (const json& entry : list) {
    const json& text = entry.is_object() ? entry.value("text", json()) : entry;
    if (!text.is_string()) continue;
    if (!out.empty()) out += "; ";
    out += text.get<std::string>();
  }
  return text_cell(out);
}

Column json_column(const char* name) {
  return {name, [name](const ExportRow& row) { return field(row, name); }};
}

// Source columns every table ends with.
void add_source_columns(std::vector<Column>& columns) {
  columns.push_back({"agency", [](const ExportRow& row) { return text_cell(row.agency); }});
  columns.push_back({"source_file", [](const ExportRow& row) { return text_cell(row.file); }});
  columns.push_back({"packet_sha256", [](const ExportRow& row) { return text_cell(row.packet); }});
  columns.push_back(
      {"first_page", [](const ExportRow& row) { return number_cell(row.first_page); }});
  columns.push_back({"last_page", [](const ExportRow& row) { return number_cell(row.last_page); }});
}

std::vector<Column> columns_for(std::string_view kind) {
  std::vector<Column> columns;
  if (kind == "pay_range") {
    for (const char* name : {"classification", "range", "unit", "min", "max"})
      columns.push_back(json_column(name));
    columns.push_back(
        {"annual_factor", [](const ExportRow& row) { return number_cell(row.annual_factor); }});
    columns.push_back(
        {"annual_min", [](const ExportRow& row) { return number_cell(row.pay_annual_min); }});
    columns.push_back(
        {"annual_max", [](const ExportRow& row) { return number_cell(row.pay_annual_max); }});
    for (const char* name : {"effective_date", "context", "text"})
      columns.push_back(json_column(name));
  } else if (kind == "class_spec") {
    for (const char* name : {"title", "class_code", "bargaining_unit", "flsa", "status"})
      columns.push_back(json_column(name));
    columns.push_back({"date", [](const ExportRow& row) { return text_cell(row.date); }});
    columns.push_back(
        {"annual_min", [](const ExportRow& row) { return number_cell(row.annual_min); }});
    columns.push_back(
        {"annual_max", [](const ExportRow& row) { return number_cell(row.annual_max); }});
    columns.push_back(json_column("definition"));
    columns.push_back({"duties", [](const ExportRow& row) {
                         return list_field(row.record.value("duties", json()));
                       }});
    columns.push_back(json_column("education_experience"));
  } else if (kind == "resolution") {
    for (const char* name : {"number", "title", "body", "status", "adopted_date"})
      columns.push_back(json_column(name));
    for (const char* side : {"ayes", "noes", "abstain", "absent"})
      columns.push_back({side, [side](const ExportRow& row) {
                           const json& vote = row.record.value("vote", json());
                           return vote.is_object() ? list_field(vote.value(side, json())) : Cell{};
                         }});
    columns.push_back({"references", [](const ExportRow& row) {
                         return list_field(row.record.value("references", json()));
                       }});
  } else if (kind == "agenda_item") {
    for (const char* name : {"number", "section", "title", "recommendation"})
      columns.push_back(json_column(name));
    columns.push_back({"date", [](const ExportRow& row) { return text_cell(row.date); }});
  }
  add_source_columns(columns);
  return columns;
}

std::string cell_text(const Cell& cell) {
  if (cell.number) return format_amount(*cell.number);
  if (cell.text) return csv_text_field(*cell.text);
  return "";
}

}  // namespace

bool is_export_kind(std::string_view kind) {
  return kind == "pay_range" || kind == "class_spec" || kind == "resolution" ||
         kind == "agenda_item";
}

std::string csv_text_field(std::string_view text) {
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r'))
    value = "'";
  value += text;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string format_amount(double amount) {
  char text[64];
  auto [end, error] = std::to_chars(text, text + sizeof text, amount, std::chars_format::fixed, 2);
  if (error != std::errc()) return "";
  std::string out(text, end);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

Status export_csv(sqlite::Database& database, std::string_view kind, std::ostream& out,
                  long long& rows) {
  if (!is_export_kind(kind))
    return {ErrorCode::usage, "--kind must be pay_range, class_spec, resolution or agenda_item"};
  const std::vector<Column> columns = columns_for(kind);
  rows = 0;
  try {
    sqlite::Statement select = database.prepare(
        "SELECT j.json, r.agency, r.date, p.file, p.sha256, r.annual_min, r.annual_max, "
        "r.first_page, "
        "r.last_page, pr.annual_factor, pr.annual_min, pr.annual_max "
        "FROM records r JOIN record_json j ON j.record_id = r.id JOIN packets p ON p.id = "
        "r.packet_id "
        "LEFT JOIN pay_ranges pr ON pr.record_id = r.id "
        "WHERE r.kind = ? ORDER BY p.file, p.sha256, r.first_page, r.id");
    select.bind(1, kind);
    for (size_t c = 0; c < columns.size(); ++c) out << (c ? "," : "") << columns[c].name;
    out << "\r\n";
    while (select.step()) {
      ExportRow row;
      row.record = json::parse(select.text(0), nullptr, false);
      if (!row.record.is_object()) row.record = json::object();
      row.agency = select.optional_text(1);
      row.date = select.optional_text(2);
      row.file = select.optional_text(3);
      row.packet = select.optional_text(4);
      row.annual_min = select.optional_real(5);
      row.annual_max = select.optional_real(6);
      row.first_page = static_cast<int>(select.integer(7));
      row.last_page = static_cast<int>(select.integer(8));
      row.annual_factor = select.optional_real(9);
      row.pay_annual_min = select.optional_real(10);
      row.pay_annual_max = select.optional_real(11);
      for (size_t c = 0; c < columns.size(); ++c)
        out << (c ? "," : "") << cell_text(columns[c].value(row));
      out << "\r\n";
      ++rows;
    }
  } catch (const sqlite::DatabaseError& error) {
    return {ErrorCode::bad_database, std::string("export failed: ") + error.what()};
  }
  if (!out) return {ErrorCode::io_error, "cannot write the CSV"};
  return {};
}

}  // namespace agendum
