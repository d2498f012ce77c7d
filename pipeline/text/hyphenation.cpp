#include "pipeline/text/hyphenation.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/core/file_lines.h"
#include "pipeline/text/line_text.h"

namespace agendum {
namespace {

constexpr std::string_view kUnicodeHyphen = "\xE2\x80\x90";  // U+2010 HYPHEN

bool is_letter_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return std::isalpha(byte) || byte >= 0x80;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The word part of a token: leading and trailing punctuation removed ("(council," -> "council").
std::string_view word_core(std::string_view token) {
  while (!token.empty() && !is_letter_byte(token.front()) &&
         !std::isdigit(static_cast<unsigned char>(token.front())))
    token.remove_prefix(1);
  while (!token.empty() && !is_letter_byte(token.back()) &&
         !std::isdigit(static_cast<unsigned char>(token.back())))
    token.remove_suffix(1);
  return token;
}

// The word before a line-end hyphen ("coun" of "coun-"); nullopt when the line does not end
// in one. The hyphen must follow a letter: "Secretary -" and "$5-" are not broken words.
std::optional<std::string_view> broken_prefix(const Line& line) {
  if (line.words.empty() || line.words.back().struck) return std::nullopt;
  std::string_view word = line.words.back().text;
  if (word.ends_with('-')) {
    word.remove_suffix(1);
  } else if (word.ends_with(kUnicodeHyphen)) {
    word.remove_suffix(kUnicodeHyphen.size());
  } else {
    return std::nullopt;
  }
  if (word.empty() || !is_letter_byte(word.back())) return std::nullopt;
  return word;
}

// The document's words (lower case, punctuation trimmed, hyphenated compounds as they stand)
// among the candidates a join may ask about. The halves of a broken word are left out:
// "coun" and "cil" must not vouch for themselves.
WordSet document_vocabulary(const std::vector<Line>& lines, const WordSet& candidates) {
  WordSet seen;
  std::string token;
  bool previous_broken = false;
  for (const Line& line : lines) {
    const bool broken = broken_prefix(line).has_value();
    std::string_view text = line.text;
    size_t start = 0;
    bool first = true;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      const bool last = end == text.size();
      std::string_view core = word_core(text.substr(start, end - start));
      if (!core.empty() && !(first && previous_broken) && !(last && broken)) {
        token.assign(core);
        for (char& c : token) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (candidates.contains(token)) seen.insert(token);
      }
      start = end + 1;
      first = false;
    }
    previous_broken = broken;
  }
  return seen;
}

// The forms a word may be listed under: itself, or a listed word plus a common prefix or
// plural ending (word lists carry "classification" but not "reclassifications").
std::vector<std::string> listed_forms(const std::string& lower_word) {
  static constexpr std::string_view kPrefixes[] = {"re", "non", "pre", "sub", "inter", "un",
                                                   "co", "de",  "dis", "mis", "over",  "under"};
  static constexpr std::string_view kEndings[] = {"s", "es"};
  std::vector<std::string> forms{lower_word};
  auto add_with_endings = [&](std::string_view stem) {
    if (stem.size() < 3) return;
    if (stem.size() != lower_word.size()) forms.emplace_back(stem);
    for (std::string_view ending : kEndings)
      if (stem.size() > ending.size() + 3 && stem.ends_with(ending))
        forms.emplace_back(stem.substr(0, stem.size() - ending.size()));
  };
  add_with_endings(lower_word);
  for (std::string_view prefix : kPrefixes)
    if (lower_word.starts_with(prefix))
      add_with_endings(std::string_view(lower_word).substr(prefix.size()));
  return forms;
}

struct Judge {
  const WordSet& vocabulary;
  const WordSet* dictionary;

  bool known(const std::string& lower_word) const {
    for (const std::string& form : listed_forms(lower_word))
      if (vocabulary.contains(form) || (dictionary != nullptr && dictionary->contains(form)))
        return true;
    return false;
  }
};

bool starts_upper(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word.front()));
}

// A word broken across lines i and i + 1, in the pieces the join is judged by.
struct BrokenWord {
  std::string prefix;        // "Meyers-Milias" of "Meyers-Milias-"
  std::string first;         // the prefix's last part: "Milias"
  std::string second;        // the continuation's word part: "Brown" of "Brown,"
  std::string continuation;  // the continuation as printed: "Brown,"
};

std::optional<BrokenWord> broken_word_at(const std::vector<Line>& lines, size_t i) {
  std::optional<std::string_view> prefix = broken_prefix(lines[i]);
  if (!prefix) return std::nullopt;
  const Line& next = lines[i + 1];
  if (!next.list_marker.empty() || next.words.empty() || next.words.front().struck)
    return std::nullopt;
  const std::string& continuation = next.words.front().text;
  if (continuation.empty() || !is_letter_byte(continuation.front())) return std::nullopt;
  size_t word_end = 0;
  while (word_end < continuation.size() &&
         (is_letter_byte(continuation[word_end]) || continuation[word_end] == '\'' ||
          continuation[word_end] == '-'))
    ++word_end;
  std::string_view second = std::string_view(continuation).substr(0, word_end);
  while (second.ends_with('-') || second.ends_with('\'')) second.remove_suffix(1);
  std::string_view first = *prefix;
  if (size_t dash = first.rfind('-'); dash != std::string_view::npos) first.remove_prefix(dash + 1);
  return BrokenWord{std::string(*prefix), std::string(word_core(first)), std::string(second),
                    continuation};
}

}  // namespace

std::optional<WordSet> system_words_among(const WordSet& wanted) {
  // Most of the list's hundred thousand words share neither length nor first letter with
  // any wanted word: those are passed over without being lowered or hashed.
  auto key = [](std::string_view word) {
    return std::pair{std::min<size_t>(word.size(), 63),
                     std::tolower(static_cast<unsigned char>(word[0]))};
  };
  std::vector<bool> possible(64 * 256, false);
  for (const std::string& word : wanted)
    if (!word.empty())
      possible[key(word).first * 256 + static_cast<size_t>(key(word).second)] = true;
  WordSet found;
  auto look_up = [&](std::string_view word) {
    if (word.empty()) return;
    const auto [length, first] = key(word);
    if (!possible[length * 256 + static_cast<size_t>(first)]) return;
    std::string lowered = lower(word);
    if (wanted.contains(lowered)) found.insert(std::move(lowered));
  };
  // Read a block at a time: the list is a few megabytes, asked about once per window of a
  // long packet.
  if (!for_each_line_in_file("/usr/share/dict/words", look_up)) return std::nullopt;
  return found;
}

namespace {

// Every lower-cased form a join in these lines may ask a word list about; empty when no
// line ends in a broken word.
WordSet hyphen_join_candidates(const std::vector<Line>& lines) {
  WordSet candidates;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    std::optional<BrokenWord> broken = broken_word_at(lines, i);
    if (!broken) continue;
    for (const std::string& word :
         {lower(broken->first + broken->second), lower(broken->first), lower(broken->second)})
      for (std::string& form : listed_forms(word)) candidates.insert(std::move(form));
    candidates.insert(lower(std::string(word_core(broken->prefix)) + "-" + broken->second));
  }
  return candidates;
}

void join_with(std::vector<Line>& lines, const WordSet& candidates, const WordSet* dictionary) {
  // Only the words a join may ask about are looked up in the document.
  const WordSet vocabulary = document_vocabulary(lines, candidates);
  const Judge judge{vocabulary, dictionary};
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    std::optional<BrokenWord> broken = broken_word_at(lines, i);
    if (!broken) continue;
    std::string replacement;
    if (!starts_upper(broken->second) && judge.known(lower(broken->first + broken->second))) {
      replacement = broken->prefix + broken->continuation;
    } else {
      const std::string compound =
          lower(std::string(word_core(broken->prefix)) + "-" + broken->second);
      const bool names = starts_upper(broken->second) && starts_upper(broken->first);
      const bool two_words =
          judge.known(lower(broken->first)) && judge.known(lower(broken->second));
      if (!vocabulary.contains(compound) && !names && !two_words) continue;
      replacement = broken->prefix + "-" + broken->continuation;
    }
    Line& next = lines[i + 1];
    lines[i].words.back().text = std::move(replacement);
    next.words.erase(next.words.begin());
    compose_line_text(lines[i]);
    compose_line_text(next);
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(),
                             [](const Line& line) { return line.words.empty(); }),
              lines.end());
}

}  // namespace

void join_line_end_hyphens(std::vector<Line>& lines, const WordSet* dictionary) {
  const WordSet candidates = hyphen_join_candidates(lines);
  if (!candidates.empty()) join_with(lines, candidates, dictionary);
}

void join_line_end_hyphens_with_system_words(std::vector<Line>& lines) {
  const WordSet candidates = hyphen_join_candidates(lines);
  if (candidates.empty()) return;
  const std::optional<WordSet> dictionary = system_words_among(candidates);
  join_with(lines, candidates, dictionary ? &*dictionary : nullptr);
}

}  // namespace agendum
