#include "pipeline/segment/segment.h"

#include <re2/re2.h>

#include <cctype>
#include <set>

#include "pipeline/segment/openings.h"

namespace agendum {
namespace {

// Openings this close to a document's start belong to its header: a stamp label change
// followed by "RESOLUTION NO.", an "Exhibit A" caption followed by a class title, a
// report's "Agenda #:" line followed by its "TO: Honorable Mayor" block.
constexpr size_t kHeaderChars = 300;

struct Start {
  size_t line = 0;
  DocumentKind kind = DocumentKind::other;
  bool strong = false;
  std::optional<std::string> title;
  std::optional<std::string> caption;  // the caption that opened it ("ATTACHMENT A")
};

size_t chars_between(const std::vector<Line>& lines, size_t first, size_t last) {
  size_t chars = 0;
  for (size_t i = first; i < last && chars < kHeaderChars; ++i)
    chars += line_for_matching(lines[i]).size();
  return chars;
}

bool at_page_top(const std::vector<Line>& lines, size_t i) {
  for (size_t back = 1; back <= 3; ++back)
    if (i < back || lines[i - back].page != lines[i].page) return true;
  return false;
}

// Distinct class-spec section headings in a stretch of lines. A page whose title block the
// layout scrambled ("WELDER, R, SENIOR Class Bargaining Code: Unit:") is still a spec when
// it runs through SALARY RANGE, DEFINITION, DISTINGUISHING CHARACTERISTICS, ...
int spec_headings_in(const std::vector<Line>& lines, size_t first, size_t last) {
  static const RE2 kSpecHeading(
      R"((?i)^(salary\s+range|definition|distinguishing\s+characteristics|examples\s+of\s+(?:essential\s+)?duties|essential\s+(?:duties|functions)|minimum\s+qualifications|qualification\s+guidelines|knowledge\s+of|abilit(?:y|ies)\s+to|supervision\s+(?:received|exercised)|class\s+code|bargaining\s+unit)\b)");
  std::set<std::string> seen;
  for (size_t i = first; i < last && i < first + 400; ++i) {
    std::string heading;
    const std::string& text = lines[i].text;
    if (text.size() <= 80 && RE2::PartialMatch(text, kSpecHeading, &heading)) {
      for (char& c : heading) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      seen.insert(heading);
    }
  }
  return static_cast<int>(seen.size());
}

constexpr int kSpecHeadingsForKind = 3;

// The packet's head is an agenda when it names itself one and runs a meeting.
bool reads_as_agenda(const std::vector<Line>& lines, size_t first, size_t last) {
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kAgenda(R"((?i)\bagenda\b)");
  // "1. CALL MEETING TO ORDER", "CALL TO ORDER: 6:30 p.m.", "ROLL CALL: Chou, Low, ..."
  static const RE2 kMeeting(
      R"((?i)\b(?:call\s+(?:meeting\s+)?to\s+order|roll\s+call|order\s+of\s+business)\b)");
  bool named = false, runs = false;
  for (size_t i = first; i < last; ++i) {
    std::string text = line_for_matching(lines[i]);
    named = named || RE2::PartialMatch(text, kAgenda);
    runs = runs || RE2::PartialMatch(text, kMeeting);
    if (named && runs) return true;
  }
  return false;
}

// An agenda is titled by its caps "... AGENDA" line, which may follow pages of notices.
std::optional<std::string> agenda_heading(const std::vector<Line>& lines, size_t first,
                                          size_t last) {
  // "TORRANCE CIVIL SERVICE COMMISSION AGENDA", "CITY OF DIAMOND BAR CITY COUNCIL AGENDA"
  static const RE2 kAgendaHeading(R"(\bAGENDA\b)");
  for (size_t i = first; i < last && i < first + 40; ++i) {
    const std::string& text = lines[i].text;
    if (text.size() <= 120 && looks_all_caps(lines[i]) && RE2::PartialMatch(text, kAgendaHeading))
      return text;
  }
  return std::nullopt;
}

std::string first_heading(const std::vector<Line>& lines, size_t first, size_t last) {
  auto cut = [](std::string s) {
    if (s.size() <= 160) return s;
    size_t space = s.rfind(' ', 160);
    return s.substr(0, space == std::string::npos ? 160 : space);
  };
  for (size_t i = first; i < last && i < first + 8; ++i) {
    const Line& line = lines[i];
    if (line.text.empty() || line.text.size() > 120) continue;
    if (line.heading || line.bold || looks_all_caps(line)) return cut(line.text);
  }
  for (size_t i = first; i < last; ++i)
    if (!lines[i].text.empty()) return cut(lines[i].text);
  return {};
}

}  // namespace

std::vector<DocumentSpan> segment_packet(const CleanText& text,
                                         std::vector<Diagnostic>& diagnostics) {
  const std::vector<Line>& lines = text.lines;
  if (lines.empty()) return {};

  std::vector<Start> starts(1);
  for (const Opening& opening : find_openings(text)) {
    Start& current = starts.back();
    if (opening.caption && current.caption == opening.title) continue;  // repeated on each page
    bool near = opening.line == current.line ||
                (chars_between(lines, current.line, opening.line) < kHeaderChars &&
                 lines[opening.line].page == lines[current.line].page);
    // A report never opens with an attachment caption: the caption closes the report before.
    bool caption_then_report = current.caption && opening.kind == DocumentKind::staff_report;
    if (near && !caption_then_report &&
        (!current.strong || opening.kind == current.kind || !opening.strong)) {
      if (opening.strong && !current.strong) {
        current.kind = opening.kind;
        current.strong = true;
        current.title = opening.title;
      } else if (!current.title && opening.title) {
        current.title = opening.title;
      }
      continue;
    }
    if (current.kind == DocumentKind::other &&
        spec_headings_in(lines, current.line, opening.line) >= kSpecHeadingsForKind)
      current.kind = DocumentKind::class_spec;
    if (opening.page_top_only_inside && current.kind != DocumentKind::other &&
        !at_page_top(lines, opening.line))
      continue;
    Start start{opening.line, opening.kind, opening.strong, opening.title, std::nullopt};
    if (opening.caption) start.caption = opening.title;
    starts.push_back(start);
  }

  std::vector<std::optional<std::string>> labels = stamp_labels_by_line(text);
  std::vector<DocumentSpan> documents;
  for (size_t n = 0; n < starts.size(); ++n) {
    const Start& start = starts[n];
    size_t end = n + 1 < starts.size() ? starts[n + 1].line : lines.size();
    DocumentSpan doc;
    doc.id = "doc-" + std::to_string(n + 1);
    doc.kind = start.kind;
    // "Subject: Civil Service Commission Agenda - March 17, 2021": a memo that is the agenda.
    static const RE2 kAgendaSubject(R"((?i)\bagenda\b(?:\s*[-:,]|\s+(?:for|of)\b|\s*$))");
    bool agenda_memo = n == 0 && start.kind == DocumentKind::staff_report && start.title &&
                       RE2::PartialMatch(*start.title, kAgendaSubject);
    if (agenda_memo) doc.kind = DocumentKind::agenda;
    if (n == 0 && !start.strong && reads_as_agenda(lines, start.line, end)) {
      doc.kind = DocumentKind::agenda;
      doc.title = agenda_heading(lines, start.line, end);
    }
    doc.lines = {start.line, end};
    doc.pages = {lines[start.line].page, lines[end - 1].page};
    if (doc.kind == DocumentKind::other && n > 0 &&
        spec_headings_in(lines, start.line, end) >= kSpecHeadingsForKind)
      doc.kind = DocumentKind::class_spec;
    if (!doc.title) doc.title = start.title;
    if (!doc.title || doc.title->empty()) {
      std::string heading = first_heading(lines, start.line, end);
      doc.title = heading.empty() ? std::nullopt : std::optional<std::string>(heading);
    }
    for (size_t i = start.line; i < end && !doc.label; ++i) doc.label = labels[i];
    documents.push_back(std::move(doc));
  }

  if (documents.size() == 1 && documents.front().kind == DocumentKind::other &&
      documents.front().pages.last - documents.front().pages.first >= 2) {
    diagnostics.push_back(
        {Severity::info, "no_document_boundaries",
         "No agenda, staff report, resolution, class specification, minutes or "
         "salary schedule opening was recognised; the packet is kept as one document.",
         std::nullopt, "segment"});
  }
  return documents;
}

}  // namespace agendum
