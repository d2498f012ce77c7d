// Searching the index: ranked full-text results with filters, and single records by id.
//
// What a user types is never FTS5 syntax. fts_match_expression() reads it as words and
// "quoted phrases" (a trailing * on a word searches by prefix) and writes each as an FTS5
// string, so quotes, NEAR(, column filters, AND/OR/NOT and SQL in the text are only text:
// they cannot make a query fail or mean something else. Every value reaches SQL bound as a
// parameter. Very long input is read up to kMaxQueryBytes and kMaxQueryTerms.
//
// Results are ranked by BM25 (a match in the title counts kTitleWeight times one in the
// body); with no searchable words, the filtered records come newest first. Snippets mark
// matches with kHighlightStart/kHighlightEnd, which split_highlights() turns into ranges.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/core/status.h"
#include "search/sqlite.h"

namespace agendum {

inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr size_t kMaxQueryTerms = 32;
inline constexpr double kTitleWeight = 8.0;
inline constexpr int kMaxResults = 1000;
inline constexpr char kHighlightStart = '\x02';
inline constexpr char kHighlightEnd = '\x03';

// The kinds a search may be narrowed to.
inline constexpr const char* kSearchKinds[] = {"class_spec",  "resolution", "pay_range",
                                               "agenda_item", "minutes",    "market_comparison"};
bool is_search_kind(std::string_view kind);

struct SearchQuery {
  std::string text;
  std::optional<std::string> kind, agency;
  std::optional<std::string> from, to;  // ISO dates, as precise as wanted: 2019, 2019-05;
                                        // compared at the precision both dates have
  std::optional<double> min_annual,
      max_annual;  // annual pay the record's range reaches / starts at
  int limit = 20;
  int offset = 0;
};

struct PayFigures {
  std::string unit;
  std::optional<double> min, max, annual_factor;
};

struct SearchHit {
  std::int64_t id = 0;              // the record's row id in the index (stable until re-indexed)
  std::string kind, record, title;  // record: its id in the packet
  std::optional<std::string> agency, date, status;
  int first_page = 0, last_page = 0;
  std::string file, packet;                           // source PDF and packet sha256
  std::string snippet;                                // plain text
  std::vector<std::pair<size_t, size_t>> highlights;  // byte ranges of snippet that matched
  double score = 0;  // BM25 (lower is better); 0 without search words
  std::optional<double> annual_min, annual_max;
  std::optional<PayFigures> pay;  // pay_range records
};

struct SearchResults {
  std::vector<SearchHit> hits;
  long long total = 0;  // matches before the limit
  std::string match;    // the FTS5 expression searched ("" for filters only)
};

Result<SearchResults> search_index(sqlite::Database& database, const SearchQuery& query);

std::string fts_match_expression(std::string_view user_text);

// YYYY, YYYY-MM or YYYY-MM-DD.
bool is_query_date(std::string_view text);

// Snippet text with highlight markers -> plain text and matched ranges.
std::pair<std::string, std::vector<std::pair<size_t, size_t>>> split_highlights(
    std::string_view marked);

// One record with what a record page shows.
struct RecordDetail {
  SearchHit summary;         // snippet empty
  std::string json;          // the record as the packet holds it
  std::string content_hash;  // the packet extraction it came from
  std::optional<int> page_count;
  std::optional<long long> bytes;  // of the source PDF
};

// Fails with file_not_found when there is no record with that id.
Result<RecordDetail> find_record(sqlite::Database& database, std::int64_t id);

}  // namespace agendum
