#include "pipeline/text/hyphenation.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <string_view>
#include <unordered_map>

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
  while (!token.empty() && !is_letter_byte(token.front()) && !std::isdigit(static_cast<unsigned char>(token.front())))
    token.remove_prefix(1);
  while (!token.empty() && !is_letter_byte(token.back()) && !std::isdigit(static_cast<unsigned char>(token.back())))
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

// How often the document uses each word (lower case, punctuation trimmed), hyphenated
// compounds included as they stand. The halves of a broken word are left out: "coun" and
// "cil" must not vouch for themselves.
std::unordered_map<std::string, int> document_vocabulary(const std::vector<Line>& lines) {
  std::unordered_map<std::string, int> vocabulary;
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
      if (!core.empty() && !(first && previous_broken) && !(last && broken))
        ++vocabulary[lower(core)];
      start = end + 1;
      first = false;
    }
    previous_broken = broken;
  }
  return vocabulary;
}

struct Judge {
  const std::unordered_map<std::string, int>& vocabulary;
  const WordSet* dictionary;

  bool listed(const std::string& lower_word) const {
    if (vocabulary.contains(lower_word)) return true;
    return dictionary != nullptr && dictionary->contains(lower_word);
  }

  // A listed word, or one built from a listed word by a common prefix or plural ending: word
  // lists carry "classification" but not "reclassifications".
  bool known(const std::string& lower_word) const {
    if (listed(lower_word)) return true;
    static constexpr std::string_view kPrefixes[] = {"re", "non", "pre", "sub", "inter", "un",
                                                     "co", "de", "dis", "mis", "over", "under"};
    static constexpr std::string_view kEndings[] = {"s", "es"};
    auto listed_with_ending = [&](std::string_view stem) {
      if (stem.size() >= 3 && listed(std::string(stem))) return true;
      for (std::string_view ending : kEndings)
        if (stem.size() > ending.size() + 3 && stem.ends_with(ending) &&
            listed(std::string(stem.substr(0, stem.size() - ending.size()))))
          return true;
      return false;
    };
    if (listed_with_ending(lower_word)) return true;
    for (std::string_view prefix : kPrefixes)
      if (lower_word.starts_with(prefix) &&
          listed_with_ending(std::string_view(lower_word).substr(prefix.size())))
        return true;
    return false;
  }
};

bool starts_upper(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word.front()));
}

}  // namespace

const WordSet* system_word_list() {
  static const std::optional<WordSet> words = []() -> std::optional<WordSet> {
    std::ifstream in("/usr/share/dict/words");
    if (!in) return std::nullopt;
    WordSet set;
    set.reserve(120000);
    std::string word;
    while (std::getline(in, word))
      if (!word.empty()) set.insert(lower(word));
    return set;
  }();
  return words ? &*words : nullptr;
}

bool any_line_end_hyphen(const std::vector<Line>& lines) {
  return std::any_of(lines.begin(), lines.end(),
                     [](const Line& line) { return broken_prefix(line).has_value(); });
}

void join_line_end_hyphens(std::vector<Line>& lines, const WordSet* dictionary) {
  if (!any_line_end_hyphen(lines)) return;
  const auto vocabulary = document_vocabulary(lines);
  const Judge judge{vocabulary, dictionary};
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    std::optional<std::string_view> prefix = broken_prefix(lines[i]);
    if (!prefix) continue;
    Line& next = lines[i + 1];
    if (!next.list_marker.empty() || next.words.empty() || next.words.front().struck) continue;
    const std::string& continuation = next.words.front().text;
    if (continuation.empty() || !is_letter_byte(continuation.front())) continue;
    // The continuation's word part and the punctuation after it ("cil" and "," of "cil,").
    size_t word_end = 0;
    while (word_end < continuation.size() &&
           (is_letter_byte(continuation[word_end]) || continuation[word_end] == '\'' ||
            continuation[word_end] == '-'))
      ++word_end;
    std::string_view tail(continuation);
    std::string_view second = tail.substr(0, word_end);
    while (second.ends_with('-') || second.ends_with('\'')) second.remove_suffix(1);
    // Only the last part of a compound prefix meets the continuation: "Milias" in
    // "Meyers-Milias-".
    std::string_view first = *prefix;
    if (size_t dash = first.rfind('-'); dash != std::string_view::npos) first.remove_prefix(dash + 1);
    std::string first_word = std::string(word_core(first));
    const std::string joined = lower(first_word + std::string(second));
    std::string replacement;
    if (!starts_upper(second) && judge.known(joined)) {
      replacement = std::string(*prefix) + continuation;
    } else {
      const std::string compound = lower(std::string(word_core(*prefix)) + "-" + std::string(second));
      const bool names = starts_upper(second) && starts_upper(first_word);
      const bool two_words = judge.known(lower(first_word)) && judge.known(lower(std::string(second)));
      if (!vocabulary.contains(compound) && !names && !two_words) continue;
      replacement = std::string(*prefix) + "-" + continuation;
    }
    Word& last = lines[i].words.back();
    last.text = std::move(replacement);
    last.box.x1 = std::max(last.box.x1, last.box.x0);
    next.words.erase(next.words.begin());
    compose_line_text(lines[i]);
    compose_line_text(next);
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(),
                             [](const Line& line) { return line.words.empty(); }),
              lines.end());
}

}  // namespace agendum
