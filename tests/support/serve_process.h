// `agendum serve` as a child process for end-to-end tests: started on a free port, stopped
// with SIGTERM (as Ctrl-C would) when the object goes.
#pragma once

#include <sys/types.h>

#include <string>

namespace agendum::testing {

class ServeProcess {
 public:
  // Runs AGENDUM_BINARY serve ARGUMENTS (with --port 0 unless they name a port) and reads
  // the address it prints.
  explicit ServeProcess(const std::string& arguments);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  // "http://127.0.0.1:PORT", or "" when the server did not start.
  const std::string& url() const { return url_; }
  // The exit code after stop() (-1 when killed by a signal).
  int stop();

 private:
  pid_t pid_ = -1;
  std::string url_;
  int exit_code_ = -1;
};

}  // namespace agendum::testing
