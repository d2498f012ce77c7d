#include "extractors/resolution_number.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/recognize/resolution.h"

namespace agendum {

std::string clean_number(std::string_view printed) {
  // Spaces around a dash are OCR's or the typist's ("05 - 08"); one between a prefix and
  // the number is printed ("IA 2022-12").
  std::string out;
  for (size_t i = 0; i < printed.size(); ++i) {
    char c = printed[i];
    if (!std::isspace(static_cast<unsigned char>(c))) {
      out.push_back(c);
      continue;
    }
    size_t next = printed.find_first_not_of(" \t\n", i);
    bool by_dash = (!out.empty() && out.back() == '-') ||
                   (next != std::string_view::npos && printed[next] == '-');
    if (!by_dash && !out.empty() && out.back() != ' ' && next != std::string_view::npos)
      out.push_back(' ');
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == '-'))
    out.pop_back();
  return out;
}

namespace {

// "ADOPT RESOLUTION NO. 2020-14, A RESOLUTION OF ...", "SUPERSEDING RESOLUTION NO. 2021-59":
// an agenda item or a title citing a resolution, not the resolution's own heading.
bool cited_by_previous_word(std::string_view before) {
  static const RE2 kCitingWord(
      "(?i)\\b(?:adopt|adopting|adopted|approve|approving|approved|consider|considering|amend|"
      "amending|"
      "rescind|rescinding|repeal|repealing|supersede|superseding|of|and|to|per|under|by|in|with|"
      "see)\\W*$");
  size_t line_start = before.rfind('\n');
  std::string_view line = before.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
  if (line.size() > 60) line = line.substr(line.size() - 60);
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kCitingWord);
}

}  // namespace

std::vector<ResolutionHeading> find_resolution_headings(std::string_view text) {
  // "RESOLUTION NO. 19-110", "Resolution No. 22-07", "RESOLUHON NO 05 - 08" (OCR),
  // "RESOLUTION NO. 2010-____", "RESOLUTION NO. 10-C96", "RESOLUTION NO. IA 2022-12",
  // "Resolution NO" with "300 - 2024" on the next line. Inside the number only spaces and
  // dashes join its parts: "27 -" at a line's end does not run on into the line below.
  static const RE2 kHeading("(?:^|[^A-Za-z])(" + resolution_word() +
                            "\\s+(?i:n[o0])\\b[.,:;]?\\s*"
                            "((?i:(?-i:[A-Z]{1,3} )?[a-z]{0,3}-?\\d[\\da-z]*(?:[ \\t]?-[ "
                            "\\t]?[\\da-z]+){0,2}[\\da-z-]*_{2,}"
                            "[_ \\t]*|[\\da-z-]*_{2,}[_ \\t]*|(?-i:[A-Z]{1,3} "
                            ")?[a-z]{0,3}-?\\d[\\da-z]*(?:[ \\t]?-[ \\t]?"
                            "[\\da-z]+){0,2}))?)");
  // What follows a heading that opens a resolution: "A RESOLUTION OF THE CITY COUNCIL",
  // "AN URGENCY RESOLUTION", "WHEREAS,", or the end of the heading's line.
  static const RE2 kOpening(
      "(?i)^\\s*(?:an?\\s+(?:\\w+\\s+){0,2}resolution|resolution\\s+of|whereas|be\\s+it)");

  std::vector<ResolutionHeading> headings;
  std::array<re2::StringPiece, 3> groups;
  re2::StringPiece whole(text.data(), text.size());
  size_t position = 0;
  while (position < text.size() &&
         kHeading.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), 3)) {
    ResolutionHeading heading;
    heading.begin = static_cast<size_t>(groups[1].data() - text.data());
    heading.end = heading.begin + groups[1].size();
    position = std::max(heading.end, heading.begin + 1);
    std::string_view after_no(groups[2].data(), groups[2].size());
    while (!after_no.empty() && std::isspace(static_cast<unsigned char>(after_no.back())))
      after_no.remove_suffix(1);
    if (after_no.find("__") != std::string_view::npos) {
      heading.blank_number = true;
    } else if (!after_no.empty()) {
      bool has_digit = false;
      for (char c : after_no) has_digit = has_digit || std::isdigit(static_cast<unsigned char>(c));
      if (has_digit) {
        heading.number = clean_number(after_no);
        heading.number_begin = static_cast<size_t>(groups[2].data() - text.data());
      }
    }
    // The trailing whitespace the pattern may take is not part of the heading.
    while (heading.end > heading.begin &&
           std::isspace(static_cast<unsigned char>(text[heading.end - 1])))
      --heading.end;
    heading.at_line_start = heading.begin == 0 || text[heading.begin - 1] == '\n';
    std::string_view rest = text.substr(heading.end, 400);
    size_t line_end = rest.find('\n');
    std::string_view rest_of_line = rest.substr(0, line_end);
    bool line_ends_here = rest_of_line.find_first_not_of(" \t") == std::string_view::npos;
    bool opening = RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kOpening);
    heading.cited = cited_by_previous_word(text.substr(0, heading.begin));
    heading.opens_resolution =
        (opening || (heading.at_line_start && line_ends_here)) && !heading.cited;
    headings.push_back(heading);
  }
  return headings;
}

std::vector<Citation> find_citations(std::string_view text) {
  // "via Resolution No. 18-069", "Ordinance No. 1234", "RESOLUTION NO. 77-111",
  // "Resolution 2016-06", "Resolution Nos. 2020-13 and 2020-14", "Resolution 256- 2018"
  static const RE2 kCitation(
      "(?i)\\b(resolution|ordinance|reso\\.)s?\\s+(?:nos?\\.?\\s*)?"
      "((?:[a-z]{0,3}-?\\d[\\da-z]*(?:-[\\da-z]+|[ \\t]?-[ \\t]?\\d[\\da-z]*)(?:-[\\da-z]+)?)|"
      "(?:\\d+[a-z]?(?:\\b)))");
  static const RE2 kNumbered("(?i)\\b(?:resolution|ordinance|reso\\.)s?\\s+nos?\\.?\\s*\\d");
  std::vector<Citation> citations;
  std::array<re2::StringPiece, 3> groups;
  re2::StringPiece whole(text.data(), text.size());
  size_t position = 0;
  while (position < text.size() &&
         kCitation.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), 3)) {
    size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    position = begin + groups[0].size();
    std::string number = clean_number(std::string_view(groups[2].data(), groups[2].size()));
    // A number without a dash counts only after "No." ("Ordinance No. 1234", not "Resolution 2").
    bool dashed = number.find('-') != std::string::npos;
    if (!dashed && !RE2::PartialMatch(groups[0], kNumbered)) continue;
    // "Resolution No. 2022-__": a number yet to be given, no citation of resolution 2022.
    std::string_view after = text.substr(position, 3);
    if (after.find('_') != std::string_view::npos &&
        after.find_first_not_of("-_ ") > after.find('_'))
      continue;
    bool ordinance = groups[1].size() > 0 && (groups[1][0] == 'o' || groups[1][0] == 'O');
    citations.push_back({number, begin, ordinance});
  }
  return citations;
}

std::vector<std::string> find_cited_numbers(std::string_view text) {
  std::vector<std::string> numbers;
  for (const Citation& citation : find_citations(text))
    if (std::find(numbers.begin(), numbers.end(), citation.number) == numbers.end())
      numbers.push_back(citation.number);
  return numbers;
}

}  // namespace agendum
