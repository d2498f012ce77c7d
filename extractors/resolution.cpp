#include "extractors/resolution.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "extractors/resolution_minutes.h"
#include "extractors/resolution_number.h"
#include "extractors/resolution_parse.h"
#include "extractors/resolution_text.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/resolution.h"

namespace agendum {
namespace {

struct Found {
  Resolution resolution;
  LineSpan lines;
  size_t offset = 0;  // within its first line's document text: orders records sharing a line
};

bool printed_in_capitals(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// A heading in a document that is not a resolution opens one only when it is printed like a
// heading and recitals or a resolved clause follow, so an agenda line "RESOLUTION NO.
// 2020-14 A RESOLUTION OF ..." listing the item is not taken for the resolution itself.
bool opens_embedded_resolution(std::string_view text, const ResolutionHeading& heading) {
  if (!heading.opens_resolution ||
      !printed_in_capitals(text.substr(heading.begin, heading.end - heading.begin)))
    return false;
  // "WHEREAS, the City Council ...", "NOW, THEREFORE, BE IT RESOLVED"
  re2::StringPiece after(text.data() + heading.end,
                         std::min<size_t>(3000, text.size() - heading.end));
  return RE2::PartialMatch(after, whereas_pattern()) ||
         RE2::PartialMatch(after, resolves_pattern());
}

// OCR confidence under which a number is taken for handwriting or a smudge, not print: a
// clerk's pen filling in "RESOLUTION NO. ____" reads as digits at 10-30, type at 80-95.
constexpr float kLeastPrintedConfidence = 40;

void add_note(const JoinedText& joined, const ResolutionHeading& heading, Severity severity,
              std::string code, std::string message, std::vector<Diagnostic>& diagnostics) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  diagnostic.page = joined.pages(heading.begin, heading.end).first;
  diagnostic.stage = "resolution";
  diagnostics.push_back(diagnostic);
}

// The number a resolution is filed under, printed above its heading: a print header or cover
// naming it ("RESOLUTION 72", "Resolution No. 2019-4"), when it names one number only.
std::optional<std::string> number_above(std::string_view text, size_t to) {
  // "7/11/23, 3:09 PM RESOLUTION 72.jpg", "Resolution No. 2019-4 (adopted)"
  static const RE2 kNamed("\\b" + resolution_word() +
                          "\\s*(?i:n[o0]\\.?|#)?\\s*(\\d[\\dA-Za-z]*(?:-\\d[\\dA-Za-z]*)?)");
  std::optional<std::string> found;
  re2::StringPiece rest(text.data(), to);
  std::string number;
  while (RE2::FindAndConsume(&rest, kNamed, &number)) {
    std::string cleaned = clean_number(number);
    if (found && *found != cleaned) return std::nullopt;
    found = cleaned;
  }
  return found;
}

// A number too unsure to be print is dropped; the resolution then takes the number printed
// above its heading, if any, else it stays without one and the clerk is told.
void check_number(const JoinedText& joined, ResolutionHeading& heading, size_t above_from,
                  std::vector<Diagnostic>& diagnostics) {
  if (heading.number &&
      joined.least_confidence(heading.number_begin, heading.end) < kLeastPrintedConfidence) {
    add_note(joined, heading, Severity::info, "resolution_number_unsure",
             "The number in the resolution heading \"" +
                 joined.printed(heading.begin, heading.end) +
                 "\" is not print OCR can read (handwriting?); it was not taken.",
             diagnostics);
    heading.number.reset();
  }
  if (heading.number || heading.blank_number) return;
  if (above_from < heading.begin)
    if (std::optional<std::string> number = number_above(
            std::string_view(joined.match).substr(above_from), heading.begin - above_from)) {
      heading.number = number;
      add_note(joined, heading, Severity::info, "resolution_number_from_header",
               "The resolution heading has no readable number; " + *number +
                   " is the number printed above it.",
               diagnostics);
      return;
    }
  add_note(joined, heading, Severity::warning, "resolution_number_unreadable",
           "A resolution heading \"" + joined.printed(heading.begin, heading.end + 12) +
               "\" has no readable number; check the page and enter the number by hand.",
           diagnostics);
}

// A resolution printed without a number inside another document (a roll-call sheet, an
// agenda page): recitals opening lines or sentences, then words that resolve ("BE IT
// RESOLVED"; an agreement's "NOW, THEREFORE, the parties agree" resolves nothing). It starts
// a few lines over its first recital, where its title and date are printed.
std::optional<size_t> unnumbered_resolution(const JoinedText& joined) {
  // "WHEREAS, the Mayor and City Council wish to conduct orderly and efficient meetings"
  static const RE2 kRecitalStart("(?:^|\\n|[.;:]\\s)\\s*(?:" + ocr_tolerant("whereas") + "),");
  re2::StringPiece whole(joined.match);
  re2::StringPiece recital;
  size_t position = 0;
  std::optional<size_t> at;
  while (!at && kRecitalStart.Match(whole, position, whole.size(), RE2::UNANCHORED, &recital, 1)) {
    size_t found = static_cast<size_t>(recital.data() - joined.match.data());
    position = found + recital.size();
    while (!std::isalpha(static_cast<unsigned char>(joined.match[found]))) ++found;
    if (std::isupper(static_cast<unsigned char>(joined.match[found]))) at = found;
  }
  if (!at) return std::nullopt;
  // "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF DES MOINES, IOWA:"
  std::string_view after = std::string_view(joined.match).substr(*at, 8000);
  if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), resolves_pattern()))
    return std::nullopt;
  size_t line = joined.line_at(*at + 1);
  size_t first = line >= joined.lines.first + 3 ? line - 3 : joined.lines.first;
  std::string_view first_line = joined.line_match(first);
  return static_cast<size_t>(first_line.data() - joined.match.data());
}

// Whether text[from, to) holds an adoption: a clause, an adoption sentence, or a vote.
bool has_closing(std::string_view text, size_t from, size_t to) {
  // "AYES: Council Members ...", "Ayes: 4"
  static const RE2 kVoteLabel("(?i)\\bayes\\s*:");
  if (to <= from) return false;
  re2::StringPiece part(text.data() + from, to - from);
  return RE2::PartialMatch(part, adoption_pattern()) ||
         RE2::PartialMatch(part, adoption_sentence_pattern()) ||
         RE2::PartialMatch(part, kVoteLabel);
}

// The spans of the resolutions printed in one document.
std::vector<ResolutionSpan> resolution_spans(const JoinedText& joined, const DocumentSpan& document,
                                             std::vector<Diagnostic>& diagnostics) {
  std::string_view text(joined.match);
  std::vector<ResolutionHeading> headings = find_resolution_headings(text);
  re2::StringPiece recital;
  size_t first_recital =
      whereas_pattern().Match(re2::StringPiece(text), 0, text.size(), RE2::UNANCHORED, &recital, 1)
          ? static_cast<size_t>(recital.data() - text.data())
          : text.size();
  std::vector<ResolutionSpan> spans;
  bool is_resolution = document.kind == DocumentKind::resolution;
  for (const ResolutionHeading& heading : headings) {
    // A resolution document's first heading names it even when OCR left marks around it
    // ("liz RESOLUTION NO, 27 -"), as long as nothing cites it and its text follows.
    bool heads_document =
        spans.empty() && (heading.at_line_start || !heading.cited) && heading.begin < first_recital;
    bool opens = is_resolution ? heading.opens_resolution || heads_document
                               : opens_embedded_resolution(text, heading);
    if (!opens) continue;
    // The same number again is a running header ("Resolution No. 2020-15  2"), not a new one.
    if (!spans.empty() && spans.back().heading && heading.number &&
        spans.back().heading->number == heading.number)
      continue;
    ResolutionSpan span;
    // In a resolution document the first one owns the lines above its heading (a title or
    // the body's name printed over the number).
    span.begin = is_resolution && spans.empty() ? 0 : heading.begin;
    span.heading = heading;
    check_number(joined, *span.heading, span.begin, diagnostics);
    spans.push_back(span);
  }
  if (spans.empty() && is_resolution)
    spans.push_back(ResolutionSpan{0, text.size(), std::nullopt, document.title});
  // An ordinance's recitals and sections are its own, not an unnumbered resolution's.
  if (spans.empty() && document.kind != DocumentKind::ordinance)
    if (std::optional<size_t> begin = unnumbered_resolution(joined))
      spans.push_back(ResolutionSpan{*begin, text.size(), std::nullopt, std::nullopt});
  for (size_t i = 0; i < spans.size(); ++i) {
    size_t end = i + 1 < spans.size() ? spans[i + 1].begin : text.size();
    // The segmenter cuts a resolution from its exhibits; an embedded one is cut here, at
    // the first attachment label after its heading.
    size_t from = spans[i].heading ? spans[i].heading->end : spans[i].begin;
    size_t attachment = attachment_start(joined, from, end);
    // An exhibit set inside the resolution's text (a fee table before its closing line) is
    // part of it: the cut waits for the adoption the resolution still owes.
    if (!has_closing(text, from, attachment) && has_closing(text, attachment, end))
      attachment = end;
    spans[i].end = attachment;
    spans[i].document_title = document.title;
  }
  return spans;
}

Resolution adopted_by(const MinutesVote& vote, const std::string& document) {
  Resolution resolution;
  resolution.number = vote.number;
  resolution.status = ResolutionStatus::adopted;
  resolution.adopted_date = vote.meeting_date;
  resolution.body = vote.body;
  resolution.jurisdiction = vote.jurisdiction;
  resolution.vote = vote.vote;
  resolution.document = document;
  resolution.pages = vote.pages;
  resolution.from_minutes_vote = true;
  return resolution;
}

}  // namespace

std::vector<Resolution> extract_resolutions(const CleanText& text,
                                            const std::vector<DocumentSpan>& documents,
                                            const std::vector<PayRange>& pay_ranges,
                                            std::vector<Diagnostic>& diagnostics) {
  std::vector<Found> found;
  std::vector<std::pair<MinutesVote, std::string>> minutes_votes;  // with their document id
  for (const DocumentSpan& document : documents) {
    if (document.lines.last <= document.lines.first) continue;
    JoinedText joined = join_lines(text, document.lines);
    std::vector<ResolutionSpan> spans = resolution_spans(joined, document, diagnostics);
    for (const ResolutionSpan& span : spans) {
      Found record{parse_resolution(joined, span), joined.line_span(span.begin, span.end),
                   span.begin};
      record.resolution.document = document.id;
      // One printed resolution, one record: a copy further on (a staff report reprinting it)
      // adds nothing.
      bool duplicate = false;
      for (const Found& earlier : found)
        duplicate = duplicate || (record.resolution.number &&
                                  earlier.resolution.number == record.resolution.number);
      if (duplicate) continue;
      for (const PayRange& range : pay_ranges)
        if (range.lines.last > range.lines.first && range.lines.first >= record.lines.first &&
            range.lines.last <= record.lines.last)
          record.resolution.pay_ranges.push_back(range);
      found.push_back(std::move(record));
    }
    // A recital citing an earlier adoption ("the City Council adopted Resolution No. 2016-06")
    // above a filled vote is the resolution's own text, not a motion in minutes.
    auto inside_a_resolution = [&](const MinutesVote& vote) {
      return std::any_of(spans.begin(), spans.end(), [&](const ResolutionSpan& span) {
        return vote.offset >= span.begin && vote.offset < span.end;
      });
    };
    if (document.kind != DocumentKind::resolution)
      for (MinutesVote& vote : find_minutes_votes(joined))
        if (!inside_a_resolution(vote)) minutes_votes.emplace_back(std::move(vote), document.id);
  }

  for (const auto& [vote, document] : minutes_votes) {
    auto printed = std::find_if(found.begin(), found.end(), [&](const Found& record) {
      return record.resolution.number == vote.number;
    });
    if (printed != found.end()) {
      merge_adoption(printed->resolution, adopted_by(vote, document));
      continue;
    }
    Found record;
    record.resolution = adopted_by(vote, document);
    record.lines = vote.lines;
    record.offset = vote.offset;
    found.push_back(std::move(record));
  }

  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.lines.first != b.lines.first ? a.lines.first < b.lines.first : a.offset < b.offset;
  });
  std::vector<Resolution> resolutions;
  for (Found& record : found) {
    record.resolution.id = "res-" + std::to_string(resolutions.size() + 1);
    resolutions.push_back(std::move(record.resolution));
  }
  return resolutions;
}

void merge_adoption(Resolution& printed, const Resolution& adopted_by_vote) {
  if (!printed.vote) printed.vote = adopted_by_vote.vote;
  if (printed.status != ResolutionStatus::adopted || !printed.adopted_date)
    printed.adopted_date = adopted_by_vote.adopted_date;
  printed.status = ResolutionStatus::adopted;
  if (!printed.body) printed.body = adopted_by_vote.body;
  if (!printed.jurisdiction) printed.jurisdiction = adopted_by_vote.jurisdiction;
}

std::vector<Resolution> referenced_resolutions(const CleanText& text,
                                               const std::vector<DocumentSpan>& documents,
                                               const std::vector<Resolution>& found) {
  std::vector<std::string> known;
  for (const Resolution& resolution : found)
    if (resolution.number) known.push_back(*resolution.number);
  auto mentions_resolutions = [&](const DocumentSpan& document) {
    for (size_t i = document.lines.first; i < document.lines.last && i < text.lines.size(); ++i) {
      const std::string& line = text.lines[i].match;
      if (line.find("esolution") != std::string::npos ||
          line.find("ESOLUTION") != std::string::npos)
        return true;
    }
    return false;
  };
  std::vector<Resolution> referenced;
  for (const DocumentSpan& document : documents) {
    if (document.lines.last <= document.lines.first || !mentions_resolutions(document)) continue;
    JoinedText joined = join_lines(text, document.lines);
    for (const Citation& citation : find_citations(joined.match)) {
      if (citation.ordinance ||
          std::find(known.begin(), known.end(), citation.number) != known.end())
        continue;
      known.push_back(citation.number);
      Resolution resolution;
      resolution.id = "res-" + std::to_string(found.size() + referenced.size() + 1);
      resolution.number = citation.number;
      resolution.status = ResolutionStatus::referenced;
      resolution.pages = joined.pages(citation.begin, citation.begin + 1);
      referenced.push_back(std::move(resolution));
    }
  }
  return referenced;
}

}  // namespace agendum
