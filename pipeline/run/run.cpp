#include "pipeline/run/run.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include "pipeline/run/page_cache.h"
#include "pipeline/run/stages.h"
#include "pipeline/run/windows.h"

namespace agendum {
namespace {

// A stage that throws (a bug on input we have not seen) loses its own output only: the
// packet still comes out, with a diagnostic naming the stage.
void run_guarded(const Stage& stage, RunState& state, std::vector<Diagnostic>& notes) {
  try {
    stage.run(state, notes);
  } catch (const std::exception& error) {
    notes.push_back({Severity::error, "stage_failed",
                     std::string(stage.name) + " failed: " + error.what(), std::nullopt,
                     std::string(stage.name)});
  }
}

bool packet_has_records(const Packet& packet) {
  return packet.agenda || !packet.minutes.empty() || !packet.resolutions.empty() ||
         !packet.class_specs.empty() || !packet.pay_ranges.empty() ||
         !packet.market_comparisons.empty();
}

}  // namespace

// Workers (the calling thread and, with jobs other than 1, more) each take the first stage in
// table order whose needs are done, so a stage starts as soon as its own needs finish, not when
// a whole round does. With one job the table runs in its own order.
std::vector<std::string_view> run_stages(RunState& state,
                                         std::vector<std::vector<Diagnostic>>& notes, int jobs,
                                         const std::vector<std::string_view>& already_done,
                                         std::string_view stop_after) {
  const std::vector<Stage>& table = stages();
  notes.resize(table.size());
  state.jobs = jobs;
  enum class Progress { waiting, running, done };
  std::vector<Progress> progress(table.size(), Progress::waiting);
  for (size_t s = 0; s < table.size(); ++s)
    if (std::find(already_done.begin(), already_done.end(), table[s].name) != already_done.end())
      progress[s] = Progress::done;
  auto finished = [&](std::string_view name) {
    for (size_t s = 0; s < table.size(); ++s)
      if (table[s].name == name) return progress[s] == Progress::done;
    return true;  // a need no row provides holds nothing back
  };
  auto next_ready = [&]() -> std::optional<size_t> {
    if (!stop_after.empty() && finished(stop_after)) return std::nullopt;
    for (size_t s = 0; s < table.size(); ++s) {
      if (progress[s] != Progress::waiting) continue;
      bool needs_met = true;
      for (std::string_view need : table[s].needs) needs_met = needs_met && finished(need);
      if (needs_met) return s;
    }
    return std::nullopt;
  };

  std::mutex lock;
  std::condition_variable changed;
  size_t running = 0;
  auto work = [&] {
    std::unique_lock<std::mutex> held(lock);
    for (;;) {
      if (std::optional<size_t> stage = next_ready()) {
        progress[*stage] = Progress::running;
        ++running;
        held.unlock();
        run_guarded(table[*stage], state, notes[*stage]);
        held.lock();
        progress[*stage] = Progress::done;
        --running;
        changed.notify_all();
      } else if (running == 0) {
        changed.notify_all();
        return;  // all done, stopped, or a cycle in the table: the stages left cannot run
      } else {
        changed.wait(held);
      }
    }
  };
  size_t threads = jobs > 0 ? static_cast<size_t>(jobs) : std::thread::hardware_concurrency();
  threads = std::clamp<size_t>(threads, 1, table.size());
  {
    std::vector<std::jthread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
  }
  std::vector<std::string_view> done;
  for (size_t s = 0; s < table.size(); ++s)
    if (progress[s] == Progress::done) done.push_back(table[s].name);
  return done;
}

Diagnostic no_records_note() {
  return {Severity::warning, "no_records",
          "No agenda, minutes, resolution, class specification or pay range was recognised.",
          std::nullopt, "extract"};
}

namespace {

void append(std::vector<Diagnostic>& to, std::vector<Diagnostic>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  from.clear();
}

SourceInfo source_info(const std::string& path, const PdfFacts& facts) {
  SourceInfo source;
  source.file = std::filesystem::path(path).filename().string();
  source.sha256 = facts.sha256;
  source.bytes = facts.bytes;
  source.pages = facts.page_count;
  source.producer = facts.producer;
  source.title = facts.title;
  return source;
}

}  // namespace

Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics,
                              int jobs) {
  RunState state;
  for (const PageText& page : pages) state.packet.pages.push_back(page.info);
  state.pages = std::move(pages);
  std::vector<std::vector<Diagnostic>> notes;
  run_stages(state, notes, jobs);
  for (std::vector<Diagnostic>& stage_notes : notes) append(diagnostics, stage_notes);
  if (!packet_has_records(state.packet)) diagnostics.push_back(no_records_note());
  state.packet.diagnostics = std::move(diagnostics);
  return {std::move(state.packet), std::move(state.text)};
}

Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options,
                                  const std::string& page_cache_dir,
                                  const std::function<void(std::string_view stage)>& entering) {
  if (entering) entering("read");
  Result<ReadResult> read = page_cache_dir.empty() ? read_pdf(path, options)
                                                   : read_pdf_cached(path, options, page_cache_dir);
  if (!read.ok()) return read.status();
  ReadResult& pages = read.value();
  if (entering) entering("extract");
  Extraction out =
      extract_from_pages(std::move(pages.pages), std::move(pages.diagnostics), options.jobs);
  out.packet.source = source_info(path, pages.facts);
  return out;
}

namespace {

// Pages in, held while the packet is short enough to extract whole; past that (or from the
// start, when the reader says how many pages will come), handed to a WindowedExtraction with
// the pages held so far.
class PacketIntake {
 public:
  PacketIntake(PacketWriter& writer, const WindowOptions& windows, int jobs,
               const std::function<void(std::string_view)>& entering)
      : writer_(writer), windows_(windows), jobs_(jobs), entering_(entering) {}

  // The number of pages that will come: a packet known to be long is windowed from its first
  // page, so it never holds more than a window (holding the first whole_packet_pages pages
  // until they overflow would cost more than the window).
  void expect(int pages) {
    if (pages > windows_.whole_packet_pages)
      windowed_.emplace(writer_, windows_.window_pages, jobs_);
  }

  void add(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics) {
    if (!windowed_ &&
        held_pages_.size() + pages.size() > static_cast<size_t>(windows_.whole_packet_pages))
      windowed_.emplace(writer_, windows_.window_pages, jobs_);
    if (windowed_) {
      if (!extracting_) {  // reading and extracting take turns from here on
        if (entering_) entering_("extract");
        extracting_ = true;
        windowed_->add(std::move(held_pages_), std::move(held_notes_));
      }
      windowed_->add(std::move(pages), std::move(diagnostics));
      return;
    }
    for (PageText& page : pages) held_pages_.push_back(std::move(page));
    append(held_notes_, diagnostics);
  }

  // Pages to read next: what fills the next window, once windowed; a window's worth before.
  BatchWanted pages_wanted() const {
    return windowed_ ? windowed_->pages_wanted() : BatchWanted{windows_.window_pages, false};
  }

  std::vector<Diagnostic> finish() {
    if (windowed_) return windowed_->finish();
    if (entering_) entering_("extract");
    Extraction whole = extract_from_pages(std::move(held_pages_), std::move(held_notes_), jobs_);
    add_records(whole.packet, writer_);
    return std::move(whole.packet.diagnostics);
  }

 private:
  PacketWriter& writer_;
  const WindowOptions& windows_;
  const int jobs_;
  const std::function<void(std::string_view)>& entering_;
  std::vector<PageText> held_pages_;
  std::vector<Diagnostic> held_notes_;
  std::optional<WindowedExtraction> windowed_;
  bool extracting_ = false;  // pages have gone to windowed_
};

}  // namespace

Result<WrittenPacket> extract_packet_into(const std::string& path, const ReadOptions& options,
                                          PacketWriter& writer, const std::string& page_cache_dir,
                                          const std::function<void(std::string_view)>& entering,
                                          const WindowOptions& windows) {
  if (entering) entering("read");
  PacketIntake intake(writer, windows, options.jobs, entering);
  PdfFacts facts;
  if (page_cache_dir.empty()) {
    Result<PdfFacts> read = read_pdf_in_batches(
        path, options, windows.window_pages,
        [&](std::vector<PageText> pages, std::vector<Diagnostic> diagnostics) {
          intake.add(std::move(pages), std::move(diagnostics));
        },
        [&](int pages_to_read) { intake.expect(pages_to_read); },
        [&] { return intake.pages_wanted(); });
    if (!read.ok()) return read.status();
    facts = std::move(read.value());
  } else {
    // The cache keeps whole reads: the pages come from it (or go to it) all at once.
    Result<ReadResult> read = read_pdf_cached(path, options, page_cache_dir);
    if (!read.ok()) return read.status();
    facts = std::move(read.value().facts);
    intake.add(std::move(read.value().pages), std::move(read.value().diagnostics));
  }
  WrittenPacket out;
  out.diagnostics = intake.finish();
  out.source = source_info(path, facts);
  return out;
}

}  // namespace agendum
