// Which lines of a source page hold a record, so the review page can highlight them.
//
// Packets carry pages per record, not boxes. The lines are found again: the page's text is
// read as the packet read it (the text layer, or OCR for a page the packet OCR'd), and a line
// belongs to the record when its words occur, in order, in the record's text, or when a field
// of the record occurs whole in the line and makes at least half of it (an item beside its
// number) or holds figures (a pay line in a table row beside other ranges). Words
// compare as lower-case letters and digits, so punctuation, typography and line-end hyphens
// do not matter; a line of fewer than kMinLineWords words or kMinLineLetters letters is too
// common to tell and is not claimed.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/core/status.h"

namespace agendum {

inline constexpr size_t kMinLineWords = 2;
inline constexpr size_t kMinLineLetters = 8;

// The record's printed text: every string in its JSON but ids, codes and ISO dates.
std::vector<std::string> record_texts(const nlohmann::json& record);

// Indexes of the page lines that hold the record's text.
std::vector<size_t> lines_holding(const std::vector<std::string>& page_lines,
                                  const std::vector<std::string>& record_texts);

struct PageLines {
  double width = 0, height = 0;  // points, as the boxes are measured (upright for OCR pages)
  int rotation = 0;              // degrees the page was turned to read it
  std::vector<std::string> texts;
  std::vector<Box> boxes;
};

// One page's lines as the packet read them: OCR when `ocr`, else the text layer.
Result<PageLines> read_page_lines(const std::string& pdf_path, int page, bool ocr);

}  // namespace agendum
