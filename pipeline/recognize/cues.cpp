#include "pipeline/recognize/cues.h"

#include <re2/re2.h>

#include <cctype>
#include <map>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// "Page 34 of 106" -> {34, 106}.
std::optional<std::pair<int, int>> page_of(const std::optional<std::string>& label) {
  static const RE2 kPageOf(R"((?i)\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})\b)");
  int page = 0, total = 0;
  if (!label || !RE2::PartialMatch(*label, kPageOf, &page, &total)) return std::nullopt;
  return std::pair{page, total};
}

}  // namespace

std::string line_for_matching(const Line& line) {
  const std::string& text = line.match.empty() ? line.text : line.match;
  if (line.list_marker.empty()) return text;
  return text.empty() ? line.list_marker : line.list_marker + " " + text;
}

bool looks_all_caps(const Line& line) {
  if (line.all_caps) return true;
  const std::string& text = line.match.empty() ? line.text : line.match;
  return !has_lowercase(text) && has_letter(text);
}

bool styled_as_heading(const Line& line) { return line.heading || line.bold; }

bool at_page_top(const std::vector<Line>& lines, size_t i, size_t within) {
  for (size_t back = 1; back <= within; ++back) {
    if (i < back || lines[i - back].page != lines[i].page) return true;
  }
  return false;
}

bool starts_paragraph(const std::vector<Line>& lines, size_t i) {
  if (i == 0) return true;
  const Line& line = lines[i];
  const Line& above = lines[i - 1];
  if (above.page != line.page) return true;
  double size = line.font_size > 0 ? line.font_size : line.box.height();
  if (size <= 0) return line.paragraph_start;
  return line.box.y0 - above.box.y1 > 0.8 * size;
}

std::string title_from(std::string text, size_t limit) {
  text = trim(text, " \t");
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  return text.substr(0, cut == std::string::npos ? limit : cut);
}

std::string head_of(const CleanText& text, LineSpan span, size_t chars) {
  std::string head;
  for (size_t i = span.first; i < span.last && head.size() < chars; ++i) {
    if (!head.empty()) head.push_back(' ');
    head += line_for_matching(text.lines[i]);
  }
  if (head.size() > chars) head.resize(chars);
  return head;
}

std::string ocr_tolerant(std::string_view word) {
  // What OCR reads for a letter besides the letter itself (both cases are added); symbols
  // only inside a word, so the pattern can sit between \b boundaries.
  struct Confusion {
    std::string_view alternatives;  // letters and digits
    std::string_view inner;         // symbols, only inside a word
    std::string_view sequences;     // two-character readings
  };
  auto confusions = [](char letter) -> Confusion {
    switch (letter) {
      case 'a':
        return {"4", "@", ""};
      case 'b':
        return {"8", "", ""};
      case 'c':
        return {"e", "(", ""};
      case 'e':
        return {"c3", "", ""};
      case 'g':
        return {"9", "", ""};
      case 'h':
        return {"", "", "li|Ii|1i"};
      case 'i':
      case 'l':
        return {"il1", "|!", ""};
      case 'm':
        return {"", "", "rn|nn"};
      case 'n':
        return {"", "", "ri"};
      case 'o':
        return {"0q", "", ""};
      case 's':
        return {"5", "$", ""};
      case 'u':
        return {"v", "", ""};
      case 'v':
        return {"u", "", ""};
      case 'w':
        return {"", "", "vv"};
      case 'y':
        return {"v", "", ""};
      case 'z':
        return {"2", "", ""};
      default:
        return {};
    }
  };
  auto both_cases = [](std::string_view letters) {
    std::string out;
    for (char c : letters) {
      out.push_back(c);
      if (std::isalpha(static_cast<unsigned char>(c)))
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
  };
  std::string pattern;
  for (size_t i = 0; i < word.size(); ++i) {
    char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    Confusion confusion = confusions(letter);
    bool inner = i > 0 && i + 1 < word.size();
    std::string set = both_cases(std::string(1, letter) + std::string(confusion.alternatives));
    if (inner) set += confusion.inner;
    if (i > 0) pattern += " ?";
    std::string one = "[" + set + "]";
    if (confusion.sequences.empty()) {
      pattern += one;
      continue;
    }
    pattern += "(?:" + one;
    std::string_view rest = confusion.sequences;
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view sequence = rest.substr(0, bar);
      pattern += "|";
      for (char c : sequence) pattern += "[" + both_cases(std::string(1, c)) + "]";
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    pattern += ")";
  }
  return pattern;
}

std::vector<std::optional<std::string>> stamp_labels_by_line(const CleanText& text) {
  // "3.5.a Packet Pg. 68", "5.1 Packet Pg. 161"
  static const RE2 kStamp(R"(^(\d{1,2}(?:\.\d{1,2})*(?:\.[a-z])?)\s*Packet\s*Pg\.?\s*\d+$)");
  std::map<int, std::string> by_page;
  for (const PageFurniture& furniture : text.furniture)
    if (furniture.stamp_label) by_page[furniture.page] = *furniture.stamp_label;
  for (const Line& line : text.lines) {
    std::string label;
    if (!by_page.count(line.page) && RE2::FullMatch(line_for_matching(line), kStamp, &label))
      by_page[line.page] = label;
  }
  std::vector<std::optional<std::string>> labels;
  labels.reserve(text.lines.size());
  for (const Line& line : text.lines) {
    auto found = by_page.find(line.page);
    labels.push_back(found == by_page.end() ? std::nullopt
                                            : std::optional<std::string>(found->second));
  }
  return labels;
}

bool numbering_breaks(const PageFurniture& before, const PageFurniture& after) {
  if (after.page != before.page + 1) return false;
  if (before.stamp_page && after.stamp_page && *after.stamp_page != *before.stamp_page + 1)
    return true;
  const auto a = page_of(before.page_label), b = page_of(after.page_label);
  // One numbering series (same total) that skips; a restart at 1 is a new document's own
  // numbering, which its opening announces.
  return a && b && a->second == b->second && b->first > a->first + 1;
}

}  // namespace agendum
