// A long packet, a window of pages at a time: the stages after reading (clean, segment,
// extract) on windows of pages, with each window's records handed to a PacketWriter as soon as
// no later page can change them, so memory is bounded by the window, not the packet.
//
// Pages come in (add) in page order, as read_pdf_in_batches delivers them. A window is
// cleaned together with kContextPages pages on either side (running headers are found by
// repetition on neighbouring pages; the context pages' lines are then dropped), segmented,
// and run through the extractors. The documents that end before the window's last document
// begins are written with their records; the pages of that last document (with any document
// sharing its first page) are carried into the next window, so a document shorter than a
// window is read whole, as in a whole-packet run. A document that reaches a window's length
// is cut: its first part's span stays open, and the next window's first document continues it
// (one document record, the pages of all its parts; its records are those of each part, an
// agenda's items joined into the one agenda).
//
// Ids (doc-, pay-, res-, spec-) are numbered over the whole packet, in the order records are
// written. Two kinds of record are held to the end and written as one pass would write them:
// the resolutions (a packet's few dozen), so a resolution printed again is written once, a
// motion in minutes adopts a resolution printed in any window, and one only cited is no record
// when another window prints it; and the agenda, with what each written document offers for
// linking (its stamp label, a report's item number and subject), so an item names its
// document wherever in the packet that is. Class specs are written as their windows end: a
// spec is a duplicate of another, or takes its status from a caption or redline elsewhere,
// only when both are in one window.
// Diagnostics are kept (they are few) and written at the end in the whole-packet order: reading,
// then by stage.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extractors/agenda.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/page.h"
#include "pipeline/core/records.h"
#include "pipeline/export/packet_writer.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

// Pages before and after a window that are cleaned with it, for running headers and footers.
inline constexpr size_t kContextPages = 2;

class WindowedExtraction {
 public:
  // window_pages: pages extracted together (at least 2 * kContextPages); jobs as for
  // extract_from_pages.
  WindowedExtraction(PacketWriter& writer, int window_pages, int jobs);

  // The next pages read, in page order, and the reading diagnostics that came with them.
  void add(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics);

  // How many more pages fill the next window (with its context), a few at a time: a reader
  // that reads no further has none held beside the window's work; and whether those fill it
  // (adding them extracts the window).
  BatchWanted pages_wanted() const;

  // Extracts the pages still held and writes what is left (the open document, the agenda, the
  // diagnostics); returns every diagnostic written.
  std::vector<Diagnostic> finish();

 private:
  struct Ids;
  void extract_window(bool last);
  void write_records(Packet& packet, Ids& ids, bool cut, int last_written_page);
  void hold_resolution(Resolution resolution);
  void write_resolutions();
  void keep_notes(std::vector<std::vector<Diagnostic>>& notes, int first_page, int last_page);

  // A page read and not yet done with, encoded (encode_page): half the size of the page.
  struct HeldPage {
    PageInfo info;
    std::string bytes;
  };

  PacketWriter& writer_;
  const size_t window_pages_;
  const int jobs_;
  std::vector<HeldPage> pending_;  // read, not yet written: carried pages, then new ones
  size_t carried_ = 0;             // pages at the head of pending_ carried from the last window
  std::vector<HeldPage> before_;   // the last written pages, context for the next window
  std::optional<DocumentSpan> open_document_;      // a document cut at a window's end
  std::optional<std::string> agenda_document_;     // the packet agenda's document, once written
  std::optional<Agenda> agenda_;                   // the packet's agenda, written by finish()
  std::vector<ItemDocumentFacts> document_facts_;  // of every document written, for agenda_
  bool agenda_open_ = false;                       // the agenda's document is open_document_
  bool agenda_closed_ = false;  // its order of business reached its end (ADJOURNMENT)
  size_t documents_ = 0, pay_ranges_ = 0, resolutions_ = 0, class_specs_ = 0;
  // Resolutions, one per number, written by finish(): printed or adopted, in packet order (a
  // motion a later print took is empty), and those only cited, each at its first citation.
  std::vector<std::optional<Resolution>> held_resolutions_;
  std::map<std::string, size_t> printed_at_;  // number -> place in held_resolutions_
  std::vector<Resolution> cited_resolutions_;
  std::set<std::string> cited_numbers_;
  std::vector<Diagnostic> read_notes_;
  std::vector<std::vector<Diagnostic>> stage_notes_;  // one list per stage, in table order
  std::set<std::pair<std::string, std::string>> pageless_notes_;  // code, message: once each
};

}  // namespace agendum
