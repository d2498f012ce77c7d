#include "extractors/resolution_minutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "extractors/dates.h"
#include "extractors/minutes_motions.h"
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
  // A heading in capitals; "a. Minutes of the February 27 meeting" is an item.
  static const RE2 kMinutes("\\bMINUTES\\s+OF\\b");
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
  auto add = [&](const std::string& numbers, size_t begin, size_t end,
                 const std::optional<Vote>& vote) {
    std::optional<std::string> date = meeting_date(text, begin);
    std::optional<std::string> body = minutes_body(text, begin);
    std::optional<std::string> jurisdiction = minutes_jurisdiction(text, begin);
    re2::StringPiece list(numbers);
    std::string number;
    while (RE2::FindAndConsume(&list, kNumber, &number)) {
      MinutesVote found;
      found.number = clean_number(number);
      found.meeting_date = date;
      found.body = body;
      found.jurisdiction = jurisdiction;
      found.offset = begin;
      found.vote = vote;
      found.pages = joined.pages(begin, end);
      found.lines = joined.line_span(begin, end);
      out.push_back(found);
    }
  };

  // Motions recorded with their mover ("C/Malke moved ... to adopt Resolution No. 2020-13"):
  // the motion's own result and vote decide.
  std::vector<FoundMotion> motions = find_motions(joined);
  for (const FoundMotion& motion : motions) {
    if (motion.adopts.empty() || motion.motion.result == MotionResult::failed) continue;
    if (!motion.motion.vote && motion.motion.result != MotionResult::carried) continue;
    std::string numbers;
    for (const std::string& number : motion.adopts) numbers += number + " ";
    add(numbers, motion.begin, std::max(motion.vote_end, motion.begin + 1), motion.motion.vote);
  }

  // Adoptions recorded without a mover ("ADOPTED RESOLUTION NO. 2020-13" in a consent list
  // followed by its vote): the adoption and a recorded, non-blank vote after it.
  std::array<re2::StringPiece, 2> groups;
  re2::StringPiece whole(text.data(), text.size());
  size_t position = 0;
  std::vector<std::pair<size_t, std::string>> adoptions;  // where, the number list
  while (position < text.size() &&
         kAdopt.Match(whole, position, text.size(), RE2::UNANCHORED, groups.data(), 2)) {
    size_t at = static_cast<size_t>(groups[0].data() - text.data());
    position = at + groups[0].size();
    // "Adopt Resolution No. 2022-__": a number still to be assigned names no resolution, but
    // the adoption still ends the one before it.
    bool unassigned =
        position < text.size() && (text[position] == '_' || text.substr(position, 2) == "-_");
    adoptions.emplace_back(
        at, unassigned ? std::string() : std::string(groups[1].data(), groups[1].size()));
  }
  for (size_t i = 0; i < adoptions.size(); ++i) {
    size_t at = adoptions[i].first;
    bool in_a_motion = std::any_of(motions.begin(), motions.end(), [&](const FoundMotion& motion) {
      return !motion.adopts.empty() && at >= motion.begin && at < motion.end;
    });
    if (adoptions[i].second.empty() || in_a_motion) continue;
    size_t window_end = std::min(text.size(), at + 900);
    if (i + 1 < adoptions.size()) window_end = std::min(window_end, adoptions[i + 1].first);
    std::string_view window = text.substr(at, window_end - at);
    std::optional<VoteBlock> block = parse_vote_block(window);
    if (!block || !block->vote) {
      size_t tally_end = 0;
      std::optional<Vote> tally = tallied_vote(window, &tally_end);
      if (!tally) continue;
      block = VoteBlock{tally, false, tally_end, tally_end};
    }
    std::string_view before_vote =
        text.substr(at >= 300 ? at - 300 : 0, (at >= 300 ? 300 : at) + block->begin);
    if (!RE2::PartialMatch(re2::StringPiece(before_vote.data(), before_vote.size()), kMotion))
      continue;
    if (RE2::PartialMatch(re2::StringPiece(window.data(), block->begin), kFailed)) continue;
    add(adoptions[i].second, at, at + block->end, block->vote);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const MinutesVote& a, const MinutesVote& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace agendum
