#include "cli/search_commands.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command_status.h"
#include "search/export_csv.h"
#include "search/index.h"
#include "search/index_database.h"
#include "search/pay_annual.h"
#include "search/query.h"

namespace agendum::cli {
namespace {

using nlohmann::json;

json optional_json(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}
json optional_json(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}

json hit_json(const SearchHit& hit) {
  json ranges = json::array();
  for (auto [start, end] : hit.highlights) ranges.push_back({start, end});
  json out = {{"id", hit.id},
              {"kind", hit.kind},
              {"record", hit.record},
              {"title", hit.title},
              {"agency", optional_json(hit.agency)},
              {"date", optional_json(hit.date)},
              {"status", optional_json(hit.status)},
              {"pages", {hit.first_page, hit.last_page}},
              {"file", hit.file},
              {"packet", hit.packet},
              {"score", hit.score},
              {"snippet", hit.snippet},
              {"highlights", ranges},
              {"annual_min", optional_json(hit.annual_min)},
              {"annual_max", optional_json(hit.annual_max)}};
  if (hit.pay)
    out["pay"] = {{"unit", hit.pay->unit},
                  {"min", optional_json(hit.pay->min)},
                  {"max", optional_json(hit.pay->max)},
                  {"annual_factor", optional_json(hit.pay->annual_factor)}};
  return out;
}

std::string amount_range(std::optional<double> min, std::optional<double> max) {
  if (min && max && *min != *max) return dollars(*min) + "-" + dollars(*max);
  if (min || max) return dollars(min ? *min : *max);
  return "";
}

// The snippet with its matches marked: bold on a terminal, [brackets] otherwise.
std::string marked_snippet(const SearchHit& hit, bool terminal) {
  const char* open = terminal ? "\x1b[1m" : "[";
  const char* close = terminal ? "\x1b[0m" : "]";
  std::string out;
  size_t at = 0;
  for (auto [start, end] : hit.highlights) {
    out +=
        hit.snippet.substr(at, start - at) + open + hit.snippet.substr(start, end - start) + close;
    at = end;
  }
  return out + hit.snippet.substr(at);
}

void print_hit(const SearchHit& hit, size_t number, bool terminal) {
  std::cout << number << ". " << hit.title << "  [" << hit.kind << "]";
  if (hit.agency) std::cout << "  " << *hit.agency;
  if (hit.date) std::cout << "  " << *hit.date;
  std::cout << "\n   " << hit.file << " pages " << hit.first_page << "-" << hit.last_page
            << " (record " << hit.id << ", " << hit.record << ")\n";
  if (hit.pay && (hit.pay->min || hit.pay->max)) {
    std::cout << "   " << hit.pay->unit << " " << amount_range(hit.pay->min, hit.pay->max);
    if (hit.pay->annual_factor)
      std::cout << " = annual " << amount_range(hit.annual_min, hit.annual_max) << " (x"
                << format_amount(*hit.pay->annual_factor) << ")";
    std::cout << "\n";
  } else if (hit.annual_min) {
    std::cout << "   annual " << amount_range(hit.annual_min, hit.annual_max) << "\n";
  }
  if (!hit.snippet.empty()) std::cout << "   " << marked_snippet(hit, terminal) << "\n";
}

// The CSV goes to a unique temporary file beside the target, renamed when complete.
Status write_csv(const std::string& path, const std::string& kind, bool bom,
                 sqlite::Database& database, long long& rows) {
  const char* kBom = "\xEF\xBB\xBF";
  if (path == "-") {
    if (bom) std::cout << kBom;
    return export_csv(database, kind, std::cout, rows);
  }
  std::filesystem::path target(path);
  std::string temporary =
      (target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path()) /
      ("." + target.filename().string() + ".XXXXXX");
  int descriptor = mkstemp(temporary.data());
  if (descriptor < 0) return {ErrorCode::io_error, "cannot write " + path};
  close(descriptor);
  Status written;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (bom) out << kBom;
    written = export_csv(database, kind, out, rows);
    if (written.ok() && !out.flush()) written = {ErrorCode::io_error, "cannot write " + path};
  }
  std::error_code error;
  if (written.ok()) std::filesystem::rename(temporary, target, error);
  if (!written.ok() || error) {
    std::filesystem::remove(temporary, error);
    return written.ok() ? Status(ErrorCode::io_error, "cannot write " + path) : written;
  }
  return {};
}

}  // namespace

SearchCommands::SearchCommands(CLI::App& app) {
  index_ = app.add_subcommand(
      "index", "load packets (batch output folders or packet JSON) into a search index");
  index_
      ->add_option("INPUT", inputs_,
                   "batch output folders, folders of packet JSON, packet JSON files")
      ->required();
  index_->add_option("--db", database_, "the index file (created when missing)")->required();

  search_ =
      app.add_subcommand("search", "search the index: ranked records with highlighted snippets");
  search_
      ->add_option(
          "QUERY", query_,
          "words and \"phrases\" (all must match; word* matches by prefix); empty lists by date")
      ->required();
  search_->add_option("--kind", kind_, "only records of this kind")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kSearchKinds), std::end(kSearchKinds))));
  search_->add_option("--agency", agency_, "only records whose agency contains this text");
  search_->add_option("--from", from_, "dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)");
  search_->add_option("--to", to_, "dated on or before (YYYY, YYYY-MM or YYYY-MM-DD)");
  search_->add_option("--min-annual", min_annual_,
                      "annual pay reaching at least this (records with pay)");
  search_->add_option("--max-annual", max_annual_,
                      "annual pay starting at most this (records with pay)");
  search_->add_option("--limit", limit_, "most results shown")->check(CLI::Range(1, kMaxResults));
  search_->add_flag("--json", json_, "print results as JSON");
  search_->add_option("--db", database_, "the index file")->required();

  export_ = app.add_subcommand("export", "write one kind of record from the index as a CSV table");
  export_->add_option("--db", database_, "the index file")->required();
  export_->add_option("--kind", kind_, "which table")
      ->required()
      ->check(CLI::IsMember({"pay_range", "class_spec", "resolution", "agenda_item"}));
  export_->add_option("--csv", csv_, "the CSV file to write (- for stdout)")->required();
  export_->add_flag("--bom", bom_, "start with a UTF-8 byte order mark (for Excel)");
}

std::optional<int> SearchCommands::run() const {
  try {
    if (*index_) return run_index();
    if (*search_) return run_search();
    if (*export_) return run_export();
  } catch (const std::exception& error) {
    return report_failure({ErrorCode::internal, error.what()});
  }
  return std::nullopt;
}

int SearchCommands::run_index() const {
  const auto start = std::chrono::steady_clock::now();
  Result<IndexReport> indexed = index_packets(database_, inputs_);
  if (!indexed.ok()) return report_failure(indexed.status());
  const IndexReport& report = indexed.value();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const Status& problem : report.problems)
    std::cerr << "agendum: " << problem.message() << "\n";
  std::cout << "indexed into " << database_ << ": " << report.packets_added << " packets added, "
            << report.packets_replaced << " replaced, " << report.packets_unchanged << " unchanged";
  if (report.packets_older)
    std::cout << ", " << report.packets_older << " older copies passed over";
  if (report.files_not_read)
    std::cout << ", " << report.files_not_read << " files not changed since the last run";
  std::cout << "; " << report.records_written << " records in " << format_amount(seconds) << " s";
  if (seconds > 0 && report.records_written > 0)
    std::cout << " (" << static_cast<long long>(report.records_written / seconds) << " records/s)";
  std::cout << "\n";
  return report.problems.empty() ? 0 : static_cast<int>(report.problems.front().code());
}

int SearchCommands::run_search() const {
  SearchQuery query;
  query.text = query_;
  if (!kind_.empty()) query.kind = kind_;
  if (!agency_.empty()) query.agency = agency_;
  for (const auto& [text, bound] : {std::pair{&from_, &query.from}, std::pair{&to_, &query.to}}) {
    if (text->empty()) continue;
    if (!is_query_date(*text))
      return report_failure(
          {ErrorCode::usage, "dates are YYYY, YYYY-MM or YYYY-MM-DD, not '" + *text + "'"});
    *bound = *text;
  }
  query.min_annual = min_annual_;
  query.max_annual = max_annual_;
  query.limit = limit_;
  Result<sqlite::Database> database = open_index(database_, IndexAccess::read);
  if (!database.ok()) return report_failure(database.status());
  const auto start = std::chrono::steady_clock::now();
  Result<SearchResults> found = search_index(database.value(), query);
  if (!found.ok()) return report_failure(found.status());
  const double milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const SearchResults& results = found.value();
  if (json_) {
    json hits = json::array();
    for (const SearchHit& hit : results.hits) hits.push_back(hit_json(hit));
    std::cout << json({{"query", query_},
                       {"match", results.match},
                       {"total", results.total},
                       {"milliseconds", milliseconds},
                       {"results", hits}})
                     .dump(2, ' ', false, json::error_handler_t::replace)
              << "\n";
    return 0;
  }
  std::cout << results.total << (results.total == 1 ? " result" : " results");
  if (static_cast<long long>(results.hits.size()) < results.total)
    std::cout << ", first " << results.hits.size();
  std::cout << "\n";
  const bool terminal = isatty(STDOUT_FILENO);
  for (size_t i = 0; i < results.hits.size(); ++i) print_hit(results.hits[i], i + 1, terminal);
  return 0;
}

int SearchCommands::run_export() const {
  Result<sqlite::Database> database = open_index(database_, IndexAccess::read);
  if (!database.ok()) return report_failure(database.status());
  long long rows = 0;
  if (Status written = write_csv(csv_, kind_, bom_, database.value(), rows); !written.ok())
    return report_failure(written);
  if (csv_ != "-") std::cout << "wrote " << rows << " " << kind_ << " rows to " << csv_ << "\n";
  return 0;
}

}  // namespace agendum::cli
