#include "extractors/market_comparison.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "extractors/money.h"
#include "extractors/pay_labels.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/compensation_study.h"

namespace agendum {
namespace {

// A table has at least this many rows alike; fewer are percentages in prose.
constexpr size_t kLeastRows = 3;
// Classifications are a few words ("Executive Assistant to the City Manager"); a run of
// capitalised words longer than this before a row's cells holds more than its name.
constexpr size_t kMostNameWords = 10;
// How far above a table its header or introducing sentence is looked for, in words.
constexpr size_t kHeaderReach = 250;

struct Token {
  std::string text;  // as printed
  size_t line = 0;   // index into CleanText::lines
};

struct Cell {
  std::optional<double> percent;
  std::optional<std::string> note;
  size_t begin = 0;  // its first token
};

struct Row {
  size_t run_begin = 0;   // first token of the capitalised run before the cells
  size_t name_begin = 0;  // first token of the classification (a running header stripped)
  size_t figures_begin = 0;  // amounts printed between the name and the cells (or cells_begin)
  size_t cells_begin = 0, cells_end = 0;
  std::vector<Cell> cells;
  std::optional<int> count;  // a whole number printed between name and cells
};

std::vector<Token> tokens_of(const CleanText& text, LineSpan lines) {
  std::vector<Token> tokens;
  for (size_t i = lines.first; i < lines.last && i < text.lines.size(); ++i) {
    const std::string& line = text.lines[i].text;
    size_t at = 0;
    while (at < line.size()) {
      size_t end = line.find(' ', at);
      if (end == std::string::npos) end = line.size();
      if (end > at) {
        std::string word = line.substr(at, end - at);
        // OCR sets a percent sign apart ("3.2 %)") and reads a column rule as "|".
        const bool sign_apart = word.front() == '%' && !tokens.empty() && tokens.back().line == i &&
                                std::isdigit(static_cast<unsigned char>(tokens.back().text.back()));
        if (sign_apart)
          tokens.back().text += word;
        else if (word != "|")
          tokens.push_back({std::move(word), i});
      }
      at = end + 1;
    }
  }
  return tokens;
}

// The percentages a token is made of: "8.7%" -> 8.7, "(4.1%)" and "-4.1%" -> -4.1, and
// "-7.2%-0.4%" (two cells printed together) -> -7.2, -0.4. None when anything else is in it.
std::vector<double> percents_in(std::string_view token) {
  // "8.7%", "-15.2%", "(4.1%)", "+3%", "−2.0%"
  static const RE2 kPercent(
      R"((\()?([-+]|\xE2\x88\x92|\xE2\x80\x93)?(\d{1,3}(?:\.\d{1,2})?)%(\))?)");
  std::vector<double> values;
  re2::StringPiece rest(token.data(), token.size());
  std::string open, sign, digits, close;
  while (!rest.empty()) {
    if (!RE2::Consume(&rest, kPercent, &open, &sign, &digits, &close)) return {};
    double value = std::stod(digits);
    // An opening parenthesis marks a figure below the market even when OCR lost its closing one.
    bool negative = (!sign.empty() && sign != "+") || !open.empty();
    values.push_back(negative ? -value : value);
  }
  return values;
}

// The note starting at token i ("Insufficient Data", "N/A"), with how many tokens it takes.
std::optional<std::pair<std::string, size_t>> note_at(const std::vector<Token>& tokens, size_t i) {
  std::string window;
  std::vector<size_t> ends;
  for (size_t k = i; k < tokens.size() && k < i + 3; ++k) {
    window += (window.empty() ? "" : " ") + tokens[k].text;
    ends.push_back(window.size());
  }
  re2::StringPiece input(window);
  std::array<re2::StringPiece, 2> groups;
  if (!market_note_pattern().Match(input, 0, input.size(), RE2::ANCHOR_START, groups.data(), 2))
    return std::nullopt;
  size_t matched = groups[0].size();
  for (size_t k = 0; k < ends.size(); ++k)
    if (ends[k] >= matched)
      return std::pair{std::string(groups[1].data(), groups[1].size()), k + 1};
  return std::nullopt;
}

// An amount a market table prints between a classification and its percentages: the agency's
// own pay, each comparator's, the market median ("$8,240", "12,480", "5,310.50"). Bare whole
// numbers are no figure: they are counts of matches or parts of names. A dash stands for an
// agency with no match.
// An amount as OCR may print it, letters for digits ("$8,24O", "$l2,480") read back.
bool is_amount_or_dash(std::string_view token) {
  if (token == "-" || token == "--" || token == "\u2013" || token == "\u2014") return true;
  std::string read(token);
  if (!read.empty() && (read[0] == '$' || std::isdigit(static_cast<unsigned char>(read[0]))))
    for (char& c : read) {
      if (c == 'O' || c == 'o') c = '0';
      if (c == 'l' || c == 'I') c = '1';
    }
  std::optional<Money> money = parse_money(read);
  return money && (money->dollar_sign || money->cents || read.find(',') != std::string::npos);
}

// Where the figures before token end begin: amounts, dashes and placeholders ("N/A", "No
// Match") for comparators without a match, walked back over.
size_t figures_before(const std::vector<Token>& tokens, size_t end) {
  auto note_width = [&](size_t at) {
    std::optional<std::pair<std::string, size_t>> note = note_at(tokens, at);
    return note ? note->second : 0;
  };
  size_t begin = end;
  while (begin > 0) {
    if (is_amount_or_dash(tokens[begin - 1].text)) {
      --begin;
    } else if (begin >= 2 && note_width(begin - 2) == 2) {
      begin -= 2;
    } else if (note_width(begin - 1) == 1) {
      --begin;
    } else {
      break;
    }
  }
  // Figures are a column or more of amounts; a lone placeholder before the cells is a cell's.
  bool any_amount = false;
  for (size_t i = begin; i < end; ++i) any_amount = any_amount || is_amount_or_dash(tokens[i].text);
  return any_amount ? begin : end;
}

bool is_small_word(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kSmall = {
      "of", "to", "the", "and", "for", "in", "a", "&", "/", "-", "\u2013", "on"};
  return std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
}

// A word a classification's name is made of: capitalised ("Director", "Finance/City",
// "II"), a small joining word ("of", "to the", "&"), or a short number ("Operator 11", as OCR
// reads "II"). A word ending a sentence or a parenthesis ends the run before it.
bool name_word(std::string_view word) {
  if (word.empty()) return false;
  char last = word.back();
  if (last == ')' || last == ':' || last == ';' || last == ',') return false;
  if (last == '.' && (word.size() > 5 || has_lowercase(word.substr(1)) == false)) return false;
  if (is_small_word(word)) return true;
  if (std::isupper(static_cast<unsigned char>(word.front()))) return true;
  return word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c));
         });
}

std::string joined(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += (out.empty() ? "" : " ") + tokens[i].text;
  return out;
}

// Where a row's classification starts: the run of name words before its cells, less a
// running header the text kept ("Final Report - Volume II ... City of Seal Beach Marine
// Safety Chief": a phrase of five words or more that the document repeats).
void place_name(const std::vector<Token>& tokens, const std::string& document_text, Row& row,
                size_t earliest) {
  // A row whose cells end its line is a line of a table: its name starts on that line, not
  // in the header above it. (In text that lost its line breaks a name may wrap.)
  bool ends_line = row.cells_end == tokens.size() ||
                   tokens[row.cells_end].line != tokens[row.cells_end - 1].line;
  const size_t name_end = row.figures_begin;
  if (ends_line) {
    size_t line_start = name_end;
    while (line_start > 0 && tokens[line_start - 1].line == tokens[name_end].line) --line_start;
    earliest = std::max(earliest, line_start);
  }
  size_t begin = name_end;
  while (begin > earliest && name_end - begin < 2 * kMostNameWords &&
         name_word(tokens[begin - 1].text))
    --begin;
  while (begin < name_end && is_small_word(tokens[begin].text)) ++begin;
  row.run_begin = begin;
  row.name_begin = begin;
  if (name_end - begin <= kMostNameWords - 2) return;
  for (size_t length = name_end - begin - 1; length >= 5; --length) {
    std::string phrase = joined(tokens, begin, begin + length);
    size_t seen = 0;
    for (size_t at = document_text.find(phrase); at != std::string::npos && seen < 3;
         at = document_text.find(phrase, at + 1))
      ++seen;
    if (seen >= 3) {
      row.name_begin = begin + length;
      return;
    }
  }
}

// Every row in the document's tokens: a name, then one or more cells.
std::vector<Row> find_rows(const std::vector<Token>& tokens, const std::string& document_text) {
  std::vector<Row> rows;
  size_t previous_end = 0;
  for (size_t i = 0; i < tokens.size();) {
    std::vector<Cell> cells;
    size_t k = i;
    while (k < tokens.size()) {
      std::vector<double> percents = percents_in(tokens[k].text);
      if (!percents.empty()) {
        for (double value : percents) cells.push_back({value, std::nullopt, k});
        ++k;
        continue;
      }
      if (auto note = note_at(tokens, k)) {
        cells.push_back({std::nullopt, note->first, k});
        k += note->second;
        continue;
      }
      break;
    }
    if (cells.empty()) {
      ++i;
      continue;
    }
    // "$7,875 N/A $8,330": placeholders among a row's amounts, not its cells.
    bool notes_only = std::none_of(cells.begin(), cells.end(),
                                   [](const Cell& cell) { return cell.percent.has_value(); });
    if (notes_only && k < tokens.size() && tokens[k].line == tokens[k - 1].line &&
        is_amount_or_dash(tokens[k].text)) {
      i = k;
      continue;
    }
    Row row;
    row.cells_begin = i;
    row.cells_end = k;
    row.cells = std::move(cells);
    row.figures_begin = figures_before(tokens, i);
    place_name(tokens, document_text, row, previous_end);
    previous_end = k;
    i = k;
    if (row.name_begin < row.figures_begin && row.figures_begin - row.name_begin <= kMostNameWords)
      rows.push_back(std::move(row));
  }
  return rows;
}

// In a row that prints amounts before its cells, placeholders of the last comparators ("N/A
// N/A Insufficient Data") read as cells too. Where the rows with amounts mostly have n cells,
// a row with more whose first extra ones are all notes keeps its last n.
void trim_placeholder_cells(std::vector<Row>& rows) {
  std::vector<size_t> counts;
  for (const Row& row : rows)
    if (row.figures_begin < row.cells_begin) counts.push_back(row.cells.size());
  if (counts.empty()) return;
  size_t usual = counts.front(), most = 0;
  for (size_t count : counts) {
    size_t seen = static_cast<size_t>(std::count(counts.begin(), counts.end(), count));
    if (seen > most) std::tie(usual, most) = std::pair{count, seen};
  }
  for (Row& row : rows) {
    if (row.figures_begin == row.cells_begin || row.cells.size() <= usual) continue;
    size_t extra = row.cells.size() - usual;
    if (std::any_of(row.cells.begin(), row.cells.begin() + static_cast<std::ptrdiff_t>(extra),
                    [](const Cell& cell) { return cell.percent.has_value(); }))
      continue;
    row.cells.erase(row.cells.begin(), row.cells.begin() + static_cast<std::ptrdiff_t>(extra));
    row.cells_begin = row.cells.front().begin;
  }
}

// Runs of rows that make a table: alike in their number of cells, each starting where the
// one before ended (nothing but a running header between them), three or more.
std::vector<std::vector<Row>> find_tables(std::vector<Row> rows) {
  std::vector<std::vector<Row>> tables;
  std::vector<Row> current;
  auto close = [&] {
    if (current.size() >= kLeastRows) tables.push_back(current);
    current.clear();
  };
  for (Row& row : rows) {
    bool continues = !current.empty() && current.back().cells.size() == row.cells.size() &&
                     row.run_begin == current.back().cells_end;
    if (!continues) close();
    current.push_back(std::move(row));
  }
  close();
  return tables;
}

struct Header {
  std::vector<std::string> measures;
  bool below_market = false;    // its percentages count how far below the market pay is
  bool counts_matches = false;  // it has a column of comparator counts
};

// The nearest line or sentence above the table that names as many measures as its rows have
// cells (its column header, or the sentence introducing it).
std::optional<Header> find_header(const std::vector<Token>& tokens, size_t table_begin,
                                  size_t cells) {
  // "# of Matches", "Number of Comparators", "Comparables"
  static const RE2 kMatches(R"((?i)\b(?:matches|comparators|comparables|agencies\s+matched)\b)");
  size_t from = table_begin > kHeaderReach ? table_begin - kHeaderReach : 0;
  // Pieces: a line each, and a sentence each within a line of prose.
  std::vector<std::string> pieces;
  std::string piece;
  for (size_t i = from; i < table_begin; ++i) {
    if (i > from && tokens[i].line != tokens[i - 1].line && !piece.empty()) {
      pieces.push_back(piece);
      piece.clear();
    }
    piece += (piece.empty() ? "" : " ") + tokens[i].text;
    if (tokens[i].text.back() == '.' && tokens[i].text.size() > 3) {
      pieces.push_back(piece);
      piece.clear();
    }
  }
  if (!piece.empty()) pieces.push_back(piece);
  // A sentence wrapped over lines is one piece: join a piece to the one before it when that
  // one did not end a sentence.
  for (size_t p = pieces.size(); p-- > 0;) {
    std::string text = pieces[p];
    for (size_t back = p; back-- > 0 && !pieces[back].ends_with(".");) {
      text = pieces[back] + " " + text;
      if (p - back >= 4) break;
    }
    for (const std::string& candidate : {pieces[p], text}) {
      std::vector<std::string> measures = measures_named(candidate);
      if (measures.size() != cells) continue;
      return Header{measures, counts_below_market(candidate),
                    RE2::PartialMatch(candidate, kMatches)};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<MarketComparison> extract_market_comparisons(const CleanText& text,
                                                         const std::vector<DocumentSpan>& documents,
                                                         std::vector<Diagnostic>& diagnostics) {
  std::vector<MarketComparison> comparisons;
  for (const DocumentSpan& document : documents) {
    if (document.kind != DocumentKind::compensation_study) continue;
    std::vector<Token> tokens = tokens_of(text, document.lines);
    std::string document_text = joined(tokens, 0, tokens.size());
    std::vector<Row> rows = find_rows(tokens, document_text);
    trim_placeholder_cells(rows);
    for (std::vector<Row>& table : find_tables(std::move(rows))) {
      size_t cells = table.front().cells.size();
      std::optional<Header> header = find_header(tokens, table.front().run_begin, cells);
      if (!header) {
        diagnostics.push_back(
            {Severity::warning, "market_measures_unknown",
             "A market table of " + std::to_string(table.size()) + " rows with " +
                 std::to_string(cells) +
                 " figures each has no header naming what they measure; its rows are kept "
                 "with measure \"unknown\".",
             text.lines[tokens[table.front().cells_begin].line].page, "market_comparison"});
        header = Header{std::vector<std::string>(cells, "unknown"), false, false};
      }
      for (const Row& row : table) {
        size_t name_end = row.figures_begin;
        std::optional<int> comparators;
        // "Police Officer 9 8.7% 5.7%": the count of comparators matched, when a column has it.
        const std::string& last = tokens[name_end - 1].text;
        if (header->counts_matches && name_end - row.name_begin >= 2 && last.size() <= 2 &&
            std::all_of(last.begin(), last.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
          comparators = std::stoi(last);
          --name_end;
        }
        // As OCR read it, marks around the name and "Ill" for "III" put right.
        std::string classification = clean_label(joined(tokens, row.name_begin, name_end));
        std::string printed = joined(tokens, row.name_begin, row.cells_end);
        PageSpan pages{text.lines[tokens[row.name_begin].line].page,
                       text.lines[tokens[row.cells_end - 1].line].page};
        for (size_t c = 0; c < row.cells.size(); ++c) {
          MarketComparison comparison;
          comparison.classification = classification;
          comparison.measure = header->measures[c];
          comparison.percent_vs_market = row.cells[c].percent;
          if (comparison.percent_vs_market && header->below_market)
            comparison.percent_vs_market = -*comparison.percent_vs_market;
          comparison.note = row.cells[c].note;
          comparison.comparators = comparators;
          comparison.text = printed;
          comparison.document = document.id;
          comparison.pages = pages;
          comparisons.push_back(std::move(comparison));
        }
      }
    }
  }
  return comparisons;
}

}  // namespace agendum
