// Small text helpers every stage uses: trimming, counting words, telling caps from mixed
// case, title-casing a caps heading. One home, one definition of each, so that "a word" or
// "an all-caps line" means the same thing to the layout stage, segmentation and every
// extractor.
//
// Text is UTF-8. Letters are Unicode letters (ICU) where a function says so; the rest look at
// ASCII only, which is what their callers need (digits, spaces, Latin capitals in headings).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace agendum {

// ASCII white space: space, tab, new line, carriage return, form feed, vertical tab.
inline constexpr std::string_view kWhiteSpace = " \t\n\r\f\v";

// The text without the given characters at either end (white space by default).
std::string_view trim_view(std::string_view text, std::string_view chars = kWhiteSpace);
std::string trim(std::string_view text, std::string_view chars = kWhiteSpace);

// The text without punctuation, symbols (Unicode categories P and S) and white space (space,
// tab, new line, carriage return, form feed) at either end: "‘Custodian –" -> "Custodian".
std::string_view trim_punctuation_view(std::string_view text);

// True when every character is a Unicode letter (category L); true for "".
bool all_letters(std::string_view text);

// True when two Unicode letters follow each other somewhere ("Il", "Ré"; not "A 1").
bool has_two_letters_in_a_row(std::string_view text);

// Runs of non-white-space characters: "Senior  Planner II" has 3.
size_t word_count(std::string_view text);

// Those runs, as views into text, and as copies.
std::vector<std::string_view> word_views(std::string_view text);
std::vector<std::string> split_words(std::string_view text);

// True when the text has letters and none of them is lower case, in any script
// ("CITY COUNCIL", "AYES:", "ÉCOLE").
bool is_all_caps(std::string_view text);

// Share of upper-case letters among the first `letters_to_check` ASCII letters; OCR mixes
// cases ("ResoLUTION"), so "is this a caps heading" is often a ratio, not a yes/no.
double caps_ratio(std::string_view text, size_t letters_to_check = 40);

bool has_digit(std::string_view text);
bool has_letter(std::string_view text);     // an ASCII letter
bool has_lowercase(std::string_view text);  // an ASCII lower-case letter

std::string to_lower_ascii(std::string_view text);
std::string to_upper_ascii(std::string_view text);

// A caps heading in title case: "DEPUTY CITY CLERK II" -> "Deputy City Clerk II",
// "CITY OF DIAMOND BAR" -> "City of Diamond Bar", "PLANNER-IN-TRAINING" -> "Planner-In-Training".
// Small words (of, and, the, ...) are lower case except first; Roman numerals, words with
// digits and two-letter words that are neither small words nor name particles ("IT", "HR";
// not "EL", "LA") stay as printed. Every word is cased: for text the caller knows is caps.
std::string title_case(std::string_view text);

// title_case() for text that is all caps; text with a lower-case letter comes back trimmed,
// as printed ("City of Carson" stays, "CITY OF CARSON" becomes it).
std::string caps_to_title_case(std::string_view text);

}  // namespace agendum
