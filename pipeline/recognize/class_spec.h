// Class specifications: what one looks like, written once for segmentation and its extractor.
//
// A specification is a title block followed by the sections every spec is written in,
// whatever the agency calls them (spec_headings.h). The title block is the class title with
// the fields printed around it: labelled lines ("Class Code: 1125", "FLSA: Non-Exempt",
// "Bargaining Unit: ...", "Revised: 02/26/1981"), the agency ("CITY OF TORRANCE"), a caption
// ("Class Specification", "California State Personnel Board Specification"), salary lines, or
// a grid of labels over their values ("Class Title | Class Code | Pay Grade | FLSA"). The
// title is printed in caps, or set larger than the section headings, or carries its code
// ("4206 - Program Assistant").
//
// A series prints several classes (levels) in one document: a table of its classes and their
// codes ("Schem Code | Class Code | Class"), then sections whose paragraphs say which level
// they describe under sub-headings that name the level ("Tree Maintenance Worker", "Office
// Assistant (Various Classes)", "Both Levels:").
//
// Competency models ("COMPETENCY MODEL FOR" / title / "CLASS CODE 9375") describe a class by
// competencies instead of sections; they are specs too.
//
// The recognizer (kClassSpecRecognizer) opens a class_spec document at the first line of every
// title block whose sections make a spec; the extractor (extractors/class_spec.h) runs
// locate_specs on each class_spec document's own lines and reads what it places. Nothing here
// parses dates or tidies titles: that is reading, and the extractor's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/records.h"
#include "pipeline/recognize/spec_lines.h"

namespace agendum {

struct TitleBlock {
  size_t first = 0;  // index into the spec lines where the specification starts
  size_t title = 0;  // index of the (last) title line
  std::string title_as_printed;
  std::optional<std::string> jurisdiction, class_code, bargaining_unit;
  std::optional<Flsa> flsa;
  bool draft = false;           // captioned DRAFT: not yet adopted
  bool labelled = false;        // carries a class code, unit, FLSA or a spec caption
  std::vector<SpecDate> dates;  // label and text as printed (date left unset)
};

// Where one specification sits in a run of spec lines.
struct SpecPlacement {
  size_t first = 0;                 // first line of the title block
  size_t anchor = 0;                // first section heading, or the competency model's opening line
  size_t end = 0;                   // one past the last line
  std::optional<TitleBlock> block;  // none for a competency model
  bool competency = false;
};

enum class SpecLocating {
  openings,  // where documents open, in a whole packet
  records,   // the specs to read, in one document segmentation called a class spec
};

// Every specification in `lines`, in order, each ending where the next begins. A spec opens
// at a definition-like heading (definition, job summary, distinguishing features) with a
// title block above it. It stands when its block is labelled or its sections say distinct
// things about the class: two to open a document, three to be read as a spec. For records,
// a spec may also open at its first section heading of any kind, and a mixed-case title may
// be the plain short line above the heading.
std::vector<SpecPlacement> locate_specs(const std::vector<SpecLine>& lines, SpecLocating mode);

// A dated line of a spec ("Revision Date: Aug 1, 2017", "Established: 07/23/1975",
// "Class Established: 8/54", "Spec. Revision:" with the date on the next line). consumed is
// set to the number of lines read (1 or 2). The date is left unset.
std::optional<SpecDate> read_dated_line(const std::vector<SpecLine>& lines, size_t i,
                                        size_t& consumed);

// "Bargaining Unit: Torrance Municipal Employees" -> "Torrance Municipal Employees";
// "CBU Code: 31E, AFSCME ..." -> "31E, AFSCME ...".
std::optional<std::string> read_bargaining_unit(std::string_view text);

// "FLSA: Non-Exempt", "FLSA Status: Exempt", "This position is FLSA Non-Exempt".
std::optional<Flsa> read_flsa(std::string_view text);

// A caption line that is no part of the text around it: "ATTACHMENT A", "Exhibit B",
// "CITY OF TORRANCE" repeated at a page top, "Page 2 of 4".
bool is_stray_caption(std::string_view text);

// Caps as OCR reads a caps title: "s TOREKEEPER" has one stray lower-case letter.
bool mostly_caps(std::string_view text);

// "Either I", "Or II", "OR": the alternatives of a minimum-qualifications statement, set like
// sub-headings but no sections of their own.
bool is_alternative_marker(std::string_view text);

// True when lines[i] opens a competency model ("COMPETENCY MODEL FOR").
bool opens_competency_model(const std::vector<SpecLine>& lines, size_t i);

// One class of a series.
struct SpecLevel {
  std::string title;                // as printed: "Tree Maintenance Worker"
  std::optional<std::string> code;  // "0748"
  std::vector<SpecDate> dates;      // from the series' history table, date left unset
};

// At most this many levels are told apart (a LevelSet is a bit per level).
inline constexpr size_t kMaxLevels = 64;
using LevelSet = std::uint64_t;
inline constexpr LevelSet kAllLevels = ~LevelSet{0};

struct SpecSeries {
  std::vector<SpecLevel> levels;  // two or more: the document is a series
  std::vector<LineSpan> tables;   // spec-line ranges of its tables (not section text)
};

// The series printed in lines [first, end): its table of classes and codes (and history
// table of dates). No levels when the lines hold one class.
SpecSeries read_series(const std::vector<SpecLine>& lines, size_t first, size_t end);

// The levels a sub-heading line names: "Tree Maintenance Worker" one, "Office Assistant
// (Various Classes)" all Office Assistants, "Office Assistant/Technician (Typing)" both typing
// classes, "Both Levels:" every level. Nothing when the line names no level.
std::optional<LevelSet> levels_named(const SpecLine& line, const std::vector<SpecLevel>& levels);

}  // namespace agendum
