#include "tests/support/chromium.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>

#include "tests/support/packets.h"

namespace agendum::testing {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr auto kCommandTimeout = std::chrono::seconds(30);

bool write_all(int fd, const std::string& bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::unique_ptr<HeadlessChromium> HeadlessChromium::start(const std::filesystem::path& profile,
                                                          std::string& error) {
  if (access(kChromium, X_OK) != 0) {
    error = std::string(kChromium) + " is not installed (run tools/install-deps.sh)";
    return nullptr;
  }
  std::filesystem::create_directories(profile);
  int commands[2], replies[2];
  if (pipe(commands) != 0 || pipe(replies) != 0) {
    error = "pipe failed";
    return nullptr;
  }
  const std::filesystem::path log = profile / "chromium.log";
  const std::string user_data = "--user-data-dir=" + (profile / "data").string();
  pid_t pid = fork();
  if (pid == 0) {
    // The browser reads commands on fd 3 and writes replies on fd 4.
    dup2(commands[0], 3);
    dup2(replies[1], 4);
    int output = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(output, 1);
    dup2(output, 2);
    for (int fd : {commands[0], commands[1], replies[0], replies[1], output})
      if (fd > 4) close(fd);
    setpgid(0, 0);
    execl(kChromium, kChromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
          "--remote-debugging-pipe", user_data.c_str(), "about:blank", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(commands[0]);
  close(replies[1]);
  if (pid < 0) {
    error = "fork failed";
    return nullptr;
  }
  std::unique_ptr<HeadlessChromium> browser(
      new HeadlessChromium(pid, commands[1], replies[0], log));
  try {
    json target = browser->send("Target.createTarget", {{"url", "about:blank"}}, true);
    json attached = browser->send("Target.attachToTarget",
                                  {{"targetId", target["targetId"]}, {"flatten", true}}, true);
    browser->session_ = attached["sessionId"];
    browser->send("Page.enable", json::object());
    browser->send("Runtime.enable", json::object());
  } catch (const std::exception& failure) {
    error = failure.what();
    return nullptr;
  }
  return browser;
}

HeadlessChromium::~HeadlessChromium() {
  try {
    send("Browser.close", json::object(), true);
  } catch (const std::exception&) {
    // Killed below.
  }
  close(to_browser_);
  close(from_browser_);
  const auto deadline = Clock::now() + std::chrono::seconds(10);
  int status = 0;
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (Clock::now() > deadline) {
      kill(-pid_, SIGKILL);  // the browser's own process group: its renderers go with it
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

std::string HeadlessChromium::failure(const std::string& what) const {
  std::string log = read_text(log_);
  if (log.size() > 2000) log = log.substr(log.size() - 2000);
  return what + "\n--- chromium log (end) ---\n" + log;
}

json HeadlessChromium::next_message(Clock::time_point deadline) {
  while (true) {
    size_t end = buffer_.find('\0');
    if (end != std::string::npos) {
      json message = json::parse(buffer_.substr(0, end), nullptr, false);
      buffer_.erase(0, end + 1);
      if (!message.is_discarded()) return message;
      continue;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) throw std::runtime_error(failure("no reply from chromium in time"));
    pollfd ready{from_browser_, POLLIN, 0};
    if (poll(&ready, 1, static_cast<int>(left)) <= 0) continue;
    char chunk[65536];
    ssize_t n = read(from_browser_, chunk, sizeof chunk);
    if (n <= 0) throw std::runtime_error(failure("chromium closed its pipe"));
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

json HeadlessChromium::send(const std::string& method, const json& params, bool to_browser) {
  const int id = next_id_++;
  json command = {{"id", id}, {"method", method}, {"params", params}};
  if (!to_browser) command["sessionId"] = session_;
  if (!write_all(to_browser_, command.dump() + std::string(1, '\0')))
    throw std::runtime_error(failure("cannot write to chromium"));
  const auto deadline = Clock::now() + kCommandTimeout;
  while (true) {
    json message = next_message(deadline);
    if (!message.contains("id")) {
      events_.push_back(std::move(message));
      continue;
    }
    if (message["id"] != id) continue;
    if (message.contains("error"))
      throw std::runtime_error(method + ": " + message["error"].dump());
    return message.value("result", json::object());
  }
}

void HeadlessChromium::wait_for_event(const std::string& method, Clock::time_point deadline) {
  while (true) {
    for (auto it = events_.begin(); it != events_.end(); ++it)
      if ((*it)["method"] == method && it->value("sessionId", "") == session_) {
        events_.erase(events_.begin(), it + 1);
        return;
      }
    events_.clear();
    json message = next_message(deadline);
    if (!message.contains("id")) events_.push_back(std::move(message));
  }
}

void HeadlessChromium::navigate(const std::string& url) {
  events_.clear();
  json result = send("Page.navigate", {{"url", url}});
  if (result.contains("errorText"))
    throw std::runtime_error("navigation to " + url + ": " + result["errorText"].dump());
  wait_for_event("Page.loadEventFired", Clock::now() + kCommandTimeout);
}

void HeadlessChromium::run_and_wait_for_load(const std::string& script) {
  events_.clear();
  evaluate(script);
  wait_for_event("Page.loadEventFired", Clock::now() + kCommandTimeout);
}

json HeadlessChromium::evaluate(const std::string& expression) {
  json result = send("Runtime.evaluate",
                     {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}});
  if (result.contains("exceptionDetails"))
    throw std::runtime_error("script failed: " + expression + ": " +
                             result["exceptionDetails"].dump());
  return result["result"].value("value", json());
}

std::string HeadlessChromium::screenshot() {
  json shot = send("Page.captureScreenshot", {{"format", "png"}, {"captureBeyondViewport", false}});
  return decode_base64(shot.value("data", ""));
}

std::string decode_base64(const std::string& text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int bits = 0, collected = 0;
  for (char c : text) {
    int v = value(c);
    if (v < 0) continue;
    bits = (bits << 6) | v;
    collected += 6;
    if (collected >= 8) {
      collected -= 8;
      out += static_cast<char>((bits >> collected) & 0xFF);
    }
  }
  return out;
}

}  // namespace agendum::testing
