#include "pipeline/segment/openings.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

constexpr size_t kShortLine = 80;

bool styled_as_heading(const Line& line) { return line.heading || line.bold; }

bool ends_with_colon(const std::string& s) { return !s.empty() && s.back() == ':'; }

// Cuts a long (flattened) line to a readable title at a word boundary.
std::string title_from(std::string s, size_t limit = 160) {
  s = trim(std::move(s));
  if (s.size() <= limit) return s;
  size_t cut = s.rfind(' ', limit);
  return s.substr(0, cut == std::string::npos ? limit : cut);
}

// A gap above the line (or the layout's paragraph flag when the line has no box).
bool starts_paragraph(const std::vector<Line>& lines, size_t i) {
  if (i == 0) return true;
  const Line& line = lines[i];
  const Line& above = lines[i - 1];
  if (above.page != line.page) return true;
  double size = line.font_size > 0 ? line.font_size : line.box.height();
  if (size <= 0) return line.paragraph_start;
  return line.box.y0 - above.box.y1 > 0.8 * size;
}

bool at_page_top(const std::vector<Line>& lines, size_t i, size_t within = 3) {
  for (size_t back = 1; back <= within; ++back) {
    if (i < back || lines[i - back].page != lines[i].page) return true;
  }
  return false;
}

// ---- staff reports --------------------------------------------------------------------

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
      bool caps_text =
          caps_ratio(text) >= 0.9 || std::none_of(text.begin(), text.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
          });
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

std::optional<Opening> staff_report_opening(const std::vector<Line>& lines, size_t i) {
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

// ---- resolutions ----------------------------------------------------------------------

std::optional<Opening> resolution_opening(const std::vector<Line>& lines, size_t i) {
  // "RESOLUTION NO. 19-110", "RESOLUTION NO. 2020-14 A RESOLUTION OF THE CITY COUNCIL OF ...",
  // "RESOLUHON NO. 2020-15" (OCR)
  static const RE2 kHeading(R"((?i)^(resol\S{2,5})\s*n[o0][.,]?\s*:?\s*([\w-]*)\s*(.*)$)");
  // What may follow the number on the heading line: the title's opening words.
  static const RE2 kTitleStart(R"(^(?:A\s+)?RESOLUTION\s+OF\b)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  std::string word, number, rest;
  if (!RE2::FullMatch(text, kHeading, &word, &number, &rest)) return std::nullopt;
  if (caps_ratio(word) < 0.7 && !styled_as_heading(line)) return std::nullopt;
  if (!rest.empty() && text.size() > 40 && !RE2::PartialMatch(rest, kTitleStart))
    return std::nullopt;
  // A caps sentence that wraps right before "RESOLUTION NO." is a citation, not a heading.
  if (i > 0 && !line.paragraph_start && !at_page_top(lines, i, 1)) {
    std::string above = line_for_matching(lines[i - 1]);
    char last = above.empty() ? '.' : above.back();
    if (above.size() > 60 && (std::isalpha(static_cast<unsigned char>(last)) || last == ','))
      return std::nullopt;
  }
  Opening opening;
  opening.line = i;
  opening.kind = DocumentKind::resolution;
  opening.strong = true;
  opening.title = trim(text.substr(0, text.size() - rest.size()));
  return opening;
}

// ---- minutes and salary schedules -----------------------------------------------------

std::optional<Opening> minutes_opening(const std::vector<Line>& lines, size_t i) {
  // "MINUTES OF THE CITY COUNCIL", "CITY OF DIAMOND BAR MINUTES OF THE CITY COUNCIL STUDY SESSION"
  static const RE2 kMinutes(
      R"((?i)^(?:city\s+of\s+[a-z .'-]+?\s+)?(?:(?:regular|special|adjourned)\s+)?(?:meeting\s+)?minutes\b)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  if (!RE2::PartialMatch(text, kMinutes)) return std::nullopt;
  if (caps_ratio(text) < 0.8 && !styled_as_heading(line)) return std::nullopt;
  Opening opening;
  opening.line = i;
  opening.kind = DocumentKind::minutes;
  opening.strong = true;
  opening.title = title_from(text, 100);
  return opening;
}

std::optional<Opening> salary_schedule_opening(const std::vector<Line>& lines, size_t i) {
  // "SALARY SCHEDULE", "MASTER SALARY SCHEDULE", "Salary Ranges", "RANGE STEP A STEP B STEP C"
  static const RE2 kSalary(
      R"((?i)^(?:(?:[a-z0-9&/-]+\s+){0,4}salary\s+schedules?\b|salary\s+ranges\b|range\s+step\s+a\b))");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  if (text.size() > kShortLine || !RE2::PartialMatch(text, kSalary)) return std::nullopt;
  if (caps_ratio(text) < 0.8 && !styled_as_heading(line)) return std::nullopt;
  Opening opening;
  opening.line = i;
  opening.kind = DocumentKind::salary_schedule;
  opening.strong = true;
  opening.title = text;
  opening.page_top_only_inside = true;
  return opening;
}

// ---- class specifications -------------------------------------------------------------

// "Class Code:", "Bargaining Unit: Torrance Professional", "FLSA: Non-Exempt", "Class
// Specification", "CLASS CODE 9375" as fields, not words of a sentence that wrapped ("... listed in
// the" / "class specification.").
bool spec_header_field(const std::string& text) {
  static const RE2 kField(
      R"((?i)^(?:class(?:ification)?\s+code|job\s+code|class(?:ification)?\s+specification|bargaining\s+unit|flsa)\s*(?::|$|\d))");
  return text.size() <= kShortLine && !text.empty() &&
         !std::islower(static_cast<unsigned char>(text[0])) && RE2::PartialMatch(text, kField);
}

// A title and its code on one line, when the layout joined a two-column header:
// "CITY CLERK II, DEPUTY Class Code: 1125".
std::optional<std::string> title_before_field(const std::string& text) {
  static const RE2 kTitleThenField(
      R"(^([A-Z][A-Z0-9 ,&'/()-]*[A-Z)])\s+(?:Class(?:ification)? Code|Job Code|CLASS CODE|JOB CODE)\s*:)");
  std::string title;
  if (text.size() > 120 || !RE2::PartialMatch(text, kTitleThenField, &title)) return std::nullopt;
  return title;
}

// "DEFINITION", "Job Summary:", "DISTINGUISHING CHARACTERISTICS"
bool spec_opening_section(const std::string& text) {
  static const RE2 kSection(
      R"((?i)^(?:definition|job\s+summary|distinguishing\s+characteristics)\b)");
  return text.size() <= kShortLine && RE2::PartialMatch(text, kSection);
}

// A line that can be a class title: short caps words, not a field, not the agency.
bool spec_title_like(const std::string& text, size_t min_words) {
  // "CITY OF TORRANCE", "COUNTY OF LOS ANGELES"
  static const RE2 kAgency(
      R"((?i)^(?:(?:city|county|town|state)\s+of|attachment|exhibit|appendix)\b)");
  // Section headings a spec opens with: "SALARY RANGE", "EXAMPLES OF ESSENTIAL DUTIES".
  static const RE2 kSpecHeading(
      R"((?i)^(?:salary|definition|distinguishing|supervision|examples?\b|essential|minimum|qualification|knowledge|abilit|skills|education|experience|licen|special|physical|working|career|established|revis))");
  return text.size() <= kShortLine && caps_ratio(text) > 0.9 && !has_digit(text) &&
         !RE2::PartialMatch(text, kSpecHeading) && text.find(':') == std::string::npos &&
         word_count(text) >= min_words && !spec_header_field(text) && !spec_opening_section(text) &&
         !RE2::PartialMatch(text, kAgency);
}

struct SpecCluster {
  size_t first_heading = 0;
  bool header_field = false;
};

std::optional<Opening> class_spec_opening(const std::vector<Line>& lines,
                                          const SpecCluster& cluster) {
  size_t i = cluster.first_heading;
  // Walk up over the title block: "CITY CLERK II, DEPUTY" above "Class Code:"; "CITY OF
  // CARSON" / "City Council Reso. No:" / "08-065XX-XXX" above "Class Specification".
  size_t start = i;
  std::optional<std::string> title;
  while (start > 0 && i - start < 5) {
    const Line& above = lines[start - 1];
    std::string text = line_for_matching(above);
    if (above.page != lines[i].page || text.empty() || text.size() > kShortLine) break;
    if (text.find("__") != std::string::npos) break;
    if (!(looks_all_caps(above) || ends_with_colon(text) || above.heading)) break;
    --start;
    if (!title && spec_title_like(text, 1)) title = text;
  }
  if (!title && !cluster.header_field) return std::nullopt;
  if (!title) {
    for (size_t j = i + 1; j < lines.size() && j <= i + 10; ++j) {
      std::string text = line_for_matching(lines[j]);
      if (text.size() > kShortLine) break;
      if (spec_title_like(text, 2)) {
        title = text;
        break;
      }
    }
  }
  Opening opening;
  opening.line = start;
  opening.kind = DocumentKind::class_spec;
  opening.strong = true;
  opening.title = title;
  return opening;
}

// ---- attachments ----------------------------------------------------------------------

std::optional<Opening> caption_opening(const std::vector<Line>& lines, size_t i) {
  // "Exhibit A", "ATTACHMENT 1", "EXHIBIT A - ANIMAL LICENSE FEES"
  static const RE2 kCaption(
      R"((?i)^(?:attachment|exhibit|appendix)\s+(?:[a-z]|\d{1,2})\)?(?:\s*[-:.]\s*.*)?$)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  if (text.size() > kShortLine || !RE2::FullMatch(text, kCaption)) return std::nullopt;
  if (!(caps_ratio(text) > 0.8 || styled_as_heading(line) || text.size() <= 20 ||
        at_page_top(lines, i)))
    return std::nullopt;
  Opening opening;
  opening.line = i;
  opening.kind = DocumentKind::other;
  opening.title = text;
  opening.caption = true;
  // The caption repeats on every page of some attachments; inside a document only a
  // caption at the top of a page can start the next one.
  opening.page_top_only_inside = true;
  return opening;
}

// After a report's list of attachments ("Attachment: A) Employee Transition Report",
// " B) Existing Class Specification ...") the first attachment follows.
std::optional<Opening> after_attachment_list(const std::vector<Line>& lines, size_t i) {
  // "Attachment: A) Employee Transition Report for March 2023",
  // "Attachment A) Revised Class Specification Deputy City Attorney II", "Attachments:"
  static const RE2 kList(R"((?i)^attachments?\s*(?::\s*$|:?\s*(?:[a-z]|\d{1,2})[).]\s))");
  // " B) Existing Class Specification Deputy City Attorney II", "2. 3.1.b May 19, 2020 ...",
  // "3.5.c CC Staff Report 4.21.20" (a wrapped item of a packet's numbered list)
  static const RE2 kListItem(R"(^(?:(?:[A-Za-z]|\d{1,2})[).]\s|\d{1,2}(?:\.\d{1,2})+\.[a-z]\s))");
  if (!RE2::PartialMatch(line_for_matching(lines[i]), kList)) return std::nullopt;
  // The list runs on over its items and their wrapped lines, up to a gap or a new page.
  size_t next = i + 1;
  while (next < lines.size() && next <= i + 12 &&
         (RE2::PartialMatch(line_for_matching(lines[next]), kListItem) ||
          !starts_paragraph(lines, next)))
    ++next;
  if (next >= lines.size()) return std::nullopt;
  Opening opening;
  opening.line = next;
  opening.kind = DocumentKind::other;
  return opening;
}

// "Page 34 of 106" -> {34, 106}.
std::optional<std::pair<int, int>> page_of(const std::optional<std::string>& label) {
  static const RE2 kPageOf(R"((?i)\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})\b)");
  int page = 0, total = 0;
  if (!label || !RE2::PartialMatch(*label, kPageOf, &page, &total)) return std::nullopt;
  return std::pair{page, total};
}

}  // namespace

std::string line_for_matching(const Line& line) {
  const std::string& text = line.match.empty() ? line.text : line.match;
  if (line.list_marker.empty()) return text;
  return text.empty() ? line.list_marker : line.list_marker + " " + text;
}

bool looks_all_caps(const Line& line) {
  if (line.all_caps) return true;
  const std::string& text = line.match.empty() ? line.text : line.match;
  bool letters = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isupper(static_cast<unsigned char>(c));
  }
  return letters;
}

std::vector<std::optional<std::string>> stamp_labels_by_line(const CleanText& text) {
  // "3.5.a Packet Pg. 68", "5.1 Packet Pg. 161"
  static const RE2 kStamp(R"(^(\d{1,2}(?:\.\d{1,2})*(?:\.[a-z])?)\s*Packet\s*Pg\.?\s*\d+$)");
  std::map<int, std::string> by_page;
  for (const PageFurniture& furniture : text.furniture)
    if (furniture.stamp_label) by_page[furniture.page] = *furniture.stamp_label;
  for (const Line& line : text.lines) {
    std::string label;
    if (!by_page.count(line.page) && RE2::FullMatch(line_for_matching(line), kStamp, &label))
      by_page[line.page] = label;
  }
  std::vector<std::optional<std::string>> labels;
  labels.reserve(text.lines.size());
  for (const Line& line : text.lines) {
    auto found = by_page.find(line.page);
    labels.push_back(found == by_page.end() ? std::nullopt
                                            : std::optional<std::string>(found->second));
  }
  return labels;
}

bool numbering_breaks(const PageFurniture& before, const PageFurniture& after) {
  if (after.page != before.page + 1) return false;
  if (before.stamp_page && after.stamp_page && *after.stamp_page != *before.stamp_page + 1)
    return true;
  const auto a = page_of(before.page_label), b = page_of(after.page_label);
  // One numbering series (same total) that skips; a restart at 1 is a new document's own
  // numbering, which its opening announces.
  return a && b && a->second == b->second && b->first > a->first + 1;
}

std::vector<Opening> find_openings(const CleanText& text) {
  const std::vector<Line>& lines = text.lines;
  std::vector<Opening> openings;

  // A change of stamp label starts a document: "3.5" -> "3.5.a" is the attachment.
  std::optional<std::string> last_label;
  std::vector<std::optional<std::string>> labels = stamp_labels_by_line(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!labels[i] || labels[i] == last_label) continue;
    if (last_label || i > 0)
      openings.push_back({i, DocumentKind::other, false, std::nullopt, false});
    last_label = labels[i];
  }

  std::map<int, size_t> first_line_of_page;
  for (size_t i = lines.size(); i-- > 0;) first_line_of_page[lines[i].page] = i;

  // A page whose printed number does not follow the page before it ("Page 34 of 106" then
  // "Page 84 of 106", "Packet Pg. 12" then "Packet Pg. 40") comes after pages that were left
  // out: whatever ran on the page before has not reached it.
  for (size_t p = 1; p < text.furniture.size(); ++p) {
    if (!numbering_breaks(text.furniture[p - 1], text.furniture[p])) continue;
    auto first = first_line_of_page.find(text.furniture[p].page);
    if (first != first_line_of_page.end())
      openings.push_back({first->second, DocumentKind::other, false, std::nullopt, false});
  }

  // A report's address block can look like a running header when every report of a packet
  // opens with it, and the layout stage then moves it into the page furniture.
  for (const PageFurniture& furniture : text.furniture) {
    auto first = first_line_of_page.find(furniture.page);
    if (first == first_line_of_page.end()) continue;
    for (const std::string& header : furniture.headers) {
      ReportCue cue = report_cue(header);
      if (cue != ReportCue::address && cue != ReportCue::staff_report &&
          cue != ReportCue::agenda_number)
        continue;
      Opening opening;
      opening.line = first->second;
      opening.kind = DocumentKind::staff_report;
      opening.strong = true;
      opening.title = report_subject(lines, first->second);
      openings.push_back(opening);
      break;
    }
  }

  // A change of running header: the pages of one document share theirs ("City of Carson
  // Resolution No. 19-110"), the next document's pages do not repeat it.
  // Headers are compared with their numbers masked: "MAY 19, 2020 PAGE 2" runs on as
  // "MAY 19, 2020 PAGE 3". Stamped packets leave boundaries to their labels.
  std::map<int, std::vector<std::string>> headers_of_page;
  for (const PageFurniture& furniture : text.furniture) {
    for (std::string header : furniture.headers) {
      RE2::GlobalReplace(&header, R"(\d+)", "#");
      headers_of_page[furniture.page].push_back(header);
    }
  }
  auto shares_header = [](const std::vector<std::string>& headers, std::string text) {
    RE2::GlobalReplace(&text, R"(\d+)", "#");
    return std::find(headers.begin(), headers.end(), text) != headers.end();
  };
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].page == lines[i - 1].page || (labels[i] && labels[i - 1])) continue;
    auto before = headers_of_page.find(lines[i - 1].page);
    if (before == headers_of_page.end()) continue;
    auto after = headers_of_page.find(lines[i].page);
    bool kept = false;
    if (after != headers_of_page.end()) {
      for (const std::string& header : after->second)
        kept = kept || shares_header(before->second, header);
    } else {
      // Without headers of its own the page may still carry the old one in its flow.
      for (size_t j = i; j < lines.size() && j < i + 3 && lines[j].page == lines[i].page; ++j)
        kept = kept || shares_header(before->second, lines[j].text);
    }
    if (!kept) openings.push_back({i, DocumentKind::other, false, std::nullopt, false});
  }

  std::optional<size_t> last_spec_heading;
  for (size_t i = 0; i < lines.size(); ++i) {
    for (auto detect : {staff_report_opening, resolution_opening, minutes_opening,
                        salary_schedule_opening, caption_opening, after_attachment_list}) {
      if (auto opening = detect(lines, i)) openings.push_back(*opening);
    }
    // Spec headings come in clusters; only the cluster's first heading can open a spec.
    std::string matching = line_for_matching(lines[i]);
    if (auto title = title_before_field(matching)) {
      bool continues_cluster = last_spec_heading && i - *last_spec_heading <= 15;
      last_spec_heading = i;
      if (continues_cluster) continue;
      std::optional<Opening> opening = class_spec_opening(lines, {i + 1, true});
      if (opening) {
        opening->line = std::min(opening->line, i);
        opening->title = *title;
        openings.push_back(*opening);
      }
      continue;
    }
    bool field = spec_header_field(matching);
    if (!field && !spec_opening_section(matching)) continue;
    bool continues_cluster = last_spec_heading && i - *last_spec_heading <= 15;
    last_spec_heading = i;
    if (continues_cluster) continue;
    if (auto opening = class_spec_opening(lines, {i, field})) openings.push_back(*opening);
  }
  std::stable_sort(openings.begin(), openings.end(), [](const Opening& a, const Opening& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.strong && !b.strong;
  });
  return openings;
}

}  // namespace agendum
