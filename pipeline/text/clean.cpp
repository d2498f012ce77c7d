#include "pipeline/text/clean.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "pipeline/core/parallel.h"
#include "pipeline/text/hyphenation.h"
#include "pipeline/text/layout_furniture.h"
#include "pipeline/text/line_structure.h"
#include "pipeline/text/line_text.h"

namespace agendum {
namespace {

// A line whose box the reader left empty takes the union of its words' boxes.
void fill_missing_box(Line& line) {
  if (line.box.width() <= 0) line.box = bounding_box(line.words);
}

// Soft hyphens vanish in normalisation, but one that ends a line marks where a word was
// broken: keep it as a hyphen so the hyphenation stage can join the halves.
bool ends_with_soft_hyphen(const TextLine& text_line) {
  constexpr std::string_view soft_hyphen = "\xC2\xAD";
  return !text_line.words.empty() && text_line.words.back().text.ends_with(soft_hyphen) &&
         !text_line.words.back().struck;
}

void keep_line_end_soft_hyphen(Line& line) {
  if (line.words.empty() || line.words.back().text.ends_with('-')) return;
  line.words.back().text.push_back('-');
  compose_line_text(line);
}

}  // namespace

CleanText clean_pages(std::vector<PageText> pages, std::vector<Diagnostic>& diagnostics) {
  return clean_pages(std::move(pages), CleanOptions{}, diagnostics);
}

CleanText clean_pages(std::vector<PageText> pages, const CleanOptions& options,
                      std::vector<Diagnostic>& diagnostics) {
  std::vector<std::vector<Line>> page_lines(pages.size());
  std::vector<int> page_numbers(pages.size());
  std::vector<double> page_heights(pages.size());
  for_each_index(pages.size(), options.jobs, [&](size_t p) {
    PageText page = std::move(pages[p]);
    page_numbers[p] = page.info.page;
    page_heights[p] = page.height;
    page_lines[p].reserve(page.lines.size());
    for (TextLine& text_line : page.lines) {
      const bool soft_hyphen_at_end = ends_with_soft_hyphen(text_line);
      Line line = line_from_text_line(std::move(text_line), page.info);
      if (line.words.empty()) continue;
      if (soft_hyphen_at_end) keep_line_end_soft_hyphen(line);
      fill_missing_box(line);
      page_lines[p].push_back(std::move(line));
    }
  });
  for (size_t p = 0; p < pages.size(); ++p)
    if (page_lines[p].empty())
      diagnostics.push_back({Severity::info, "empty_page",
                             "Page " + std::to_string(page_numbers[p]) +
                                 " has no text: it is blank or could not be read.",
                             page_numbers[p], "layout"});

  CleanText out;
  out.furniture = take_out_page_furniture(page_lines, page_numbers, page_heights);

  size_t total = 0;
  for (const auto& lines : page_lines) total += lines.size();
  out.lines.reserve(total);
  for (auto& lines : page_lines)
    for (Line& line : lines) out.lines.push_back(std::move(line));

  for (Line& line : out.lines) take_list_marker(line);
  if (options.system_word_list) {
    join_line_end_hyphens_with_system_words(out.lines);
  } else {
    join_line_end_hyphens(out.lines, nullptr);
  }
  mark_headings(out.lines);
  mark_paragraph_starts(out.lines);
  return out;
}

}  // namespace agendum
