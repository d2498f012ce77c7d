#include "pipeline/pdf/triage.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "pipeline/core/file_lines.h"
namespace agendum {
namespace {

// Decodes UTF-8 leniently: a malformed byte becomes U+FFFD, which counts as garbage anyway.
// Into a buffer the caller reuses: triage reads every word of every page.
void decode(std::string_view text, std::u32string& out) {
  out.clear();
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    int extra = byte < 0x80           ? 0
                : (byte >> 5) == 0x6  ? 1
                : (byte >> 4) == 0xE  ? 2
                : (byte >> 3) == 0x1E ? 3
                                      : -1;
    if (extra < 0 || i + extra >= text.size() + (extra == 0 ? 1 : 0)) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t code = extra == 0 ? byte : byte & (0x3F >> extra);
    bool valid = true;
    for (int k = 1; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next >> 6) != 0x2) valid = false;
      code = (code << 6) | (next & 0x3F);
    }
    out.push_back(valid ? code : 0xFFFD);
    i += valid ? extra + 1 : 1;
  }
}

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
bool is_lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}
bool is_letter(char32_t c) { return is_upper(c) || is_lower(c) || (c > 0xFF && c < 0x2000); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_vowel(char32_t c) {
  char32_t lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' ||
         lower == 'y' || (c >= 0xC0 && c <= 0xFF);
}
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// A set of ASCII characters as a table: triage asks about every character of every word.
class AsciiSet {
 public:
  constexpr explicit AsciiSet(std::string_view members) {
    for (char c : members) in_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool contains(char32_t c) const { return c < 128 && in_[c]; }

 private:
  std::array<bool, 128> in_{};
};

// Punctuation a token may start or end with in ordinary prose.
bool is_edge_punctuation(char32_t c) {
  static constexpr AsciiSet kEdge(".,;:!?\"'()[]*");
  return kEdge.contains(c) || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

// Symbols that ordinary words never carry inside them.
bool is_odd_inner_symbol(char32_t c) {
  static constexpr AsciiSet kOdd("<>{}[]\\|^~`@#;=*+?!\"");
  return kOdd.contains(c);
}

// Characters of figures, dates, money and codes besides digits.
bool is_figure_mark(char32_t c) {
  static constexpr AsciiSet kMarks("$.,:/%()-");
  return kMarks.contains(c) || c == 0x2013;
}

bool is_broken_character(char32_t c) {
  return c == 0xFFFD || c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xE000 && c <= 0xF8FF);
}

// One whitespace-free token; true when it looks like the product of a broken glyph mapping.
bool token_is_garbage(std::u32string_view token) {
  for (char32_t c : token) {
    if (is_broken_character(c)) return true;
  }
  if (token.find(U"://") != std::u32string_view::npos || token.starts_with(U"www.")) return false;
  size_t begin = 0, end = token.size();
  while (begin < end && is_edge_punctuation(token[begin])) ++begin;
  while (end > begin && is_edge_punctuation(token[end - 1])) --end;
  std::u32string_view core = token.substr(begin, end - begin);
  if (core.empty()) {
    // Pure punctuation: leaders ("....", "____", "----") are fine; a jumble of symbols is not.
    bool uniform =
        std::all_of(token.begin(), token.end(), [&](char32_t c) { return c == token[0]; });
    return token.size() >= 3 && !uniform;
  }
  // Figures, dates, money and codes: "$4,512.00", "05/14/2019", "21-0796", "(3)".
  bool figures = std::all_of(core.begin(), core.end(),
                             [](char32_t c) { return is_digit(c) || is_figure_mark(c); });
  if (figures) return false;
  bool email =
      core.find('@') != std::u32string_view::npos && core.find('.') != std::u32string_view::npos;
  for (char32_t c : core) {
    if (is_odd_inner_symbol(c) && !(c == '@' && email)) return true;
  }
  long letter_count = std::count_if(core.begin(), core.end(), is_letter);
  long digit_count = std::count_if(core.begin(), core.end(), is_digit);
  // Identifiers ("D634A241-3D3C", "1B10") mix letters and digits freely.
  bool mostly_letters = letter_count > 2 * digit_count;
  int letters = 0, uppers = 0, lowers = 0, lower_to_upper = 0, consonant_run = 0,
      longest_consonant_run = 0;
  bool has_vowel = false;
  for (size_t i = 0; i < core.size(); ++i) {
    char32_t c = core[i];
    // A digit between letters ("j0b", "descr1ption") or a zero read for an O ("0F").
    if (mostly_letters && is_digit(c) && i > 0 && i + 1 < core.size() && is_letter(core[i - 1]) &&
        is_letter(core[i + 1]))
      return true;
    if (c == '0' && i == 0 && core.size() >= 2 &&
        std::all_of(core.begin() + 1, core.end(), [](char32_t k) { return is_letter(k); })) {
      return true;
    }
    if (is_apostrophe(c) && i > 0 && i + 2 < core.size() && is_letter(core[i + 1]) &&
        is_letter(core[i + 2])) {
      // "CI'IY", "l'ROl'OSED"; but "they're", "we'll", "O'CONNOR", "D'Angelo".
      std::u32string after(core.substr(i + 1, 3));
      for (char32_t& k : after) k = (k >= 'A' && k <= 'Z') ? k + 32 : k;
      bool contraction =
          after.rfind(U"re", 0) == 0 || after.rfind(U"ve", 0) == 0 || after.rfind(U"ll", 0) == 0;
      bool name = i == 1 && (core[0] == 'O' || core[0] == 'D' || core[0] == 'L');
      if (!contraction && !name) return true;
    }
    if (!is_letter(c)) {
      consonant_run = 0;
      continue;
    }
    ++letters;
    if (is_upper(c)) ++uppers;
    if (is_lower(c)) ++lowers;
    if (i > 0 && is_lower(core[i - 1]) && is_upper(c)) ++lower_to_upper;
    if (is_vowel(c)) {
      has_vowel = true;
      consonant_run = 0;
    } else {
      longest_consonant_run = std::max(longest_consonant_run, ++consonant_run);
    }
  }
  if (letters == 0) return false;
  // Case that flips inside a word: "COUNClL", "SAlARY", "hicgjhaklQaa", "MhgmhdnaTUoaTVVW";
  // but "McDonald", "PDFs".
  bool starts_upper_upper = core.size() >= 2 && is_upper(core[0]) && is_upper(core[1]);
  if (lower_to_upper >= 2) return true;
  if (lower_to_upper == 1 && (starts_upper_upper || is_lower(core[0]))) return true;
  if (longest_consonant_run >= (lowers > 0 ? 5 : 6)) return true;
  if (!has_vowel && lowers > 0 && letters >= 5) return true;
  (void)uppers;
  return false;
}

// The system word list (/usr/share/dict/words, Debian's wamerican) as a set of hashes of its
// lower-case words: two bits per word in a table of 2^20 bits, built in one pass over the
// file (a millisecond or two) the first time a page asks. A word the list lacks is taken for
// one about once in a hundred asks; for a share of a page's words that is noise. Empty (and
// never consulted) where no list is installed.
class WordList {
 public:
  static const WordList& system() {
    static const WordList list("/usr/share/dict/words");
    return list;
  }
  bool empty() const { return words_ == 0; }
  bool contains(std::string_view word) const {
    uint64_t hash = hash_of(word);
    return bit(hash & kMask) && bit((hash >> kBits) & kMask);
  }

 private:
  static constexpr int kBits = 20;
  static constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;

  // The list is taken a block at a time: it is a megabyte, which would cost more to hold
  // than the table it becomes.
  explicit WordList(const char* path) : table_(size_t{1} << (kBits - 6), 0) {
    for_each_line_in_file(path, [this](std::string_view word) { add(word); });
  }
  void add(std::string_view word) {
    if (word.empty() ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return;
    uint64_t hash = hash_of(word);
    set(hash & kMask);
    set((hash >> kBits) & kMask);
    ++words_;
  }
  static uint64_t hash_of(std::string_view word) {
    uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
  }
  void set(uint64_t at) { table_[at >> 6] |= uint64_t{1} << (at & 63); }
  bool bit(uint64_t at) const { return (table_[at >> 6] >> (at & 63)) & 1; }

  std::vector<uint64_t> table_;
  size_t words_ = 0;
};

// Readings OCR gives for letters, undone: "tlie" is "the", "Cornmission" "Commission".
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kMisreadings = {
    {{"li", "h"},
     {"rn", "m"},
     {"ri", "n"},
     {"vv", "w"},
     {"cl", "d"},
     {"tb", "th"},
     {"l", "i"},
     {"i", "l"},
     {"c", "e"},
     {"e", "c"},
     {"t", "f"},
     {"f", "t"}}};

// True when one OCR misreading undone turns `word` into a word of the list.
bool misread_word(std::string_view word, const WordList& list) {
  std::string candidate;
  for (const auto& [read, meant] : kMisreadings) {
    for (size_t at = word.find(read); at != std::string_view::npos; at = word.find(read, at + 1)) {
      candidate.assign(word.substr(0, at));
      candidate.append(meant);
      candidate.append(word.substr(at + read.size()));
      if (list.contains(candidate)) return true;
    }
  }
  return false;
}

// Lower-case words on a page before their words are judged: fewer, and a page (a table, a
// list of names) says too little in prose to be judged by its words.
constexpr size_t kWordsToJudge = 40;

// How a page's prose reads: its lower-case words (letters only), those the word list knows,
// and those that are words OCR misread. Judged only with a word list and enough prose.
struct ProseReading {
  size_t words = 0, known = 0, misread = 0;
  size_t accented = 0;  // words with a letter beyond ASCII ("información", "está")
  // Prose in another language than the word list's (a Spanish notice) is not judged by it.
  bool judged() const { return words >= kWordsToJudge && accented * 20 < words + accented; }
  // Under seven in ten words known, or one in ten misread: what OCR left of a page
  // (a real page of prose knows nineteen in twenty, its misreadings a few in a hundred).
  bool unreadable() const { return judged() && (known * 10 < words * 7 || misread * 10 >= words); }
};

ProseReading read_prose(const std::vector<std::u32string_view>& tokens) {
  ProseReading reading;
  const WordList& list = WordList::system();
  if (list.empty()) return reading;
  std::string word;
  for (std::u32string_view token : tokens) {
    size_t begin = 0, end = token.size();
    while (begin < end && is_edge_punctuation(token[begin])) ++begin;
    while (end > begin && is_edge_punctuation(token[end - 1])) --end;
    if (end - begin < 2) continue;
    bool ascii = std::all_of(token.begin() + begin, token.begin() + end,
                             [](char32_t c) { return c >= 'a' && c <= 'z'; });
    if (!ascii) {
      bool accented = std::all_of(token.begin() + begin, token.begin() + end, [](char32_t c) {
        return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
      });
      reading.accented += accented ? 1 : 0;
      continue;
    }
    word.assign(token.begin() + begin, token.begin() + end);
    ++reading.words;
    if (list.contains(word)) {
      ++reading.known;
      continue;
    }
    if (misread_word(word, list)) ++reading.misread;
  }
  return reading;
}

}  // namespace

double garbage_share(const std::vector<Word>& words) {
  long total = 0, garbage = 0;
  // Every word decoded into one buffer (reused across the page), its tokens as offsets.
  std::u32string decoded;
  std::vector<std::pair<size_t, size_t>> token_spans;
  size_t lower_case_words = 0;
  std::u32string word_text;
  for (const Word& word : words) {
    decode(word.text, word_text);
    const size_t base = decoded.size();
    decoded += word_text;
    const std::u32string_view text = word_text;
    size_t start = 0;
    while (start < text.size()) {
      size_t stop = text.find_first_of(U" \t\u00A0", start);
      if (stop == std::u32string_view::npos) stop = text.size();
      if (stop > start) {
        std::u32string_view token = text.substr(start, stop - start);
        auto length = static_cast<long>(token.size());
        total += length;
        if (token_is_garbage(token)) garbage += length;
        token_spans.emplace_back(base + start, stop - start);
        lower_case_words += is_lower(token.back()) ? 1 : 0;
      }
      start = stop + 1;
    }
  }
  if (total == 0) return 0;
  double share = static_cast<double>(garbage) / static_cast<double>(total);
  // A layer of letters that reads as no language: the invisible text an old OCR pass left
  // over a scan ("Tlie Cornrnission wlll conslder"). Its share of garbage is at least the
  // share of its prose that does not read as words, so triage sends the page to OCR again.
  if (lower_case_words < kWordsToJudge) return share;
  std::vector<std::u32string_view> tokens;
  tokens.reserve(token_spans.size());
  for (const auto& [at, length] : token_spans)
    tokens.push_back(std::u32string_view(decoded).substr(at, length));
  ProseReading reading = read_prose(tokens);
  if (!reading.unreadable()) return share;
  double readable = static_cast<double>(reading.known - std::min(reading.known, reading.misread)) /
                    static_cast<double>(reading.words);
  // At least enough garbage to fail triage: 1 - 2.5 * 0.25 is under kOcrBelow.
  constexpr double kUnreadableGarbage = 0.25;
  return std::max({share, 1 - readable, kUnreadableGarbage});
}

TextLayerVerdict judge_text_layer(const std::vector<Word>& words, const GrayRaster& raster) {
  TextLayerVerdict verdict;
  long dark = 0;
  for (unsigned char pixel : raster.pixels) dark += pixel < 128 ? 1 : 0;
  double page_area = static_cast<double>(raster.pixels.size());
  verdict.ink_coverage = page_area > 0 ? static_cast<double>(dark) / page_area : 0;
  double ink_area_points =
      static_cast<double>(dark) * raster.points_per_pixel() * raster.points_per_pixel();

  // Printed text darkens roughly a tenth of each character's em square; the words of a
  // faithful text layer therefore account for most of the ink on a text page.
  constexpr double kInkPerCharacterEm = 0.1;
  double expected_ink = 0;
  long characters = 0;
  for (const Word& word : words) {
    long count = 0;
    for (unsigned char c : word.text) count += (c < 0x80 || c >= 0xC0) && c != ' ' ? 1 : 0;
    characters += count;
    double size = word.font_size > 0 ? word.font_size : word.box.height();
    expected_ink += static_cast<double>(count) * size * size * kInkPerCharacterEm;
  }
  verdict.garbage_share = garbage_share(words);

  constexpr double kBlankCoverage = 0.002;
  if (characters == 0) {
    verdict.blank = verdict.ink_coverage < kBlankCoverage;
    verdict.quality = verdict.blank ? 1 : 0;
    verdict.ink_explained = verdict.blank ? 1 : 0;
    return verdict;
  }
  verdict.ink_explained = ink_area_points > 0 ? std::min(1.0, expected_ink / ink_area_points) : 1;
  double ink_score =
      verdict.ink_coverage < kBlankCoverage ? 1 : std::min(1.0, verdict.ink_explained * 4);
  double garbage_score = std::clamp(1 - 2.5 * verdict.garbage_share, 0.0, 1.0);
  verdict.quality = std::min(ink_score, garbage_score);
  return verdict;
}

}  // namespace agendum
