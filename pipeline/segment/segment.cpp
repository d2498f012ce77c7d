#include "pipeline/segment/segment.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/parallel.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/recognizer.h"

namespace agendum {
namespace {

// Openings this close to a document's start belong to its header: a stamp label change
// followed by "RESOLUTION NO.", an "Exhibit A" caption followed by a class title, a
// report's "Agenda #:" line followed by its "TO: Honorable Mayor" block.
constexpr size_t kHeaderChars = 300;

// A span no opening named takes the kind its content scores best at, from this score up.
constexpr double kNamingScore = 0.5;
// A span a strong opening named is that kind at least this surely.
constexpr double kOpeningConfidence = 0.9;

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

std::vector<Opening> all_openings(const CleanText& text, int jobs) {
  // Task 0 finds the boundaries, task k the openings of recognizer k - 1.
  const std::vector<Recognizer>& kinds = recognizers();
  std::vector<std::vector<Opening>> found(kinds.size() + 1);
  for_each_index(found.size(), jobs, [&](size_t task) {
    found[task] = task == 0 ? boundary_openings(text) : kinds[task - 1].openings(text);
  });
  std::vector<Opening> openings;
  for (std::vector<Opening>& some : found)
    openings.insert(openings.end(), some.begin(), some.end());
  std::stable_sort(openings.begin(), openings.end(), [](const Opening& a, const Opening& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.strong && !b.strong;
  });
  return openings;
}

// The best kind for a span no opening named, when its content makes the case.
std::optional<KindScore> named_by_content(const CleanText& text, LineSpan span) {
  if (span.first >= span.last) return std::nullopt;
  std::vector<KindScore> scores = score_span(text, span);
  if (scores.empty() || scores.front().score < kNamingScore) return std::nullopt;
  return scores.front();
}

std::string first_heading(const std::vector<Line>& lines, size_t first, size_t last) {
  for (size_t i = first; i < last && i < first + 8; ++i) {
    const Line& line = lines[i];
    if (line.text.empty() || line.text.size() > 120) continue;
    if (line.heading || line.bold || looks_all_caps(line)) return title_from(line.text);
  }
  for (size_t i = first; i < last; ++i)
    if (!lines[i].text.empty()) return title_from(lines[i].text);
  return {};
}

}  // namespace

std::vector<DocumentSpan> segment_packet(const CleanText& text,
                                         std::vector<Diagnostic>& diagnostics, int jobs) {
  const std::vector<Line>& lines = text.lines;
  if (lines.empty()) return {};

  std::vector<Start> starts(1);
  for (const Opening& opening : all_openings(text, jobs)) {
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
    // What the span so far is decides whether a caption inside it cuts it.
    if (!current.strong && current.kind == DocumentKind::other && current.line > 0)
      if (auto named = named_by_content(text, {current.line, opening.line}))
        current.kind = named->kind;
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
    doc.lines = {start.line, end};
    doc.pages = {lines[start.line].page, lines[end - 1].page};
    // "Subject: Civil Service Commission Agenda - March 17, 2021": a memo that is the agenda.
    static const RE2 kAgendaSubject(R"((?i)\bagenda\b(?:\s*[-:,]|\s+(?:for|of)\b|\s*$))");
    bool agenda_memo = n == 0 && start.kind == DocumentKind::staff_report && start.title &&
                       RE2::PartialMatch(*start.title, kAgendaSubject);
    if (agenda_memo) doc.kind = DocumentKind::agenda;
    if (!start.strong) {
      std::optional<KindScore> named = named_by_content(text, doc.lines);
      doc.kind = named ? named->kind : DocumentKind::other;
      if (named) doc.confidence = named->score;
    } else if (const Recognizer* recognizer = recognizer_for(doc.kind)) {
      doc.confidence = std::max(kOpeningConfidence, recognizer->score(text, doc.lines));
    }
    if (!start.strong || agenda_memo) {
      if (const Recognizer* recognizer = recognizer_for(doc.kind); recognizer && recognizer->title)
        doc.title = recognizer->title(text, doc.lines);
    }
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
         "No agenda, staff report, resolution, class specification, minutes, "
         "agreement or salary schedule opening was recognised; the packet is kept as one document.",
         std::nullopt, "segment"});
  }
  return documents;
}

}  // namespace agendum
