#include "extractors/resolution_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace agendum {
namespace {

// The patterns are written for ASCII dashes and quotes; the clean flow's match form already
// has them, this keeps a line without one usable ("19–110", "City’s"). Appends word to out.
void append_ascii_punctuation(std::string_view word, std::string& out) {
  // Every dash and quote mapped is a three-byte sequence starting 0xE2; most words have none.
  if (word.find('\xE2') == std::string_view::npos) {
    out += word;
    return;
  }
  static constexpr std::array<std::pair<std::string_view, char>, 8> kMap = {{{"\u2013", '-'},
                                                                             {"\u2014", '-'},
                                                                             {"\u2011", '-'},
                                                                             {"\u2212", '-'},
                                                                             {"\u2018", '\''},
                                                                             {"\u2019", '\''},
                                                                             {"\u201C", '"'},
                                                                             {"\u201D", '"'}}};
  while (!word.empty()) {
    bool mapped = false;
    for (const auto& [from, to] : kMap) {
      if (word.substr(0, from.size()) == from) {
        out.push_back(to);
        word.remove_prefix(from.size());
        mapped = true;
        break;
      }
    }
    if (!mapped) {
      out.push_back(word.front());
      word.remove_prefix(1);
    }
  }
}

// What the words behind a line say of each of its `count` words: OCR confidence and place,
// when they are the line's words one for one; else the line's mean confidence and no place.
std::vector<JoinedText::Token> word_facts(const Line& line, size_t count) {
  std::vector<JoinedText::Token> facts;
  for (const Word& word : line.words)
    if (!word.struck && word.text.find(' ') == std::string::npos)
      facts.push_back({0, 0, 0, 0, word.confidence, word.box.x0, word.box.x1});
  // The layout stage moves a list marker out of the text but not out of the words.
  if (facts.size() == count + 1 && !line.list_marker.empty()) facts.erase(facts.begin());
  if (facts.size() != count) facts.assign(count, {0, 0, 0, 0, line.confidence, 0, 0});
  return facts;
}

}  // namespace

JoinedText join_lines(const CleanText& text, LineSpan span) {
  JoinedText joined;
  joined.lines = span;
  const size_t last = std::min(span.last, text.lines.size());
  if (span.first < last) {
    size_t bytes = 0, printed_bytes = 0, words = 0;
    for (size_t index = span.first; index < last; ++index) {
      const Line& line = text.lines[index];
      bytes += line.match.size() + 8;
      printed_bytes += line.text.size() + line.list_marker.size();
      words += line.words.size() + 1;
    }
    joined.match.reserve(bytes);
    joined.printed_words.reserve(printed_bytes);
    joined.tokens.reserve(words);
    joined.line_pages.reserve(last - span.first);
    joined.line_offsets.reserve(last - span.first);
  }
  for (size_t index = span.first; index < last; ++index) {
    const Line& line = text.lines[index];
    joined.line_pages.push_back(line.page);
    if (index > span.first) joined.match.push_back('\n');
    joined.line_offsets.push_back(joined.match.size());
    std::vector<std::string_view> match_words =
        word_views(line.match.empty() ? line.text : line.match);
    std::vector<std::string_view> printed_words = word_views(line.text);
    if (printed_words.size() != match_words.size()) printed_words = match_words;
    std::vector<JoinedText::Token> facts = word_facts(line, match_words.size());
    if (!line.list_marker.empty()) {
      match_words.insert(match_words.begin(), line.list_marker);
      printed_words.insert(printed_words.begin(), line.list_marker);
      facts.insert(facts.begin(), {0, 0, 0, 0, line.confidence, 0, 0});
    }
    for (size_t w = 0; w < match_words.size(); ++w) {
      if (w > 0) joined.match.push_back(' ');
      JoinedText::Token token = facts[w];
      token.offset = static_cast<uint32_t>(joined.match.size());
      token.line = static_cast<uint32_t>(index);
      token.printed_at = static_cast<uint32_t>(joined.printed_words.size());
      token.printed_size = static_cast<uint32_t>(printed_words[w].size());
      joined.printed_words += printed_words[w];
      joined.tokens.push_back(std::move(token));
      append_ascii_punctuation(match_words[w], joined.match);
    }
  }
  return joined;
}

std::string JoinedText::printed(size_t begin, size_t end) const {
  auto first =
      std::lower_bound(tokens.begin(), tokens.end(), begin,
                       [](const Token& token, size_t offset) { return token.offset < offset; });
  std::string out;
  for (auto it = first; it != tokens.end() && it->offset < end; ++it) {
    if (!out.empty()) out += ' ';
    out += printed_word(*it);
  }
  return out;
}

float JoinedText::least_confidence(size_t begin, size_t end) const {
  auto first =
      std::lower_bound(tokens.begin(), tokens.end(), begin,
                       [](const Token& token, size_t offset) { return token.offset < offset; });
  float least = 100;
  for (auto it = first; it != tokens.end() && it->offset < end; ++it)
    least = std::min(least, it->confidence);
  return least;
}

size_t JoinedText::line_at(size_t offset) const {
  if (tokens.empty()) return lines.first;
  auto after =
      std::upper_bound(tokens.begin(), tokens.end(), offset,
                       [](size_t value, const Token& token) { return value < token.offset; });
  if (after == tokens.begin()) return tokens.front().line;
  return std::prev(after)->line;
}

PageSpan JoinedText::pages(size_t begin, size_t end) const {
  size_t first_line = line_at(begin);
  size_t last_line = line_at(end > begin ? end - 1 : begin);
  auto page_of = [&](size_t line) {
    size_t at = line - lines.first;
    return at < line_pages.size() ? line_pages[at] : 0;
  };
  return {page_of(first_line), page_of(last_line)};
}

std::string_view JoinedText::line_match(size_t index) const {
  size_t at = index - lines.first;
  if (index < lines.first || at >= line_offsets.size()) return {};
  size_t begin = line_offsets[at];
  size_t end = at + 1 < line_offsets.size() ? line_offsets[at + 1] - 1 : match.size();
  return std::string_view(match).substr(begin, end - begin);
}

LineSpan JoinedText::line_span(size_t begin, size_t end) const {
  return {line_at(begin), line_at(end > begin ? end - 1 : begin) + 1};
}

}  // namespace agendum
