// Differences between two texts word by word, and between two lists item by item, by longest
// common subsequence.
//
// Meant for what a class spec holds (sections of a few hundred words, lists of a few dozen
// items): after the common start and end are set aside, the table is quadratic in what is
// left, and past kMaxDiffCells the middle is reported as removed and added whole.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace agendum {

inline constexpr size_t kMaxDiffCells = 4'000'000;

struct WordChange {
  enum class Op { same, removed, added };
  Op op = Op::same;
  std::string text;  // one or more words, joined by single spaces
};

// Words split on white space and compared as printed (up to plain_typography); runs of the
// same operation merged.
std::vector<WordChange> diff_words(std::string_view old_text, std::string_view new_text);

// Pairs (old index, new index) of equal elements along a longest common subsequence.
std::vector<std::pair<size_t, size_t>> common_subsequence(
    const std::vector<std::string>& old_items, const std::vector<std::string>& new_items);

// Text for comparing: lower case, quotes and dashes made ASCII, white space collapsed,
// trailing punctuation dropped. "Performs related duties as required." and "performs related
// duties as required" compare equal.
std::string comparable_text(std::string_view text);

// Typographic quotes, dashes and no-break spaces as their ASCII forms; nothing else changed.
std::string plain_typography(std::string_view text);

// How much two texts share, 0..1: the Dice coefficient of their comparable words.
double text_similarity(std::string_view a, std::string_view b);

}  // namespace agendum
