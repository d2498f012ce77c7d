#include "extractors/minutes_motions.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "extractors/resolution_number.h"
#include "extractors/vote.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

using Piece = re2::StringPiece;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Words that open a sentence or name a label, never part of a mover's name.
bool is_function_word(std::string_view token) {
  static constexpr std::array<std::string_view, 28> kWords = {
      "The",    "THE",    "Then",   "It",     "IT",    "Also",  "After", "Following", "With", "On",
      "Motion", "MOTION", "Second", "SECOND", "Vote",  "VOTE",  "AYES",  "NOES",      "To",   "TO",
      "That",   "THAT",   "A",      "Upon",   "Moved", "MOVED", "And",   "Seconded"};
  for (std::string_view word : kWords)
    if (token == word) return true;
  return false;
}

// A word of a mover's name: a printed name word set in capitals ("Ortiz", "M.", "MPT/Lyons"),
// not the word opening a sentence.
bool is_mover_word(std::string_view token) {
  if (token.empty()) return false;
  unsigned char first = static_cast<unsigned char>(token.front());
  return (std::isupper(first) || first >= 0x80) && is_name_word(token) && !is_function_word(token);
}

struct Span {
  size_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

// The name ending just before `end`: "After discussion, Councilmember Ortiz| moved" ->
// "Councilmember Ortiz". Stops at punctuation, a lower-case word or a sentence's first word.
Span name_before(std::string_view text, size_t end) {
  size_t p = end;
  while (p > 0 && is_space(text[p - 1])) --p;
  Span name{p, p};
  for (int words = 0; words < 6 && p > 0; ++words) {
    // A name runs over a line break only when the cue opens the line ("C/Ortiz" / "moved");
    // the line above a name that opens its line is an item's title.
    if (name.begin < name.end &&
        std::string_view(text.data() + p, name.begin - p).find('\n') != std::string_view::npos)
      break;
    size_t q = p;
    while (q > 0 && !is_space(text[q - 1])) --q;
    std::string_view token = text.substr(q, p - q);
    if (token.empty() || token.back() == ',' || token.back() == ';' || token.back() == ':') break;
    bool initial =
        token.size() == 2 && std::isupper(static_cast<unsigned char>(token[0])) && token[1] == '.';
    if (token.back() == '.' && !initial) break;
    if (!is_mover_word(token) && !(is_name_particle(token) && name.begin < name.end)) break;
    // A name is printed in one case: "APPROVAL OF WARRANTS" above "Councilmember Dorsey" is
    // the heading over it, not part of it.
    if (!initial && token.find('/') == std::string_view::npos && name.begin < name.end) {
      std::string_view nearest = text.substr(name.begin, name.end - name.begin);
      nearest = nearest.substr(0, nearest.find(' '));
      if (is_all_caps(token) != is_all_caps(nearest) &&
          nearest.find('/') == std::string_view::npos &&
          !(nearest.size() == 2 && nearest[1] == '.'))
        break;
    }
    name.begin = q;
    p = q;
    while (p > 0 && is_space(text[p - 1])) --p;
  }
  return name;
}

// The name starting at `begin`: "seconded by |Councilmember Hale, to approve" -> "Councilmember
// Hale". Stops at a comma (kept out), a lower-case word or a label ("SECOND:").
Span name_after(std::string_view text, size_t begin) {
  size_t p = begin;
  while (p < text.size() && is_space(text[p])) ++p;
  Span name{p, p};
  for (int words = 0; words < 6 && p < text.size(); ++words) {
    size_t q = p;
    while (q < text.size() && !is_space(text[q])) ++q;
    std::string_view token = text.substr(p, q - p);
    std::string_view bare = token;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ';' || bare.back() == ')'))
      bare.remove_suffix(1);
    if (bare.empty() || bare.back() == ':') break;
    bool initial =
        bare.size() == 2 && std::isupper(static_cast<unsigned char>(bare[0])) && bare[1] == '.';
    bool sentence_end = bare.back() == '.' && !initial;
    if (sentence_end) bare.remove_suffix(1);
    if (!is_mover_word(bare) && !(is_name_particle(bare) && name.begin < name.end)) break;
    name.end = p + bare.size();
    if (bare.size() < token.size() && !initial) break;  // "Hale," / "Hale."
    p = q;
    while (p < text.size() && is_space(text[p])) ++p;
  }
  return name;
}

std::optional<std::string> person(const JoinedText& joined, Span span) {
  if (span.empty()) return std::nullopt;
  // Printed words, unless the span is part of one ("Ortiz/Hale" after "M/S/C").
  bool word_start = span.begin == 0 || is_space(joined.match[span.begin - 1]);
  bool word_end = span.end >= joined.match.size() || is_space(joined.match[span.end]) ||
                  joined.match[span.end] == ',' || joined.match[span.end] == ';' ||
                  joined.match[span.end] == '.' || joined.match[span.end] == ')';
  std::string printed = word_start && word_end
                            ? joined.printed(span.begin, span.end)
                            : joined.match.substr(span.begin, span.end - span.begin);
  std::string name = strip_role_prefix(trim(printed));
  name = trim(name, " ,;:");
  if (name.empty() || !has_letter(name)) return std::nullopt;
  return name;
}

// Where the sentence that starts at `from` ends: a full stop followed by a capital or a line
// end, not "No. 12" nor an initial.
size_t sentence_end(std::string_view text, size_t from, size_t limit) {
  limit = std::min(limit, text.size());
  for (size_t p = from; p < limit; ++p) {
    if (text[p] != '.') continue;
    if (p + 1 < text.size() && !is_space(text[p + 1])) continue;
    size_t word = p;
    while (word > from && !is_space(text[word - 1])) --word;
    std::string_view before = text.substr(word, p - word);
    static constexpr std::array<std::string_view, 11> kAbbreviations = {
        "No", "Nos", "Inc", "St", "Dr", "Mr", "Ms", "Mrs", "p.m", "a.m", "Co"};
    bool abbreviation =
        (before.size() == 1 && std::isupper(static_cast<unsigned char>(before[0]))) ||
        std::find(kAbbreviations.begin(), kAbbreviations.end(), before) != kAbbreviations.end();
    if (abbreviation) continue;
    size_t next = p + 1;
    while (next < text.size() && is_space(text[next])) ++next;
    // "... as presented. The motion ...", "... bidder. (4-0)"
    if (next >= text.size() || std::isupper(static_cast<unsigned char>(text[next])) ||
        std::isdigit(static_cast<unsigned char>(text[next])) || text[next] == '(')
      return p;
  }
  return limit;
}

// One motion's cue and the names it gives.
struct Cue {
  size_t begin = 0;       // where the motion starts (its mover's name, or the cue)
  size_t clause_end = 0;  // past the mover and seconder
  Span mover, seconder;
  bool carried = false;  // "M/S/C"
  bool noted = false;    // "K. Lee (motion)": the motion's text is printed before the names
  bool passive = false;  // "It was moved and seconded that ...": a motion without names
};

// The seconder named in the clause after the mover: "seconded by X", "X seconded",
// "second by X", "Second: X", "(second)".
void find_seconder(std::string_view text, Cue& cue, size_t limit) {
  // "seconded by Councilmember Hale", "second by Director Moss", "SECOND: Hale", "Seconded: Hale"
  static const RE2 kSecondedBy(R"((?i)\bsecond(?:ed)?\s*(?:by\b|:))");
  // "C/Hale seconded", "and Trustee Lim seconded"
  static const RE2 kSeconded(R"((?i)\bseconded\b)");
  // "R. Diaz (second)"
  static const RE2 kNoted(R"((?i)\(second(?:ed)?\))");
  limit = std::min(limit, text.size());
  Piece window(text.data() + cue.clause_end, limit - cue.clause_end), found;
  if (cue.noted && kNoted.Match(window, 0, window.size(), RE2::UNANCHORED, &found, 1)) {
    size_t at = static_cast<size_t>(found.data() - text.data());
    cue.seconder = name_before(text, at);
    cue.clause_end = at + found.size();
    return;
  }
  if (kSecondedBy.Match(window, 0, window.size(), RE2::UNANCHORED, &found, 1)) {
    size_t at = static_cast<size_t>(found.data() - text.data()) + found.size();
    cue.seconder = name_after(text, at);
    cue.clause_end = std::max(at, cue.seconder.end);
    return;
  }
  if (kSeconded.Match(window, 0, window.size(), RE2::UNANCHORED, &found, 1)) {
    size_t at = static_cast<size_t>(found.data() - text.data());
    cue.seconder = name_before(text, at);
    cue.clause_end = at + found.size();
  }
}

// Every place a motion is recorded, in order.
std::vector<Cue> find_cues(std::string_view text) {
  // "it was moved by", "moved by", "moved", "motion by", "motion was made by", "on motion of",
  // "MOTION:", "M/S/C", "M/S", "(motion)"
  static const RE2 kCue(
      R"((?i)(?:\b(?:(it\s+was\s+)?moved(\s+by\b)?|(motion\s+(?:was\s+)?(?:made\s+)?by\b|on\s+(?:a\s+)?motion\s+(?:of|by)\b|motion\s*:)|(m\s*/\s*s(\s*/\s*c)?\b\s*:?))|(\(motion\))))");
  std::vector<Cue> cues;
  Piece whole(text.data(), text.size());
  std::array<Piece, 7> groups;
  size_t position = 0;
  while (position < text.size() &&
         kCue.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
    size_t at = static_cast<size_t>(groups[0].data() - text.data());
    size_t after = at + groups[0].size();
    position = after;
    // A cue inside the clause of the motion before ("moved, seconded by ...") is that motion's.
    if (!cues.empty() && at < cues.back().clause_end) continue;
    Cue cue;
    cue.begin = at;
    if (!groups[6].empty()) {  // "K. Lee (motion)"
      cue.noted = true;
      cue.mover = name_before(text, at);
      cue.begin = cue.mover.empty() ? at : cue.mover.begin;
      cue.clause_end = after;
    } else if (!groups[4].empty()) {  // "M/S/C Ortiz/Hale"
      cue.carried = !groups[5].empty();
      Span names = name_after(text, after);
      size_t slash = text.substr(names.begin, names.end - names.begin).find('/');
      if (slash != std::string_view::npos) {
        cue.mover = {names.begin, names.begin + slash};
        cue.seconder = {names.begin + slash + 1, names.end};
      } else {
        cue.mover = names;
      }
      cue.clause_end = std::max(after, names.end);
    } else if (!groups[3].empty() || !groups[2].empty() || !groups[1].empty()) {
      // "Motion by Director Gray", "It was moved by Trustee Park"
      cue.passive = !groups[1].empty();
      cue.mover = name_after(text, after);
      cue.clause_end = std::max(after, cue.mover.end);
    } else {  // "Councilmember Ortiz moved"
      // What a mover moves: "moved, seconded by", "moved to approve", "moved that", "moved
      // approval of"; not "the item was moved forward".
      static const RE2 kMoves(
          R"((?i)^\s*(?:,|to\b|that\b|and\b|for\b|approval\b|adoption\b|acceptance\b|seconded\b|the\s+(?:adoption|approval)\b))");
      Piece next(text.data() + after, text.size() - after);
      if (!RE2::PartialMatch(next, kMoves)) continue;
      cue.mover = name_before(text, at);
      if (!cue.mover.empty()) cue.begin = cue.mover.begin;
      cue.clause_end = after;
    }
    cues.push_back(cue);
  }
  // Each cue's clause may name a seconder before the motion's text starts.
  for (size_t i = 0; i < cues.size(); ++i) {
    size_t limit = i + 1 < cues.size() ? cues[i + 1].begin : text.size();
    size_t clause_limit = std::min(limit, sentence_end(text, cues[i].clause_end, limit));
    if (cues[i].seconder.empty())
      find_seconder(text, cues[i], std::min(clause_limit, cues[i].clause_end + 160));
  }
  // A cue naming nobody ("MOTION:" over a sentence, "moved" in prose) records no motion.
  cues.erase(std::remove_if(cues.begin(), cues.end(),
                            [](const Cue& cue) {
                              return cue.mover.empty() && cue.seconder.empty() && !cue.carried &&
                                     !cue.passive;
                            }),
             cues.end());
  return cues;
}

// What the motion was to do: "to approve the Consent Calendar as presented" -> "approve the
// Consent Calendar as presented".
Span motion_text(std::string_view text, const Cue& cue, size_t limit) {
  if (cue.noted) {
    // "Budget amendment approved – K. Lee (motion)": the words before the names, on their line.
    size_t start = cue.begin;
    while (start > 0 && text[start - 1] != '\n') --start;
    size_t end = cue.begin;
    while (end > start && (is_space(text[end - 1]) || text[end - 1] == '-' ||
                           text[end - 1] == ':' || text[end - 1] == ','))
      --end;
    // Past the line's bullet: "•", "o", "-".
    while (start < end && !std::isalnum(static_cast<unsigned char>(text[start]))) ++start;
    if (end - start > 2 && text[start] == 'o' && text[start + 1] == ' ') start += 2;
    return {start, end};
  }
  static const RE2 kLead(R"((?i)^[\s,;:]*(?:to\s+|that\s+)?)");
  Piece rest(text.data() + cue.clause_end, std::min(limit, text.size()) - cue.clause_end);
  RE2::Consume(&rest, kLead);
  size_t start = static_cast<size_t>(rest.data() - text.data());
  return {start, sentence_end(text, start, std::min(limit, start + 600))};
}

enum class Outcome { none, carried, failed };

Outcome outcome_in(std::string_view window) {
  // "Motion failed", "The motion was defeated", "motion died for lack of a second"
  static const RE2 kFailed(
      R"((?i)\bmotion\s+(?:\w+\s+){0,3}?(?:failed|was\s+defeated|died|was\s+denied|was\s+lost)\b|\bfailed\s+(?:for\s+lack|\d|by\b))");
  // "Motion carried", "The motion, as amended, carried unanimously", "passed 5-0"
  static const RE2 kCarried(
      R"((?i)\b(?:carried|passed|prevailed)\b|\bunanimously\s+(?:approved|adopted)\b|\bapproved\s+unanimously\b)");
  Piece piece(window.data(), window.size());
  if (RE2::PartialMatch(piece, kFailed)) return Outcome::failed;
  if (RE2::PartialMatch(piece, kCarried)) return Outcome::carried;
  return Outcome::none;
}

// Resolution numbers a motion's text adopts: "adopt Resolution No. 2024-17", "adopting
// Resolution Nos. 2024-17 and 2024-18", "ADOPTED RESOLUTION NO. 2024-17".
std::vector<std::string> adopted_numbers(std::string_view text) {
#define AGENDUM_RESOLUTION_NUMBER "(?:[a-z]{1,4}\\s)?[a-z]{0,3}-?\\d[\\da-z]*(?:-[\\da-z]+){0,2}"
  static const RE2 kAdopt(
      "(?i)\\b(?:adopt(?:ed|ing|s)?|approv(?:e|ed|ing))\\s+(?:urgency\\s+)?(?:resolutions?|"
      "reso\\.)\\s+nos?\\.?\\s*"
      "(" AGENDUM_RESOLUTION_NUMBER
      "(?:\\s*(?:,|and|&)\\s*(?:,\\s*)?(?:and\\s+)?" AGENDUM_RESOLUTION_NUMBER ")*)");
  // "that Resolution No. 24-112 adopting the plan be adopted"
  static const RE2 kBeAdopted("(?i)\\bresolution\\s+no\\.?\\s*(" AGENDUM_RESOLUTION_NUMBER
                              ")\\b[^.]{0,240}?\\bbe\\s+(?:adopted|approved)\\b");
  static const RE2 kNumber("(?i)(" AGENDUM_RESOLUTION_NUMBER ")");
#undef AGENDUM_RESOLUTION_NUMBER
  std::vector<std::string> numbers;
  Piece rest(text.data(), text.size());
  std::string list;
  while (RE2::FindAndConsume(&rest, kAdopt, &list)) {
    // "Adopt Resolution No. 2022-__": a number still to be assigned names no resolution.
    if (!rest.empty() && (rest[0] == '_' || (rest.size() > 1 && rest[0] == '-' && rest[1] == '_')))
      continue;
    Piece numbers_text(list);
    std::string number;
    while (RE2::FindAndConsume(&numbers_text, kNumber, &number))
      numbers.push_back(clean_number(number));
  }
  std::string passive;
  if (numbers.empty() && RE2::PartialMatch(Piece(text.data(), text.size()), kBeAdopted, &passive))
    numbers.push_back(clean_number(passive));
  return numbers;
}

}  // namespace

std::optional<Vote> tallied_vote(std::string_view text, size_t* end) {
  // "carried 4-1", "passed by a vote of 5-0-0", "carried unanimously (5-0)", "VOTE: 3-2",
  // "failed 2-3"
  static const RE2 kTally(
      R"((?i)\b(?:carried|passed|approved|adopted|failed|vote)\b(?:\s*:)?(?:\s+(?:unanimously|by|a|roll|call|vote|of)){0,5}\s*\(?(\d{1,2})\s*-\s*(\d{1,2})(?:\s*-\s*(\d{1,2}))?\)?)");
  std::array<Piece, 4> groups;
  Piece whole(text.data(), text.size());
  if (!kTally.Match(whole, 0, whole.size(), RE2::UNANCHORED, groups.data(), groups.size()))
    return std::nullopt;
  auto number = [](Piece digits) { return std::stoi(std::string(digits.data(), digits.size())); };
  Vote vote;
  vote.ayes_count = number(groups[1]);
  vote.noes_count = number(groups[2]);
  if (!groups[3].empty()) vote.absent_count = number(groups[3]);
  if (end) *end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
  return vote;
}

std::vector<FoundMotion> find_motions(const JoinedText& joined) {
  std::string_view text(joined.match);
  std::vector<Cue> cues = find_cues(text);
  std::vector<FoundMotion> motions;
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    size_t limit = i + 1 < cues.size() ? cues[i + 1].begin : text.size();
    // A noted motion's next neighbour may print its text before its names, on its own line.
    if (i + 1 < cues.size() && cues[i + 1].noted) {
      size_t line_start = cues[i + 1].begin;
      while (line_start > cue.clause_end && text[line_start - 1] != '\n') --line_start;
      limit = line_start;
    }
    limit = std::min(limit, cue.clause_end + 4000);
    FoundMotion found;
    Motion& motion = found.motion;
    motion.moved_by = person(joined, cue.mover);
    motion.seconded_by = person(joined, cue.seconder);
    Span words = motion_text(text, cue, limit);
    motion.text = trim(joined.printed(words.begin, words.end), " ,;:");
    found.begin = cue.noted ? words.begin : cue.begin;
    found.end = std::max(limit, words.end);
    found.vote_end = std::max(words.end, cue.clause_end);

    // The result and vote follow the motion's text, before the next motion.
    size_t after_text = std::max(words.end, cue.clause_end);
    std::string_view result_window =
        after_text < limit ? text.substr(after_text, limit - after_text) : std::string_view();
    std::optional<VoteBlock> block = parse_vote_block(result_window);
    if (block && block->vote) {
      motion.vote = block->vote;
      found.vote_end = after_text + block->end;
    } else {
      // "... to award the contract. (4-0)": a bare tally right after the motion counts too.
      static const RE2 kBareTally(R"(^[.\s]*\((\d{1,2})\s*-\s*(\d{1,2})(?:\s*-\s*(\d{1,2}))?\))");
      size_t tally_end = 0;
      std::array<Piece, 4> groups;
      Piece window(result_window.data(), result_window.size());
      if (std::optional<Vote> tally = tallied_vote(result_window, &tally_end)) {
        motion.vote = tally;
        found.vote_end = after_text + tally_end;
      } else if (kBareTally.Match(window, 0, window.size(), RE2::ANCHOR_START, groups.data(), 4)) {
        Vote bare;
        bare.ayes_count = std::stoi(std::string(groups[1]));
        bare.noes_count = std::stoi(std::string(groups[2]));
        if (!groups[3].empty()) bare.absent_count = std::stoi(std::string(groups[3]));
        motion.vote = bare;
        found.vote_end = after_text + groups[0].size();
      }
    }
    // The result is read before the roll call: a vote table's "Motion failed" line belongs to
    // the motion above only when no other motion comes between.
    std::string_view outcome_window = result_window;
    Outcome outcome = outcome_in(outcome_window);
    if (cue.noted) {
      // "Minutes approved – K. Lee (motion)": the text says what became of it.
      outcome = outcome_in(text.substr(words.begin, words.end - words.begin));
      static const RE2 kApproved(R"((?i)\b(?:approved|adopted|accepted|ratified)\b)");
      static const RE2 kRejected(R"((?i)\b(?:rejected|denied|defeated)\b)");
      Piece own(text.data() + words.begin, words.end - words.begin);
      if (RE2::PartialMatch(own, kRejected))
        outcome = Outcome::failed;
      else if (RE2::PartialMatch(own, kApproved))
        outcome = Outcome::carried;
    }
    if (cue.carried && outcome == Outcome::none) outcome = Outcome::carried;
    if (motion.vote && outcome == Outcome::none && motion.vote->ayes_count &&
        motion.vote->noes_count)
      outcome =
          *motion.vote->ayes_count > *motion.vote->noes_count ? Outcome::carried : Outcome::failed;
    if (outcome == Outcome::carried) motion.result = MotionResult::carried;
    if (outcome == Outcome::failed) motion.result = MotionResult::failed;

    found.adopts = adopted_numbers(text.substr(words.begin, words.end - words.begin));
    if (!found.adopts.empty()) motion.resolution = found.adopts.front();
    if (found.vote_end < found.begin) found.vote_end = found.begin;
    motions.push_back(std::move(found));
  }
  return motions;
}

}  // namespace agendum
