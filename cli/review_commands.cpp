#include "cli/review_commands.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <thread>

#include "cli/command_status.h"
#include "review/spec_diff.h"
#include "review/spec_sources.h"
#include "search/lenient_json.h"
#include "web/server.h"

namespace agendum::cli {
namespace {

using nlohmann::json;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

// The one spec a FILE#id names, or the only spec of the file.
Result<const json*> chosen_spec(const SpecSource& source) {
  if (source.spec_id) return find_spec(source.packet, *source.spec_id);
  const json& specs = json_array(source.packet, "class_specs");
  if (specs.size() == 1) return &specs[0];
  return Status(ErrorCode::usage, source.name + " holds " + std::to_string(specs.size()) +
                                      " class specs: name one as " + source.name + "#spec-N");
}

Result<SpecDiff> compare(const SpecSource& old_source,
                         const std::optional<SpecSource>& new_source) {
  if (!new_source) {
    SpecDiff diff = diff_within_packet(old_source.packet, old_source.name);
    if (old_source.spec_id)
      std::erase_if(diff.comparisons, [&](const SpecComparison& comparison) {
        return comparison.old_version.id != *old_source.spec_id &&
               comparison.new_version.id != *old_source.spec_id;
      });
    return diff;
  }
  if (!old_source.spec_id && !new_source->spec_id)
    return diff_packets(old_source.packet, old_source.name, new_source->packet, new_source->name);
  Result<const json*> old_spec = chosen_spec(old_source);
  if (!old_spec.ok()) return old_spec.status();
  Result<const json*> new_spec = chosen_spec(*new_source);
  if (!new_spec.ok()) return new_spec.status();
  SpecDiff diff;
  diff.comparisons.push_back(compare_spec_versions(*old_spec.value(), *new_spec.value(),
                                                   old_source.name, new_source->name));
  return diff;
}

void keep_titles(SpecDiff& diff, const std::string& title) {
  const std::string wanted = lower(title);
  auto unwanted = [&](const SpecVersion& version) {
    return lower(version.title).find(wanted) == std::string::npos;
  };
  std::erase_if(diff.comparisons, [&](const SpecComparison& comparison) {
    return unwanted(comparison.old_version) && unwanted(comparison.new_version);
  });
  std::erase_if(diff.only_old, unwanted);
  std::erase_if(diff.only_new, unwanted);
}

}  // namespace

ReviewCommands::ReviewCommands(CLI::App& app) {
  diff_ = app.add_subcommand(
      "diff",
      "compare two versions of a class spec (two packets or specs), or the redline of one spec");
  diff_
      ->add_option("OLD", old_,
                   "packet JSON, class spec JSON or PDF; FILE#spec-3 names one spec. Alone: the "
                   "existing and "
                   "revised specs in it, and its redlined specs")
      ->required();
  diff_->add_option("NEW", new_, "the newer version, as OLD");
  diff_->add_option("--title", title_, "only specs whose title contains this");
  diff_->add_flag("--json", json_, "print the differences as JSON");

  serve_ = app.add_subcommand("serve", "serve search, record and review pages for an index");
  serve_->add_option("--db", database_, "the index file")->required();
  serve_->add_option("--port", port_, "port (0: any free port)")->check(CLI::Range(0, 65535));
  serve_->add_option("--address", address_, "address to listen on");
  serve_->add_option("--pdf-root", pdf_root_, "folder holding the source PDFs (default: here)");
}

std::optional<int> ReviewCommands::run() const {
  try {
    if (*diff_) return run_diff();
    if (*serve_) return run_serve();
  } catch (const std::exception& error) {
    return report_failure({ErrorCode::internal, error.what()});
  }
  return std::nullopt;
}

int ReviewCommands::run_diff() const {
  Result<SpecSource> old_source = load_spec_source(old_);
  if (!old_source.ok()) return report_failure(old_source.status());
  std::optional<SpecSource> new_source;
  if (!new_.empty()) {
    Result<SpecSource> loaded = load_spec_source(new_);
    if (!loaded.ok()) return report_failure(loaded.status());
    new_source = std::move(loaded).value();
  }
  Result<SpecDiff> compared = compare(old_source.value(), new_source);
  if (!compared.ok()) return report_failure(compared.status());
  SpecDiff diff = std::move(compared).value();
  if (!title_.empty()) keep_titles(diff, title_);
  if (diff.comparisons.empty() && diff.only_old.empty() && diff.only_new.empty())
    return report_failure(
        {ErrorCode::no_records,
         old_ + (new_.empty()
                     ? " holds no existing and revised versions of a spec, and no redlined spec"
                     : " and " + new_ + " hold no class specs to compare")});
  if (json_)
    std::cout << spec_diff_json(diff).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  else
    std::cout << spec_diff_text(diff);
  return 0;
}

int ReviewCommands::run_serve() const {
  web::ServeOptions options{database_, address_, port_, pdf_root_};
  Result<std::unique_ptr<web::ReviewServer>> created = web::ReviewServer::create(options);
  if (!created.ok()) return report_failure(created.status());
  web::ReviewServer& server = *created.value();
  if (Status bound = server.bind(); !bound.ok()) return report_failure(bound);
  // SIGINT and SIGTERM stop the server cleanly: they are blocked in every thread and taken by
  // one waiting thread, which asks the server to stop (no handler, no global state).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  std::cout << "agendum: serving " << database_ << " at http://" << address_ << ":" << server.port()
            << "/ (source PDFs from " << pdf_root_ << "); Ctrl-C stops" << std::endl;
  server.run();
  pthread_kill(waiter.native_handle(), SIGTERM);  // if the server stopped on its own
  waiter.join();
  return 0;
}

}  // namespace agendum::cli
