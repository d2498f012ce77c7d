#include "pipeline/text/line_text.h"

#include <algorithm>
#include <vector>

#include "pipeline/core/text_ops.h"
#include "pipeline/text/normalize.h"

namespace agendum {
namespace {

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// A normalised word may hold spaces (a non-breaking space inside "Pg. 68"); they become
// single spaces between words in the line text, never doubled or trailing.
void append_word(std::string& text, const std::string& word) {
  if (word.empty()) return;
  if (!text.empty() && text.back() != ' ' && word.front() != ' ') text.push_back(' ');
  text += word;
}

std::string trimmed(std::string text) {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  size_t last = text.find_last_not_of(' ');
  // Most text is already clean: hand it back without copying.
  if (first == 0 && last + 1 == text.size() && text.find("  ") == std::string::npos) return text;
  std::string out;
  bool previous_space = false;
  for (size_t i = first; i <= last; ++i) {
    if (text[i] == ' ' && previous_space) continue;
    previous_space = text[i] == ' ';
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace

void compose_line_text(Line& line) {
  line.text.clear();
  line.deleted.clear();
  std::string deleted_run;
  std::vector<double> sizes;
  bool every_word_bold = true;
  bool any_accepted = false;
  double confidence_sum = 0;
  for (const Word& word : line.words) {
    confidence_sum += word.confidence;
    if (word.struck) {
      append_word(deleted_run, word.text);
      continue;
    }
    if (!deleted_run.empty()) line.deleted.push_back(trimmed(std::move(deleted_run)));
    deleted_run.clear();
    append_word(line.text, word.text);
    sizes.push_back(word.font_size);
    every_word_bold = every_word_bold && word.bold;
    any_accepted = true;
  }
  if (!deleted_run.empty()) line.deleted.push_back(trimmed(std::move(deleted_run)));
  line.text = trimmed(std::move(line.text));
  if (sizes.empty())
    for (const Word& word : line.words) sizes.push_back(word.font_size);
  line.font_size = median(std::move(sizes));
  line.bold = any_accepted && every_word_bold;
  line.all_caps = is_all_caps(line.text);
  line.match = matching_form(line.text);
  line.confidence =
      line.words.empty()
          ? 100.0f
          : static_cast<float>(confidence_sum / static_cast<double>(line.words.size()));
}

Line line_from_text_line(TextLine&& text_line, const PageInfo& page) {
  Line line;
  line.page = page.page;
  line.box = text_line.box;
  line.column = text_line.column;
  line.method = page.method;
  line.words = std::move(text_line.words);
  for (Word& word : line.words) word.text = trimmed(normalize_printed(word.text));
  std::erase_if(line.words, [](const Word& word) { return word.text.empty(); });
  line.words.shrink_to_fit();
  compose_line_text(line);
  return line;
}

}  // namespace agendum
