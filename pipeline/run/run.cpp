#include "pipeline/run/run.h"

#include <exception>
#include <filesystem>
#include <functional>

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

}  // namespace

Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics) {
  Extraction out;
  Packet& packet = out.packet;
  for (const PageText& page : pages) packet.pages.push_back(page.info);
  guarded("layout", diagnostics, [&] { out.text = clean_pages(std::move(pages), diagnostics); });
  guarded("segment", diagnostics, [&] { packet.documents = segment_packet(out.text, diagnostics); });
  guarded("pay_range", diagnostics,
          [&] { packet.pay_ranges = extract_pay_ranges(out.text, packet.documents, diagnostics); });
  guarded("resolution", diagnostics, [&] {
    packet.resolutions = extract_resolutions(out.text, packet.documents, packet.pay_ranges, diagnostics);
  });
  guarded("class_spec", diagnostics, [&] {
    packet.class_specs = extract_class_specs(out.text, packet.documents, packet.pay_ranges, diagnostics);
  });
  guarded("agenda", diagnostics,
          [&] { packet.agenda = extract_agenda(out.text, packet.documents, diagnostics); });
  if (!packet.agenda && packet.resolutions.empty() && packet.class_specs.empty() &&
      packet.pay_ranges.empty()) {
    diagnostics.push_back({Severity::warning, "no_records",
                           "No agenda, resolution, class specification or pay range was recognised.",
                           std::nullopt, "extract"});
  }
  packet.diagnostics = std::move(diagnostics);
  return out;
}

Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options) {
  Result<ReadResult> read = read_pdf(path, options);
  if (!read.ok()) return read.status();
  ReadResult& pages = read.value();
  Extraction out = extract_from_pages(std::move(pages.pages), std::move(pages.diagnostics));
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
