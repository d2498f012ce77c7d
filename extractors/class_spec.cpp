#include "extractors/class_spec.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extractors/spec_competency.h"
#include "extractors/spec_header.h"
#include "extractors/spec_lines.h"
#include "pipeline/core/record_names.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {

using namespace spec_text;

namespace {

// Where one specification sits in the packet, in SpecLine indexes.
struct SpecBounds {
  size_t first = 0;   // first line of the title block
  size_t anchor = 0;  // first section heading, or the competency model's opening line
  size_t end = 0;     // one past the last line
  std::optional<TitleBlock> block;
  bool competency = false;
};

struct Section {
  std::optional<SpecField> field;  // nothing: a heading the model does not know
  std::string heading;
  std::vector<SpecLine> lines;
};

// A line that opens the next document where the segmenter did not split: a staff report's
// salutation or subject, a resolution's number.
bool opens_other_document(std::string_view text) {
  // "Honorable Chair and Members", "SUBJECT: APPROVE THE EXAMINATION FOR SENIOR WELDER",
  // "RESOLUTION NO. 19-110"
  static const RE2 opening(
      R"(^(?:Honorable (?:Chair|Mayor|Members|Chairman|Chairperson|President)\b|SUBJECT:|TO:|MEMORANDUM\b|STAFF REPORT\b|AGENDA REPORT\b|RESOLUTION NO\.|ORDINANCE NO\.))");
  return RE2::PartialMatch(text, opening);
}

const std::optional<SpecField> kNoField;

bool is_list_field(std::optional<SpecField> field) {
  return field == SpecField::duties || field == SpecField::other_duties ||
         field == SpecField::knowledge || field == SpecField::skills ||
         field == SpecField::abilities;
}

// A heading the model does not know, kept in other_sections: "ALLOCATING FACTORS: (The
// following conditions must be met ...)".
std::optional<HeadingMatch> read_unknown_heading(const SpecLine& line) {
  if (line.bullet || line.text.empty() || is_stray_caption(line.text)) return std::nullopt;
  size_t colon = line.text.find(':');
  std::string head = trim(std::string_view(line.text).substr(0, colon));
  size_t letters = std::count_if(
      head.begin(), head.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (!is_all_caps(head) || word_count(head) > 6 || letters < 4) return std::nullopt;
  HeadingMatch match{SpecField::qualifications, head, ""};
  if (colon != std::string::npos) match.rest = trim(std::string_view(line.text).substr(colon + 1));
  return match;
}

// Reads the sections from the anchor on. A spec's closing sections (career ladder, dates)
// come last, so a caps line after them that is no heading ("CITY OF TORRANCE", "PROPOSED
// Organizational Chart") starts whatever was attached next: bounds.end moves there.
std::vector<Section> read_sections(const std::vector<SpecLine>& lines, SpecBounds& bounds,
                                   std::vector<SpecDate>& dates) {
  std::vector<Section> sections;
  std::string title = comparable(bounds.block->title_as_printed);
  bool closing = false;
  for (size_t i = bounds.anchor; i < bounds.end; ++i) {
    const SpecLine& line = lines[i];
    if (line.text.empty() && line.deleted.empty()) continue;
    if (closing && !line.bullet && (is_all_caps(line.text) || is_stray_caption(line.text)) &&
        !match_heading(line.text)) {
      bounds.end = i;
      break;
    }
    if (is_stray_caption(line.text)) continue;
    // A running header that repeats the class title ("TechnologyIT Systems Coordinator").
    if (!line.bullet && !title.empty() && word_count(line.text) <= 8 &&
        comparable(line.text).ends_with(title))
      continue;
    size_t consumed = 0;
    if (!line.bullet) {
      if (auto date = read_date_line(lines, i, consumed)) {
        dates.push_back(*date);
        i += consumed - 1;
        continue;
      }
    }
    const std::optional<SpecField>& current = sections.empty() ? kNoField : sections.back().field;
    std::optional<HeadingMatch> heading;
    bool known = false;
    if (!line.bullet && !line.text.empty()) {
      heading = match_heading(line.text);
      known = heading.has_value();
      if (!heading && !is_list_field(current)) heading = read_unknown_heading(line);
    }
    if (heading) {
      Section section;
      if (known) section.field = heading->field;
      closing = known &&
                (heading->field == SpecField::career_ladder || heading->field == SpecField::dates);
      section.heading = heading->heading;
      if (!heading->rest.empty()) {
        SpecLine rest = line;
        rest.text = heading->rest;
        rest.gap_before = true;
        rest.bullet = false;
        section.lines.push_back(rest);
      }
      sections.push_back(std::move(section));
      continue;
    }
    if (sections.empty()) continue;
    sections.back().lines.push_back(line);
  }
  return sections;
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

// Sentences of a combined "Supervision Exercised/Received" section, sorted to their side.
void split_supervision(const std::string& text, ClassSpec& spec) {
  // "Receives general supervision from ...", "Reports to the Police Chief", "Under the direction
  // of the City Clerk"
  static const RE2 received(
      R"((?i)receive|reports to|under (?:the )?(?:general |immediate |close )?(?:direction|supervision))");
  std::string received_text, exercised_text;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start;
    while (end < text.size()) {
      if ((text[end] == '.' || text[end] == ';') && end + 1 < text.size() &&
          std::isspace(static_cast<unsigned char>(text[end + 1])) && end + 2 < text.size() &&
          std::isupper(static_cast<unsigned char>(text[end + 2])))
        break;
      ++end;
    }
    std::string sentence = trim(std::string_view(text).substr(start, end + 1 - start));
    if (end >= text.size()) sentence = trim(std::string_view(text).substr(start));
    if (!sentence.empty()) {
      std::string& side = RE2::PartialMatch(sentence, received) ? received_text : exercised_text;
      side += (side.empty() ? "" : " ") + sentence;
    }
    start = end + 1;
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

// Number of distinct things a section list says about a class; a real spec has several.
size_t distinct_fields(const std::vector<Section>& sections) {
  std::set<int> fields;
  for (const Section& section : sections)
    if (section.field && section.field != SpecField::qualifications)
      fields.insert(static_cast<int>(*section.field));
  return fields.size();
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
}

// A statement of a spec's status in the surrounding report or an attachment list.
struct StatusCaption {
  size_t line = 0;  // SpecLine index
  SpecStatus status = SpecStatus::revised;
  std::string text;  // comparable()
};

std::vector<StatusCaption> find_status_captions(const std::vector<SpecLine>& lines) {
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
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    std::string word;
    SpecStatus status;
    if (RE2::PartialMatch(text, noun, &word) || RE2::PartialMatch(text, verb, &word)) {
      std::string w = comparable(word);
      if (w == "proposed" || w == "draft" || w == "new" || w.rfind("creat", 0) == 0 ||
          w.rfind("establish", 0) == 0)
        status = SpecStatus::proposed;
      else if (w == "existing" || w == "current")
        status = SpecStatus::existing;
      else
        status = SpecStatus::revised;
      if (RE2::PartialMatch(text, adopted)) status = SpecStatus::adopted;
      captions.push_back({i, status, comparable(text)});
    }
  }
  return captions;
}

std::optional<SpecStatus> decide_status(const std::vector<SpecBounds>& all, size_t which,
                                        const std::vector<std::string>& titles,
                                        const std::vector<StatusCaption>& captions, bool redlined) {
  const SpecBounds& bounds = all[which];
  const std::string& title = titles[which];
  // 1. A caption naming this class: the latest group of them before the spec. Versions of one
  // class printed one after the other take the group's captions in order ("A) Revised ...",
  // "B) Existing ...").
  std::vector<const StatusCaption*> naming;
  for (const StatusCaption& caption : captions)
    if (caption.line < bounds.first && !title.empty() &&
        caption.text.find(title) != std::string::npos)
      naming.push_back(&caption);
  if (!naming.empty()) {
    size_t last = naming.back()->line;
    std::vector<const StatusCaption*> group;
    for (const StatusCaption* caption : naming)
      if (caption->line + 12 >= last) group.push_back(caption);
    size_t ordinal = 0, versions = 0;
    for (size_t k = 0; k < all.size(); ++k) {
      if (titles[k] != title || all[k].first <= group.front()->line) continue;
      ++versions;
      if (k < which) ++ordinal;
    }
    // One version after the group: the latest statement about it is the one that holds.
    const StatusCaption* chosen =
        versions <= 1 ? group.back() : group[std::min(ordinal, group.size() - 1)];
    if (chosen->status != SpecStatus::adopted || !redlined) return chosen->status;
  }
  if (bounds.block && bounds.block->caption_status) return bounds.block->caption_status;
  if (redlined) return SpecStatus::revised;
  // 2. The report the spec is attached to, between the previous spec and this one.
  size_t from = which > 0 ? all[which - 1].end : 0;
  std::optional<SpecStatus> status;
  for (const StatusCaption& caption : captions)
    if (caption.line >= from && caption.line < bounds.first) status = caption.status;
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

const DocumentSpan* document_of(const std::vector<DocumentSpan>& documents, size_t clean_line) {
  for (const DocumentSpan& document : documents)
    if (clean_line >= document.lines.first && clean_line < document.lines.last) return &document;
  return nullptr;
}

// Finds where the specifications are: a title block followed by a definition-like heading,
// or a competency model's opening.
std::vector<SpecBounds> locate_specs(const std::vector<SpecLine>& lines,
                                     const std::vector<DocumentSpan>& documents,
                                     const std::vector<PageFurniture>& furniture) {
  std::map<int, const PageFurniture*> furniture_of_page;
  for (const PageFurniture& page : furniture) furniture_of_page[page.page] = &page;
  // A spec does not run on across pages that were left out of the packet.
  auto numbering_gap_before = [&](size_t i) {
    if (i == 0 || lines[i].page == lines[i - 1].page) return false;
    auto before = furniture_of_page.find(lines[i - 1].page),
         after = furniture_of_page.find(lines[i].page);
    return before != furniture_of_page.end() && after != furniture_of_page.end() &&
           numbering_breaks(*before->second, *after->second);
  };
  std::vector<SpecBounds> found;
  size_t floor = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SpecLine& line = lines[i];
    if (line.bullet || line.text.empty()) continue;
    if (opens_competency_model(lines, i)) {
      SpecBounds bounds;
      bounds.first = bounds.anchor = i;
      bounds.competency = true;
      found.push_back(bounds);
      floor = i + 1;
      continue;
    }
    auto heading = match_heading(line.text);
    if (!heading || heading->field != SpecField::definition) continue;
    auto block = read_title_block(lines, i, floor);
    if (!block) continue;
    SpecBounds bounds;
    bounds.first = block->first;
    bounds.anchor = i;
    bounds.block = block;
    found.push_back(bounds);
    floor = i + 1;
  }
  // Documents the segmenter calls class specs whose first heading is no definition
  // ("ESSENTIAL FUNCTIONS" first): their first known heading anchors them.
  for (const DocumentSpan& document : documents) {
    if (document.kind != DocumentKind::class_spec) continue;
    bool covered = std::any_of(found.begin(), found.end(), [&](const SpecBounds& bounds) {
      size_t line = lines[bounds.anchor].line;
      return line >= document.lines.first && line < document.lines.last;
    });
    if (covered) continue;
    std::optional<size_t> doc_first;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].line < document.lines.first) continue;
      if (lines[i].line >= document.lines.last) break;
      if (!doc_first) doc_first = i;
      if (lines[i].bullet || lines[i].text.empty()) continue;
      auto heading = match_heading(lines[i].text);
      if (!heading || heading->field == SpecField::qualifications ||
          heading->field == SpecField::dates)
        continue;
      if (auto block = read_title_block(lines, i, *doc_first)) {
        SpecBounds bounds;
        bounds.first = block->first;
        bounds.anchor = i;
        bounds.block = block;
        found.push_back(bounds);
      }
      break;
    }
  }
  std::sort(found.begin(), found.end(),
            [](const SpecBounds& a, const SpecBounds& b) { return a.anchor < b.anchor; });
  // A spec ends where the next begins, at the end of its document when a different kind of
  // document follows, or where another document's opening shows the segmenter missed a split.
  for (size_t k = 0; k < found.size(); ++k) {
    size_t end = k + 1 < found.size() ? found[k + 1].first : lines.size();
    const DocumentSpan* document = document_of(documents, lines[found[k].anchor].line);
    // The next spec's document starts where the segmenter saw it start, which may be above
    // its title block (a page header the layout stage kept).
    if (k + 1 < found.size() && document) {
      const DocumentSpan* next = document_of(documents, lines[found[k + 1].anchor].line);
      if (next && next != document) {
        size_t next_start = found[k].anchor + 1;
        while (next_start < end && lines[next_start].line < next->lines.first) ++next_start;
        end = std::min(end, next_start);
      }
    }
    for (size_t i = found[k].anchor + 1; i < end; ++i) {
      if (numbering_gap_before(i)) {
        end = i;
        break;
      }
      if (opens_other_document(lines[i].text)) {
        end = i;
        // The caps title line of that document ("POLICY OF THE CIVIL SERVICE COMMISSION").
        while (end > found[k].anchor + 1 && is_all_caps(lines[end - 1].text) &&
               word_count(lines[end - 1].text) <= 8 && !match_heading(lines[end - 1].text))
          --end;
        break;
      }
      if (document && lines[i].line >= document->lines.last) {
        const DocumentSpan* next = document_of(documents, lines[i].line);
        if (next && next->kind != DocumentKind::class_spec && next->kind != DocumentKind::other) {
          end = i;
          break;
        }
      }
    }
    found[k].end = std::max(end, found[k].anchor + 1);
  }
  return found;
}

bool has_redlines(const std::vector<SpecLine>& lines, const SpecBounds& bounds) {
  for (size_t i = bounds.first; i < bounds.end; ++i)
    if (!lines[i].deleted.empty()) return true;
  return false;
}

}  // namespace

std::vector<ClassSpec> extract_class_specs(const CleanText& text,
                                           const std::vector<DocumentSpan>& documents,
                                           const std::vector<PayRange>& pay_ranges,
                                           std::vector<Diagnostic>& diagnostics) {
  std::vector<SpecLine> lines = spec_lines_from(text);
  std::vector<SpecBounds> located = locate_specs(lines, documents, text.furniture);
  std::vector<StatusCaption> captions = find_status_captions(lines);

  std::vector<ClassSpec> specs;
  std::vector<SpecBounds> kept;
  std::vector<bool> kept_redlined;
  for (SpecBounds bounds : located) {
    ClassSpec spec;
    bool redlined = has_redlines(lines, bounds);
    if (bounds.competency) {
      CompetencyModel model = read_competency_model(lines, bounds.anchor, bounds.end);
      if (model.competencies.empty() || model.title_as_printed.empty()) continue;
      spec.title_as_printed = model.title_as_printed;
      spec.title = display_title(model.title_as_printed);
      spec.class_code = model.class_code;
      spec.competencies = std::move(model.competencies);
    } else {
      std::vector<SpecDate> dates = bounds.block->dates;
      std::vector<Section> sections = read_sections(lines, bounds, dates);
      // Staff reports quote spec headings too; a spec states several things about a class.
      // A labelled header (class code, unit, FLSA) vouches for a spec whose later pages are
      // missing; a bare caps line needs three sections.
      const TitleBlock& block = *bounds.block;
      bool labelled = block.class_code || block.bargaining_unit || block.flsa;
      if (distinct_fields(sections) < (labelled ? 2u : 3u)) continue;
      spec.title_as_printed = block.title_as_printed;
      spec.title = display_title(block.title_as_printed);
      spec.jurisdiction = block.jurisdiction;
      spec.class_code = block.class_code;
      spec.bargaining_unit = block.bargaining_unit;
      spec.flsa = block.flsa;
      spec.dates = std::move(dates);
      fill_sections(sections, redlined, spec);
      if (!spec.flsa)
        for (size_t i = bounds.anchor; i < bounds.end && !spec.flsa; ++i)
          spec.flsa = read_flsa(lines[i].text);
      // A header label printed at the same place on several pages is taken for a running
      // header by the layout stage; it is still this spec's unit.
      for (const PageFurniture& furniture : text.furniture) {
        if (spec.bargaining_unit || furniture.page != lines[bounds.first].page) continue;
        for (const std::string& header : furniture.headers)
          if (!spec.bargaining_unit) spec.bargaining_unit = read_bargaining_unit(header);
      }
    }
    size_t clean_first = lines[bounds.first].line;
    size_t clean_end = lines[bounds.end - 1].line + 1;
    for (const PayRange& range : pay_ranges)
      if (range.lines.first >= clean_first && range.lines.last <= clean_end && range.lines.last > 0)
        spec.salary.push_back(range);
    spec.pages = {lines[bounds.first].page, lines[bounds.end - 1].page};
    if (const DocumentSpan* document = document_of(documents, lines[bounds.anchor].line))
      spec.document = document->id;
    specs.push_back(std::move(spec));
    kept.push_back(bounds);
    kept_redlined.push_back(redlined);
  }

  std::vector<std::string> titles;
  for (const ClassSpec& spec : specs) titles.push_back(comparable(spec.title));
  std::vector<std::string> fingerprints;
  for (size_t k = 0; k < specs.size(); ++k) {
    ClassSpec& spec = specs[k];
    spec.id = "spec-" + std::to_string(k + 1);
    if (!spec.competencies.empty() && spec.duties.empty()) {
      spec.status = std::nullopt;
    } else {
      spec.status = decide_status(kept, k, titles, captions, kept_redlined[k]);
    }
    fingerprints.push_back(fingerprint(spec));
    for (size_t earlier = 0; earlier < k; ++earlier) {
      if (fingerprints[earlier] == fingerprints[k] && !specs[earlier].duplicate_of) {
        spec.duplicate_of = specs[earlier].id;
        break;
      }
    }
  }

  for (const DocumentSpan& document : documents) {
    if (document.kind != DocumentKind::class_spec) continue;
    bool covered = std::any_of(specs.begin(), specs.end(), [&](const ClassSpec& spec) {
      return spec.pages.first <= document.pages.last && spec.pages.last >= document.pages.first;
    });
    if (!covered)
      diagnostics.push_back({Severity::warning, "class_spec_unread",
                             "A class specification document has no title block and section "
                             "headings that could be read; check its pages by hand.",
                             document.pages.first, "class_spec"});
  }
  return specs;
}

}  // namespace agendum
