#include "review/record_lines.h"

#include <algorithm>
#include <cctype>

#include "pipeline/core/text_ops.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {
namespace {

using nlohmann::json;

// JSON keys whose strings are not printed text of the record.
bool is_machine_key(const std::string& key) {
  static const char* kKeys[] = {"id",           "document",       "unit",         "context",
                                "status",       "flsa",           "date",         "change",
                                "duplicate_of", "effective_date", "adopted_date", "kind"};
  for (const char* machine : kKeys)
    if (key == machine) return true;
  return false;
}

void collect_texts(const json& value, std::vector<std::string>& texts) {
  if (value.is_string()) {
    texts.push_back(value.get<std::string>());
  } else if (value.is_array()) {
    for (const json& element : value) collect_texts(element, texts);
  } else if (value.is_object()) {
    for (const auto& [key, element] : value.items())
      if (!is_machine_key(key)) collect_texts(element, texts);
  }
}

// Lower-case ASCII letters and digits (other UTF-8 letters kept as they are), one space
// between words; everything else separates words.
std::string word_text(const std::string& text) {
  std::string out;
  bool gap = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // Typographic punctuation (U+2010..U+206F: dashes, quotes, bullets) separates words.
    if (c == 0xE2 && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
         static_cast<unsigned char>(text[i + 1]) == 0x81)) {
      i += 2;
      gap = true;
      continue;
    }
    if (std::isalnum(c) || c >= 0x80) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      gap = true;
    }
  }
  return out;
}

// Whether the words occur whole in `padded` (words with a space at each end).
bool contains_words(const std::string& padded, const std::string& words) {
  return padded.find(" " + words + " ") != std::string::npos;
}

// Four or more words, with digits among them: "range 341 5 017 6 391".
bool has_figures(const std::string& words) { return word_count(words) >= 4 && has_digit(words); }

bool telling(const std::string& words) {
  size_t letters = 0;
  for (char c : words) letters += c != ' ';
  return word_count(words) >= kMinLineWords && letters >= kMinLineLetters;
}

// The line without its first and/or last word: a word split by a line-end hyphen is half on
// each of two lines and matches on neither.
std::vector<std::string> trimmed_forms(const std::string& words) {
  std::vector<std::string> forms = {words};
  size_t first_space = words.find(' '), last_space = words.rfind(' ');
  if (first_space == std::string::npos) return forms;
  forms.push_back(words.substr(first_space + 1));
  forms.push_back(words.substr(0, last_space));
  if (last_space > first_space)
    forms.push_back(words.substr(first_space + 1, last_space - first_space - 1));
  return forms;
}

}  // namespace

std::vector<std::string> record_texts(const json& record) {
  std::vector<std::string> texts;
  collect_texts(record, texts);
  return texts;
}

std::vector<size_t> lines_holding(const std::vector<std::string>& page_lines,
                                  const std::vector<std::string>& record_texts) {
  std::string all;
  std::vector<std::string> fields;
  for (const std::string& text : record_texts) {
    std::string words = word_text(text);
    if (words.empty()) continue;
    all += (all.empty() ? "" : " ") + words;
    if (telling(words)) fields.push_back(std::move(words));
  }
  all = " " + all + " ";
  std::vector<size_t> held;
  for (size_t i = 0; i < page_lines.size(); ++i) {
    const std::string line = word_text(page_lines[i]);
    const std::string padded_line = " " + line + " ";
    bool holds = false;
    for (const std::string& form : trimmed_forms(line))
      if (telling(form) && contains_words(all, form)) holds = true;
    // A field printed on the line with little else (an item beside its number), or one with
    // figures (a pay line, in a table row beside other ranges); a short field in a long line
    // (the agency's name in a running header) does not count.
    for (const std::string& field : fields)
      if (!holds && (2 * word_count(field) >= word_count(line) || has_figures(field)) &&
          contains_words(padded_line, field))
        holds = true;
    if (holds) held.push_back(i);
  }
  return held;
}

Result<PageLines> read_page_lines(const std::string& pdf_path, int page, bool ocr) {
  ReadOptions options;
  options.first_page = options.last_page = page;
  options.ocr = ocr ? OcrMode::always : OcrMode::never;
  options.jobs = 1;
  Result<ReadResult> read = read_pdf(pdf_path, options);
  if (!read.ok()) return read.status();
  PageLines lines;
  if (read.value().pages.empty()) return lines;
  const PageText& text = read.value().pages.front();
  lines.width = text.width;
  lines.height = text.height;
  lines.rotation = text.info.rotation;
  for (const TextLine& line : text.lines) {
    std::string joined;
    for (const Word& word : line.words) joined += (joined.empty() ? "" : " ") + word.text;
    lines.texts.push_back(std::move(joined));
    lines.boxes.push_back(line.box);
  }
  return lines;
}

}  // namespace agendum
