#include "extractors/resolution_parse.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "extractors/dates.h"
#include "extractors/vote.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/resolution.h"

namespace agendum {
namespace {

struct Found {
  size_t begin = 0, end = 0;
};

// Every match of pattern in text[from, to), as absolute offsets.
std::vector<Found> find_all(const RE2& pattern, std::string_view text, size_t from, size_t to) {
  std::vector<Found> found;
  re2::StringPiece whole(text.data(), std::min(to, text.size()));
  re2::StringPiece match;
  size_t position = from;
  while (position < whole.size() &&
         pattern.Match(whole, position, whole.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    found.push_back({begin, begin + match.size()});
    position = std::max(begin + match.size(), begin + 1);
  }
  return found;
}

std::optional<Found> find_first(const RE2& pattern, std::string_view text, size_t from, size_t to) {
  re2::StringPiece whole(text.data(), std::min(to, text.size()));
  re2::StringPiece match;
  if (from >= whole.size() || !pattern.Match(whole, from, whole.size(), RE2::UNANCHORED, &match, 1))
    return std::nullopt;
  size_t begin = static_cast<size_t>(match.data() - text.data());
  return Found{begin, begin + match.size()};
}

// Blank signature and vote lines are runs of underscores.
std::string trimmed(std::string_view text) { return trim(text, " \t\n_"); }

// A jurisdiction's name ends at a comma or where the title's verb begins:
// "CITY OF DIAMOND BAR ADJUSTING EXISTING ..." -> "CITY OF DIAMOND BAR".
std::string jurisdiction_name(std::string_view text) {
  static constexpr std::array<std::string_view, 20> kStops = {
      "as",        "to",       "for",      "and",  "that",     "in",        "on",
      "by",        "hereby",   "does",     "do",   "finds",    "which",     "at",
      "regarding", "relating", "resolves", "held", "approves", "authorizes"};
  std::vector<std::string> words = split_words(text);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = to_lower_ascii(words[i]);
    bool stop = i >= 2 && std::find(kStops.begin(), kStops.end(), word) != kStops.end();
    bool verb = i >= 2 && word.size() > 4 &&
                (word.ends_with("ing") ||
                 (word.ends_with("ed") && word != "red" && !word.ends_with("eed")));
    if (stop || verb) break;
    out += (out.empty() ? "" : " ") + words[i];
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

struct Enactor {
  std::optional<std::string> body, jurisdiction;
};

// "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON, CALIFORNIA, ...",
// "BE IT RESOLVED by the City Council of the City of Diamond Bar as follows",
// "PASSED AND ADOPTED by the Sacramento County Board of Education".
Enactor find_enactor(std::string_view source) {
  // A name broken over two lines ("CITY OF LAKE\nARBOR") is one name.
  std::string text(source);
  std::replace(text.begin(), text.end(), '\n', ' ');
  static const RE2 kOfThe(
      "(?i)\\b(?:resolution\\s+of|by|finds|,)\\s+the\\s+([a-z][a-z .'-]{2,60}?)\\s+of\\s+the\\s+"
      "((?:city\\s+and\\s+county|city|county|town|village|borough|township|parish)\\s+of\\s+[a-z]["
      "a-z .'-]*)");
  static const RE2 kCountyBoard(
      "\\b((?:[A-Z][A-Za-z]+ ){1,2}(?:COUNTY|County|CITY|City)) ((?:BOARD|Board) (?:OF|of) "
      "[A-Z][A-Za-z]+|"
      "CITY COUNCIL|City Council|BOARD OF SUPERVISORS|Board of Supervisors)\\b");
  // "A RESOLUTION OF THE CITY OF TORRANCE CIVIL SERVICE COMMISSION APPROVING ..."
  static const RE2 kPlaceThenBody(
      "(?i)\\b((?:city|county|town|village)\\s+of\\s+[a-z]+(?:\\s+[a-z]+)?"
      "?)\\s+"
      "((?:city|town)\\s+council|board\\s+of\\s+[a-z]+|(?:[a-z]+\\s+){0,2}commission)\\b");
  Enactor enactor;
  std::string body, place;
  re2::StringPiece input(text.data(), text.size());
  if (RE2::PartialMatch(input, kOfThe, &body, &place)) {
    enactor.body = caps_to_title_case(body);
    std::string name = jurisdiction_name(place);
    if (!name.empty()) enactor.jurisdiction = caps_to_title_case(name);
  } else if (RE2::PartialMatch(input, kPlaceThenBody, &place, &body)) {
    enactor.body = caps_to_title_case(body);
    enactor.jurisdiction = caps_to_title_case(place);
  } else if (RE2::PartialMatch(input, kCountyBoard, &place, &body)) {
    enactor.body = caps_to_title_case(body);
    enactor.jurisdiction = caps_to_title_case(place);
  }
  return enactor;
}

bool is_role_word(const std::string& word) {
  static constexpr std::array<std::string_view, 32> kWords = {
      "mayor",      "clerk",   "attorney", "city",    "county",  "state", "of",        "the",
      "attest",     "attest:", "approved", "form",    "council", "board", "president", "secretary",
      "resolution", "section", "exhibit",  "adopted", "passed",  "ayes",  "noes",      "absent",
      "abstain",    "members", "as",       "to",      "by",      "date",  "and",       "none"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "Albert Robles", "DONESIA GAUSE", "David W. Gordon": two to five capitalised words.
bool name_like(std::string_view text) {
  std::vector<std::string> words = split_words(text);
  if (words.size() < 2 || words.size() > 5) return false;
  for (const std::string& word : words) {
    if (!std::isupper(static_cast<unsigned char>(word.front()))) return false;
    if (is_role_word(to_lower_ascii(word))) return false;
    for (char c : word)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == ')' || c == '(' ||
          c == '_')
        return false;
  }
  return true;
}

#define AGENDUM_ROLE                                                                             \
  "(?i:mayor\\s+pro\\s+tem(?:pore)?|vice\\s+mayor|mayor|(?:deputy\\s+|assistant\\s+)?city\\s+"   \
  "clerk|"                                                                                       \
  "(?:deputy\\s+|assistant\\s+|interim\\s+)?city\\s+attorney|city\\s+manager|"                   \
  "clerk\\s+of\\s+the\\s+board(?:\\s+of\\s+supervisors)?|board\\s+president|board\\s+secretary|" \
  "board\\s+clerk|vice\\s+chair(?:man|woman|person)?|chair(?:man|woman|person)?|vice\\s+"        \
  "president|"                                                                                   \
  "president|secretary|(?:city\\s+)?recorder)"

struct PlacedSignatory {
  size_t offset = 0;  // where the name is printed, for reading order
  Signatory signatory;
};

void add_signatory(std::vector<PlacedSignatory>& out, size_t offset, std::string name,
                   std::string_view role) {
  name = trimmed(std::move(name));
  while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
  if (name.empty()) return;
  // A signature block types the name in capitals as a matter of layout ("MAYOR ALBERT
  // ROBLES"); the record gives the name as it is written: "Albert Robles".
  Signatory signatory{caps_to_title_case(name), caps_to_title_case(std::string(role))};
  for (const PlacedSignatory& earlier : out)
    if (to_lower_ascii(earlier.signatory.name) == to_lower_ascii(signatory.name) &&
        earlier.signatory.role == signatory.role)
      return;
  out.push_back({offset, signatory});
}

// Edit distance of two short lower-case words, up to 2 (more is 2).
int edits_up_to_two(std::string_view a, std::string_view b) {
  if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return 2;
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return std::min(row[b.size()], 2);
}

// The role a signature line ends with, as OCR may misspell it by a letter ("Mayer", "Clerx"):
// the canonical role, "City " kept before it when printed.
std::optional<std::string> misread_role(const std::vector<std::string>& words, size_t at) {
  static constexpr std::array<std::string_view, 9> kRoles = {"mayor",     "clerk",   "attorney",
                                                             "recorder",  "manager", "president",
                                                             "secretary", "chair",   "chairperson"};
  std::string word = to_lower_ascii(trim(words[at], ".,:;"));
  for (std::string_view role : kRoles) {
    if (edits_up_to_two(word, role) > (role.size() >= 5 ? 1 : 0)) continue;
    std::string name = caps_to_title_case(std::string(role));
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (at > 0 && to_lower_ascii(words[at - 1]) == "city") name = "City " + name;
    return name;
  }
  return std::nullopt;
}

// A typed name under a signature, as OCR reads it when the pen crosses it: "Koad EATHER high
// KIBBEY, feted Mayer". The name is the run of capitalised words before the comma (one word
// only when typed in capitals, as a surname is); after the comma a scrawl may stand before
// the role, which OCR may misspell by a letter.
std::optional<std::pair<std::string, std::string>> crossed_signature(std::string_view line) {
  std::vector<std::string> words = split_words(line);
  size_t comma = 0;
  while (comma < words.size() && !words[comma].ends_with(',')) ++comma;
  if (comma == 0 || comma + 1 >= words.size() || comma + 3 < words.size()) return std::nullopt;
  std::optional<std::string> role = misread_role(words, words.size() - 1);
  size_t role_words = role && role->starts_with("City ") ? 2 : 1;
  size_t between = words.size() - comma - 1 - role_words;
  if (!role || between > 1) return std::nullopt;
  if (between == 1 && has_letter(words[comma + 1]) &&
      std::isupper(static_cast<unsigned char>(words[comma + 1][0])))
    return std::nullopt;  // a capitalised word there is prose, not a scrawl
  std::vector<std::string> name;
  for (size_t i = comma + 1; i-- > 0 && name.size() < 4;) {
    std::string word = trim(words[i], ",");
    bool letters = std::all_of(word.begin(), word.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '\'' || c == '-';
    });
    if (word.empty() || !letters || !std::isupper(static_cast<unsigned char>(word[0]))) break;
    // A name typed in capitals ends where the scrawl's capitalised noise begins.
    if (!name.empty() && is_all_caps(name.back()) && !is_all_caps(word)) break;
    name.insert(name.begin(), word);
  }
  if (name.empty() || is_role_word(to_lower_ascii(name.back()))) return std::nullopt;
  if (name.size() == 1 && (name[0].size() < 4 || !is_all_caps(name[0]))) return std::nullopt;
  std::string joined_name;
  for (const std::string& word : name) joined_name += (joined_name.empty() ? "" : " ") + word;
  return std::pair{joined_name, *role};
}

std::vector<Signatory> find_signatories(const JoinedText& joined, size_t begin, size_t end) {
  // "Steve Tye, Mayor", "Kristina Santana, City Clerk", "Karina Talamantes, Board President"
  static const RE2 kNameRole(
      "(?:^|[^A-Za-z,])((?:[A-Z][A-Za-z.'-]* +){1,3}[A-Z][A-Za-z'-]+), *(" AGENDUM_ROLE ")\\b");
  // "MAYOR ALBERT ROBLES", "CITY CLERK DONESIA GAUSE"
  static const RE2 kRoleName("^\\s*(" AGENDUM_ROLE
                             ")\\s+((?:[A-Z][A-Za-z.'-]*\\s+){1,4}[A-Z][A-Za-z.'-]+)\\s*$");
  // "CITY ATTORNEY", "______ City Clerk", "Mayor", "President, Board of Directors",
  // "Secretary of the Board"
  static const RE2 kRoleAlone("^[\\s_]*(?:(?i:by):?\\s*_*\\s*)?(" AGENDUM_ROLE
                              ")(?:,?\\s+(?i:of\\s+the\\s+)?(?i:board|commission|council|district|"
                              "authority)(?:\\s+(?i:of)\\s+[A-Za-z]+)?)?\\s*:?\\s*$");

  std::vector<PlacedSignatory> out;
  std::string_view text(joined.match);
  if (end <= begin || begin >= text.size()) return {};
  std::string_view region = text.substr(begin, end - begin);
  std::array<re2::StringPiece, 3> groups;
  size_t position = 0;
  re2::StringPiece whole(region.data(), region.size());
  while (position < region.size() &&
         kNameRole.Match(whole, position, region.size(), RE2::UNANCHORED, groups.data(), 3)) {
    size_t name_at = static_cast<size_t>(groups[1].data() - region.data());
    // On a miss, look again one word on: "Board President David W. Gordon, Board Secretary"
    // first matches with the role word in front of the name.
    position = name_at + 1;
    // "I, Kristina Santana, City Clerk for the City ..." and "I, P. Kay Cmelik, City Clerk of
    // said City hereby certify" certify; they are not signatures.
    std::string_view before = region.substr(0, name_at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    size_t role_end = static_cast<size_t>(groups[2].data() - region.data()) + groups[2].size();
    std::string_view after = region.substr(role_end, 12);
    static const RE2 kProse("^,?\\s+(?:of|for|do|does|hereby|to)\\b");
    if (before.ends_with("I,") ||
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kProse)) {
      position = role_end;
      continue;
    }
    std::string_view name(groups[1].data(), groups[1].size());
    if (!name_like(name)) continue;
    position = name_at + groups[1].size() + 1;
    size_t name_offset = begin + name_at;
    add_signatory(out, name_offset, joined.printed(name_offset, name_offset + name.size()),
                  std::string_view(groups[2].data(), groups[2].size()));
  }

  LineSpan lines = joined.line_span(begin, end);
  auto usable = [&](size_t index) {
    std::string_view line = joined.line_match(index);
    return line.find_first_not_of(" _") != std::string_view::npos;
  };
  for (size_t index = lines.first; index < lines.last; ++index) {
    std::string_view line = joined.line_match(index);
    re2::StringPiece input(line.data(), line.size());
    std::string role, name;
    if (RE2::FullMatch(input, kRoleName, &role, &name) && name_like(name)) {
      add_signatory(out, static_cast<size_t>(line.data() - text.data()), name, role);
      continue;
    }
    // OCR'd lines only: a scrawl and a misspelt role are not what a text layer prints.
    bool read_by_ocr =
        joined.least_confidence(static_cast<size_t>(line.data() - text.data()),
                                static_cast<size_t>(line.data() - text.data()) + line.size()) < 100;
    if (read_by_ocr)
      if (auto crossed = crossed_signature(line)) {
        add_signatory(out, static_cast<size_t>(line.data() - text.data()), crossed->first,
                      crossed->second);
        continue;
      }
    if (!RE2::FullMatch(input, kRoleAlone, &role)) continue;
    // The name is printed above the role (under the signature line) or, less often, below it.
    std::optional<std::string_view> found;
    for (size_t back = index; back > lines.first && back + 3 > index && !found;) {
      --back;
      if (!usable(back)) continue;
      std::string_view candidate = joined.line_match(back);
      if (name_like(candidate)) found = candidate;
      break;
    }
    for (size_t next = index + 1; !found && next < lines.last && next < index + 3; ++next) {
      if (!usable(next)) continue;
      std::string_view candidate = joined.line_match(next);
      if (name_like(candidate)) found = candidate;
      break;
    }
    if (found)
      add_signatory(out, static_cast<size_t>(found->data() - text.data()), std::string(*found),
                    role);
  }
  std::stable_sort(out.begin(), out.end(), [](const PlacedSignatory& x, const PlacedSignatory& y) {
    return x.offset < y.offset;
  });
  std::vector<Signatory> signatories;
  for (const PlacedSignatory& placed : out) signatories.push_back(placed.signatory);
  return signatories;
}

struct Sections {
  std::vector<ResolutionSection> sections;
  size_t first = std::string::npos;  // where the first section starts
};

// "3" -> 3, "Three" -> 3 ("SECTION THREE."); 0 for anything else.
int section_number(std::string_view printed) {
  static constexpr std::array<std::string_view, 12> kWords = {"one",  "two", "three",  "four",
                                                              "five", "six", "seven",  "eight",
                                                              "nine", "ten", "eleven", "twelve"};
  if (!printed.empty() && std::isdigit(static_cast<unsigned char>(printed.front())))
    return std::stoi(std::string(printed));
  std::string word = to_lower_ascii(printed);
  for (size_t i = 0; i < kWords.size(); ++i)
    if (word == kWords[i]) return static_cast<int>(i) + 1;
  return 0;
}

// Numbered markers in [from, to) whose numbers run 1, 2, 3 (group 1 of pattern is the
// number); each section runs to the next marker. With after_sentence, a marker must open a
// line or follow a sentence, so "pursuant to Section 2 of the Code" stays inside its section.
Sections numbered_sections(const JoinedText& joined, size_t from, size_t to, const RE2& pattern,
                           bool after_sentence) {
  std::string_view text(joined.match);
  std::vector<std::pair<Found, int>> markers;
  re2::StringPiece whole(text.data(), std::min(to, text.size()));
  std::array<re2::StringPiece, 2> groups;
  size_t position = from;
  int expected = 1;
  while (position < whole.size() &&
         pattern.Match(whole, position, whole.size(), RE2::UNANCHORED, groups.data(), 2)) {
    size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    position = begin + groups[0].size();
    while (begin < position && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    int number = section_number(std::string_view(groups[1].data(), groups[1].size()));
    std::string_view before = text.substr(from, begin - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool opens = before.empty() || before.back() == '\n' || before.back() == '.' ||
                 before.back() == ':' || before.back() == ';' || before.back() == '"';
    if ((after_sentence && !opens) || number != expected) continue;
    markers.push_back({{begin, position}, number});
    ++expected;
  }
  Sections out;
  for (size_t i = 0; i < markers.size(); ++i) {
    size_t end = i + 1 < markers.size() ? markers[i + 1].first.begin : to;
    out.sections.push_back(
        {std::to_string(markers[i].second), trimmed(joined.printed(markers[i].first.end, end))});
  }
  if (!markers.empty()) out.first = markers.front().first.begin;
  return out;
}

// "Section 1. The above recitals are true and correct.", "SECTION 1- ...", "Section 2: ...".
Sections find_section_markers(const JoinedText& joined, size_t from, size_t to) {
  // ... and "SECTION ONE.", "Section Two:".
  static const RE2 kSection(
      "(?:SECTION|Section|SEC\\.|Sec\\.)\\s*(\\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|"
      "nine|ten|"
      "eleven|twelve))(?:\\s*[.:-]|\\s)");
  return numbered_sections(joined, from, to, kSection, true);
}

// "BE IT FURTHER RESOLVED that ..." clauses, each a section, the first resolved clause
// being section 1.
Sections find_resolved_clauses(const JoinedText& joined, size_t from, size_t to) {
  static const RE2 kFurther("(?i)\\bfurther\\s+resolved\\b|\\bresolved\\s+further\\b");
  static const RE2 kClause(
      "(?i)(?:\\bnow,?\\s+therefore,?\\s+)?\\bbe\\s+it\\s+(?:further\\s+)?resolved\\b|"
      "\\bresolved\\s+further\\b|"
      "(?:^|\\n|[.;:]\\s)\\s*(?:further\\s+)?resolved,?\\s+that\\b");
  Sections out;
  if (!find_first(kFurther, joined.match, from, to)) return out;
  // From the character before: a clause opening a line is found by its line break.
  std::vector<Found> clauses = find_all(kClause, joined.match, from > 0 ? from - 1 : from, to);
  for (Found& clause : clauses)
    while (clause.begin < clause.end &&
           !std::isalpha(static_cast<unsigned char>(joined.match[clause.begin])))
      ++clause.begin;
  for (size_t i = 0; i < clauses.size(); ++i) {
    size_t end = i + 1 < clauses.size() ? clauses[i + 1].begin : to;
    out.sections.push_back({std::to_string(i + 1), trimmed(joined.printed(clauses[i].begin, end))});
  }
  if (!clauses.empty()) out.first = clauses.front().begin;
  return out;
}

// "1. That the ..." clauses after the resolved clause, each opening a line or, in text that
// lost its line breaks, following a sentence ("as follows: 1. That ... 2. That ...").
Sections find_numbered_clauses(const JoinedText& joined, size_t from, size_t to) {
  static const RE2 kNumbered("(?:^|\\s)(\\d{1,2})[.)]\\s");
  return numbered_sections(joined, from, to, kNumbered, true);
}

// Title lines above the first recital when no heading introduces them: the capitalised lines
// just before it ("AMENDING THE PROCEDURAL RULES OF THE ... CITY COUNCIL").
std::optional<Found> capitals_above(const JoinedText& joined, size_t begin, size_t marker) {
  size_t marker_line = joined.line_at(marker);
  std::optional<Found> found;
  for (size_t index = marker_line; index > joined.lines.first;) {
    --index;
    std::string_view line = joined.line_match(index);
    size_t line_begin = static_cast<size_t>(line.data() - joined.match.data());
    if (line_begin < begin || has_lowercase(line) || split_words(line).size() < 2) break;
    found = Found{line_begin, found ? found->end : line_begin + line.size()};
  }
  return found;
}

}  // namespace

size_t attachment_start(const JoinedText& joined, size_t from, size_t end) {
  // "EXHIBIT A", "Exhibit A: Animal License Fee Schedule", "ATTACHMENT 1"
  static const RE2 kAttachment(
      "(?:^|\\n)\\s*((?:EXHIBIT|Exhibit|ATTACHMENT|Attachment|APPENDIX|Appendix)\\s+[A-Z0-9]{1,3}"
      "\\b)");
  std::optional<Found> found = find_first(kAttachment, joined.match, from, end);
  if (!found) return end;
  // The label must be a line of its own or a short heading, not a sentence that cites it.
  size_t line = joined.line_at(found->end - 1);
  std::string_view text = joined.line_match(line);
  if (split_words(text).size() > 10) return attachment_start(joined, found->end, end);
  return found->begin + (joined.match[found->begin] == '\n' ? 1 : 0);
}

namespace {

// Title: printed under the heading ("A RESOLUTION OF THE CITY COUNCIL ..."), above it
// ("Resolution Conditionally Approving the ..."), or as capital lines over the first recital.
std::optional<Found> find_title(const JoinedText& joined, const ResolutionSpan& span,
                                size_t body_start, size_t first_marker, size_t end) {
  // "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CARSON", "AN URGENCY RESOLUTION"
  static const RE2 kTitleStart(
      "(?i)^\\s*(?:an?\\s+(?:\\w+\\s+){0,2}resolution\\b|resolution\\s+of\\b)");
  // "Resolution Conditionally Approving the Capital College & Career Academy"
  static const RE2 kTitleAbove("(?i)^\\s*(?:an?\\s+)?resolution\\s+(?:[a-z]+)");
  std::string_view text(joined.match);
  if (RE2::PartialMatch(re2::StringPiece(text.data() + body_start, first_marker - body_start),
                        kTitleStart))
    return Found{body_start, std::min(first_marker, body_start + 2000)};
  if (span.heading && span.heading->begin > span.begin) {
    LineSpan above = joined.line_span(span.begin, span.heading->begin);
    for (size_t index = above.first; index < above.last; ++index) {
      std::string_view line = joined.line_match(index);
      size_t line_begin = static_cast<size_t>(line.data() - text.data());
      if (line_begin < span.heading->begin && RE2::PartialMatch(line, kTitleAbove) &&
          find_resolution_headings(line).empty())
        return Found{line_begin, span.heading->begin};
    }
  }
  // Capital lines between the heading (or the document's start) and the first recital.
  if (first_marker < end)
    return capitals_above(joined, span.heading ? span.heading->end : span.begin, first_marker);
  return std::nullopt;
}

// Where signatures can be: from the adoption clause (or the sections) to a dozen lines past
// the vote. A flattened page (one line of thousands of characters) runs on into whatever
// follows, so there the reach past the vote is short and stops at an exhibit label.
Found signature_region(const JoinedText& joined, size_t from, size_t tail_end, size_t end) {
  // "... Kristina Santana, City Clerk Exhibit A: Animal License Fee Schedule"
  static const RE2 kExhibitLabel(
      "\\b(?:EXHIBIT|Exhibit|ATTACHMENT|Attachment)\\s+[A-Z0-9]{1,2}\\b");
  std::string_view text(joined.match);
  tail_end = std::max(tail_end, from);
  size_t region_end = std::min(end, tail_end + 120);
  size_t tail_line = joined.line_at(tail_end);
  if (joined.line_match(tail_line).size() < 1000) {
    size_t last_line =
        std::min(tail_line + 12, joined.lines.first + joined.line_offsets.size() - 1);
    std::string_view last = joined.line_match(last_line);
    region_end = std::min(
        end, std::max(region_end, static_cast<size_t>(last.data() - text.data()) + last.size()));
  }
  if (std::optional<Found> exhibit = find_first(kExhibitLabel, text, tail_end, region_end))
    region_end = exhibit->begin;
  return {from, std::max(from, region_end)};
}

// The roll-call table whose header holds offset: its header line and the lines under it, as
// words with their places.
std::optional<Vote> roll_call_table(const JoinedText& joined, size_t header) {
  size_t first = joined.line_at(header);
  std::vector<std::vector<PlacedWord>> rows;
  size_t line = first;
  for (const JoinedText::Token& token : joined.tokens) {
    if (token.line < first) continue;
    if (token.line > first + 30) break;
    if (rows.empty() || token.line != line) rows.emplace_back();
    line = token.line;
    rows.back().push_back({std::string(joined.printed_word(token)), token.left, token.right});
  }
  return read_roll_call_table(rows);
}

struct Adoption {
  std::optional<Found> clause;     // "PASSED, APPROVED and ADOPTED this ..."
  std::optional<Found> certified;  // "was duly and regularly adopted ..."
  std::optional<std::string> date;
  bool blank_date = false;  // "this ___ day of ______, 2010"
};

// The sentence of a date: up to its first full stop, at most a few lines.
std::string_view sentence_after(std::string_view text, size_t from, size_t end) {
  std::string_view sentence = text.substr(from, std::min<size_t>(250, end - from));
  for (size_t stop = sentence.find('.'); stop != std::string_view::npos;
       stop = sentence.find('.', stop + 1))
    if (stop + 1 == sentence.size() || std::isspace(static_cast<unsigned char>(sentence[stop + 1])))
      return sentence.substr(0, stop);
  return sentence;
}

// An adoption told in a sentence ("Passed at the April 8, 2024 Meeting (4-1 vote)", "Adopted
// by the City Council on May 5, 2020"): the last such sentence that names a date, from its verb.
std::optional<Found> adoption_sentence(std::string_view text, size_t from, size_t end) {
  std::optional<Found> last;
  for (Found found : find_all(adoption_sentence_pattern(), text, from, end)) {
    while (found.begin < found.end && !std::isalpha(static_cast<unsigned char>(text[found.begin])))
      ++found.begin;
    if (find_date(sentence_after(text, found.end, end))) last = found;
  }
  return last;
}

// A roll-call sheet's "Date May 24, 2021" line, at the top of the sheet.
std::optional<std::string> sheet_date(std::string_view text, size_t begin, size_t end) {
  static const RE2 kDateLine("(?:^|\\n)\\s*(?:Date|DATE|Meeting Date|MEETING DATE)\\s*:?\\s");
  if (std::optional<Found> line = find_first(kDateLine, text, begin, end))
    if (std::optional<ParsedDate> date = find_date(text.substr(line->end, 40))) return date->iso;
  return std::nullopt;
}

// The date the adoption clause names (a draft's template names one too), else the clerk's
// certification's, else a roll-call sheet's date line.
Adoption find_adoption(std::string_view text, size_t begin, size_t after_recitals, size_t end) {
  // "was duly and regularly adopted by said City at a regular meeting duly and regularly
  // held on the 14th day of May 2019"; "the above was adopted".
  static const RE2 kCertified("(?i)\\b(?:duly|regularly|was)\\s+(?:passed|adopted)\\b");
  // "this ___ day of ______, 2010": the date is yet to be filled in.
  static const RE2 kBlankDate("(?i)_{2,}\\s*(?:st|nd|rd|th)?\\s*day\\s+of");
  Adoption adoption;
  // "PASSED, APPROVED and ADOPTED this 14th day of May, 2019", "ADOPTED: August 26, 1985",
  // "PASSED AND ADOPTED by the Sacramento County Board of Education ... on the 12th day"
  adoption.clause = find_first(adoption_pattern(), text, after_recitals, end);
  bool sentence = !adoption.clause;
  if (sentence) adoption.clause = adoption_sentence(text, after_recitals, end);
  if (adoption.clause) {
    std::string_view clause =
        sentence
            ? sentence_after(text, adoption.clause->end, end)
            : text.substr(adoption.clause->end, std::min<size_t>(250, end - adoption.clause->end));
    adoption.blank_date = RE2::PartialMatch(
        re2::StringPiece(clause.data(), std::min<size_t>(clause.size(), 80)), kBlankDate);
    std::optional<ParsedDate> date = find_date(clause);
    if (date && !adoption.blank_date) adoption.date = date->iso;
  }
  adoption.certified = find_first(kCertified, text, after_recitals, end);
  if (!adoption.date && adoption.certified)
    if (std::optional<ParsedDate> date = find_date(text.substr(
            adoption.certified->end, std::min<size_t>(300, end - adoption.certified->end))))
      adoption.date = date->iso;
  if (!adoption.date && (adoption.certified || adoption.clause))
    adoption.date = sheet_date(text, begin, end);
  return adoption;
}

}  // namespace

Resolution parse_resolution(const JoinedText& joined, const ResolutionSpan& span) {
  std::string_view text(joined.match);
  const size_t begin = span.begin, end = std::min(span.end, text.size());
  const size_t body_start = span.heading ? std::max(span.heading->end, begin) : begin;
  Resolution resolution;
  if (span.heading) resolution.number = span.heading->number;

  // "WHEREAS, the City Council adopted the Fiscal Year 2018-2019 budget ..."; prose's
  // lower-case "whereas" opens no recital.
  std::vector<Found> recitals = find_all(whereas_pattern(), text, body_start, end);
  std::erase_if(recitals, [&](const Found& found) {
    return std::islower(static_cast<unsigned char>(text[found.begin])) != 0;
  });
  std::optional<Found> resolved = find_first(
      operative_pattern(), text, recitals.empty() ? body_start : recitals.front().end, end);
  // "RESOLVED, that" is found with the line break or full stop before it.
  while (resolved && resolved->begin < resolved->end &&
         !std::isalpha(static_cast<unsigned char>(text[resolved->begin])))
    ++resolved->begin;
  size_t after_recitals =
      resolved ? resolved->begin : (recitals.empty() ? body_start : recitals.back().end);
  Adoption adoption = find_adoption(text, begin, after_recitals, end);
  size_t body_end = adoption.clause ? adoption.clause->begin : end;
  // A roll-call sheet records the motion and its tally under the resolution ("Moved by
  // ________ to adopt.", "COUNCIL ACTION  YEAS  NAYS  PASS  ABSENT"): its text ends there.
  static const RE2 kMotionOrTally(
      R"((?:^|\n)\s*(?:(?i:moved\s+by)\b|(?i:council\s+action)\s+(?i:yeas|ayes)\b))");
  if (std::optional<Found> motion = find_first(kMotionOrTally, text, after_recitals, body_end))
    body_end = motion->begin;

  Sections sections =
      find_section_markers(joined, resolved ? resolved->end : after_recitals, body_end);
  if (sections.sections.empty() && resolved)
    sections = find_resolved_clauses(joined, resolved->begin, body_end);
  if (sections.sections.empty() && resolved)
    sections = find_numbered_clauses(joined, resolved->end, body_end);

  size_t first_marker = std::min({recitals.empty() ? end : recitals.front().begin,
                                  resolved ? resolved->begin : end, sections.first, body_end});
  std::optional<Found> title = find_title(joined, span, body_start, first_marker, end);
  if (title) {
    std::string printed = trimmed(joined.printed(title->begin, title->end));
    if (!printed.empty()) resolution.title = printed;
  }
  if (!resolution.title && span.document_title) resolution.title = span.document_title;

  // Who enacts it: from the title, else the resolved clause, else the adoption clause or the
  // lines above the heading.
  std::vector<std::string_view> enactor_sources;
  if (title) enactor_sources.push_back(text.substr(title->begin, title->end - title->begin));
  if (resolved)
    enactor_sources.push_back(
        text.substr(resolved->begin, std::min<size_t>(400, end - resolved->begin)));
  if (adoption.clause)
    enactor_sources.push_back(
        text.substr(adoption.clause->begin, std::min<size_t>(300, end - adoption.clause->begin)));
  enactor_sources.push_back(text.substr(begin, std::min<size_t>(600, end - begin)));
  for (std::string_view source : enactor_sources) {
    Enactor enactor = find_enactor(source);
    if (!resolution.body) resolution.body = enactor.body;
    if (!resolution.jurisdiction) resolution.jurisdiction = enactor.jurisdiction;
  }

  const size_t recitals_end =
      std::min({resolved ? resolved->begin : end, sections.first, body_end});
  for (size_t i = 0; i < recitals.size() && recitals[i].begin < recitals_end; ++i) {
    size_t recital_end =
        i + 1 < recitals.size() ? std::min(recitals[i + 1].begin, recitals_end) : recitals_end;
    std::string printed = trimmed(joined.printed(recitals[i].begin, recital_end));
    if (!printed.empty()) resolution.recitals.push_back(printed);
  }
  if (resolved) {
    size_t resolved_end = std::min(sections.first, body_end);
    if (resolved_end > resolved->begin) {
      std::string printed = trimmed(joined.printed(resolved->begin, resolved_end));
      if (!printed.empty()) resolution.resolved = printed;
    }
  }
  resolution.sections = sections.sections;
  resolution.adopted_date = adoption.date;

  size_t vote_from = adoption.clause ? adoption.clause->begin : after_recitals;
  std::optional<VoteBlock> vote = parse_vote_block(text.substr(vote_from, end - vote_from));
  // Without a roll call, the adoption sentence may tell the tally: "(4-1 vote)", "unanimously".
  if (!vote && adoption.clause)
    if (std::optional<VoteBlock> tally =
            parse_vote_tally(sentence_after(text, adoption.clause->begin, end))) {
      vote = tally;
      vote->begin += adoption.clause->begin - vote_from;
      vote->end += adoption.clause->begin - vote_from;
    }
  // "COUNCIL ACTION  YEAS  NAYS  PASS  ABSENT": a roll-call table, read by where its marks stand.
  if (vote && !vote->vote && !vote->blank)
    if (std::optional<Vote> table = roll_call_table(joined, vote_from + vote->begin))
      vote->vote = table;
  if (vote) resolution.vote = vote->vote;
  // A sheet that records its vote was adopted on the sheet's date.
  if (!resolution.adopted_date && resolution.vote)
    resolution.adopted_date = sheet_date(text, begin, end);

  size_t signatures_from =
      adoption.clause ? adoption.clause->begin
                      : (sections.first != std::string::npos ? sections.first : after_recitals);
  size_t tail_end = std::max(vote ? vote_from + vote->end : signatures_from,
                             adoption.clause ? adoption.clause->end : signatures_from);
  Found signatures = signature_region(joined, signatures_from, tail_end, end);
  resolution.signatories = find_signatories(joined, signatures.begin, signatures.end);

  // Draft: a blank number, vote or date waits to be filled in; adopted: a filled vote, or an
  // adoption clause or certification with nothing left blank.
  bool vote_filled = vote && vote->vote.has_value();
  bool left_blank =
      (span.heading && span.heading->blank_number) || (vote && vote->blank) || adoption.blank_date;
  if (vote_filled || (!left_blank && (adoption.clause || adoption.certified)))
    resolution.status = ResolutionStatus::adopted;
  else
    resolution.status = ResolutionStatus::draft;

  for (const std::string& number : find_cited_numbers(text.substr(begin, signatures.end - begin)))
    if (!resolution.number || number != *resolution.number) resolution.references.push_back(number);
  resolution.pages = joined.pages(begin, end);
  return resolution;
}

}  // namespace agendum
