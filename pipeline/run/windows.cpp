#include "pipeline/run/windows.h"

#include <algorithm>
#include <map>
#include <utility>

#include "extractors/resolution.h"
#include "pipeline/recognize/meeting_cues.h"
#include "pipeline/run/page_cache.h"
#include "pipeline/run/stages.h"
#include "pipeline/text/clean.h"

namespace agendum {
namespace {

// Lines and furniture of pages outside [first, last] (the context pages) are dropped.
void keep_pages(CleanText& text, int first, int last) {
  auto outside = [&](int page) { return page < first || page > last; };
  std::erase_if(text.lines, [&](const Line& line) { return outside(line.page); });
  std::erase_if(text.furniture, [&](const PageFurniture& page) { return outside(page.page); });
}

std::string renamed(const std::string& prefix, size_t number) {
  return prefix + std::to_string(number);
}

}  // namespace

// A window's ids to the packet's.
struct WindowedExtraction::Ids {
  std::map<std::string, std::string> documents, pay_ranges, class_specs;
  std::optional<std::string> continued;  // the window's document that continues the open one
  std::string last;                      // the window's last written document

  bool written(const std::string& document) const { return documents.contains(document); }
  std::optional<std::string> document(const std::optional<std::string>& id) const {
    if (!id) return std::nullopt;
    auto found = documents.find(*id);
    return found == documents.end() ? std::nullopt : std::optional<std::string>(found->second);
  }
};

WindowedExtraction::WindowedExtraction(PacketWriter& writer, int window_pages, int jobs)
    : writer_(writer),
      window_pages_(
          std::max<size_t>(static_cast<size_t>(std::max(window_pages, 0)), 2 * kContextPages)),
      jobs_(jobs) {
  stage_notes_.resize(stages().size());
}

void WindowedExtraction::add(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics) {
  for (Diagnostic& diagnostic : diagnostics) read_notes_.push_back(std::move(diagnostic));
  for (PageText& page : pages) {
    pending_.push_back({page.info, encode_page(page)});
    page = PageText{};  // its words are held encoded now
    if (pending_.size() >= carried_ + window_pages_ + kContextPages) extract_window(false);
  }
}

BatchWanted WindowedExtraction::pages_wanted() const {
  // A few pages at a time: pages are held encoded once added, but whole while a batch is read.
  constexpr size_t kReadBatch = 8;
  const size_t full = carried_ + window_pages_ + kContextPages;
  if (pending_.size() >= full) return {1, true};
  const size_t pages = std::min(full - pending_.size(), kReadBatch);
  return {static_cast<int>(pages), pending_.size() + pages >= full};
}

std::vector<Diagnostic> WindowedExtraction::finish() {
  while (!pending_.empty()) extract_window(true);
  if (open_document_) writer_.add(*open_document_);
  write_resolutions();
  if (agenda_) {
    link_items_to_documents(document_facts_, agenda_->document, agenda_->items);
    writer_.set_agenda(*agenda_);
  }
  std::vector<Diagnostic> all = std::move(read_notes_);
  for (std::vector<Diagnostic>& notes : stage_notes_)
    for (Diagnostic& diagnostic : notes) all.push_back(std::move(diagnostic));
  if (writer_.records() == 0) all.push_back(no_records_note());
  for (const Diagnostic& diagnostic : all) writer_.add(diagnostic);
  return all;
}

void WindowedExtraction::extract_window(bool last) {
  const size_t window = last ? pending_.size() : pending_.size() - kContextPages;
  const int first_page = pending_.front().info.page;
  const int last_page = pending_[window - 1].info.page;

  // The window with its context pages, decoded: cleaning consumes its pages, and the window's
  // own may be needed again (carried) or as context for the next.
  std::vector<PageText> pages;
  pages.reserve(before_.size() + pending_.size());
  for (const std::vector<HeldPage>* held : {&before_, &pending_})
    for (const HeldPage& page : *held) pages.push_back(decode_page(page.bytes).value());
  std::vector<std::vector<Diagnostic>> notes(stages().size());
  RunState state;
  CleanOptions cleaning;
  cleaning.jobs = jobs_;
  state.text = clean_pages(std::move(pages), cleaning, notes.front());
  keep_pages(state.text, first_page, last_page);
  std::vector<std::string_view> done = run_stages(state, notes, jobs_, {"layout"}, "segment");
  std::vector<DocumentSpan>& documents = state.packet.documents;

  // Where the next window starts: at the last document, or the first of those sharing a page
  // with the one after. A carry as long as a window is cut instead.
  size_t carry = documents.size();
  bool cut = false;
  if (!last && !documents.empty()) {
    carry = documents.size() - 1;
    while (carry > 0 && documents[carry - 1].pages.last >= documents[carry].pages.first) --carry;
    const int carry_page = documents[carry].pages.first;
    const size_t carried_pages = static_cast<size_t>(
        std::count_if(pending_.begin(), pending_.begin() + static_cast<long>(window),
                      [&](const HeldPage& page) { return page.info.page >= carry_page; }));
    if (carry == 0 || carried_pages >= window_pages_) {
      carry = documents.size();
      cut = true;
    }
  }
  size_t written_pages = window;
  if (carry < documents.size()) {
    const int carry_page = documents[carry].pages.first;
    written_pages = static_cast<size_t>(
        std::count_if(pending_.begin(), pending_.begin() + static_cast<long>(window),
                      [&](const HeldPage& page) { return page.info.page < carry_page; }));
  }
  const int last_written_page =
      written_pages > 0 ? pending_[written_pages - 1].info.page : first_page - 1;

  // The written pages, but for the next window's context, are not read again: they are let go
  // before the extractors run, which is when a window holds the most.
  for (size_t p = 0; p + kContextPages < written_pages; ++p) std::string().swap(pending_[p].bytes);
  run_stages(state, notes, jobs_, done);

  // What the documents offer agenda items, under their window ids.
  std::vector<ItemDocumentFacts> window_facts = item_document_facts(state.text, documents);

  // Ids: the window's first document continues a cut one; the others are numbered on.
  Ids ids;
  for (size_t d = 0; d < carry; ++d) {
    DocumentSpan& document = documents[d];
    const std::string window_id = document.id;
    if (d == 0 && open_document_) {
      ids.continued = window_id;
      ids.documents[window_id] = open_document_->id;
      open_document_->pages.last = document.pages.last;
    } else {
      if (open_document_) {
        writer_.add(*open_document_);
        open_document_.reset();
      }
      document.id = renamed("doc-", ++documents_);
      ids.documents[window_id] = document.id;
      if (!(cut && d + 1 == carry)) writer_.add(document);
    }
    ids.last = ids.documents[window_id];
    if (cut && d + 1 == carry && !open_document_) open_document_ = document;
  }
  if (!cut && open_document_) {
    writer_.add(*open_document_);
    open_document_.reset();
  }
  // A continued document's facts came with its first part (its head, where they are printed).
  for (ItemDocumentFacts& facts : window_facts) {
    auto id = ids.documents.find(facts.id);
    if (id == ids.documents.end() || facts.id == ids.continued) continue;
    facts.id = id->second;
    document_facts_.push_back(std::move(facts));
  }

  write_records(state.packet, ids, cut, last_written_page);
  keep_notes(notes, first_page, last_written_page);
  for (size_t p = 0; p < written_pages; ++p) writer_.add(pending_[p].info);

  // The last written pages become the next window's context; the carried ones stay.
  const size_t keep_from = written_pages > kContextPages ? written_pages - kContextPages : 0;
  std::vector<HeldPage> context;
  if (written_pages > 0)
    context.assign(std::make_move_iterator(pending_.begin() + static_cast<long>(keep_from)),
                   std::make_move_iterator(pending_.begin() + static_cast<long>(written_pages)));
  if (context.size() < kContextPages && !before_.empty()) {
    const size_t wanted = std::min(kContextPages - context.size(), before_.size());
    context.insert(context.begin(),
                   std::make_move_iterator(before_.end() - static_cast<long>(wanted)),
                   std::make_move_iterator(before_.end()));
  }
  before_ = std::move(context);
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<long>(written_pages));
  carried_ = last ? 0 : window - written_pages;
  if (last && written_pages == 0) pending_.clear();  // nothing read on the pages left
}

void WindowedExtraction::write_records(Packet& packet, Ids& ids, bool cut, int last_written_page) {
  for (PayRange& pay : packet.pay_ranges) {
    if (!ids.written(pay.document)) continue;
    const std::string window_id = pay.id;
    pay.id = renamed("pay-", ++pay_ranges_);
    pay.document = *ids.document(pay.document);
    ids.pay_ranges[window_id] = pay.id;
    writer_.add(pay);
  }
  auto claimed = [&](std::vector<PayRange>& ranges) {
    for (PayRange& pay : ranges) {
      if (auto found = ids.pay_ranges.find(pay.id); found != ids.pay_ranges.end())
        pay.id = found->second;
      if (auto document = ids.document(pay.document)) pay.document = *document;
    }
  };
  for (Resolution& resolution : packet.resolutions) {
    // A resolution only cited (no document) belongs to the window that writes its page.
    const bool in_window = resolution.document.empty() ? resolution.pages.first <= last_written_page
                                                       : ids.written(resolution.document);
    if (!in_window) continue;
    if (!resolution.document.empty()) resolution.document = *ids.document(resolution.document);
    claimed(resolution.pay_ranges);
    hold_resolution(std::move(resolution));
  }
  for (ClassSpec& spec : packet.class_specs) {
    if (!ids.written(spec.document)) continue;
    const std::string window_id = spec.id;
    spec.id = renamed("spec-", ++class_specs_);
    ids.class_specs[window_id] = spec.id;
    spec.document = *ids.document(spec.document);
    if (spec.duplicate_of) {
      auto found = ids.class_specs.find(*spec.duplicate_of);
      spec.duplicate_of =
          found == ids.class_specs.end() ? std::nullopt : std::optional<std::string>(found->second);
    }
    claimed(spec.salary);
    writer_.add(spec);
  }
  for (Minutes& minutes : packet.minutes) {
    if (!ids.written(minutes.document)) continue;
    minutes.document = *ids.document(minutes.document);
    writer_.add(minutes);
  }
  for (MarketComparison& row : packet.market_comparisons) {
    if (!ids.written(row.document)) continue;
    row.document = *ids.document(row.document);
    writer_.add(row);
  }
  // The packet's agenda is its first; a later window adds the items of the agenda's
  // continuation.
  if (packet.agenda && ids.written(packet.agenda->document)) {
    Agenda& agenda = *packet.agenda;
    const bool continues = agenda_open_ && ids.continued == agenda.document;
    agenda.document = *ids.document(agenda.document);
    for (AgendaItem& item : agenda.items) item.document = ids.document(item.document);
    // As in one pass, the agenda's outline ends at its closing business (ADJOURNMENT): the
    // items of a later window after it are not the agenda's.
    const bool first = !agenda_document_;
    if (first || (continues && !agenda_closed_)) {
      const bool closes = std::any_of(
          agenda.items.begin(), agenda.items.end(),
          [](const AgendaItem& item) { return business_cue(item.title) == BusinessCue::closing; });
      if (first) {
        agenda_document_ = agenda.document;
        agenda_ = std::move(agenda);
      } else {
        agenda_->items.insert(agenda_->items.end(), std::make_move_iterator(agenda.items.begin()),
                              std::make_move_iterator(agenda.items.end()));
        agenda_->pages.last = agenda.pages.last;
      }
      agenda_closed_ = agenda_closed_ || closes;
    }
    agenda_open_ = cut && *agenda_document_ == ids.last;
  } else {
    agenda_open_ = false;
  }
}

// The windows' resolutions as one pass gives them: one record per printed resolution (a copy
// printed again adds nothing; a motion adopting it in minutes, in any window, gives it its
// vote), then the ones only cited, less those printed or adopted anywhere; ids in that order.
// One pass's rules, applied as the windows' resolutions come, so only one record per
// resolution is held: a copy printed again adds nothing; a motion in minutes adopts the
// print of its number, before or after it (the print's place is the record's); one only cited
// is kept at its first citation.
void WindowedExtraction::hold_resolution(Resolution resolution) {
  if (resolution.document.empty()) {
    if (!resolution.number || cited_numbers_.insert(*resolution.number).second)
      cited_resolutions_.push_back(std::move(resolution));
    return;
  }
  auto kept = resolution.number ? printed_at_.find(*resolution.number) : printed_at_.end();
  if (kept == printed_at_.end()) {
    if (resolution.number) printed_at_[*resolution.number] = held_resolutions_.size();
    held_resolutions_.push_back(std::move(resolution));
    return;
  }
  Resolution& earlier = *held_resolutions_[kept->second];
  if (earlier.from_minutes_vote && !resolution.from_minutes_vote) {
    merge_adoption(resolution, earlier);
    held_resolutions_[kept->second].reset();
    kept->second = held_resolutions_.size();
    held_resolutions_.push_back(std::move(resolution));
  } else if (resolution.from_minutes_vote) {
    merge_adoption(earlier, resolution);
  }
}

// The printed and adopted resolutions in packet order, then those only cited that no window
// printed or adopted; ids in that order.
void WindowedExtraction::write_resolutions() {
  for (Resolution& resolution : cited_resolutions_)
    if (!resolution.number || !printed_at_.contains(*resolution.number))
      held_resolutions_.push_back(std::move(resolution));
  cited_resolutions_.clear();
  for (std::optional<Resolution>& resolution : held_resolutions_) {
    if (!resolution) continue;
    resolution->id = renamed("res-", ++resolutions_);
    writer_.add(*resolution);
  }
  held_resolutions_.clear();
}

void WindowedExtraction::keep_notes(std::vector<std::vector<Diagnostic>>& notes, int first_page,
                                    int last_page) {
  for (size_t s = 0; s < notes.size(); ++s)
    for (Diagnostic& diagnostic : notes[s]) {
      const bool keep = diagnostic.page
                            ? *diagnostic.page >= first_page && *diagnostic.page <= last_page
                            : pageless_notes_.insert({diagnostic.code, diagnostic.message}).second;
      if (keep) stage_notes_[s].push_back(std::move(diagnostic));
    }
}

}  // namespace agendum
