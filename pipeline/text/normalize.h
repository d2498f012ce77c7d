// Normalisation of printed text (ICU): one place that decides which characters a word is made of.
//
// normalize_printed() gives the text as the document prints it, cleaned of encoding noise:
// NFC, typographic ligatures split into letters, soft hyphens and zero-width characters
// removed, every Unicode space turned into a plain space. Curly quotes and dashes stay.
// matching_form() gives the form extractors match patterns against: the same words, with
// dashes as '-', quotes as ' or ", and runs of whitespace collapsed to one space.
#pragma once

#include <string>
#include <string_view>

namespace agendum {

std::string normalize_printed(std::string_view text);

std::string matching_form(std::string_view printed);

}  // namespace agendum
