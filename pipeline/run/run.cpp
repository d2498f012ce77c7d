#include "pipeline/run/run.h"

#include <exception>
#include <filesystem>
#include <iterator>
#include <thread>

#include "pipeline/run/page_cache.h"
#include "pipeline/run/stages.h"

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

// Runs the table: each round takes the stages whose needs are done, two at a time when more
// than one job is allowed (the calling thread runs one, a second thread the other).
void run_stages(RunState& state, std::vector<Diagnostic>& diagnostics, int jobs) {
  const std::vector<Stage>& table = stages();
  std::vector<std::vector<Diagnostic>> notes(table.size());
  std::vector<bool> done(table.size(), false);
  auto finished = [&](std::string_view name) {
    for (size_t s = 0; s < table.size(); ++s)
      if (table[s].name == name) return bool(done[s]);
    return true;  // a need no row provides holds nothing back
  };
  size_t remaining = table.size();
  while (remaining > 0) {
    std::vector<size_t> ready;
    for (size_t s = 0; s < table.size(); ++s) {
      if (done[s]) continue;
      bool needs_met = true;
      for (std::string_view need : table[s].needs) needs_met = needs_met && finished(need);
      if (needs_met) ready.push_back(s);
    }
    if (ready.empty()) break;  // a cycle in the table: the stages left cannot run
    for (size_t r = 0; r < ready.size(); r += 2) {
      const size_t first = ready[r];
      if (r + 1 < ready.size() && jobs != 1) {
        const size_t second = ready[r + 1];
        std::jthread beside([&] { run_guarded(table[second], state, notes[second]); });
        run_guarded(table[first], state, notes[first]);
      } else {
        run_guarded(table[first], state, notes[first]);
        if (r + 1 < ready.size()) run_guarded(table[ready[r + 1]], state, notes[ready[r + 1]]);
      }
    }
    for (size_t s : ready) done[s] = true;
    remaining -= ready.size();
  }
  for (std::vector<Diagnostic>& stage_notes : notes)
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(stage_notes.begin()),
                       std::make_move_iterator(stage_notes.end()));
}

}  // namespace

Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics,
                              int jobs) {
  RunState state;
  for (const PageText& page : pages) state.packet.pages.push_back(page.info);
  state.pages = std::move(pages);
  run_stages(state, diagnostics, jobs);
  if (!packet_has_records(state.packet)) {
    diagnostics.push_back(
        {Severity::warning, "no_records",
         "No agenda, minutes, resolution, class specification or pay range was recognised.",
         std::nullopt, "extract"});
  }
  state.packet.diagnostics = std::move(diagnostics);
  return {std::move(state.packet), std::move(state.text)};
}

Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options,
                                  const std::string& page_cache_dir) {
  Result<ReadResult> read = page_cache_dir.empty() ? read_pdf(path, options)
                                                   : read_pdf_cached(path, options, page_cache_dir);
  if (!read.ok()) return read.status();
  ReadResult& pages = read.value();
  Extraction out =
      extract_from_pages(std::move(pages.pages), std::move(pages.diagnostics), options.jobs);
  SourceInfo& source = out.packet.source;
  source.file = std::filesystem::path(path).filename().string();
  source.sha256 = pages.facts.sha256;
  source.bytes = pages.facts.bytes;
  source.pages = pages.facts.page_count;
  source.producer = pages.facts.producer;
  source.title = pages.facts.title;
  return out;
}

}  // namespace agendum
