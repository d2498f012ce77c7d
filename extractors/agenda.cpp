#include "extractors/agenda.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "extractors/agenda_header.h"
#include "extractors/agenda_items.h"
#include "extractors/minutes.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// Words for comparing an item's title with a report's subject.
std::set<std::string> title_words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      if (word.size() > 1) words.insert(word);
      word.clear();
    }
  }
  return words;
}

double title_overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.size() < 3 || b.size() < 3) return 0;
  size_t shared = 0;
  for (const std::string& word : a) shared += b.count(word);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

std::string bare_number(std::string number) {
  while (!number.empty() && (number.back() == '.' || number.back() == ')')) number.pop_back();
  return to_upper_ascii(number);
}

// The number a report gives for its item: "Agenda #: 3.1", "Item 6A", "Agenda Item No. 5.2".
std::optional<std::string> report_item_number(const std::vector<Line>& lines,
                                              const DocumentSpan& doc) {
  static const RE2 kItemNumber(
      R"((?i)\b(?:agenda\s*(?:#|item|no\.?)|item(?:\s+no\.?)?)\s*:?\s*#?\s*(\d{1,2}(?:\.\d{1,2}|[a-z])?)\b)");
  for (size_t i = doc.lines.first; i < doc.lines.last && i < doc.lines.first + 6; ++i) {
    std::string number;
    if (RE2::PartialMatch(printed_with_marker(lines[i]), kItemNumber, &number))
      return to_upper_ascii(number);
  }
  return std::nullopt;
}

}  // namespace

std::vector<ItemDocumentFacts> item_document_facts(const CleanText& text,
                                                   const std::vector<DocumentSpan>& documents) {
  std::vector<ItemDocumentFacts> facts;
  facts.reserve(documents.size());
  for (const DocumentSpan& doc : documents) {
    ItemDocumentFacts fact{doc.id, doc.kind, std::nullopt, std::nullopt, {}};
    if (doc.label) fact.label = to_upper_ascii(*doc.label);
    if (doc.kind == DocumentKind::staff_report) {
      fact.item_number = report_item_number(text.lines, doc);
      if (doc.title) fact.title_words = title_words(*doc.title);
    }
    facts.push_back(std::move(fact));
  }
  return facts;
}

void link_items_to_documents(const std::vector<ItemDocumentFacts>& documents,
                             const std::string& agenda_id, std::vector<AgendaItem>& items) {
  std::set<std::string> used;
  for (const AgendaItem& item : items)
    if (item.document) used.insert(*item.document);
  auto take = [&](AgendaItem& item, const ItemDocumentFacts& doc) {
    item.document = doc.id;
    used.insert(doc.id);
  };
  auto free = [&](const ItemDocumentFacts& doc) {
    return doc.id != agenda_id && !used.count(doc.id);
  };
  // The packet's own numbering first: stamp labels, then the report's "Agenda #:".
  for (AgendaItem& item : items) {
    if (item.document) continue;
    std::string number = bare_number(item.number);
    for (const ItemDocumentFacts& doc : documents) {
      if (free(doc) && doc.label == number) {
        take(item, doc);
        break;
      }
    }
    if (item.document) continue;
    for (const ItemDocumentFacts& doc : documents) {
      if (free(doc) && doc.kind == DocumentKind::staff_report && doc.item_number == number) {
        take(item, doc);
        break;
      }
    }
  }
  // Then titles: the report's subject restates the item's title.
  for (AgendaItem& item : items) {
    if (item.document) continue;
    std::set<std::string> item_words = title_words(item.title);
    const ItemDocumentFacts* best = nullptr;
    double best_overlap = 0.8;
    for (const ItemDocumentFacts& doc : documents) {
      if (!free(doc) || doc.kind != DocumentKind::staff_report || doc.title_words.empty()) continue;
      double overlap = title_overlap(item_words, doc.title_words);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = &doc;
      }
    }
    if (best) take(item, *best);
  }
}

std::optional<Agenda> extract_agenda(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics) {
  auto valid = [&](const DocumentSpan& doc) {
    return doc.lines.first < doc.lines.last && doc.lines.last <= text.lines.size();
  };
  auto agenda_doc = std::find_if(documents.begin(), documents.end(), [&](const DocumentSpan& doc) {
    return doc.kind == DocumentKind::agenda && valid(doc);
  });
  // A packet of minutes without an agenda: its agenda is the meeting the minutes record.
  bool from_minutes = agenda_doc == documents.end();
  if (from_minutes)
    agenda_doc = std::find_if(documents.begin(), documents.end(), [&](const DocumentSpan& doc) {
      return doc.kind == DocumentKind::minutes && valid(doc);
    });
  if (agenda_doc == documents.end()) return std::nullopt;

  Agenda agenda;
  agenda.document = agenda_doc->id;
  agenda.pages = agenda_doc->pages;
  ParsedAgendaItems parsed = parse_agenda_items(text.lines, agenda_doc->lines);
  agenda.items = std::move(parsed.items);

  size_t end_line = agenda_doc->lines.last - 1, end_offset = std::string::npos;
  if (parsed.first_entry) {
    end_line = agenda_doc->lines.first + parsed.first_entry->line;
    end_offset = parsed.first_entry->offset;
  }
  MeetingHeader header = read_meeting_header(text, agenda_doc->lines, end_line, end_offset);
  agenda.body = header.body;
  agenda.meeting_type = header.meeting_type;
  agenda.date = header.date;
  agenda.time = header.time;
  agenda.location = header.location;
  agenda.members = from_minutes ? read_attendance(text.lines, agenda_doc->lines).present
                                : find_roll_call(text.lines, agenda_doc->lines);
  if (!from_minutes)
    link_items_to_documents(item_document_facts(text, documents), agenda_doc->id, agenda.items);

  if (agenda.items.empty() && !from_minutes) {
    diagnostics.push_back(
        {Severity::warning, "agenda_without_items",
         "The agenda was recognised but none of its numbered items could be read.",
         agenda.pages.first, "agenda"});
  }
  return agenda;
}

}  // namespace agendum
