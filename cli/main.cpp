// agendum: municipal agenda packets (PDF) in, validated structured JSON out.
//
// The CLI is the one place that turns a failed Status into an exit code and a sentence
// on stderr; the exit codes are the ErrorCode values documented in README.md.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "cli/batch.h"
#include "pipeline/batch/worker_status.h"
#include "cli/review_commands.h"
#include "cli/search_commands.h"
#include "pipeline/export/packet_json.h"
#include "pipeline/output/atomic_file.h"
#include "pipeline/output/sink_stream.h"
#include "pipeline/output/standard_output.h"
#include "pipeline/run/run.h"
#include "schemas/validate.h"

namespace {

using agendum::ErrorCode;

int exit_code(ErrorCode code) { return static_cast<int>(code); }

int fail(const agendum::Status& status) {
  std::cerr << "agendum: " << status.message() << "\n";
  return exit_code(status.code());
}

// A page number as typed: decimal digits only (no sign, exponent, space or hex), from 1.
std::optional<int> page_number(const std::string& text) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const int number = std::stoi(text);
  if (number < 1) return std::nullopt;
  return number;
}

// "3-9", "4", "5-" -> first/last page; anything else is a usage error.
agendum::Status parse_page_range(const std::string& text, agendum::ReadOptions& options) {
  if (text.empty()) return {};
  const size_t dash = text.find('-');
  const std::optional<int> first = page_number(text.substr(0, dash));
  const bool to_the_end = dash != std::string::npos && dash + 1 == text.size();
  const std::optional<int> last = dash == std::string::npos ? first
                                  : to_the_end              ? std::nullopt
                                                            : page_number(text.substr(dash + 1));
  if (!first || (!last && !to_the_end))
    return {ErrorCode::usage,
            "--pages takes a page or a range like 4, 3-9 or 5- (pages count from 1), not '" + text +
                "'"};
  if (last && *last < *first)
    return {ErrorCode::usage, "--pages range '" + text + "' ends before it starts"};
  options.first_page = first;
  options.last_page = last;
  return {};
}

const char* method_name(agendum::PageMethod method) {
  return method == agendum::PageMethod::ocr ? "ocr" : "text";
}

// The cleaned flow as the extractors see it: page markers, headings as "# ", list markers,
// struck-through runs as ~~...~~, furniture listed after each page's marker.
std::string render_text(const agendum::Extraction& extraction) {
  std::ostringstream out;
  const auto& text = extraction.text;
  size_t line_index = 0;
  for (const agendum::PageInfo& page : extraction.packet.pages) {
    out << "=== page " << page.page << " (" << method_name(page.method) << ", quality "
        << page.quality;
    if (page.ocr_confidence) out << ", confidence " << static_cast<int>(*page.ocr_confidence);
    if (page.rotation) out << ", rotated " << page.rotation;
    out << ") ===\n";
    for (const agendum::PageFurniture& furniture : text.furniture) {
      if (furniture.page != page.page) continue;
      for (const std::string& header : furniture.headers) out << "[header] " << header << "\n";
      for (const std::string& footer : furniture.footers) out << "[footer] " << footer << "\n";
      if (furniture.stamp_label)
        out << "[stamp] " << *furniture.stamp_label << " Packet Pg. "
            << furniture.stamp_page.value_or(0) << "\n";
      if (furniture.page_label) out << "[page] " << *furniture.page_label << "\n";
    }
    for (; line_index < text.lines.size() && text.lines[line_index].page == page.page; ++line_index) {
      const agendum::Line& line = text.lines[line_index];
      if (line.paragraph_start && line_index > 0) out << "\n";
      if (line.heading) out << "# ";
      if (!line.list_marker.empty()) out << line.list_marker << " ";
      out << line.text;
      for (const std::string& deleted : line.deleted) out << " ~~" << deleted << "~~";
      out << "\n";
    }
  }
  return out.str();
}

// `status` reports stages to a batch that runs this extraction as its worker (inactive
// otherwise). The target of -o is checked before the work, so a bad -o costs nothing.
int run_extract(const std::string& input, const std::string& output, const agendum::ReadOptions& options,
                const std::string& page_cache, const agendum::WorkerStatus& status) {
  const bool to_file = !output.empty() && output != "-";
  if (to_file) {
    if (agendum::Status target = agendum::check_output_target(output, {input}); !target.ok()) return fail(target);
    // What a writer killed here before left behind (a batch sweeps its own folders).
    if (!status.active()) agendum::sweep_abandoned_temporaries(std::filesystem::path(output).parent_path().string());
  }
  status.end_on_out_of_memory();
  // Records go to the writer's spools as they are made (validated there), and the packet
  // is written from the spools: the whole packet is never one JSON value or string in memory.
  agendum::PacketWriter writer;
  auto extraction = agendum::extract_packet_into(input, options, writer, page_cache,
                                                 [&](std::string_view stage) { status.enter(stage); });
  if (!extraction.ok()) return fail(extraction.status());
  const agendum::WrittenPacket& packet = extraction.value();
  status.enter(agendum::kStageValidate);
  auto report_violations = [&] {
    std::cerr << "agendum: the packet for " << input
              << " does not match the schema (a bug in agendum; please report it):\n";
    for (const std::string& error : writer.violations()) std::cerr << "  " << error << "\n";
    return exit_code(ErrorCode::invalid_packet);
  };
  if (!writer.violations().empty()) return report_violations();
  status.enter(agendum::kStageWrite);
  std::optional<agendum::AtomicFile> file;
  std::optional<agendum::StandardOutput> standard_output;
  if (to_file) {
    auto created = agendum::AtomicFile::create(output, {input});
    if (!created.ok()) return fail(created.status());
    file.emplace(std::move(created.value()));
  } else {
    standard_output.emplace();
  }
  agendum::SinkStream out([&](std::string_view bytes) {
    return file ? file->write(bytes) : standard_output->write(bytes);
  });
  agendum::Status finished = writer.finish(packet.source, out);
  agendum::Status flushed = out.finish();
  if (finished.code() == ErrorCode::invalid_packet) return report_violations();
  if (!flushed.ok()) return fail(flushed);
  if (!finished.ok()) return fail(finished);
  if (file) {
    if (agendum::Status committed = file->commit(); !committed.ok()) return fail(committed);
  }
  bool page_failed = false;
  for (const agendum::Diagnostic& diagnostic : packet.diagnostics) {
    if (diagnostic.severity != agendum::Severity::error) continue;
    page_failed = true;
    std::cerr << "agendum: " << input;
    if (diagnostic.page) std::cerr << " page " << *diagnostic.page;
    std::cerr << ": " << diagnostic.message << "\n";
  }
  if (page_failed) return exit_code(ErrorCode::partial);
  for (const agendum::Diagnostic& diagnostic : packet.diagnostics)
    if (diagnostic.code == "no_records") {
      std::cerr << "agendum: " << input << ": " << diagnostic.message << "\n";
      return exit_code(ErrorCode::no_records);
    }
  return 0;
}

int run_text(const std::string& input, const agendum::ReadOptions& options, const std::string& page_cache) {
  auto extraction = agendum::extract_packet(input, options, page_cache);
  if (!extraction.ok()) return fail(extraction.status());
  if (agendum::Status written = agendum::write_to_standard_output(render_text(extraction.value())); !written.ok())
    return fail(written);
  return 0;
}

// One line per file on stdout; a file that cannot be read is one line on stderr and the
// others are still checked.
int run_validate(const std::vector<std::string>& files) {
  int result = 0;
  auto report = [&](const std::string& line) {
    agendum::Status written = agendum::write_to_standard_output(line);
    if (!written.ok()) result = fail(written);
    return written.ok();
  };
  for (const std::string& file : files) {
    std::error_code error;
    if (std::filesystem::is_directory(file, error)) {
      std::cerr << "agendum: " << file << ": is a directory; validate takes packet JSON files\n";
      if (result == 0) result = exit_code(ErrorCode::file_not_found);
      continue;
    }
    std::ifstream in(file);
    if (!in) {
      std::cerr << "agendum: " << file << ": no such file\n";
      if (result == 0) result = exit_code(ErrorCode::file_not_found);
      continue;
    }
    nlohmann::json packet;
    try {
      packet = nlohmann::json::parse(in, nullptr, false);
    } catch (const std::exception&) {  // the stream's read error (a device, a FIFO gone away)
      std::cerr << "agendum: " << file << ": cannot be read\n";
      if (result == 0) result = exit_code(ErrorCode::file_not_found);
      continue;
    }
    if (packet.is_discarded()) {
      std::cerr << "agendum: " << file << ": not JSON\n";
      if (result == 0) result = exit_code(ErrorCode::invalid_packet);
      continue;
    }
    std::vector<std::string> errors = agendum::validate_packet(packet);
    std::string lines = file + (errors.empty() ? ": valid\n" : ": invalid\n");
    for (const std::string& error : errors) lines += "  " + error + "\n";
    if (!report(lines)) return result;
    if (!errors.empty() && result == 0) result = exit_code(ErrorCode::invalid_packet);
  }
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"agendum: municipal agenda packets (PDF) in, validated structured JSON out"};
  app.set_version_flag("--version", std::string("agendum ") + AGENDUM_VERSION);
  app.require_subcommand(1);

  std::string input, output, pages, ocr = "auto", page_cache;
  agendum::ReadOptions options;
  auto add_read_options = [&](CLI::App* command) {
    command->add_option("FILE", input, "the PDF packet")->required();
    command->add_option("--pages", pages, "pages to read, e.g. 3-9");
    command->add_option("--ocr", ocr, "when to OCR pages: auto (pages without usable text), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    command->add_option("--dpi", options.dpi, "OCR raster resolution")->check(CLI::Range(72, 600));
    command->add_option("-j,--jobs", options.jobs, "worker threads (default: all cores)")
        ->check(CLI::Range(0, 256));
    command->add_option("--page-timeout", options.page_timeout_seconds,
                        "seconds before the reading, rendering and OCR of one page are abandoned")
        ->check(CLI::Range(1, 3600));
    command->add_option("--page-cache", page_cache,
                        "keep pages read (and OCR'd) in this folder and reuse them on later runs");
    command
        ->add_option("--timeout", options.timeout_seconds,
                     "seconds before reading the whole file is abandoned (0: no limit)")
        ->check(CLI::Range(0, 86400));
    command
        ->add_option("--max-raster-mp", options.max_raster_megapixels,
                     "largest page raster in megapixels; larger pages are OCR'd at a lower dpi")
        ->check(CLI::Range(1.0, 1000.0));
  };
  CLI::App* extract = app.add_subcommand("extract", "extract a packet's records as JSON");
  add_read_options(extract);
  extract->add_option("-o,--output", output, "write the packet here instead of stdout");
  int worker_status_fd = -1;  // set by `agendum batch` for the extraction it runs as a worker
  extract->add_option("--worker-status-fd", worker_status_fd)->group("");
  CLI::App* text = app.add_subcommand("text", "print the cleaned text the extractors see");
  add_read_options(text);
  std::vector<std::string> packets;
  CLI::App* validate = app.add_subcommand("validate", "check packet JSON files against the schemas");
  validate->add_option("FILE", packets, "packet JSON files")->required();
  agendum::cli::BatchCommands batch_commands(app);
  agendum::cli::SearchCommands search_commands(app);
  agendum::cli::ReviewCommands review_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : exit_code(ErrorCode::usage);
  }

  if (*validate) return run_validate(packets);
  if (batch_commands.chosen()) return batch_commands.run(AGENDUM_VERSION);
  if (std::optional<int> code = search_commands.run()) return *code;
  if (std::optional<int> code = review_commands.run()) return *code;
  if (agendum::Status parsed = parse_page_range(pages, options); !parsed.ok()) return fail(parsed);
  options.ocr = ocr == "always"  ? agendum::OcrMode::always
                : ocr == "never" ? agendum::OcrMode::never
                                 : agendum::OcrMode::automatic;
  try {
    if (*extract) return run_extract(input, output, options, page_cache, agendum::WorkerStatus(worker_status_fd));
    return run_text(input, options, page_cache);
  } catch (const std::exception& error) {
    return fail({ErrorCode::internal, input + ": " + error.what()});
  }
}
