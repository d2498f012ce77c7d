#include "pipeline/run/run.h"

#include <exception>
#include <filesystem>
#include <functional>
#include <iterator>
#include <thread>

#include "extractors/agenda.h"
#include "extractors/class_spec.h"
#include "extractors/pay_range.h"
#include "extractors/resolution.h"
#include "pipeline/segment/segment.h"
#include "pipeline/text/clean.h"

namespace agendum {
namespace {

// An extractor that throws (a bug on input we have not seen) loses its own records only:
// the packet still comes out, with a diagnostic naming the stage.
void guarded(const char* stage, std::vector<Diagnostic>& diagnostics, const std::function<void()>& run) {
  try {
    run();
  } catch (const std::exception& error) {
    diagnostics.push_back({Severity::error, "stage_failed",
                           std::string(stage) + " failed: " + error.what(), std::nullopt, stage});
  }
}

// Runs two stages, on a second thread when more than one job is allowed.
void side_by_side(const std::function<void()>& first, const std::function<void()>& second, int jobs) {
  if (jobs == 1) {
    first();
    second();
    return;
  }
  std::jthread beside(second);
  first();
}

}  // namespace

Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics, int jobs) {
  Extraction out;
  Packet& packet = out.packet;
  for (const PageText& page : pages) packet.pages.push_back(page.info);
  guarded("layout", diagnostics, [&] { out.text = clean_pages(std::move(pages), diagnostics); });
  guarded("segment", diagnostics, [&] { packet.documents = segment_packet(out.text, diagnostics); });
  // The extractors only read the clean text and the documents, so they run side by side:
  // pay ranges beside the agenda, then resolutions beside class specs (both look up the pay
  // ranges). Each keeps its own diagnostics, appended in a fixed order, so the packet is the
  // same whatever the thread timing.
  std::vector<Diagnostic> pay_notes, resolution_notes, spec_notes, agenda_notes;
  auto pay = [&] {
    guarded("pay_range", pay_notes,
            [&] { packet.pay_ranges = extract_pay_ranges(out.text, packet.documents, pay_notes); });
  };
  auto agenda = [&] {
    guarded("agenda", agenda_notes, [&] { packet.agenda = extract_agenda(out.text, packet.documents, agenda_notes); });
  };
  auto resolutions = [&] {
    guarded("resolution", resolution_notes, [&] {
      packet.resolutions = extract_resolutions(out.text, packet.documents, packet.pay_ranges, resolution_notes);
    });
  };
  auto specs = [&] {
    guarded("class_spec", spec_notes, [&] {
      packet.class_specs = extract_class_specs(out.text, packet.documents, packet.pay_ranges, spec_notes);
    });
  };
  side_by_side(pay, agenda, jobs);
  side_by_side(resolutions, specs, jobs);
  for (auto* notes : {&pay_notes, &resolution_notes, &spec_notes, &agenda_notes})
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(notes->begin()),
                       std::make_move_iterator(notes->end()));
  if (!packet.agenda && packet.resolutions.empty() && packet.class_specs.empty() &&
      packet.pay_ranges.empty()) {
    diagnostics.push_back({Severity::warning, "no_records",
                           "No agenda, resolution, class specification or pay range was recognised.",
                           std::nullopt, "extract"});
  }
  packet.diagnostics = std::move(diagnostics);
  return out;
}

Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options,
                                  const std::function<void(std::string_view stage)>& entering) {
  if (entering) entering("read");
  Result<ReadResult> read = read_pdf(path, options);
  if (!read.ok()) return read.status();
  ReadResult& pages = read.value();
  if (entering) entering("extract");
  Extraction out = extract_from_pages(std::move(pages.pages), std::move(pages.diagnostics), options.jobs);
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
