#include "extractors/resolution_minutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "extractors/dates.h"
#include "extractors/resolution_number.h"
#include "extractors/resolution_parse.h"
#include "extractors/vote.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// The meeting date: the date after the last minutes heading before the motion, else the
// first date of the minutes. An item approving earlier minutes ("APPROVED CITY COUNCIL
// MINUTES: 3.1a APRIL 24, 2020") is not a heading.
std::optional<std::string> meeting_date(std::string_view text, size_t motion) {
  // "MINUTES OF THE CITY COUNCIL REGULAR MEETING MAY 19, 2020"
  static const RE2 kMinutes("\\b(?:MINUTES|Minutes)\\s+(?:OF|of)\\b");
  re2::StringPiece whole(text.data(), motion);
  re2::StringPiece found;
  std::optional<std::string> date;
  size_t position = 0;
  while (position < motion && kMinutes.Match(whole, position, motion, RE2::UNANCHORED, &found, 1)) {
    size_t at = static_cast<size_t>(found.data() - text.data());
    position = at + found.size();
    if (std::optional<ParsedDate> parsed = find_date(text.substr(position, 300)))
      date = parsed->iso;
  }
  if (!date)
    if (std::optional<ParsedDate> parsed = find_date(text.substr(0, std::min<size_t>(800, motion))))
      date = parsed->iso;
  return date;
}

// "CITY OF DIAMOND BAR MINUTES OF THE CITY COUNCIL": the place printed over the heading.
std::optional<std::string> minutes_jurisdiction(std::string_view text, size_t motion) {
  static const RE2 kPlace(
      "(?i)\\b((?:city|county|town|village)\\s+of\\s+[a-z][a-z "
      ".'-]*?)[\\s,]+(?:california\\s+)?minutes\\s+of\\b");
  std::string place;
  std::optional<std::string> found;
  re2::StringPiece rest(text.data(), motion);
  while (RE2::FindAndConsume(&rest, kPlace, &place)) found = caps_to_title_case(place);
  return found;
}

std::optional<std::string> minutes_body(std::string_view text, size_t motion) {
  // "MINUTES OF THE CITY COUNCIL REGULAR MEETING", "Minutes of the Civil Service Commission"
  static const RE2 kBody(
      "(?i)\\bminutes\\s+of\\s+the\\s+((?:[a-z]+\\s+){0,3}?(?:council|commission|board(?:\\s+of\\s+"
      "[a-z]+)?))\\b");
  std::string body;
  std::optional<std::string> found;
  re2::StringPiece rest(text.data(), motion);
  while (RE2::FindAndConsume(&rest, kBody, &body)) found = caps_to_title_case(body);
  return found;
}

// "Motion carried 4-1", "The motion passed by a vote of 5-0-0": counts without names, used
// when the minutes print no roll call. The counts are ayes, noes, then absent.
std::optional<VoteBlock> tallied_vote(std::string_view window) {
  static const RE2 kTally(
      "(?i)\\b(?:carried|passed|approved|adopted)\\s+(?:unanimously\\s+)?(?:by\\s+(?:a\\s+)?(?:"
      "roll\\s+call\\s+)?"
      "vote\\s+of\\s+)?\\(?(\\d{1,2})\\s*-\\s*(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?\\)?");
  std::array<re2::StringPiece, 4> groups;
  re2::StringPiece whole(window.data(), window.size());
  if (!kTally.Match(whole, 0, whole.size(), RE2::UNANCHORED, groups.data(), 4)) return std::nullopt;
  auto number = [](re2::StringPiece digits) {
    return std::stoi(std::string(digits.data(), digits.size()));
  };
  VoteBlock block;
  block.begin = static_cast<size_t>(groups[0].data() - window.data());
  block.end = block.begin + groups[0].size();
  Vote vote;
  vote.ayes_count = number(groups[1]);
  vote.noes_count = number(groups[2]);
  if (!groups[3].empty()) vote.absent_count = number(groups[3]);
  block.vote = vote;
  return block;
}

}  // namespace

std::vector<MinutesVote> find_minutes_votes(const JoinedText& joined) {
  // "to adopt Resolution No. 2020-13, approving the cost report", "adopting Resolution Nos.
  // 2020-13 and 2020-14", "ADOPTED RESOLUTION NO. 2020-13"
  static const RE2 kAdopt(
      "(?i)\\badopt(?:ed|ing|s)?\\s+(?:urgency\\s+)?(?:resolutions?|reso\\.)\\s+nos?\\.?\\s*"
      "([a-z]{0,3}-?\\d[\\da-z]*(?:-[\\da-z]+){0,2}(?:\\s*(?:,|and|&)\\s*(?:,\\s*)?(?:and\\s+)?"
      "[a-z]{0,3}-?\\d[\\da-z]*(?:-[\\da-z]+){0,2})*)");
  // "C/Malke moved, C/Low seconded", "Motion carried by the following Roll Call vote"
  static const RE2 kMotion("(?i)\\b(?:moved|motion|seconded|carried|roll\\s+call)\\b");
  static const RE2 kFailed("(?i)\\bmotion\\s+(?:failed|was\\s+defeated|died)\\b");
  static const RE2 kNumber("(?i)([a-z]{0,3}-?\\d[\\da-z]*(?:-[\\da-z]+){0,2})");

  std::string_view text(joined.match);
  std::vector<MinutesVote> out;
  std::array<re2::StringPiece, 2> groups;
  re2::StringPiece whole(text.data(), text.size());
  size_t position = 0;
  std::vector<std::pair<size_t, std::string>> motions;  // where, the number list
  while (position < text.size() &&
         kAdopt.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), 2)) {
    size_t at = static_cast<size_t>(groups[0].data() - text.data());
    position = at + groups[0].size();
    // "Adopt Resolution No. 2022-__": a number still to be assigned names no resolution, but
    // the motion still ends the one before it.
    bool unassigned =
        position < text.size() && (text[position] == '_' || text.substr(position, 2) == "-_");
    motions.emplace_back(
        at, unassigned ? std::string() : std::string(groups[1].data(), groups[1].size()));
  }
  for (size_t i = 0; i < motions.size(); ++i) {
    if (motions[i].second.empty()) continue;
    size_t motion = motions[i].first;
    size_t window_end = std::min(text.size(), motion + 900);
    if (i + 1 < motions.size()) window_end = std::min(window_end, motions[i + 1].first);
    std::string_view window = text.substr(motion, window_end - motion);
    std::optional<VoteBlock> block = parse_vote_block(window);
    if (!block || !block->vote) block = tallied_vote(window);
    if (!block || !block->vote) continue;
    std::string_view before_vote = text.substr(motion >= 300 ? motion - 300 : 0,
                                               (motion >= 300 ? 300 : motion) + block->begin);
    if (!RE2::PartialMatch(re2::StringPiece(before_vote.data(), before_vote.size()), kMotion))
      continue;
    if (RE2::PartialMatch(re2::StringPiece(window.data(), block->begin), kFailed)) continue;

    std::optional<std::string> date = meeting_date(text, motion);
    std::optional<std::string> body = minutes_body(text, motion);
    std::optional<std::string> jurisdiction = minutes_jurisdiction(text, motion);
    re2::StringPiece numbers(motions[i].second);
    std::string number;
    while (RE2::FindAndConsume(&numbers, kNumber, &number)) {
      MinutesVote vote;
      vote.number = clean_number(number);
      vote.meeting_date = date;
      vote.body = body;
      vote.jurisdiction = jurisdiction;
      vote.offset = motion;
      vote.vote = *block->vote;
      vote.pages = joined.pages(motion, motion + block->end);
      vote.lines = joined.line_span(motion, motion + block->end);
      out.push_back(vote);
    }
  }
  return out;
}

}  // namespace agendum
