#include "extractors/minutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <set>

#include "extractors/agenda_header.h"
#include "extractors/agenda_items.h"
#include "extractors/minutes_motions.h"
#include "extractors/resolution_text.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/meeting_cues.h"

namespace agendum {
namespace {

// The names listed after an attendance label, with the lines the list wraps onto.
std::string attendance_list(const std::vector<Line>& lines, size_t i, size_t last,
                            const std::string& first) {
  std::string list = first;
  for (size_t next = i + 1; next < last && next <= i + 6; ++next) {
    const Line& line = lines[next];
    std::string_view listed = trim_view(list);
    if (!listed.empty() && listed.back() == '.') break;
    const std::string& more = line.text;
    bool label =
        RE2::PartialMatch(more, attendance_label()) || (!more.empty() && more.back() == ':');
    if (label || line.heading || !line.list_marker.empty()) break;
    if (line.paragraph_start && !listed.empty()) break;
    list += " " + more;
  }
  return trim(list, " \t.");
}

// Where a motion starts, by words.
WordPosition position_of(const JoinedText& joined, size_t offset) {
  auto token =
      std::lower_bound(joined.tokens.begin(), joined.tokens.end(), offset,
                       [](const JoinedText::Token& t, size_t at) { return t.offset < at; });
  if (token == joined.tokens.end()) return {joined.lines.last, 0};
  size_t word = 0;
  for (auto before = token; before != joined.tokens.begin() && (before - 1)->line == token->line;
       --before)
    ++word;
  return {token->line, word};
}

std::string bare(std::string number) {
  while (!number.empty() && (number.back() == '.' || number.back() == ')')) number.pop_back();
  return to_lower_ascii(number);
}

// The agenda item a motion is made under: the items its text cites when they share a section
// ("approve items 11a, 11b and 11c" is a motion on section 11), else the innermost numbered
// entry it is printed in.
std::optional<std::string> item_of(const FoundMotion& found, const JoinedText& joined,
                                   const std::vector<OutlineEntry>& outline) {
  // "items 4a and 4b", "Item 15d"
  static const RE2 kCited(
      R"((?i)\bitems?\s+((?:\d{1,2}(?:\.\d{1,2}|[a-z])?(?:\s*,\s*|\s+and\s+|\s*&\s*)*)+))");
  static const RE2 kNumber(R"((\d{1,2}(?:\.\d{1,2}|[a-zA-Z])?))");
  std::string list;
  std::set<std::string> sections;
  size_t cited = 0;
  re2::StringPiece text(found.motion.text);
  while (RE2::FindAndConsume(&text, kCited, &list)) {
    re2::StringPiece numbers(list);
    std::string number;
    while (RE2::FindAndConsume(&numbers, kNumber, &number)) {
      for (const OutlineEntry& entry : outline) {
        if (bare(entry.number) != bare(number)) continue;
        ++cited;
        sections.insert(entry.section_number);
      }
    }
  }
  if (cited >= 2 && sections.size() == 1 && !sections.begin()->empty()) return *sections.begin();

  WordPosition at = position_of(joined, found.begin);
  const OutlineEntry* innermost = nullptr;
  for (const OutlineEntry& entry : outline)
    if (!(at < entry.begin) && at < entry.end && !entry.number.empty()) innermost = &entry;
  if (!innermost) return std::nullopt;
  // "to approve the Consent Calendar as presented", printed after the calendar's last item:
  // a motion that names its section is the section's.
  std::string named = vocabulary_form(innermost->section_title);
  if (!innermost->section_number.empty() && word_count(innermost->section_title) >= 2 &&
      vocabulary_form(found.motion.text).find(named) != std::string::npos)
    return innermost->section_number;
  return innermost->number;
}

}  // namespace

Attendance read_attendance(const std::vector<Line>& lines, LineSpan span) {
  // Staff, guests and the public are listed too, but are not the body's members.
  static const RE2 kNotMembers(
      R"((?i)\b(?:others?|also|staff|guests?|public|visitors?|audience|consultants?)\s*$)");
  // "AYES: COUNCIL MEMBERS: ..." is a vote, recorded with a motion.
  static const RE2 kVoteLabel(R"(^(?:AYES|NOES|NAYS|YEAS|Ayes|Noes|Nays|Yeas)\b)");
  Attendance out;
  bool present_found = false;
  size_t end = span.last;
  for (size_t i = span.first; i < span.last && end == span.last; ++i) {
    // Attendance is recorded before the first motion, which may share its (flattened) line.
    std::string text = lines[i].text;
    re2::StringPiece input(text), motion;
    if (motion_cue().Match(input, 0, text.size(), RE2::UNANCHORED, &motion, 1)) {
      text = text.substr(0, static_cast<size_t>(motion.data() - text.data()));
      end = i + 1;
    }
    if (RE2::PartialMatch(text, kVoteLabel)) break;
    std::array<re2::StringPiece, 2> groups;
    input = re2::StringPiece(text);
    if (!attendance_label().Match(input, 0, text.size(), RE2::UNANCHORED, groups.data(), 2))
      continue;
    size_t label_at = static_cast<size_t>(groups[0].data() - text.data());
    re2::StringPiece who(text.data(), label_at);
    if (RE2::PartialMatch(who, kNotMembers)) continue;
    std::vector<std::string> names =
        split_names(attendance_list(lines, i, span.last, text.substr(label_at + groups[0].size())));
    std::string word = to_lower_ascii(std::string(groups[1]));
    if (word == "absent" || word == "excused") {
      out.absent.insert(out.absent.end(), names.begin(), names.end());
    } else if (!present_found) {
      out.present = names;
      present_found = true;
    }
  }
  if (!present_found) out.present = find_roll_call(lines, {span.first, end});
  return out;
}

std::vector<Minutes> extract_minutes(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics) {
  std::vector<Minutes> out;
  for (const DocumentSpan& document : documents) {
    if (document.kind != DocumentKind::minutes || document.lines.first >= document.lines.last ||
        document.lines.last > text.lines.size())
      continue;
    Minutes minutes;
    minutes.document = document.id;
    minutes.pages = document.pages;

    // The minutes follow the meeting's order of business: their header is what comes before.
    ParsedAgendaItems outline = parse_agenda_items(text.lines, document.lines);
    size_t end_line = document.lines.last - 1, end_offset = std::string::npos;
    if (outline.first_entry) {
      end_line = document.lines.first + outline.first_entry->line;
      end_offset = outline.first_entry->offset;
    }
    MeetingHeader header = read_meeting_header(text, document.lines, end_line, end_offset);
    minutes.body = header.body;
    minutes.meeting_type = header.meeting_type;
    minutes.date = header.date;
    minutes.location = header.location;

    Attendance attendance = read_attendance(text.lines, document.lines);
    minutes.present = std::move(attendance.present);
    minutes.absent = std::move(attendance.absent);

    JoinedText joined = join_lines(text, document.lines);
    for (FoundMotion& found : find_motions(joined)) {
      found.motion.item = item_of(found, joined, outline.outline);
      minutes.motions.push_back(std::move(found.motion));
    }
    if (!minutes.date)
      diagnostics.push_back({Severity::warning, "minutes_without_date",
                             "The minutes were recognised but the date of their meeting could "
                             "not be read.",
                             document.pages.first, "minutes"});
    out.push_back(std::move(minutes));
  }
  return out;
}

}  // namespace agendum
