// Line-end hyphenation: "coun-" at the end of one line and "cil" at the start of the next
// are one word, "council".
//
// A split is joined only where the joined word is a word: one the document itself uses
// elsewhere, or one in the system word list (/usr/share/dict/words, when installed). A
// hyphen that belongs to the word stays: "Meyers-Milias-" + "Brown" becomes
// "Meyers-Milias-Brown". A dash after a space ("Division Secretary -") is not hyphenation.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "pipeline/core/lines.h"

namespace agendum {

using WordSet = std::unordered_set<std::string>;

// Those of `wanted` that /usr/share/dict/words lists (case-insensitively); nullopt when the
// file is absent, in which case only the document's own vocabulary decides. The list is
// streamed past the wanted words rather than loaded: a packet asks about a few hundred words,
// and the whole list would cost more memory than a 200-page packet's text.
std::optional<WordSet> system_words_among(const WordSet& wanted);

// Joins hyphenated line ends across consecutive lines of the flow (also across a page or
// column break). The continuation moves up to the line where the word began; a line left
// with no words is removed. dictionary may be nullptr.
void join_line_end_hyphens(std::vector<Line>& lines, const WordSet* dictionary);

// The same, judged with the system word list (system_words_among the words the joins ask
// about), which is read only when some line ends in a broken word.
void join_line_end_hyphens_with_system_words(std::vector<Line>& lines);

}  // namespace agendum
