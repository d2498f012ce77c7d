// The records agendum emits, one struct per kind of the output contract (CONTRACT.md, the
// schemas in schemas/). Field names follow the contract exactly; kinds, units and statuses
// are enums here and become the contract's strings only in the JSON export
// (pipeline/export/packet_json.h). Optional fields are std::optional and come out as null;
// lists come out as [].
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/page.h"

namespace agendum {

// What a document of a packet is. agreement: a labor agreement / MOU; compensation_study:
// a classification and compensation study or market survey.
enum class DocumentKind {
  agenda,
  minutes,
  staff_report,
  resolution,
  ordinance,
  class_spec,
  salary_schedule,
  agreement,
  compensation_study,
  other,
};

// The pay period an amount is for.
enum class PayUnit { hourly, biweekly, monthly, annual, unknown };

// Where a pay range was printed.
enum class PayContext { class_spec, schedule, resolution, report };

// adopted; draft: a template with blank vote and signature lines; referenced: only cited.
enum class ResolutionStatus { adopted, draft, referenced };

enum class SpecStatus { proposed, revised, existing, adopted };

enum class Flsa { exempt, non_exempt };

// A redline's verdict on an item.
enum class Change { deleted, inserted };

enum class MotionResult { carried, failed };

struct PageSpan {
  int first = 0, last = 0;  // 1-based, inclusive
};

// Index range into CleanText::lines, [first, last). Internal: not exported.
struct LineSpan {
  size_t first = 0, last = 0;
};

struct DocumentSpan {
  std::string id;  // "doc-1"
  DocumentKind kind = DocumentKind::other;
  std::optional<std::string> title;
  PageSpan pages;
  LineSpan lines;
  std::optional<std::string> label;  // packet stamp label ("3.5.a") when the packet has stamps
  // 0..1: how surely the document is of its kind (its recognizer's score); none for other.
  std::optional<double> confidence;
};

struct PayStep {
  std::string step;  // "A", "1"
  double amount = 0;
};

struct PayRange {
  std::string id;  // "pay-12"
  std::optional<std::string> classification;
  std::optional<std::string> range;  // range/grade as printed: "341", "N017"
  PayUnit unit = PayUnit::unknown;
  std::optional<double> min, max;
  std::vector<PayStep> steps;
  std::optional<std::string> effective_date;  // ISO
  PayContext context = PayContext::report;
  std::string document;  // DocumentSpan::id
  std::string text;      // printed text it came from
  PageSpan pages;
  LineSpan lines;  // internal
};

struct Vote {
  std::vector<std::string> ayes, noes, abstain, absent;
  // Counts printed without names ("AYES: 4"); exported only when present.
  std::optional<int> ayes_count, noes_count, abstain_count, absent_count;
};

struct Signatory {
  std::string name;
  std::string role;  // "Mayor", "City Clerk", "City Attorney", ...
};

struct ResolutionSection {
  std::string number;  // "1"
  std::string text;
};

struct Resolution {
  std::string id;                           // "res-1"
  std::optional<std::string> number;        // "19-110"
  std::optional<std::string> jurisdiction;  // "City of Carson"
  std::optional<std::string> body;          // "City Council"
  std::optional<std::string> title;
  ResolutionStatus status = ResolutionStatus::draft;
  std::vector<std::string> recitals;
  std::optional<std::string> resolved;  // "NOW, THEREFORE, ... RESOLVES AS FOLLOWS:"
  std::vector<ResolutionSection> sections;
  std::optional<std::string> adopted_date;  // ISO
  std::optional<Vote> vote;
  std::vector<Signatory> signatories;
  std::vector<std::string> references;
  std::vector<PayRange> pay_ranges;
  std::string document;  // DocumentSpan::id ("" when only referenced)
  PageSpan pages;
  // Made from a motion in minutes, with no printed text of its own: a printed copy found
  // later (in a packet read a window at a time) takes its vote. Not exported.
  bool from_minutes_vote = false;
};

struct AgendaItem {
  std::string number;  // "6A", "3.1", "11."
  std::optional<std::string> section;
  std::string title;
  std::optional<std::string> recommendation;
  std::optional<std::string> document;  // id of the document that serves the item
  PageSpan pages;
};

struct Agenda {
  std::optional<std::string> body;
  std::optional<std::string> meeting_type;
  std::optional<std::string> date;  // ISO
  std::optional<std::string> time;  // "18:00"
  std::optional<std::string> location;
  std::vector<std::string> members;
  std::vector<AgendaItem> items;
  std::string document;
  PageSpan pages;
};

struct Item {
  std::string text;
  std::optional<std::string> area;  // duty area: "Jail", "Property"
  std::optional<Change> change;
  std::vector<std::string> deleted;  // inline deletions dropped from text
};

struct SpecDate {
  std::string label;                // "Revision Date"
  std::optional<std::string> date;  // ISO
  std::string text;                 // as printed
};

struct OtherSection {
  std::string heading;
  std::string text;
};

struct Competency {
  std::string number;
  std::string name;
  std::optional<std::string> level;
  std::vector<std::string> indicators;
};

struct ClassSpec {
  std::string id;  // "spec-3"
  std::string title;
  std::string title_as_printed;
  std::optional<std::string> jurisdiction, class_code, bargaining_unit;
  std::optional<Flsa> flsa;
  std::optional<SpecStatus> status;
  std::vector<PayRange> salary;
  std::optional<std::string> definition, distinguishing_characteristics;
  std::optional<std::string> supervision_received, supervision_exercised;
  std::vector<Item> duties, other_duties, knowledge, skills, abilities;
  std::optional<std::string> education_experience;
  std::vector<Item> licenses;
  std::optional<std::string> special_requirements, career_ladder;
  std::vector<SpecDate> dates;
  std::vector<OtherSection> other_sections;
  std::vector<Competency> competencies;
  std::optional<std::string> duplicate_of;
  std::string document;
  PageSpan pages;
};

// One motion of a meeting's minutes, with its roll call when one was printed.
struct Motion {
  std::string text;
  std::optional<std::string> moved_by, seconded_by;
  std::optional<MotionResult> result;
  std::optional<Vote> vote;
  std::optional<std::string> resolution;  // number of the resolution the motion adopts
  std::optional<std::string> item;        // agenda item number the motion is under
};

struct Minutes {
  std::optional<std::string> body;
  std::optional<std::string> meeting_type;
  std::optional<std::string> date;  // ISO
  std::optional<std::string> location;
  std::vector<std::string> present, absent;
  std::vector<Motion> motions;
  std::string document;
  PageSpan pages;
};

// One row of a compensation study's market table.
struct MarketComparison {
  std::string classification;
  std::string measure;                      // "base_salary", "total_compensation", ...
  std::optional<double> percent_vs_market;  // positive: above the market median
  std::optional<int> comparators;           // agencies matched
  std::optional<std::string> note;          // "Insufficient Data"
  std::string text;
  std::string document;
  PageSpan pages;
};

struct SourceInfo {
  std::string file;
  std::string sha256;
  long long bytes = 0;
  int pages = 0;
  std::optional<std::string> producer, title;
};

struct Packet {
  SourceInfo source;
  std::vector<PageInfo> pages;
  std::vector<DocumentSpan> documents;
  std::optional<Agenda> agenda;
  std::vector<Minutes> minutes;
  std::vector<MarketComparison> market_comparisons;
  std::vector<Resolution> resolutions;
  std::vector<ClassSpec> class_specs;
  std::vector<PayRange> pay_ranges;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace agendum
