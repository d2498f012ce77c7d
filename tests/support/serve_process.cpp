#include "tests/support/serve_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <thread>

namespace agendum::testing {

ServeProcess::ServeProcess(const std::string& arguments) {
  int output[2];
  if (pipe(output) != 0) return;
  pid_ = fork();
  if (pid_ == 0) {
    dup2(output[1], 1);
    close(output[0]);
    close(output[1]);
    const std::string command =
        std::string("exec ") + AGENDUM_BINARY + " serve " + arguments +
        (arguments.find("--port") == std::string::npos ? " --port 0" : "");
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(output[1]);
  // The first line: "agendum: serving DB at http://127.0.0.1:PORT/ ...".
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd ready{output[0], POLLIN, 0};
    if (poll(&ready, 1, 200) <= 0) continue;
    char chunk[512];
    ssize_t n = read(output[0], chunk, sizeof chunk);
    if (n <= 0) break;
    line.append(chunk, static_cast<size_t>(n));
  }
  close(output[0]);
  std::smatch address;
  if (std::regex_search(line, address, std::regex("(http://[0-9.]+:[0-9]+)/"))) url_ = address[1];
}

int ServeProcess::stop() {
  if (pid_ <= 0) return exit_code_;
  kill(pid_, SIGTERM);
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return exit_code_;
}

ServeProcess::~ServeProcess() { stop(); }

}  // namespace agendum::testing
