#include "extractors/pay_range.h"

#include <algorithm>

#include "extractors/pay_checks.h"
#include "extractors/pay_inline.h"
#include "extractors/pay_link.h"
#include "extractors/pay_list.h"
#include "extractors/pay_table.h"
#include "extractors/table_rebuild.h"

namespace agendum {
namespace {

const DocumentSpan* document_at(const std::vector<DocumentSpan>& documents, size_t line) {
  for (const DocumentSpan& document : documents)
    if (line >= document.lines.first && line < document.lines.last) return &document;
  return nullptr;
}

// The contract's context names the kind of document the range was printed in; a table in
// a document segmentation could not name is a schedule, a range in its prose a report.
PayContext context_of(const DocumentSpan* document, bool from_table) {
  if (document) {
    if (document->kind == DocumentKind::class_spec) return PayContext::class_spec;
    if (document->kind == DocumentKind::resolution) return PayContext::resolution;
    if (document->kind == DocumentKind::salary_schedule) return PayContext::schedule;
    if (document->kind != DocumentKind::other) return PayContext::report;
  }
  return from_table ? PayContext::schedule : PayContext::report;
}

// Ranges printed on one line each, one unit per line, in a block ("$33.29 - $46.95 Hourly",
// then Monthly, then Annually) belong together for the unit cross-check.
std::vector<PayGroup> inline_groups(const CleanText& text, std::vector<bool>& skip) {
  std::vector<PayGroup> groups;
  std::optional<size_t> previous_line;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (skip[i]) continue;
    std::vector<PayRange> found = find_inline_pay_ranges(text.lines[i]);
    if (found.empty()) continue;
    skip[i] = true;
    for (PayRange& pay : found) {
      pay.lines = {i, i + 1};
      pay.pages = {text.lines[i].page, text.lines[i].page};
    }
    bool joins = previous_line && *previous_line + 1 == i && found.size() == 1 && !groups.empty();
    if (joins)
      for (const PayRange& pay : groups.back())
        joins = joins && pay.unit != found[0].unit && pay.classification == found[0].classification;
    if (joins) {
      groups.back().push_back(std::move(found[0]));
    } else if (std::all_of(found.begin(), found.end(), [&](const PayRange& pay) {
                 return pay.classification == found[0].classification;
               })) {
      groups.push_back(std::move(found));  // one class in several units
    } else {
      // Several classes on one line ("range 335 ... | range 341 ...") are checked apart.
      for (PayRange& pay : found) groups.push_back({std::move(pay)});
    }
    previous_line = i;
  }
  return groups;
}

// Text printed sideways (a table turned a quarter on a portrait page) read upright: a copy of
// the flow in which each sideways line is replaced by its lines turned upright, with the flow
// line each line of the copy came from. Nothing when no line is sideways (the usual case).
struct UprightFlow {
  CleanText text;
  std::vector<size_t> source;
};

std::optional<UprightFlow> upright_flow(const CleanText& text) {
  if (std::none_of(text.lines.begin(), text.lines.end(), is_sideways)) return std::nullopt;
  UprightFlow flow;
  flow.text.furniture = text.furniture;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (!is_sideways(text.lines[i])) {
      flow.text.lines.push_back(text.lines[i]);
      flow.source.push_back(i);
      continue;
    }
    for (Line& line : lines_turned_upright(text.lines[i])) {
      flow.text.lines.push_back(std::move(line));
      flow.source.push_back(i);
    }
  }
  return flow;
}

// Every form pay is printed in: ranges inside a line, tables, lists without headings.
PayFindings find_pay(const CleanText& text, std::vector<Diagnostic>& diagnostics) {
  const std::vector<bool> illegible = find_illegible_lines(text, diagnostics);
  std::vector<bool> skip = illegible;
  PayFindings found;
  found.groups = inline_groups(text, skip);
  found.from_table.assign(found.groups.size(), false);
  for (PayGroup& group : find_pay_tables(text, skip, diagnostics)) {
    for (const PayRange& pay : group)
      for (size_t i = pay.lines.first; i < pay.lines.last; ++i) skip[i] = true;
    found.groups.push_back(std::move(group));
    found.from_table.push_back(true);
  }
  std::vector<bool> read(text.lines.size(), false);
  for (size_t i = 0; i < read.size(); ++i) read[i] = skip[i] && !illegible[i];
  for (PayGroup& group : find_pay_lists(text, read)) {
    found.groups.push_back(std::move(group));
    found.from_table.push_back(true);
  }
  return found;
}

}  // namespace

PayFindings find_pay_ranges(const CleanText& text, std::vector<Diagnostic>& diagnostics) {
  const std::optional<UprightFlow> upright = upright_flow(text);
  PayFindings found = find_pay(upright ? upright->text : text, diagnostics);
  if (upright)
    for (PayGroup& group : found.groups)
      for (PayRange& pay : group)
        pay.lines = {upright->source[pay.lines.first], upright->source[pay.lines.last - 1] + 1};
  return found;
}

std::vector<PayRange> extract_pay_ranges(const CleanText& text,
                                         const std::vector<DocumentSpan>& documents,
                                         std::vector<Diagnostic>& diagnostics) {
  return extract_pay_ranges(text, documents, find_pay_ranges(text, diagnostics), diagnostics);
}

std::vector<PayRange> extract_pay_ranges(const CleanText& text,
                                         const std::vector<DocumentSpan>& documents,
                                         PayFindings found, std::vector<Diagnostic>& diagnostics) {
  std::vector<PayGroup>& groups = found.groups;

  std::vector<size_t> order(groups.size());
  for (size_t g = 0; g < order.size(); ++g) order[g] = g;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return groups[a].front().lines.first < groups[b].front().lines.first;
  });

  std::vector<PayRange> out;
  std::vector<bool> listed;  // from a class list: a class and its range code, no amounts
  for (size_t g : order) {
    check_pay_group(groups[g], diagnostics);
    for (PayRange& pay : groups[g]) {
      const DocumentSpan* document = document_at(documents, pay.lines.first);
      pay.context = context_of(document, found.from_table[g]);
      pay.document = document ? document->id : "";
      if (!pay.classification && pay.context == PayContext::class_spec && document &&
          document->title)
        pay.classification = document->title;
      pay.id = "pay-" + std::to_string(out.size() + 1);
      listed.push_back(found.from_table[g] && pay.classification && pay.range && !pay.min &&
                       !pay.max && pay.steps.empty());
      out.push_back(std::move(pay));
    }
  }
  link_class_ranges(text, listed, out);
  return out;
}

}  // namespace agendum
