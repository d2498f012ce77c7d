#include <algorithm>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"
#include "pipeline/recognize/recognizer.h"

namespace agendum {

const std::vector<Recognizer>& recognizers() {
  // Ties go to the earlier row: a span that reads as much like a resolution as like a report
  // is the resolution (reports quote resolutions, not the other way round).
  static const std::vector<Recognizer> table = {
      kAgendaRecognizer,    kMinutesRecognizer,           kResolutionRecognizer,
      kOrdinanceRecognizer, kClassSpecRecognizer,         kSalaryScheduleRecognizer,
      kAgreementRecognizer, kCompensationStudyRecognizer, kStaffReportRecognizer,
  };
  return table;
}

const Recognizer* recognizer_for(DocumentKind kind) {
  for (const Recognizer& recognizer : recognizers())
    if (recognizer.kind == kind) return &recognizer;
  return nullptr;
}

std::vector<Opening> title_openings(const CleanText& text, DocumentKind kind,
                                    const TitleForm& form) {
  std::vector<Opening> openings;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const Line& line = text.lines[i];
    std::string matching = line_for_matching(line);
    if (matching.size() > form.max_chars || !RE2::PartialMatch(matching, form.pattern)) continue;
    if (caps_ratio(matching) < 0.8 && !styled_as_heading(line)) continue;
    if (form.near_page_top > 0 && !at_page_top(text.lines, i, form.near_page_top)) continue;
    Opening opening;
    opening.line = i;
    opening.kind = kind;
    opening.strong = true;
    opening.title = title_from(matching, form.title_chars);
    opening.page_top_only_inside = form.page_top_only_inside;
    openings.push_back(opening);
  }
  return openings;
}

std::vector<KindScore> score_span(const CleanText& text, LineSpan span) {
  std::vector<KindScore> scores;
  for (const Recognizer& recognizer : recognizers())
    scores.push_back({recognizer.kind, recognizer.score(text, span)});
  std::stable_sort(scores.begin(), scores.end(),
                   [](const KindScore& a, const KindScore& b) { return a.score > b.score; });
  return scores;
}

}  // namespace agendum
