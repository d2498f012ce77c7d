#include "pipeline/text/clean.h"

namespace agendum {

// First cut: one Line per TextLine, words joined by spaces. Replaced by the real
// normalisation and layout stages.
CleanText clean_pages(const std::vector<PageText>& pages, std::vector<Diagnostic>&) {
  CleanText out;
  for (const PageText& page : pages) {
    PageFurniture furniture;
    furniture.page = page.info.page;
    out.furniture.push_back(furniture);
    for (const TextLine& text_line : page.lines) {
      Line line;
      line.page = page.info.page;
      line.box = text_line.box;
      line.words = text_line.words;
      line.method = page.info.method;
      line.column = text_line.column;
      std::string deleted_run;
      bool all_bold = true;
      for (const Word& word : text_line.words) {
        if (word.struck) {
          deleted_run += (deleted_run.empty() ? "" : " ") + word.text;
          continue;
        }
        if (!deleted_run.empty()) line.deleted.push_back(std::move(deleted_run)), deleted_run.clear();
        line.text += (line.text.empty() ? "" : " ") + word.text;
        all_bold = all_bold && word.bold;
        line.font_size = word.font_size;
      }
      if (!deleted_run.empty()) line.deleted.push_back(deleted_run);
      line.bold = all_bold && !line.text.empty();
      line.match = line.text;
      out.lines.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace agendum
