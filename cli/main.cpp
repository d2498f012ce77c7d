// agendum: municipal agenda packets (PDF) in, validated structured JSON out.
//
// The CLI is the one place that turns a failed Status into an exit code and a sentence
// on stderr; the exit codes are the ErrorCode values documented in README.md.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <system_error>
#include <filesystem>

#include "cli/review_commands.h"
#include "cli/search_commands.h"
#include "pipeline/export/packet_json.h"
#include "pipeline/run/run.h"
#include "schemas/validate.h"

namespace {

using agendum::ErrorCode;

int exit_code(ErrorCode code) { return static_cast<int>(code); }

int fail(const agendum::Status& status) {
  std::cerr << "agendum: " << status.message() << "\n";
  return exit_code(status.code());
}

// "3-9", "4", "5-" -> first/last page.
agendum::Status parse_page_range(const std::string& text, agendum::ReadOptions& options) {
  if (text.empty()) return {};
  try {
    size_t dash = text.find('-');
    if (dash == std::string::npos) {
      options.first_page = options.last_page = std::stoi(text);
    } else {
      if (dash > 0) options.first_page = std::stoi(text.substr(0, dash));
      if (dash + 1 < text.size()) options.last_page = std::stoi(text.substr(dash + 1));
    }
  } catch (const std::exception&) {
    return {ErrorCode::usage, "--pages takes a range like 3-9, 4 or 5-, not '" + text + "'"};
  }
  if ((options.first_page && *options.first_page < 1) ||
      (options.first_page && options.last_page && *options.last_page < *options.first_page))
    return {ErrorCode::usage, "--pages range '" + text + "' is empty or starts before page 1"};
  return {};
}

// Written to a temporary file beside the target and renamed, so a reader (or a batch
// resuming after a crash) never sees half a packet.
agendum::Status write_atomically(const std::string& path, const std::string& content) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out << content;
    if (!out.flush()) return {ErrorCode::io_error, "cannot write " + temporary};
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) return {ErrorCode::io_error, "cannot write " + path + ": " + error.message()};
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

int run_extract(const std::string& input, const std::string& output, const agendum::ReadOptions& options,
                const std::string& page_cache) {
  auto extraction = agendum::extract_packet(input, options, page_cache);
  if (!extraction.ok()) return fail(extraction.status());
  // The clean text (every word of every page) is done with once the records are out: freed
  // before the JSON is built, so the two never add up.
  const agendum::Packet packet = std::move(extraction.value().packet);
  extraction = agendum::Status();
  nlohmann::json json = agendum::packet_to_json(packet);
  std::vector<std::string> errors = agendum::validate_packet(json);
  if (!errors.empty()) {
    std::cerr << "agendum: the packet for " << input
              << " does not match the schema (a bug in agendum; please report it):\n";
    for (const std::string& error : errors) std::cerr << "  " << error << "\n";
    return exit_code(ErrorCode::invalid_packet);
  }
  std::string text = json.dump(2) + "\n";
  if (output.empty() || output == "-") {
    std::cout << text;
  } else if (agendum::Status written = write_atomically(output, text); !written.ok()) {
    return fail(written);
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
  std::cout << render_text(extraction.value());
  return 0;
}

int run_validate(const std::vector<std::string>& files) {
  int result = 0;
  for (const std::string& file : files) {
    std::ifstream in(file);
    if (!in) {
      std::cerr << "agendum: " << file << ": no such file\n";
      result = exit_code(ErrorCode::file_not_found);
      continue;
    }
    nlohmann::json packet = nlohmann::json::parse(in, nullptr, false);
    if (packet.is_discarded()) {
      std::cerr << "agendum: " << file << ": not JSON\n";
      result = exit_code(ErrorCode::invalid_packet);
      continue;
    }
    std::vector<std::string> errors = agendum::validate_packet(packet);
    if (errors.empty()) {
      std::cout << file << ": valid\n";
      continue;
    }
    std::cout << file << ": invalid\n";
    for (const std::string& error : errors) std::cout << "  " << error << "\n";
    if (result == 0) result = exit_code(ErrorCode::invalid_packet);
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
                        "seconds before rendering and OCR of one page are abandoned")
        ->check(CLI::Range(1, 3600));
    command->add_option("--page-cache", page_cache,
                        "keep pages read (and OCR'd) in this folder and reuse them on later runs");
  };
  CLI::App* extract = app.add_subcommand("extract", "extract a packet's records as JSON");
  add_read_options(extract);
  extract->add_option("-o,--output", output, "write the packet here instead of stdout");
  CLI::App* text = app.add_subcommand("text", "print the cleaned text the extractors see");
  add_read_options(text);
  std::vector<std::string> packets;
  CLI::App* validate = app.add_subcommand("validate", "check packet JSON files against the schemas");
  validate->add_option("FILE", packets, "packet JSON files")->required();
  agendum::cli::SearchCommands search_commands(app);
  agendum::cli::ReviewCommands review_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : exit_code(ErrorCode::usage);
  }

  if (*validate) return run_validate(packets);
  if (std::optional<int> code = search_commands.run()) return *code;
  if (std::optional<int> code = review_commands.run()) return *code;
  if (agendum::Status parsed = parse_page_range(pages, options); !parsed.ok()) return fail(parsed);
  options.ocr = ocr == "always"  ? agendum::OcrMode::always
                : ocr == "never" ? agendum::OcrMode::never
                                 : agendum::OcrMode::automatic;
  try {
    if (*extract) return run_extract(input, output, options, page_cache);
    return run_text(input, options, page_cache);
  } catch (const std::exception& error) {
    return fail({ErrorCode::internal, input + ": " + error.what()});
  }
}
