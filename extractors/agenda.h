// The meeting agenda of a packet: its header (body, meeting type, date, time, place, roll
// call) and its items, each linked to the document in the packet that serves it.
//
// A packet without an agenda whose documents include minutes gets the meeting the minutes
// record as its agenda: its date, its place, the members present and its numbered business.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"

namespace agendum {

std::optional<Agenda> extract_agenda(const CleanText& text,
                                     const std::vector<DocumentSpan>& documents,
                                     std::vector<Diagnostic>& diagnostics);

// What an agenda item is matched to its document by, kept per document so a packet read a
// window at a time can link items to documents of later windows (pipeline/run/windows.h).
struct ItemDocumentFacts {
  std::string id;
  DocumentKind kind = DocumentKind::other;
  std::optional<std::string> label;        // the packet stamp's label, upper case ("3.5")
  std::optional<std::string> item_number;  // a staff report's "Agenda #: 3.1", upper case
  std::set<std::string> title_words;       // a staff report's subject, for comparing titles
};

std::vector<ItemDocumentFacts> item_document_facts(const CleanText& text,
                                                   const std::vector<DocumentSpan>& documents);

// Gives each item without a document the one that serves it: by the packet's numbering (stamp
// labels, then a report's item number), then by a report's subject restating the item's title.
// A document serves one item; the agenda's own (agenda_id) none.
void link_items_to_documents(const std::vector<ItemDocumentFacts>& documents,
                             const std::string& agenda_id, std::vector<AgendaItem>& items);

}  // namespace agendum
