#include "search/query.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace agendum {
namespace {

// A byte that a word can hold for FTS5's unicode61 tokenizer: ASCII letters and digits, and
// any byte of a multi-byte UTF-8 character (letters of other scripts; the tokenizer decides).
bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Cuts text to at most `bytes`, not inside a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

constexpr size_t kMaxTermBytes = 200;
constexpr size_t kBrowseSnippetBytes = 240;

// One term as an FTS5 string: "..." with inner quotes doubled, `*` after it for a prefix.
std::string fts_term(std::string_view term, bool prefix) {
  std::string out = "\"";
  for (char c : utf8_prefix(term, kMaxTermBytes)) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  if (prefix) out += '*';
  return out;
}

// The columns every result row carries (after the snippet and score columns the two query
// shapes compute differently).
constexpr const char* kHitColumns =
    "r.id, r.kind, r.record, r.title, r.agency, r.date, r.status, r.first_page, r.last_page, "
    "p.file, p.sha256, r.annual_min, r.annual_max, pr.unit, pr.min, pr.max, pr.annual_factor";

constexpr const char* kHitTables =
    " FROM records r JOIN packets p ON p.id = r.packet_id LEFT JOIN pay_ranges pr ON pr.record_id "
    "= r.id";

SearchHit read_hit(const sqlite::Statement& row, int first) {
  SearchHit hit;
  int c = first;
  hit.id = row.integer(c++);
  hit.kind = row.text(c++);
  hit.record = row.text(c++);
  hit.title = row.text(c++);
  hit.agency = row.optional_text(c++);
  hit.date = row.optional_text(c++);
  hit.status = row.optional_text(c++);
  hit.first_page = static_cast<int>(row.integer(c++));
  hit.last_page = static_cast<int>(row.integer(c++));
  hit.file = row.text(c++);
  hit.packet = row.text(c++);
  hit.annual_min = row.optional_real(c++);
  hit.annual_max = row.optional_real(c++);
  if (!row.is_null(c)) {
    PayFigures pay;
    pay.unit = row.text(c);
    pay.min = row.optional_real(c + 1);
    pay.max = row.optional_real(c + 2);
    pay.annual_factor = row.optional_real(c + 3);
    hit.pay = pay;
  }
  return hit;
}

// The filters as SQL with named parameters; the values are bound by bind_filters().
std::string filter_sql(const SearchQuery& query) {
  std::string sql;
  if (query.kind) sql += " AND r.kind = :kind";
  if (query.agency) sql += " AND r.agency LIKE :agency ESCAPE '\\'";
  // Dates compare at the precision both have: "2019-05" is within --from 2019-05-14.
  if (query.from)
    sql += " AND substr(r.date, 1, length(:from)) >= substr(:from, 1, length(r.date))";
  if (query.to) sql += " AND substr(r.date, 1, length(:to)) <= substr(:to, 1, length(r.date))";
  if (query.min_annual) sql += " AND r.annual_max >= :min_annual";
  if (query.max_annual) sql += " AND r.annual_min <= :max_annual";
  return sql;
}

// "%text%" for LIKE, with LIKE's own wildcards in the text taken literally.
std::string like_pattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

void bind_filters(sqlite::Statement& statement, const SearchQuery& query) {
  if (query.kind) statement.bind(":kind", *query.kind);
  if (query.agency) statement.bind(":agency", like_pattern(*query.agency));
  if (query.from) statement.bind(":from", *query.from);
  if (query.to) statement.bind(":to", *query.to);
  if (query.min_annual) statement.bind(":min_annual", *query.min_annual);
  if (query.max_annual) statement.bind(":max_annual", *query.max_annual);
}

std::string browse_snippet(std::string body) {
  for (char& c : body)
    if (c == '\n') c = ' ';
  if (body.size() <= kBrowseSnippetBytes) return body;
  return std::string(utf8_prefix(body, kBrowseSnippetBytes)) + "…";
}

// The ids of records that pass the filters, sorted.
std::vector<std::int64_t> filtered_ids(sqlite::Database& database, const SearchQuery& query) {
  sqlite::Statement select =
      database.prepare("SELECT r.id FROM records r WHERE 1" + filter_sql(query) + " ORDER BY r.id");
  bind_filters(select, query);
  std::vector<std::int64_t> ids;
  while (select.step()) ids.push_back(select.integer(0));
  return ids;
}

// Full-text matches ranked, filtered and cut to the page asked for. The full-text index is
// read alone and the filters are applied to the records table alone, then the two are
// intersected here: SQLite would otherwise look up each match's record row (or rerun the
// MATCH for each filtered record), which costs several times more on common words.
std::vector<std::pair<double, std::int64_t>> ranked_matches(sqlite::Database& database,
                                                            const SearchQuery& query,
                                                            const std::string& match,
                                                            long long& total) {
  sqlite::Statement matches =
      database.prepare("SELECT bm25(records_fts, " + std::to_string(kTitleWeight) +
                       ", 1.0), rowid FROM records_fts WHERE records_fts MATCH ?");
  matches.bind(1, match);
  std::vector<std::pair<double, std::int64_t>> ranked;
  while (matches.step()) ranked.emplace_back(matches.real(0), matches.integer(1));
  if (!filter_sql(query).empty()) {
    const std::vector<std::int64_t> allowed = filtered_ids(database, query);
    std::erase_if(ranked, [&](const auto& hit) {
      return !std::binary_search(allowed.begin(), allowed.end(), hit.second);
    });
  }
  total = static_cast<long long>(ranked.size());
  const size_t from = std::min(ranked.size(), static_cast<size_t>(std::max(query.offset, 0)));
  const size_t to =
      std::min(ranked.size(), from + static_cast<size_t>(std::clamp(query.limit, 1, kMaxResults)));
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(to), ranked.end());
  return {ranked.begin() + static_cast<std::ptrdiff_t>(from),
          ranked.begin() + static_cast<std::ptrdiff_t>(to)};
}

// Without words: the filtered records, newest first.
std::vector<std::pair<double, std::int64_t>> newest_records(sqlite::Database& database,
                                                            const SearchQuery& query,
                                                            long long& total) {
  const std::string filters = filter_sql(query);
  sqlite::Statement count = database.prepare("SELECT count(*) FROM records r WHERE 1" + filters);
  bind_filters(count, query);
  if (count.step()) total = count.integer(0);
  sqlite::Statement chosen =
      database.prepare("SELECT r.id FROM records r WHERE 1" + filters +
                       " ORDER BY r.date DESC, r.id LIMIT :limit OFFSET :offset");
  bind_filters(chosen, query);
  chosen.bind(":limit", std::clamp(query.limit, 1, kMaxResults))
      .bind(":offset", std::max(query.offset, 0));
  std::vector<std::pair<double, std::int64_t>> ids;
  while (chosen.step()) ids.emplace_back(0, chosen.integer(0));
  return ids;
}

SearchResults run_search(sqlite::Database& database, const SearchQuery& query) {
  SearchResults results;
  results.match = fts_match_expression(query.text);
  const bool full_text = !results.match.empty();
  const auto chosen = full_text ? ranked_matches(database, query, results.match, results.total)
                                : newest_records(database, query, results.total);
  // Each result's columns and snippet.
  sqlite::Statement columns =
      database.prepare(std::string("SELECT ") + kHitColumns + kHitTables + " WHERE r.id = ?");
  sqlite::Statement snippet = database.prepare(
      full_text ? "SELECT snippet(records_fts, -1, char(2), char(3), '…', 20) FROM records_fts "
                  "WHERE records_fts MATCH :match AND rowid = :id"
                : "SELECT body FROM records_fts WHERE rowid = :id");
  for (const auto& [score, id] : chosen) {
    columns.bind(1, id);
    const bool found = columns.step();
    SearchHit hit = found ? read_hit(columns, 0) : SearchHit{};
    columns.reset();
    if (!found) continue;
    hit.score = score;
    if (full_text) snippet.bind(":match", results.match);
    snippet.bind(":id", id);
    if (snippet.step()) {
      if (full_text)
        std::tie(hit.snippet, hit.highlights) = split_highlights(snippet.text(0));
      else
        hit.snippet = browse_snippet(snippet.text(0));
    }
    snippet.reset();
    results.hits.push_back(std::move(hit));
  }
  return results;
}

}  // namespace

bool is_search_kind(std::string_view kind) {
  return std::find(std::begin(kSearchKinds), std::end(kSearchKinds), kind) !=
         std::end(kSearchKinds);
}

std::string fts_match_expression(std::string_view user_text) {
  std::string_view text = utf8_prefix(user_text, kMaxQueryBytes);
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < text.size() && terms.size() < kMaxQueryTerms) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::string_view term;
    bool prefix = false;
    if (text[i] == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) close = text.size();
      term = text.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      size_t end = i;
      while (end < text.size() && text[end] != '"' &&
             !std::isspace(static_cast<unsigned char>(text[end])))
        ++end;
      term = text.substr(i, end - i);
      i = end;
      while (!term.empty() && term.back() == '*') {
        term.remove_suffix(1);
        prefix = true;
      }
    }
    // A term with nothing the tokenizer keeps would be an empty phrase: it matches nothing,
    // and would make every result fail the AND.
    if (std::none_of(term.begin(), term.end(),
                     [](char c) { return is_word_byte(static_cast<unsigned char>(c)); }))
      continue;
    terms.push_back(fts_term(term, prefix));
  }
  std::string expression;
  for (const std::string& term : terms) expression += (expression.empty() ? "" : " ") + term;
  return expression;
}

bool is_query_date(std::string_view text) {
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i)
      if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
  };
  if (text.size() == 4) return digits(0, 4);
  if (text.size() == 7) return digits(0, 4) && text[4] == '-' && digits(5, 2);
  if (text.size() == 10)
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2);
  return false;
}

std::pair<std::string, std::vector<std::pair<size_t, size_t>>> split_highlights(
    std::string_view marked) {
  std::string plain;
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t start = 0;
  for (char c : marked) {
    if (c == kHighlightStart) {
      start = plain.size();
    } else if (c == kHighlightEnd) {
      ranges.emplace_back(start, plain.size());
    } else {
      plain += c == '\n' ? ' ' : c;
    }
  }
  return {plain, ranges};
}

Result<SearchResults> search_index(sqlite::Database& database, const SearchQuery& query) {
  try {
    return run_search(database, query);
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, std::string("search failed: ") + error.what());
  }
}

Result<RecordDetail> find_record(sqlite::Database& database, std::int64_t id) {
  try {
    sqlite::Statement row = database.prepare(
        std::string("SELECT j.json, p.content_hash, p.page_count, p.bytes, ") + kHitColumns +
        kHitTables + " JOIN record_json j ON j.record_id = r.id WHERE r.id = ?");
    row.bind(1, id);
    if (!row.step())
      return Status(ErrorCode::file_not_found, "no record " + std::to_string(id) + " in the index");
    RecordDetail detail;
    detail.json = row.text(0);
    detail.content_hash = row.text(1);
    if (!row.is_null(2)) detail.page_count = static_cast<int>(row.integer(2));
    detail.bytes = row.optional_integer(3);
    detail.summary = read_hit(row, 4);
    return detail;
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, std::string("reading a record failed: ") + error.what());
  }
}

}  // namespace agendum
