// `agendum diff` and `agendum serve`: the command-line side of review/ and web/.
//
// Constructed before parsing, it adds the two subcommands (and owns their options); after
// parsing, run() carries out whichever of them was chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace agendum::cli {

class ReviewCommands {
 public:
  explicit ReviewCommands(CLI::App& app);
  ReviewCommands(const ReviewCommands&) = delete;
  ReviewCommands& operator=(const ReviewCommands&) = delete;

  // The exit code when one of these subcommands was chosen; nothing otherwise.
  std::optional<int> run() const;

 private:
  int run_diff() const;
  int run_serve() const;

  CLI::App* diff_ = nullptr;
  CLI::App* serve_ = nullptr;
  std::string old_, new_, title_;
  bool json_ = false;
  std::string database_, address_ = "127.0.0.1", pdf_root_ = ".";
  int port_ = 8080;
};

}  // namespace agendum::cli
