// The records agendum emits, one struct per kind in ../shared/design/CONTRACT.md.
// Field names follow the contract exactly; extractors/records_json.cpp turns them into JSON.
// Optional fields are std::optional and come out as null; lists come out as [].
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/page.h"

namespace agendum {

struct PageSpan {
  int first = 0, last = 0;  // 1-based, inclusive
};

// Index range into CleanText::lines, [first, last). Internal: not exported.
struct LineSpan {
  size_t first = 0, last = 0;
};

struct DocumentSpan {
  std::string id;                   // "doc-1"
  std::string kind;                 // agenda | staff_report | resolution | class_spec |
                                    // salary_schedule | minutes | other
  std::optional<std::string> title;
  PageSpan pages;
  LineSpan lines;
  std::optional<std::string> label; // packet stamp label ("3.5.a") when the packet has stamps
};

struct PayStep {
  std::string step;                 // "A", "1"
  double amount = 0;
};

struct PayRange {
  std::string id;                   // "pay-12"
  std::optional<std::string> classification;
  std::optional<std::string> range; // range/grade as printed: "341", "N017"
  std::string unit = "unknown";     // hourly | biweekly | monthly | annual | unknown
  std::optional<double> min, max;
  std::vector<PayStep> steps;
  std::optional<std::string> effective_date;  // ISO
  std::string context;              // class_spec | schedule | resolution | report
  std::string document;             // DocumentSpan::id
  std::string text;                 // printed text it came from
  PageSpan pages;
  LineSpan lines;                   // internal
};

struct Vote {
  std::vector<std::string> ayes, noes, abstain, absent;
  // Counts printed without names ("AYES: 4"); exported only when present.
  std::optional<int> ayes_count, noes_count, abstain_count, absent_count;
};

struct Signatory {
  std::string name;
  std::string role;                 // "Mayor", "City Clerk", "City Attorney", ...
};

struct ResolutionSection {
  std::string number;               // "1"
  std::string text;
};

struct Resolution {
  std::string id;                   // "res-1"
  std::optional<std::string> number;        // "19-110"
  std::optional<std::string> jurisdiction;  // "City of Carson"
  std::optional<std::string> body;          // "City Council"
  std::optional<std::string> title;
  std::string status = "draft";     // adopted | draft | referenced
  std::vector<std::string> recitals;
  std::optional<std::string> resolved;      // "NOW, THEREFORE, ... RESOLVES AS FOLLOWS:"
  std::vector<ResolutionSection> sections;
  std::optional<std::string> adopted_date;  // ISO
  std::optional<Vote> vote;
  std::vector<Signatory> signatories;
  std::vector<std::string> references;
  std::vector<PayRange> pay_ranges;
  std::string document;             // DocumentSpan::id ("" when only referenced)
  PageSpan pages;
};

struct AgendaItem {
  std::string number;               // "6A", "3.1", "11."
  std::optional<std::string> section;
  std::string title;
  std::optional<std::string> recommendation;
  std::optional<std::string> document;      // id of the document that serves the item
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
  std::optional<std::string> area;          // duty area: "Jail", "Property"
  std::optional<std::string> change;        // "deleted" | "inserted"
  std::vector<std::string> deleted;         // inline deletions dropped from text
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
  std::string id;                   // "spec-3"
  std::string title;
  std::string title_as_printed;
  std::optional<std::string> jurisdiction, class_code, bargaining_unit, flsa, status;
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
  std::vector<Resolution> resolutions;
  std::vector<ClassSpec> class_specs;
  std::vector<PayRange> pay_ranges;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace agendum
