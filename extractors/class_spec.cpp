#include "extractors/class_spec.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "extractors/spec_competency.h"
#include "extractors/spec_header.h"
#include "extractors/spec_items.h"
#include "pipeline/core/record_names.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/class_spec.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {

using namespace spec_text;

namespace {

struct Section {
  std::optional<SpecField> field;  // nothing: a heading the model does not know
  std::string heading;
  std::vector<SpecLine> lines;
  std::vector<LevelSet> levels;  // per line: the levels of a series it describes
};

const std::optional<SpecField> kNoField;

bool is_list_field(std::optional<SpecField> field) {
  return field == SpecField::duties || field == SpecField::other_duties ||
         field == SpecField::knowledge || field == SpecField::skills ||
         field == SpecField::abilities || field == SpecField::knowledge_skills_abilities;
}

// The size section headings are set in (their median), so sub-headings set smaller ("Either
// I" under "Minimum Qualifications") stay in their section's text. 0 when unknown.
double section_heading_size(const std::vector<SpecLine>& lines, const SpecPlacement& placement) {
  std::vector<double> sizes;
  for (size_t i = placement.anchor; i < placement.end; ++i) {
    if (lines[i].bullet || lines[i].size <= 0 || lines[i].text.size() > 120) continue;
    if (auto heading = match_heading(lines[i].text); heading && heading->rest.empty())
      sizes.push_back(lines[i].size);
  }
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2),
                   sizes.end());
  return sizes[sizes.size() / 2];
}

// A heading the model does not know, kept in other_sections: "ALLOCATING FACTORS: (The
// following conditions must be met ...)", or a line set like the section headings ("Entry
// Level", "Factors Affecting Position Allocation").
std::optional<HeadingMatch> read_unknown_heading(const SpecLine& line, double heading_size) {
  if (line.bullet || line.text.empty() || is_stray_caption(line.text) ||
      is_alternative_marker(line.text))
    return std::nullopt;
  size_t colon = line.text.find(':');
  std::string head = trim(std::string_view(line.text).substr(0, colon));
  size_t letters = std::count_if(
      head.begin(), head.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (word_count(head) > 6 || letters < 4) return std::nullopt;
  bool styled_like_sections = line.heading && heading_size > 0 && line.size > heading_size - 0.5 &&
                              colon == std::string::npos && !ends_sentence(head);
  if (!is_all_caps(head) && !styled_like_sections) return std::nullopt;
  HeadingMatch match{SpecField::qualifications, head, ""};
  if (colon != std::string::npos) match.rest = trim(std::string_view(line.text).substr(colon + 1));
  return match;
}

// A heading that wraps onto the next line: "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES
// AND PERSONAL" / "CHARACTERISTICS: Thorough knowledge of ...". Nothing when lines[i + 1] does
// not go on with it.
std::optional<HeadingMatch> wrapped_heading(const std::vector<SpecLine>& lines, size_t i,
                                            size_t end, const std::optional<HeadingMatch>& alone) {
  if (!alone || !alone->rest.empty() || lines[i].text.back() == ':') return std::nullopt;
  if (i + 1 >= end || lines[i + 1].bullet || lines[i + 1].text.empty()) return std::nullopt;
  // The rest of the heading ends in a colon and is no heading of its own.
  const std::string& next = lines[i + 1].text;
  size_t colon = next.find(':');
  if (colon == std::string::npos || word_count(next.substr(0, colon)) > 4 ||
      match_heading(next.substr(0, colon + 1)))
    return std::nullopt;
  std::optional<HeadingMatch> joined = match_heading(lines[i].text + " " + next);
  if (!joined || joined->heading.size() <= lines[i].text.size()) return std::nullopt;
  return joined;
}

bool in_tables(const SpecSeries& series, size_t i) {
  return std::any_of(series.tables.begin(), series.tables.end(),
                     [&](const LineSpan& table) { return i >= table.first && i < table.last; });
}

// Reads the sections from the anchor on. A spec's closing sections (career ladder, dates)
// come last, so a caps line after them that is no heading ("CITY OF TORRANCE", "PROPOSED
// Organizational Chart") starts whatever was attached next: placement.end moves there. In a
// series, each line carries the levels the sub-heading above it named.
std::vector<Section> read_sections(const std::vector<SpecLine>& lines, SpecPlacement& placement,
                                   const SpecSeries& series, std::vector<SpecDate>& dates) {
  std::vector<Section> sections;
  const double heading_size = section_heading_size(lines, placement);
  std::string title = comparable(placement.block->title_as_printed);
  bool closing = false;
  LevelSet levels = kAllLevels;
  for (size_t i = placement.anchor; i < placement.end; ++i) {
    const SpecLine& line = lines[i];
    if (line.text.empty() && line.deleted.empty()) continue;
    if (in_tables(series, i)) continue;
    if (closing && !line.bullet && (is_all_caps(line.text) || is_stray_caption(line.text)) &&
        !match_heading(line.text)) {
      placement.end = i;
      break;
    }
    if (is_stray_caption(line.text)) continue;
    // A running header that repeats the class title ("TechnologyIT Systems Coordinator").
    if (!line.bullet && !title.empty() && word_count(line.text) <= 8 &&
        comparable(line.text).ends_with(title))
      continue;
    size_t consumed = 0;
    if (!line.bullet) {
      if (auto date = read_dated_line(lines, i, consumed)) {
        dates.push_back(*date);
        i += consumed - 1;
        continue;
      }
      if (!series.levels.empty() && !sections.empty()) {
        if (auto named = levels_named(line, series.levels)) {
          levels = *named;
          continue;
        }
      }
    }
    const std::optional<SpecField>& current = sections.empty() ? kNoField : sections.back().field;
    std::optional<HeadingMatch> heading;
    bool known = false;
    if (!line.bullet && !line.text.empty()) {
      heading = match_heading(line.text);
      if (auto wrapped = wrapped_heading(lines, i, placement.end, heading)) {
        heading = wrapped;
        ++i;
      }
      // A label run into the text of its own section ("Education: Either equivalent to ..."
      // under "Minimum Qualifications") is part of that text; lists take each run their own.
      bool run_in_own_section = heading && !heading->rest.empty() && current &&
                                heading->field == *current && !is_list_field(current);
      if (run_in_own_section) heading.reset();
      known = heading.has_value();
      if (!heading && !run_in_own_section && !is_list_field(current))
        heading = read_unknown_heading(line, heading_size);
    }
    if (heading) {
      Section section;
      if (known) section.field = heading->field;
      closing = known &&
                (heading->field == SpecField::career_ladder || heading->field == SpecField::dates);
      section.heading = heading->heading;
      // A section heading ends what a level's sub-heading named; a heading run into its text
      // or set smaller ("Knowledge of: ..." under "Tree Maintenance Worker") does not.
      if (heading->rest.empty() && (heading_size <= 0 || line.size > heading_size - 0.5))
        levels = kAllLevels;
      // A remark after the heading ("TYPICAL WORK ACTIVITIES: (Illustrative only)") is no text.
      bool remark = heading->rest.size() > 2 && heading->rest.front() == '(' &&
                    heading->rest.back() == ')' && word_count(heading->rest) <= 4;
      if (!heading->rest.empty() && !remark) {
        SpecLine rest = line;
        rest.text = heading->rest;
        rest.gap_before = true;
        rest.bullet = false;
        section.lines.push_back(rest);
        section.levels.push_back(levels);
      }
      sections.push_back(std::move(section));
      continue;
    }
    if (sections.empty()) continue;
    sections.back().lines.push_back(line);
    sections.back().levels.push_back(levels);
  }
  return sections;
}

// The sections as one level of a series reads them: the lines that describe it.
std::vector<Section> sections_of_level(const std::vector<Section>& sections, size_t level) {
  std::vector<Section> out;
  for (const Section& section : sections) {
    Section mine{section.field, section.heading, {}, {}};
    for (size_t i = 0; i < section.lines.size(); ++i) {
      if (!(section.levels[i] >> level & 1)) continue;
      mine.lines.push_back(section.lines[i]);
      mine.levels.push_back(section.levels[i]);
    }
    // A level's first line after its sub-heading starts a paragraph.
    if (!mine.lines.empty()) mine.lines.front().gap_before = true;
    for (size_t i = 1; i < mine.lines.size(); ++i)
      if (mine.lines[i].line != mine.lines[i - 1].line + 1) mine.lines[i].gap_before = true;
    out.push_back(std::move(mine));
  }
  return out;
}

void append_text(std::optional<std::string>& field, const std::string& text) {
  if (text.empty()) return;
  field = field ? *field + "\n\n" + text : text;
}

std::vector<std::vector<SpecLine>> paragraphs_of(const std::vector<SpecLine>& lines) {
  std::vector<std::vector<SpecLine>> paragraphs;
  for (const SpecLine& line : lines) {
    if (paragraphs.empty() || line.gap_before || line.bullet) paragraphs.emplace_back();
    paragraphs.back().push_back(line);
  }
  return paragraphs;
}

// A paragraph about who supervises whom: "Receives direction from the Deputy City Clerk III".
bool speaks_of_supervision(std::string_view text) {
  static const RE2 supervision(
      R"(^(?:Receives|Exercises|Reports to|Works under|Under (?:the )?(?:general |immediate |close |direct )?(?:direction|supervision)|Provides (?:direct |general |technical |lead )?(?:supervision|direction)|Supervises|May (?:provide|exercise|supervise|serve as a lead)))");
  return RE2::PartialMatch(text, supervision);
}

// The sentences of a text: a full stop (or semicolon) followed by a capital ends one.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> sentences;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start;
    while (end < text.size()) {
      if ((text[end] == '.' || text[end] == ';') && end + 2 < text.size() &&
          std::isspace(static_cast<unsigned char>(text[end + 1])) &&
          std::isupper(static_cast<unsigned char>(text[end + 2])))
        break;
      ++end;
    }
    std::string sentence =
        trim(std::string_view(text).substr(start, std::min(end + 1, text.size()) - start));
    if (!sentence.empty()) sentences.push_back(sentence);
    start = end + 1;
  }
  return sentences;
}

// Sentences of a combined "Supervision Exercised/Received" section, sorted to their side.
void split_supervision(const std::string& text, ClassSpec& spec) {
  // "Receives general supervision from ...", "Reports to the Police Chief", "Under the direction
  // of the City Clerk"
  static const RE2 received(
      R"((?i)receive|reports to|under (?:the )?(?:general |immediate |close )?(?:direction|supervision))");
  std::string received_text, exercised_text;
  for (const std::string& sentence : sentences_of(text)) {
    std::string& side = RE2::PartialMatch(sentence, received) ? received_text : exercised_text;
    side += (side.empty() ? "" : " ") + sentence;
  }
  append_text(spec.supervision_received, received_text);
  append_text(spec.supervision_exercised, exercised_text);
}

// Licence requirements are paragraphs, not a bulleted list: each paragraph is one item.
std::vector<Item> paragraph_items(const std::vector<SpecLine>& lines) {
  std::vector<Item> items;
  for (const auto& paragraph : paragraphs_of(lines)) {
    Item item;
    std::string deleted;
    for (const SpecLine& line : paragraph) {
      if (line.struck()) {
        for (const std::string& run : line.deleted) deleted += (deleted.empty() ? "" : " ") + run;
        continue;
      }
      item.text += (item.text.empty() ? "" : " ") + line.text;
      item.deleted.insert(item.deleted.end(), line.deleted.begin(), line.deleted.end());
    }
    if (!item.text.empty()) {
      items.push_back(item);
    } else if (!deleted.empty()) {
      items.push_back(Item{deleted, std::nullopt, Change::deleted, {}});
    }
  }
  return items;
}

void append_items(std::vector<Item>& to, std::vector<Item> items) {
  for (Item& item : items) to.push_back(std::move(item));
}

// Items of one "Knowledges, Skills, Abilities and Personal Characteristics" list, each to its
// kind by how it begins ("Good knowledge of", "Skill in", "Ability to"); the rest (personal
// characteristics) stays under the heading in other_sections.
void route_ksa_items(const Section& section, const std::vector<Item>& items, ClassSpec& spec) {
  // "Thorough knowledge of ...", "working knowledge of", "Familiarity with", "Skill in",
  // "ability to", "Capacity for"
  static const RE2 knowledge(
      R"((?i)^(?:(?:thorough|good|working|general|basic|some|considerable|extensive|comprehensive|sound|reasonable|broad|expert|full)\s+)*(?:knowledge|familiarity|understanding)\b)");
  static const RE2 skill(
      R"((?i)^(?:(?:demonstrated|advanced|basic|good)\s+)?(?:skills?|proficiency)\b)");
  static const RE2 ability(
      R"((?i)^(?:(?:demonstrated|good|the)\s+)?(?:ability|abilities|capacity)\b)");
  std::string rest;
  // Even two clauses of one list are two items here: "good knowledge of ...; ability to ...".
  std::vector<Item> split;
  for (const Item& item : items) {
    std::vector<std::string> clauses = run_in_clauses(item.text, 2);
    if (clauses.empty() || item.change) {
      split.push_back(item);
      continue;
    }
    for (std::string& clause : clauses)
      split.push_back(Item{std::move(clause), item.area, std::nullopt, {}});
  }
  for (const Item& item : split) {
    if (RE2::PartialMatch(item.text, knowledge)) {
      spec.knowledge.push_back(item);
    } else if (RE2::PartialMatch(item.text, skill)) {
      spec.skills.push_back(item);
    } else if (RE2::PartialMatch(item.text, ability)) {
      spec.abilities.push_back(item);
    } else if (item.change != Change::deleted) {
      rest += (rest.empty() ? "" : "; ") + item.text;
    }
  }
  if (!rest.empty()) spec.other_sections.push_back({section.heading, rest});
}

// Qualifications that require a licence or certificate ("Possession of a valid Class 3 driver
// license.") are the spec's licences when it prints no section of them.
void licenses_from_qualifications(ClassSpec& spec) {
  static const RE2 credential(R"((?i)\b(?:licen[cs]e|certificat(?:e|ion)|registration)\b)");
  // "Possession of a valid ...", "must possess", "is required", not "Applicants who do not
  // possess this license will be admitted ..."
  static const RE2 requirement(
      R"((?i)\b(?:possession\s+of|must\s+(?:possess|have|hold|obtain|maintain)|(?:is|are)\s+required|requires?\s+(?:a|an|the|possession)|valid)\b)");
  if (!spec.licenses.empty() || !spec.education_experience) return;
  const std::string& text = *spec.education_experience;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find("\n\n", start), text.size());
    for (const std::string& sentence : sentences_of(text.substr(start, end - start)))
      if (RE2::PartialMatch(sentence, credential) && RE2::PartialMatch(sentence, requirement))
        spec.licenses.push_back(Item{sentence, std::nullopt, std::nullopt, {}});
    start = end + 2;
  }
}

void fill_sections(const std::vector<Section>& sections, bool redlined, ClassSpec& spec) {
  std::optional<SpecField> previous_field;
  for (const Section& section : sections) {
    std::string text = paragraphs_text(section.lines);
    // A sub-heading of the section before ("SPECIAL REQUIREMENTS" / "Physical Requirements",
    // "EDUCATION:" / "AND" / "EXPERIENCE:") stays in the text as its own line.
    bool subsection = section.field && section.field == previous_field;
    previous_field = section.field;
    if (subsection && !text.empty()) text = section.heading + "\n" + text;
    if (!section.field) {
      if (!text.empty()) spec.other_sections.push_back({section.heading, text});
      continue;
    }
    switch (*section.field) {
      case SpecField::definition:
        append_text(spec.definition, text);
        break;
      case SpecField::distinguishing:
        append_text(spec.distinguishing_characteristics, text);
        break;
      case SpecField::distinguishing_and_supervision: {
        std::vector<SpecLine> distinguishing, supervision;
        for (const auto& paragraph : paragraphs_of(section.lines)) {
          bool about_supervision = speaks_of_supervision(paragraphs_text(paragraph));
          auto& side = about_supervision ? supervision : distinguishing;
          side.insert(side.end(), paragraph.begin(), paragraph.end());
        }
        append_text(spec.distinguishing_characteristics, paragraphs_text(distinguishing));
        split_supervision(paragraphs_text(supervision), spec);
        break;
      }
      case SpecField::supervision:
        split_supervision(text, spec);
        break;
      case SpecField::supervision_received:
        append_text(spec.supervision_received, text);
        break;
      case SpecField::supervision_exercised:
        append_text(spec.supervision_exercised, text);
        break;
      case SpecField::duties:
        append_items(spec.duties, list_items(section.lines, redlined));
        break;
      case SpecField::other_duties:
        append_items(spec.other_duties, list_items(section.lines, redlined));
        break;
      case SpecField::knowledge:
        append_items(spec.knowledge, list_items(section.lines, redlined));
        break;
      case SpecField::skills:
        append_items(spec.skills, list_items(section.lines, redlined));
        break;
      case SpecField::abilities:
        append_items(spec.abilities, list_items(section.lines, redlined));
        break;
      case SpecField::knowledge_skills_abilities:
        route_ksa_items(section, list_items(section.lines, redlined), spec);
        break;
      case SpecField::education_experience:
        append_text(spec.education_experience, text);
        break;
      case SpecField::licenses:
        append_items(spec.licenses, paragraph_items(section.lines));
        break;
      case SpecField::special_requirements:
        append_text(spec.special_requirements, text);
        break;
      case SpecField::career_ladder:
        append_text(spec.career_ladder, text);
        break;
      case SpecField::dates:
        break;  // its dated lines were read as dates
      case SpecField::qualifications:
        if (!text.empty()) spec.other_sections.push_back({section.heading, text});
        break;
    }
  }
  licenses_from_qualifications(spec);
}

// A statement of a spec's status in the surrounding report or an attachment list.
struct StatusCaption {
  size_t line = 0;  // clean line index
  SpecStatus status = SpecStatus::revised;
  std::string text;  // comparable()
};

std::vector<StatusCaption> find_status_captions(const CleanText& text) {
  // "A) Revised Class Specification Deputy City Attorney II", "approve the proposed class
  // specification for Lead Ranger", "the revised Class Specification will appropriately ..."
  static const RE2 noun(
      R"((?i)\b(proposed|revised|existing|current|draft|new|amended|updated)\s+(?:class(?:ification)?\s+spec(?:ification)?s?|job\s+descriptions?|class\s+descriptions?)\b)");
  // "review the Duties section ... revise the class specification"
  static const RE2 verb(
      R"((?i)\b(revise|revising|amend|amending|update|updating|create|creating|establish|establishing)\s+(?:the\s+|a\s+|this\s+)?(?:new\s+)?class(?:ification)?\s+spec)");
  // "... attached hereto as Exhibit A, ..., is hereby adopted."
  static const RE2 adopted(R"((?i)\b(?:is|are|was|were|hereby)\s+(?:hereby\s+)?adopted\b)");
  std::vector<StatusCaption> captions;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const std::string& line = text.lines[i].text;
    std::string word;
    SpecStatus status;
    if (RE2::PartialMatch(line, noun, &word) || RE2::PartialMatch(line, verb, &word)) {
      std::string w = comparable(word);
      if (w == "proposed" || w == "draft" || w == "new" || w.rfind("creat", 0) == 0 ||
          w.rfind("establish", 0) == 0)
        status = SpecStatus::proposed;
      else if (w == "existing" || w == "current")
        status = SpecStatus::existing;
      else
        status = SpecStatus::revised;
      if (RE2::PartialMatch(line, adopted)) status = SpecStatus::adopted;
      captions.push_back({i, status, comparable(line)});
    }
  }
  return captions;
}

// One spec as placed in the packet, in clean lines, for its status.
struct Placed {
  size_t first = 0, end = 0;  // clean lines
  bool draft = false;
  bool redlined = false;
  std::string title;  // comparable()
};

std::optional<SpecStatus> decide_status(const std::vector<Placed>& all, size_t which,
                                        const std::vector<StatusCaption>& captions) {
  const Placed& spec = all[which];
  const std::string& title = spec.title;
  // 1. A caption naming this class: the latest group of them before the spec. Versions of one
  // class printed one after the other take the group's captions in order ("A) Revised ...",
  // "B) Existing ...").
  std::vector<const StatusCaption*> naming;
  for (const StatusCaption& caption : captions)
    if (caption.line < spec.first && !title.empty() &&
        caption.text.find(title) != std::string::npos)
      naming.push_back(&caption);
  if (!naming.empty()) {
    size_t last = naming.back()->line;
    std::vector<const StatusCaption*> group;
    for (const StatusCaption* caption : naming)
      if (caption->line + 12 >= last) group.push_back(caption);
    size_t ordinal = 0, versions = 0;
    for (size_t k = 0; k < all.size(); ++k) {
      if (all[k].title != title || all[k].first <= group.front()->line) continue;
      ++versions;
      if (k < which) ++ordinal;
    }
    // One version after the group: the latest statement about it is the one that holds.
    const StatusCaption* chosen =
        versions <= 1 ? group.back() : group[std::min(ordinal, group.size() - 1)];
    if (chosen->status != SpecStatus::adopted || !spec.redlined) return chosen->status;
  }
  if (spec.draft) return SpecStatus::proposed;
  if (spec.redlined) return SpecStatus::revised;
  // 2. The report the spec is attached to, between the previous spec and this one.
  size_t from = which > 0 ? all[which - 1].end : 0;
  std::optional<SpecStatus> status;
  for (const StatusCaption& caption : captions)
    if (caption.line >= from && caption.line < spec.first) status = caption.status;
  return status;
}

// The content that makes two printings of a spec the same spec.
std::string fingerprint(const ClassSpec& spec) {
  std::string all = spec.title;
  for (const auto* text :
       {&spec.definition, &spec.distinguishing_characteristics, &spec.supervision_received,
        &spec.supervision_exercised, &spec.education_experience, &spec.special_requirements})
    if (*text) all += "|" + **text;
  for (const auto* items : {&spec.duties, &spec.other_duties, &spec.knowledge, &spec.skills,
                            &spec.abilities, &spec.licenses})
    for (const Item& item : *items)
      all += "|" + item.text + (item.change ? std::string(name_of(*item.change)) : "");
  for (const Competency& competency : spec.competencies) all += "|" + competency.name;
  return comparable(all);
}

bool has_redlines(const std::vector<SpecLine>& lines, const SpecPlacement& placement) {
  for (size_t i = placement.first; i < placement.end; ++i)
    if (!lines[i].deleted.empty()) return true;
  return false;
}

// What every level of one placed spec shares: its block, sections and redlines.
struct SpecReading {
  std::vector<Section> sections;
  std::vector<SpecDate> dates;
  SpecSeries series;
  bool redlined = false;
};

ClassSpec spec_from_block(const TitleBlock& block, const SpecReading& reading,
                          const std::vector<Section>& sections, const CleanText& text,
                          const std::vector<SpecLine>& lines, const SpecPlacement& placement) {
  ClassSpec spec;
  spec.title_as_printed = block.title_as_printed;
  spec.title = display_title(block.title_as_printed);
  if (block.jurisdiction) spec.jurisdiction = display_title(*block.jurisdiction);
  spec.class_code = block.class_code;
  spec.bargaining_unit = block.bargaining_unit;
  spec.flsa = block.flsa;
  spec.dates = reading.dates;
  fill_sections(sections, reading.redlined, spec);
  if (!spec.flsa)
    for (size_t i = placement.anchor; i < placement.end && !spec.flsa; ++i)
      spec.flsa = read_flsa(lines[i].text);
  // A header label printed at the same place on several pages is taken for a running
  // header by the layout stage; it is still this spec's unit.
  for (const PageFurniture& furniture : text.furniture) {
    if (spec.bargaining_unit || furniture.page != lines[placement.first].page) continue;
    for (const std::string& header : furniture.headers)
      if (!spec.bargaining_unit) spec.bargaining_unit = read_bargaining_unit(header);
  }
  return spec;
}

// The records one placed spec gives: one, or one per level of a series.
std::vector<ClassSpec> read_placed_spec(const CleanText& text, const std::vector<SpecLine>& lines,
                                        SpecPlacement& placement, bool& redlined) {
  redlined = has_redlines(lines, placement);
  if (placement.competency) {
    CompetencyModel model = read_competency_model(lines, placement.anchor, placement.end);
    if (model.competencies.empty() || model.title_as_printed.empty()) return {};
    ClassSpec spec;
    spec.title_as_printed = model.title_as_printed;
    spec.title = display_title(model.title_as_printed);
    spec.class_code = model.class_code;
    spec.competencies = std::move(model.competencies);
    return {spec};
  }
  const TitleBlock& block = *placement.block;
  SpecReading reading;
  reading.redlined = redlined;
  reading.dates = block.dates;
  reading.series = read_series(lines, placement.first, placement.end);
  reading.sections = read_sections(lines, placement, reading.series, reading.dates);
  if (reading.series.levels.empty())
    return {spec_from_block(block, reading, reading.sections, text, lines, placement)};
  std::vector<ClassSpec> specs;
  for (size_t k = 0; k < reading.series.levels.size(); ++k) {
    const SpecLevel& level = reading.series.levels[k];
    TitleBlock level_block = block;
    level_block.title_as_printed = level.title;
    level_block.class_code = level.code;
    ClassSpec spec = spec_from_block(level_block, reading, sections_of_level(reading.sections, k),
                                     text, lines, placement);
    spec.dates.insert(spec.dates.end(), level.dates.begin(), level.dates.end());
    specs.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace

std::vector<ClassSpec> extract_class_specs(const CleanText& text,
                                           const std::vector<DocumentSpan>& documents,
                                           const std::vector<PayRange>& pay_ranges,
                                           std::vector<Diagnostic>& diagnostics) {
  std::vector<StatusCaption> captions = find_status_captions(text);
  std::vector<ClassSpec> specs;
  std::vector<Placed> placed;
  for (const DocumentSpan& document : documents) {
    if (document.kind != DocumentKind::class_spec) continue;
    std::vector<SpecLine> lines = spec_lines_from(text, document.lines);
    size_t read = 0;
    for (SpecPlacement placement : locate_specs(lines, SpecLocating::records)) {
      bool redlined = false;
      std::vector<ClassSpec> found = read_placed_spec(text, lines, placement, redlined);
      const size_t clean_first = lines[placement.first].line;
      const size_t clean_end = lines[placement.end - 1].line + 1;
      for (ClassSpec& spec : found) {
        for (const PayRange& range : pay_ranges) {
          bool inside = range.lines.first >= clean_first && range.lines.last <= clean_end &&
                        range.lines.last > 0;
          bool names_other_level = found.size() > 1 && range.classification &&
                                   comparable(*range.classification) != comparable(spec.title);
          if (inside && !names_other_level) spec.salary.push_back(range);
        }
        read_dates(spec.dates);
        spec.pages = {lines[placement.first].page, lines[placement.end - 1].page};
        spec.document = document.id;
        placed.push_back({clean_first, clean_end, placement.block && placement.block->draft,
                          redlined, comparable(spec.title)});
        specs.push_back(std::move(spec));
        ++read;
      }
    }
    if (read == 0)
      diagnostics.push_back({Severity::warning, "class_spec_unread",
                             "A class specification document has no title block and section "
                             "headings that could be read; check its pages by hand.",
                             document.pages.first, "class_spec"});
  }

  std::vector<std::string> fingerprints;
  for (size_t k = 0; k < specs.size(); ++k) {
    ClassSpec& spec = specs[k];
    spec.id = "spec-" + std::to_string(k + 1);
    if (!spec.competencies.empty() && spec.duties.empty()) {
      spec.status = std::nullopt;
    } else {
      spec.status = decide_status(placed, k, captions);
    }
    fingerprints.push_back(fingerprint(spec));
    for (size_t earlier = 0; earlier < k; ++earlier) {
      if (fingerprints[earlier] == fingerprints[k] && !specs[earlier].duplicate_of) {
        spec.duplicate_of = specs[earlier].id;
        break;
      }
    }
  }
  return specs;
}

}  // namespace agendum
