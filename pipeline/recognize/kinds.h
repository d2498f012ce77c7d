// The recognizers of pipeline/recognize, one per kind (internal: callers use recognizers()).
#pragma once

#include <re2/re2.h>

#include <cstddef>

#include "pipeline/recognize/recognizer.h"

namespace agendum {

// How a kind's title line looks: it matches `pattern` (searched from the line's start), is at
// most `max_chars` long, and is set apart as caps or a heading; `near_page_top` > 0 also
// wants it among the first lines of its page.
struct TitleForm {
  const RE2& pattern;
  size_t max_chars = 80;
  size_t near_page_top = 0;
  bool page_top_only_inside = false;
  size_t title_chars = 100;
};

// An Opening of `kind` at every line of the flow in that form.
std::vector<Opening> title_openings(const CleanText& text, DocumentKind kind,
                                    const TitleForm& form);

extern const Recognizer kAgendaRecognizer;
extern const Recognizer kMinutesRecognizer;
extern const Recognizer kStaffReportRecognizer;
extern const Recognizer kResolutionRecognizer;
extern const Recognizer kOrdinanceRecognizer;
extern const Recognizer kClassSpecRecognizer;
extern const Recognizer kSalaryScheduleRecognizer;
extern const Recognizer kAgreementRecognizer;
extern const Recognizer kCompensationStudyRecognizer;

}  // namespace agendum
