// Staff reports and memos: an address block ("Honorable Mayor and Members ...", "TO: ...")
// with FROM and SUBJECT lines, or a caption ("AGENDA STAFF REPORT", "Agenda #: 3.1"), then
// the report's own sections (RECOMMENDATION, BACKGROUND, FISCAL IMPACT, ...).
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"

namespace agendum {
namespace {

// The subject line of a report or memo, with its text.
std::optional<std::string> report_subject(const std::vector<Line>& lines, size_t from) {
  // "SUBJECT: APPROVE THE EXAMINATION FOR ADMINISTRATIVE ASSISTANT",
  // "TITLE: CITY COUNCIL MINUTES OF THE MAY 19, 2020 MEETING."
  static const RE2 kSubject(R"((?i)^(?:subject|title|re)\s*:\s*(.*)$)");
  // The next label of a flattened report header: " STRATEGIC GOAL: Open, Engaged".
  static const RE2 kNextLabel(
      R"((?i)\s((?:strategic\s+goal|recommendations?|recommended\s+action|financial\s+impact|fiscal\s+impact|background|discussion|analysis|summary|prepared\s+by|reviewed\s+by|attachments?|meeting\s+date|from|to)\s*:))");
  for (size_t i = from; i < lines.size() && i < from + 16; ++i) {
    std::string subject;
    if (!RE2::FullMatch(line_for_matching(lines[i]), kSubject, &subject)) continue;
    // A caps subject wraps onto the next line: "**SUBJECT: APPROVE REVISED CLASS
    // SPECIFICATION FOR DEPUTY CITY" / "ATTORNEY II**".
    size_t after = i + 1;
    for (; after < lines.size() && after <= i + 2; ++after) {
      std::string text = line_for_matching(lines[after]);
      // "RECOMMENDATION" right under the subject is the report's first heading.
      static const RE2 kReportHeading(
          R"((?i)^(?:recommendations?|recommended\s+action|background|analysis|discussion|summary|fiscal\s+impact|financial\s+impact)\b)");
      if (starts_paragraph(lines, after) || text.find(':') != std::string::npos ||
          RE2::PartialMatch(text, kReportHeading))
        break;
      bool caps_text = caps_ratio(text) >= 0.9 || !has_letter(text);
      if (caps_ratio(subject) < 0.9 || !caps_text || text.size() > kShortLine) break;
      subject += " " + text;
    }
    // The label may start at the end of the line: "... JULY 1, 2020 STRATEGIC" / "GOAL: Safe".
    std::string probe = subject;
    if (after < lines.size() && !starts_paragraph(lines, after))
      probe += " " + line_for_matching(lines[after]);
    re2::StringPiece label;
    if (RE2::PartialMatch(probe, kNextLabel, &label)) {
      size_t at = static_cast<size_t>(label.data() - probe.data());
      if (at < subject.size()) subject = subject.substr(0, at);
    }
    subject = title_from(subject);
    if (subject.empty()) return std::nullopt;
    return subject;
  }
  return std::nullopt;
}

// Lines just above a report's address block that belong to its header.
size_t report_header_start(const std::vector<Line>& lines, size_t i) {
  // "Council Meeting of", "February 7, 2023", "MEMORANDUM", "Date: March 17, 2021",
  // "AGENDA STAFF REPORT", "Agenda #: 3.1 Meeting Date: June 2, 2020"
  static const RE2 kHeader(
      R"((?i)^(?:memo(?:randum)?\b|date\s*:|(?:city\s+|council\s+|commission\s+|board\s+)*meeting\s+(?:of|date)\b|(?:agenda\s+)?staff\s+report\b|agenda\s*(?:#|item|no\.?)\s*:?\s*\d)|^[A-Z][a-z]+\.? \d{1,2}, \d{4}$)");
  size_t start = i;
  while (start > 0 && i - start < 4) {
    const Line& above = lines[start - 1];
    if (above.page != lines[i].page && !at_page_top(lines, i, 8)) break;
    std::string text = line_for_matching(above);
    if (text.size() > 100 || !RE2::PartialMatch(text, kHeader)) break;
    --start;
  }
  return start;
}

enum class ReportCue { none, address, staff_report, agenda_number, memo_to };

ReportCue report_cue(const std::string& text) {
  // "Honorable Chair and Members", "TO: Honorable Mayor and Members of the City Council";
  // not the salutation "Honorable Members:" further down.
  static const RE2 kHonorable(
      R"((?i)^(?:to\s*:\s*)?(?:the\s+)?honorable\s+(?:chair\w*|mayor|president|members|board|commissioners?)(?:\s+(?:and|&)\s+(?:members|commissioners)|\s+of\s+the)\b)");
  // "AGENDA STAFF REPORT"
  static const RE2 kStaffReport(R"((?i)^(?:agenda\s+)?staff\s+report\b)");
  // "Agenda #: 3.1 Meeting Date: June 2, 2020 TO: Honorable Mayor ..."
  static const RE2 kAgendaNumber(
      R"((?i)^agenda\s*(?:#|item|no\.?)\s*:?\s*\d[\w.]*\s*(?:meeting\s+date\b|$))");
  // "TO: Distribution"
  static const RE2 kTo(R"((?i)^to\s*:)");
  if (RE2::PartialMatch(text, kHonorable)) return ReportCue::address;
  if (RE2::PartialMatch(text, kStaffReport) &&
      (text.size() <= kShortLine || caps_ratio(text) > 0.8))
    return ReportCue::staff_report;
  if (RE2::PartialMatch(text, kAgendaNumber)) return ReportCue::agenda_number;
  if (RE2::PartialMatch(text, kTo)) return ReportCue::memo_to;
  return ReportCue::none;
}

std::optional<Opening> opening_at(const std::vector<Line>& lines, size_t i) {
  // "FROM: Daniel Fox, City Manager", "SUBJECT: ..."
  static const RE2 kFrom(R"((?i)^from\s*:)");
  static const RE2 kSubjectLabel(R"((?i)^(?:subject|title|re)\s*:)");

  std::string text = line_for_matching(lines[i]);
  auto within = [&](const RE2& pattern, size_t ahead) {
    for (size_t j = i; j < lines.size() && j <= i + ahead; ++j)
      if (RE2::PartialMatch(line_for_matching(lines[j]), pattern)) return true;
    return false;
  };
  bool opens = false;
  switch (report_cue(text)) {
    case ReportCue::address:
      opens = within(kSubjectLabel, 12);
      break;
    case ReportCue::staff_report:
    case ReportCue::agenda_number:
      opens = true;
      break;
    case ReportCue::memo_to:
      opens = within(kFrom, 4) && within(kSubjectLabel, 8);
      break;
    case ReportCue::none:
      break;
  }
  if (!opens) return std::nullopt;
  Opening opening;
  opening.line = report_header_start(lines, i);
  opening.kind = DocumentKind::staff_report;
  opening.strong = true;
  opening.title = report_subject(lines, opening.line);
  return opening;
}

std::vector<Opening> staff_report_openings(const CleanText& text) {
  const std::vector<Line>& lines = text.lines;
  std::vector<Opening> openings;
  std::set<int> opening_pages;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (auto opening = opening_at(lines, i)) {
      openings.push_back(*opening);
      opening_pages.insert(lines[opening->line].page);
    }
  }
  std::map<int, std::vector<std::string>> headers_of_page;
  for (const PageFurniture& furniture : text.furniture)
    headers_of_page[furniture.page] = furniture.headers;

  // A report's address block can look like a running header when every report of a packet
  // opens with it, and the layout stage then moves it into the page furniture.
  std::map<int, size_t> first_line_of_page;
  for (size_t i = lines.size(); i-- > 0;) first_line_of_page[lines[i].page] = i;
  for (const PageFurniture& furniture : text.furniture) {
    auto first = first_line_of_page.find(furniture.page);
    if (first == first_line_of_page.end()) continue;
    for (const std::string& header : furniture.headers) {
      ReportCue cue = report_cue(header);
      if (cue != ReportCue::address && cue != ReportCue::staff_report &&
          cue != ReportCue::agenda_number)
        continue;
      // "Staff Report #: 21-009-CC" over the pages after a report's first is the report running
      // on: it opens nothing when the page before opened a report or carried the same header.
      if (cue == ReportCue::staff_report) {
        const std::vector<std::string>& before = headers_of_page[furniture.page - 1];
        if (opening_pages.count(furniture.page - 1) ||
            std::find(before.begin(), before.end(), header) != before.end())
          continue;
      }
      Opening opening;
      opening.line = first->second;
      opening.kind = DocumentKind::staff_report;
      opening.strong = true;
      opening.title = report_subject(lines, first->second);
      openings.push_back(opening);
      break;
    }
  }
  return openings;
}

// The memo block and the sections a report is written in.
double staff_report_score(const CleanText& text, LineSpan span) {
  // "RECOMMENDATION", "FISCAL IMPACT:", "Background", "STAFF CONTACT"
  static const RE2 kSection(
      R"((?i)^(?:recommendations?|recommended\s+actions?|background|discussion|analysis|fiscal\s+impact|financial\s+impact|budget\s+impact|environmental\s+review|alternatives|attachments?|staff\s+contact|public\s+notice|summary)\s*:?\s*$)");
  static const RE2 kLabel(R"((?i)^(?:to|from|subject|date|re|meeting\s+date|prepared\s+by)\s*:)");
  std::set<std::string> sections;
  int labels = 0;
  for (size_t i = span.first; i < span.last && i < span.first + 600; ++i) {
    std::string line = line_for_matching(text.lines[i]);
    if (line.size() > kShortLine) continue;
    std::string heading;
    if (RE2::FullMatch(line, kSection)) sections.insert(to_lower_ascii(line.substr(0, 8)));
    if (i < span.first + 40 && RE2::PartialMatch(line, kLabel)) ++labels;
  }
  double score =
      0.15 * static_cast<double>(std::min<size_t>(sections.size(), 4)) + 0.12 * std::min(labels, 3);
  return std::min(score, 1.0);
}

}  // namespace

const Recognizer kStaffReportRecognizer{DocumentKind::staff_report, staff_report_openings,
                                        staff_report_score};

}  // namespace agendum
