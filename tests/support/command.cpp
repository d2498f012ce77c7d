#include "tests/support/command.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/files.h"

namespace agendum::testing {

CommandResult run_program(const std::string& program, const std::string& arguments) {
  std::string stem = (std::filesystem::temp_directory_path() /
                      ("agendum-test-" + std::to_string(getpid()) + "-" +
                       std::to_string(reinterpret_cast<uintptr_t>(&arguments))))
                         .string();
  std::string command = program + " " + arguments + " >" + stem + ".out 2>" + stem + ".err";
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(stem + ".out");
  result.err = read_file(stem + ".err");
  std::filesystem::remove(stem + ".out");
  std::filesystem::remove(stem + ".err");
  return result;
}

CommandResult run_agendum(const std::string& arguments) {
  return run_program(AGENDUM_BINARY, arguments);
}

std::string source_path(const std::string& relative) {
  return std::string(AGENDUM_SOURCE_DIR) + "/" + relative;
}

std::string corpus_dir() {
  std::filesystem::path dir =
      std::filesystem::path(AGENDUM_SOURCE_DIR).parent_path() / "shared" / "corpus" / "real";
  return std::filesystem::is_directory(dir) ? dir.string() : "";
}

}  // namespace agendum::testing
