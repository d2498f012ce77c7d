// A real headless Chromium (Debian's chromium) driven through the DevTools protocol over a
// pipe (--remote-debugging-pipe: commands on fd 3, replies and events on fd 4, NUL between
// messages), for tests of the review pages as a clerk's browser shows them. No network
// access, no downloads: a fresh profile per browser.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace agendum::testing {

inline constexpr const char* kChromium = "/usr/bin/chromium";

class HeadlessChromium {
 public:
  // Starts the browser with one tab; nullptr and `error` when it cannot.
  static std::unique_ptr<HeadlessChromium> start(const std::filesystem::path& profile,
                                                 std::string& error);
  ~HeadlessChromium();
  HeadlessChromium(const HeadlessChromium&) = delete;
  HeadlessChromium& operator=(const HeadlessChromium&) = delete;

  // Opens the URL in the tab and waits for its load event.
  void navigate(const std::string& url);
  // Runs script that leads to another page (a form submitted, a link clicked) and waits for
  // that page's load event.
  void run_and_wait_for_load(const std::string& script);
  // The value of a JavaScript expression in the page (awaited when it is a promise).
  nlohmann::json evaluate(const std::string& expression);
  // The tab as a PNG.
  std::string screenshot();

 private:
  HeadlessChromium(pid_t pid, int to_browser, int from_browser, std::filesystem::path log)
      : pid_(pid), to_browser_(to_browser), from_browser_(from_browser), log_(std::move(log)) {}
  // Sends a command (to the tab's session unless `to_browser`) and returns its result; throws
  // std::runtime_error on an error reply or after the timeout.
  nlohmann::json send(const std::string& method, const nlohmann::json& params,
                      bool to_browser = false);
  nlohmann::json next_message(std::chrono::steady_clock::time_point deadline);
  void wait_for_event(const std::string& method, std::chrono::steady_clock::time_point deadline);
  std::string failure(const std::string& what) const;

  pid_t pid_;
  int to_browser_, from_browser_;
  std::filesystem::path log_;
  std::string session_;
  int next_id_ = 1;
  std::string buffer_;
  std::deque<nlohmann::json> events_;
};

// The base64 text decoded (for screenshots).
std::string decode_base64(const std::string& text);

}  // namespace agendum::testing
