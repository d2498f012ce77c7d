#include "tests/support/markup.h"

#include <sstream>
#include <string>

#include "pipeline/text/clean.h"

namespace agendum::testing {
namespace {

constexpr double kLeft = 72, kTop = 72, kLineHeight = 14, kCharWidth = 6, kPageHeight = 792;

struct Style {
  bool bold = false, struck = false;
};

// Splits one markup line into words, tracking ** and ~~ toggles across words.
void add_words(std::string_view line, double y, double size, bool heading, Style& style,
               TextLine& out) {
  double x = kLeft;
  while (!line.empty() && line.front() == ' ') {
    x += kCharWidth;
    line.remove_prefix(1);
  }
  std::string word;
  Style word_style = style;
  auto flush = [&](double gap) {
    if (!word.empty()) {
      Word w;
      w.text = word;
      w.box = {x, y, x + kCharWidth * static_cast<double>(word.size()), y + size};
      w.font_size = size;
      w.bold = word_style.bold || heading;
      w.struck = word_style.struck;
      out.words.push_back(w);
      x = w.box.x1;
      word.clear();
    }
    x += gap;
    word_style = style;
  };
  for (size_t i = 0; i < line.size(); ++i) {
    if (line.compare(i, 2, "**") == 0 || line.compare(i, 2, "~~") == 0) {
      bool bold_toggle = line[i] == '*';
      // A marker ending a run applies to the word before it; one opening a run to the next.
      if (!word.empty()) {
        (bold_toggle ? word_style.bold : word_style.struck) = true;
        (bold_toggle ? style.bold : style.struck) = !(bold_toggle ? style.bold : style.struck);
      } else {
        (bold_toggle ? style.bold : style.struck) = !(bold_toggle ? style.bold : style.struck);
        word_style = style;
      }
      ++i;
      continue;
    }
    char c = line[i];
    if (c == ' ') {
      flush(kCharWidth);
    } else if (c == '\t') {
      flush(kCharWidth * 6);
    } else {
      if (word.empty()) word_style = style;
      word.push_back(c);
    }
  }
  flush(0);
}

}  // namespace

std::vector<PageText> pages_from_markup(std::string_view markup) {
  std::vector<PageText> pages;
  auto new_page = [&] {
    PageText page;
    page.width = 612;
    page.height = kPageHeight;
    page.info.page = static_cast<int>(pages.size()) + 1;
    page.info.method = PageMethod::text;
    page.info.quality = 1;
    pages.push_back(page);
  };
  new_page();
  double y = kTop;
  Style style;
  std::istringstream in{std::string(markup)};
  std::string raw;
  while (std::getline(in, raw)) {
    if (raw == "<<page>>") {
      new_page();
      y = kTop;
      continue;
    }
    if (raw.find_first_not_of(" \t") == std::string::npos) {
      y += kLineHeight;
      continue;
    }
    bool heading = raw.rfind("# ", 0) == 0;
    double size = heading ? 14 : 11;
    TextLine line;
    add_words(heading ? std::string_view(raw).substr(2) : std::string_view(raw), y, size, heading,
              style, line);
    if (!line.words.empty()) {
      line.box = {line.words.front().box.x0, y, line.words.back().box.x1, y + size};
      pages.back().lines.push_back(line);
    }
    y += heading ? kLineHeight * 1.4 : kLineHeight;
    if (y > kPageHeight - kTop) {
      new_page();
      y = kTop;
    }
  }
  for (PageText& page : pages) {
    int chars = 0;
    for (const TextLine& line : page.lines)
      for (const Word& word : line.words) chars += static_cast<int>(word.text.size());
    page.info.chars = chars;
  }
  return pages;
}

CleanText clean_from_markup(std::string_view markup) {
  std::vector<Diagnostic> diagnostics;
  return clean_pages(pages_from_markup(markup), diagnostics);
}

DocumentSpan whole_document(const CleanText& text, DocumentKind kind, std::string id) {
  DocumentSpan document;
  document.id = std::move(id);
  document.kind = kind;
  document.lines = {0, text.lines.size()};
  document.pages = {text.lines.front().page, text.lines.back().page};
  return document;
}

}  // namespace agendum::testing
