// A run of clean lines joined into one string for pattern matching, with the way back to
// the printed words, lines and pages. Resolutions are matched across line and page breaks
// (a recital wraps, a vote block is split by a page), and some packets arrive flattened
// into one line per page, so the extractor matches on this string, not line by line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"
#include "pipeline/core/text_ops.h"

namespace agendum {

struct JoinedText {
  // 28 bytes: a long document has tens of thousands of words, and its tokens are the
  // largest thing a window holds while resolutions are read.
  struct Token {
    uint32_t offset = 0;      // start of the word in match
    uint32_t line = 0;        // index into CleanText::lines
    uint32_t printed_at = 0;  // the word as printed: printed_words.substr(printed_at, ..size)
    uint32_t printed_size = 0;
    float confidence = 100;     // OCR's confidence in the word, 0..100 (100: text layer)
    float left = 0, right = 0;  // where the word is printed across its page (points); both 0
                                // when the line's words could not be told apart
  };
  std::string match;                 // match forms of the lines: words by ' ', lines by '\n'
  std::string printed_words;         // the printed words, one after another
  std::vector<Token> tokens;         // every word, in order of offset
  std::vector<int> line_pages;       // page of each line in [lines.first, lines.last)
  std::vector<size_t> line_offsets;  // where each of those lines starts in match
  LineSpan lines;

  std::string_view printed_word(const Token& token) const {
    return std::string_view(printed_words).substr(token.printed_at, token.printed_size);
  }
  // The printed words that start in [begin, end), joined by single spaces.
  std::string printed(size_t begin, size_t end) const;
  // The lowest OCR confidence of the words that start in [begin, end) (100 for none).
  float least_confidence(size_t begin, size_t end) const;
  // Index of the clean line holding the byte at offset (the last line for offsets past it).
  size_t line_at(size_t offset) const;
  PageSpan pages(size_t begin, size_t end) const;
  LineSpan line_span(size_t begin, size_t end) const;
  // The match text of clean line index (which must lie in lines).
  std::string_view line_match(size_t index) const;
};

// Joins lines [span.first, span.last). A line's list marker ("1.", "a)") is put back in
// front of it, because numbered resolved clauses are found by their numbers.
JoinedText join_lines(const CleanText& text, LineSpan span);

}  // namespace agendum
