// Class specifications: a title block (the class title, with fields such as "Class Code:",
// "Bargaining Unit:", "FLSA:") followed by the sections every spec is written in, whatever
// the agency calls them (spec_headings.h): definition, duties, knowledge, abilities,
// qualifications. Section headings come in clusters; only a cluster's first line can open a
// spec, and the opening walks up over the title block above it.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/kinds.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {
namespace {

bool ends_with_colon(const std::string& s) { return !s.empty() && s.back() == ':'; }

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

std::optional<Opening> opening_for(const std::vector<Line>& lines, const SpecCluster& cluster) {
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

std::vector<Opening> class_spec_openings(const CleanText& text) {
  const std::vector<Line>& lines = text.lines;
  std::vector<Opening> openings;
  std::optional<size_t> last_spec_heading;
  for (size_t i = 0; i < lines.size(); ++i) {
    // Spec headings come in clusters; only the cluster's first heading can open a spec.
    std::string matching = line_for_matching(lines[i]);
    if (auto title = title_before_field(matching)) {
      bool continues_cluster = last_spec_heading && i - *last_spec_heading <= 15;
      last_spec_heading = i;
      if (continues_cluster) continue;
      std::optional<Opening> opening = opening_for(lines, {i + 1, true});
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
    if (auto opening = opening_for(lines, {i, field})) openings.push_back(*opening);
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
    if (auto heading = match_heading(line)) fields.insert(heading->field);
    std::string label;
    if (RE2::PartialMatch(line, kLabel, &label)) labels.insert(to_lower_ascii(label));
  }
  fields.erase(SpecField::qualifications);
  fields.erase(SpecField::dates);
  // Three distinct sections or labels make a spec (0.5); each more adds to the certainty.
  double n = static_cast<double>(fields.size() + std::min<size_t>(labels.size(), 2));
  return std::min(1.0, n / 6.0);
}

}  // namespace

const Recognizer kClassSpecRecognizer{DocumentKind::class_spec, class_spec_openings,
                                      class_spec_score};

}  // namespace agendum
