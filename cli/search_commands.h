// `agendum index`, `agendum search` and `agendum export`: the command-line side of search/.
//
// Constructed before parsing, it adds the three subcommands (and owns their options); after
// parsing, run() carries out whichever of them was chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace agendum::cli {

class SearchCommands {
 public:
  explicit SearchCommands(CLI::App& app);
  SearchCommands(const SearchCommands&) = delete;
  SearchCommands& operator=(const SearchCommands&) = delete;

  // The exit code when one of these subcommands was chosen; nothing otherwise.
  std::optional<int> run() const;

 private:
  int run_index() const;
  int run_search() const;
  int run_export() const;

  CLI::App* index_ = nullptr;
  CLI::App* search_ = nullptr;
  CLI::App* export_ = nullptr;
  std::string database_;
  std::vector<std::string> inputs_;
  std::string query_, kind_, agency_, from_, to_, csv_;
  std::optional<double> min_annual_, max_annual_;
  int limit_ = 20;
  bool json_ = false, bom_ = false;
};

}  // namespace agendum::cli
