// Recognizers: what each kind of document looks like, in one place per kind.
//
// A packet is documents glued together: an agenda, staff reports, resolutions, minutes, class
// specifications, salary schedules, labor agreements, compensation studies. Each kind has one
// Recognizer, asked by segmentation (pipeline/segment) and trusted by its extractor: what a
// class spec looks like is written in pipeline/recognize/class_spec.cpp and nowhere else.
//
// A recognizer answers two questions:
//   - openings: where in the flow a document of its kind announces itself (a RESOLUTION NO.
//     heading, a memo's TO/FROM/SUBJECT block, a spec's title block), each an Opening;
//   - score: how much a stretch of lines reads as its kind, from 0 (nothing of it) to 1
//     (certain), from the evidence its kind leaves: title forms, section vocabulary, structure
//     (WHEREAS ... RESOLVED, vote blocks, step tables, ARTICLE headings).
// Segmentation cuts at openings and names each span by its opening or, when no opening named
// it, by the best score (pipeline/segment/segment.h). Adding a layout is an edit to its kind's
// recognizer; adding a kind is a new file and a row in recognizers().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

struct Opening {
  size_t line = 0;                          // index into CleanText::lines of the first line
  DocumentKind kind = DocumentKind::other;  // other for captions, stamps and page breaks
  bool strong = false;                      // the text itself says what the document is
  std::optional<std::string> title;         // when the opening names the document
  bool page_top_only_inside = false;        // inside another document, cut only at the top of
                                            // a page (a salary table inside a report is not a
                                            // new document)
  bool caption = false;                     // an attachment caption ("Exhibit A")
};

struct Recognizer {
  DocumentKind kind;
  // Every line where a document of this kind could start, in flow order.
  std::vector<Opening> (*openings)(const CleanText& text);
  // 0..1: how much lines [span.first, span.last) read as this kind.
  double (*score)(const CleanText& text, LineSpan span);
  // The document's title when no opening named it; nullptr: its first heading.
  std::optional<std::string> (*title)(const CleanText& text, LineSpan span) = nullptr;
};

// One row per kind, in the order ties are broken.
const std::vector<Recognizer>& recognizers();

// The recognizer of a kind; nullptr for DocumentKind::other.
const Recognizer* recognizer_for(DocumentKind kind);

struct KindScore {
  DocumentKind kind = DocumentKind::other;
  double score = 0;
};

// Every recognizer's score for the span, best first.
std::vector<KindScore> score_span(const CleanText& text, LineSpan span);

// Openings that belong to no kind: attachment captions, the line after a list of
// attachments, a change of packet stamp label or of running header, a break in the printed
// page numbering.
std::vector<Opening> boundary_openings(const CleanText& text);

}  // namespace agendum
