#include "review/word_diff.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// Typographic quotes, dashes and the no-break space, as ASCII.
struct Replacement {
  std::string_view from, to;
};
constexpr Replacement kTypography[] = {{"\u2018", "'"},  {"\u2019", "'"}, {"\u201C", "\""},
                                       {"\u201D", "\""}, {"\u2013", "-"}, {"\u2014", "-"},
                                       {"\u00A0", " "}};

void add_change(std::vector<WordChange>& changes, WordChange::Op op, const std::string& word) {
  if (!changes.empty() && changes.back().op == op) {
    changes.back().text += ' ' + word;
  } else {
    changes.push_back({op, word});
  }
}

}  // namespace

std::vector<std::pair<size_t, size_t>> common_subsequence(
    const std::vector<std::string>& old_items, const std::vector<std::string>& new_items) {
  std::vector<std::pair<size_t, size_t>> pairs;
  size_t head = 0;
  while (head < old_items.size() && head < new_items.size() && old_items[head] == new_items[head]) {
    pairs.emplace_back(head, head);
    ++head;
  }
  size_t old_end = old_items.size(), new_end = new_items.size();
  std::vector<std::pair<size_t, size_t>> tail;
  while (old_end > head && new_end > head && old_items[old_end - 1] == new_items[new_end - 1]) {
    --old_end;
    --new_end;
    tail.emplace_back(old_end, new_end);
  }
  const size_t rows = old_end - head, columns = new_end - head;
  if (rows > 0 && columns > 0 && rows * columns <= kMaxDiffCells) {
    // length[i][j]: the longest common subsequence of old[head+i..] and new[head+j..].
    std::vector<unsigned> length((rows + 1) * (columns + 1), 0);
    auto at = [&](size_t i, size_t j) -> unsigned& { return length[i * (columns + 1) + j]; };
    for (size_t i = rows; i-- > 0;)
      for (size_t j = columns; j-- > 0;)
        at(i, j) = old_items[head + i] == new_items[head + j]
                       ? at(i + 1, j + 1) + 1
                       : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < rows && j < columns) {
      if (old_items[head + i] == new_items[head + j]) {
        pairs.emplace_back(head + i++, head + j++);
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        ++i;
      } else {
        ++j;
      }
    }
  }
  pairs.insert(pairs.end(), tail.rbegin(), tail.rend());
  return pairs;
}

std::vector<WordChange> diff_words(std::string_view old_text, std::string_view new_text) {
  const std::vector<std::string> old_words = split_words(old_text),
                                 new_words = split_words(new_text);
  // Words compare as printed, but a curly quote for a straight one is no change.
  std::vector<std::string> old_keys, new_keys;
  for (const std::string& word : old_words) old_keys.push_back(plain_typography(word));
  for (const std::string& word : new_words) new_keys.push_back(plain_typography(word));
  std::vector<WordChange> changes;
  size_t i = 0, j = 0;
  for (auto [old_index, new_index] : common_subsequence(old_keys, new_keys)) {
    for (; i < old_index; ++i) add_change(changes, WordChange::Op::removed, old_words[i]);
    for (; j < new_index; ++j) add_change(changes, WordChange::Op::added, new_words[j]);
    add_change(changes, WordChange::Op::same, new_words[j]);
    ++i;
    ++j;
  }
  for (; i < old_words.size(); ++i) add_change(changes, WordChange::Op::removed, old_words[i]);
  for (; j < new_words.size(); ++j) add_change(changes, WordChange::Op::added, new_words[j]);
  return changes;
}

std::string plain_typography(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const Replacement& replacement : kTypography)
      if (text.substr(i, replacement.from.size()) == replacement.from) {
        out += replacement.to;
        i += replacement.from.size();
        replaced = true;
        break;
      }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string comparable_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : plain_typography(text)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() &&
         (out.back() == '.' || out.back() == ';' || out.back() == ',' || out.back() == ':'))
    out.pop_back();
  return out;
}

double text_similarity(std::string_view a, std::string_view b) {
  std::map<std::string, int> counts;
  const std::vector<std::string> a_words = split_words(comparable_text(a)),
                                 b_words = split_words(comparable_text(b));
  if (a_words.empty() && b_words.empty()) return 1;
  for (const std::string& word : a_words) ++counts[word];
  size_t shared = 0;
  for (const std::string& word : b_words)
    if (auto found = counts.find(word); found != counts.end() && found->second > 0) {
      --found->second;
      ++shared;
    }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a_words.size() + b_words.size());
}

}  // namespace agendum
