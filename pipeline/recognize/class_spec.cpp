// The class-spec recognizer: where specifications open and how much a span reads as one
// (what a spec looks like: pipeline/recognize/class_spec.h).
#include "pipeline/recognize/class_spec.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"
#include "pipeline/recognize/spec_headings.h"
#include "pipeline/recognize/spec_title_block.h"

namespace agendum {
namespace {

// The sections a spec opens with: "DEFINITION", "Job Summary:", "DISTINGUISHING FEATURES OF
// THE CLASS:", "Description".
bool opens_spec(SpecField field) {
  return field == SpecField::definition || field == SpecField::distinguishing ||
         field == SpecField::distinguishing_and_supervision;
}

// Sections that say something about the class of their own (a container heading, a heading
// over "Knowledge of:" / "Ability to:" runs and the dates do not).
bool describes_class(SpecField field) {
  return field != SpecField::qualifications && field != SpecField::dates &&
         field != SpecField::knowledge_skills_abilities;
}

// Spec headings are counted this far after a spec's first heading, at most.
constexpr size_t kSectionWindow = 600;

// Distinct things the section headings of lines [from, to) say about a class.
size_t distinct_sections(const std::vector<SpecLine>& lines, size_t from, size_t to) {
  std::set<SpecField> fields;
  to = std::min(to, from + kSectionWindow);
  for (size_t i = from; i < to; ++i) {
    if (lines[i].bullet || lines[i].text.empty()) continue;
    if (auto heading = match_heading(lines[i].text); heading && describes_class(heading->field))
      fields.insert(heading->field);
  }
  return fields.size();
}

// A spec states several things about its class (three, to be read as one; two, to open a
// document, so a spec cut short by the end of an excerpt is still kept apart); a labelled
// block (class code, unit, FLSA, a spec caption) vouches for a spec whose later pages are
// missing. Staff reports quoting a spec's Knowledge / Ability lists under a caps subject line
// are no spec.
bool stands(const SpecPlacement& placement, const std::vector<SpecLine>& lines, bool to_open) {
  if (placement.competency) return true;
  size_t wanted = placement.block->labelled ? 1 : to_open ? 2 : 3;
  return distinct_sections(lines, placement.anchor, placement.end) >= wanted;
}

// The title of a competency model: the caps lines after its opening, up to its class code.
std::optional<std::string> competency_title(const std::vector<SpecLine>& lines, size_t first) {
  static const RE2 kOpening(R"((?i)^competency model(?: for)?\s*(.*)$)");
  std::string title;
  RE2::FullMatch(lines[first].text, kOpening, &title);
  for (size_t i = first + 1; i < lines.size() && i < first + 4; ++i) {
    if (!is_all_caps(lines[i].text) || has_digit(lines[i].text)) break;
    title += (title.empty() ? "" : " ") + lines[i].text;
  }
  if (title.empty()) return std::nullopt;
  return title;
}

std::vector<Opening> class_spec_openings(const CleanText& text) {
  std::vector<SpecLine> lines = spec_lines_from(text);
  std::vector<Opening> openings;
  for (const SpecPlacement& placement : locate_specs(lines, SpecLocating::openings)) {
    Opening opening;
    opening.line = lines[placement.first].line;
    opening.kind = DocumentKind::class_spec;
    opening.strong = true;
    opening.title = placement.block ? std::optional(placement.block->title_as_printed)
                                    : competency_title(lines, placement.first);
    openings.push_back(opening);
  }
  return openings;
}

// Distinct things the span's section headings say about a class: a spec states several
// (definition, duties, knowledge, abilities, qualifications); a report quoting one list does
// not. A page whose title block the layout scrambled is still a spec when it runs through
// its sections.
double class_spec_score(const CleanText& text, LineSpan span) {
  // The labelled fields of a title block: "SALARY RANGE", "Class Code: 5524", "FLSA: Exempt"
  static const RE2 kLabel(
      R"((?i)^(salary\s+range|class(?:ification)?\s+code|job\s+code|bargaining\s+unit|flsa|pay\s+(?:grade|range))\b)");
  std::set<SpecField> fields;
  std::set<std::string> labels;
  for (size_t i = span.first; i < span.last && i < span.first + 400; ++i) {
    const std::string& line = text.lines[i].text;
    if (line.empty() || line.size() > kShortLine) continue;
    if (auto heading = match_heading(line); heading && describes_class(heading->field))
      fields.insert(heading->field);
    std::string label;
    if (RE2::PartialMatch(line, kLabel, &label)) labels.insert(to_lower_ascii(label));
  }
  // Three distinct sections or labels make a spec (0.5); each more adds to the certainty.
  double n = static_cast<double>(fields.size() + std::min<size_t>(labels.size(), 2));
  return std::min(1.0, n / 6.0);
}

// The title of a span the score named: its first spec's title as printed.
std::optional<std::string> class_spec_title(const CleanText& text, LineSpan span) {
  std::vector<SpecLine> lines = spec_lines_from(text, span);
  for (const SpecPlacement& placement : locate_specs(lines, SpecLocating::records)) {
    if (placement.block) return placement.block->title_as_printed;
    return competency_title(lines, placement.first);
  }
  return std::nullopt;
}

}  // namespace

bool opens_competency_model(const std::vector<SpecLine>& lines, size_t i) {
  // "COMPETENCY MODEL FOR" (the title follows on the next lines)
  static const RE2 opening(R"((?i)^competency model(?: for)?\b)");
  return RE2::PartialMatch(lines[i].text, opening);
}

std::vector<SpecPlacement> locate_specs(const std::vector<SpecLine>& lines, SpecLocating mode) {
  const bool known_spec = mode == SpecLocating::records;
  std::vector<SpecPlacement> found;
  size_t floor = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SpecLine& line = lines[i];
    if (line.bullet || line.text.empty()) continue;
    if (opens_competency_model(lines, i)) {
      SpecPlacement placement;
      placement.first = placement.anchor = i;
      placement.competency = true;
      found.push_back(placement);
      floor = i + 1;
      continue;
    }
    auto heading = match_heading(line.text);
    if (!heading || !opens_spec(heading->field)) continue;
    auto block = read_title_block(lines, i, floor, known_spec && found.empty());
    if (!block) continue;
    found.push_back({block->first, i, 0, block, false});
    floor = i + 1;
  }
  // Lines segmentation called a spec may open on another section ("ESSENTIAL FUNCTIONS").
  if (found.empty() && known_spec) {
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].bullet || lines[i].text.empty()) continue;
      auto heading = match_heading(lines[i].text);
      if (!heading || !describes_class(heading->field)) continue;
      if (auto block = read_title_block(lines, i, 0, true))
        found.push_back({block->first, i, 0, block, false});
      break;
    }
  }
  // Each spec ends where the next that stands begins; one that does not stand is part of the
  // spec before it.
  std::vector<SpecPlacement> standing;
  size_t end = lines.size();
  for (size_t k = found.size(); k-- > 0;) {
    found[k].end = std::max(end, found[k].anchor + 1);
    if (!stands(found[k], lines, mode == SpecLocating::openings)) continue;
    standing.push_back(found[k]);
    end = found[k].first;
  }
  std::reverse(standing.begin(), standing.end());
  return standing;
}

const Recognizer kClassSpecRecognizer{DocumentKind::class_spec, class_spec_openings,
                                      class_spec_score, class_spec_title};

}  // namespace agendum
