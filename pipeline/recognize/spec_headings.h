// The heading model of class specifications: what a printed heading means, whatever the
// agency's template calls it.
//
// A heading is recognised by its words, not by a list of whole strings: every word of the
// heading must belong to the vocabulary of spec headings ("Examples of Essential Duties",
// "LICENSE/CERTIFICATION REQUIRED", "Skill and/or Ability to", "Physical Demands") and its
// keywords decide the field. So new spellings of known sections are understood and prose
// lines that merely mention duties ("Performs related duties as required.") are not.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agendum {

enum class SpecField {
  definition,
  distinguishing,
  distinguishing_and_supervision,  // "DISTINGUISHING CHARACTERISTICS / SUPERVISION
                                   // EXERCISED/RECEIVED"
  supervision,                     // received and exercised under one heading
  supervision_received,
  supervision_exercised,
  duties,
  other_duties,
  knowledge,
  skills,
  abilities,
  knowledge_skills_abilities,  // one list of all three ("FULL PERFORMANCE KNOWLEDGES, SKILLS,
                               // ABILITIES AND PERSONAL CHARACTERISTICS")
  education_experience,
  licenses,
  special_requirements,
  career_ladder,
  dates,
  qualifications,  // a container heading ("QUALIFICATION GUIDELINES", "Knowledge and
                   // Abilities" over "Knowledge of:" / "Ability to:"); its own text is other
};

struct HeadingMatch {
  SpecField field;
  std::string heading;  // as printed, without the trailing colon
  std::string rest;     // body text printed after the heading on the same line, if any
};

// Reads one line as a heading. A fused heading ("Qualification GuidelinesKnowledge of:") takes
// the field of its last part. Returns nothing for prose, list items and unknown headings.
std::optional<HeadingMatch> match_heading(std::string_view line);

// Byte offsets where a heading followed by a colon starts inside a long flattened line
// ("... the City. Definition: Under general supervision ... Supervision Received and
// Exercised: Receives ..."), in order. The first offset may be 0.
std::vector<size_t> find_embedded_headings(std::string_view line);

}  // namespace agendum
