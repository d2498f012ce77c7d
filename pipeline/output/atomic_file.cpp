#include "pipeline/output/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace agendum {
namespace {

constexpr std::string_view kTemporaryPrefix = ".agendum-tmp.";
constexpr int kSuffixLength = 6;

Status io_error(const std::string& path, const std::string& what) {
  return {ErrorCode::io_error, "cannot write " + path + ": " + what};
}

Status errno_error(const std::string& path) { return io_error(path, std::strerror(errno)); }

// The host part of temporary names: letters, digits and '-' only, so the name parses back.
std::string host_label() {
  char name[256] = {};
  if (gethostname(name, sizeof(name) - 1) != 0 || name[0] == '\0') return "host";
  std::string label;
  for (const char* c = name; *c && label.size() < 64; ++c)
    label += (std::isalnum(static_cast<unsigned char>(*c)) || *c == '-') ? *c : '-';
  return label;
}

std::string random_suffix() {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device device;
  std::string suffix;
  for (int i = 0; i < kSuffixLength; ++i) suffix += kAlphabet[device() % (sizeof(kAlphabet) - 1)];
  return suffix;
}

std::string temporary_name() { return temporary_prefix(getpid()) + random_suffix(); }

// HOST and PID of a temporary's name; false for any other name.
bool parse_temporary_name(std::string_view name, std::string_view& host, pid_t& pid) {
  if (name.substr(0, kTemporaryPrefix.size()) != kTemporaryPrefix) return false;
  name.remove_prefix(kTemporaryPrefix.size());
  size_t suffix_dot = name.rfind('.');
  if (suffix_dot == std::string_view::npos || name.size() - suffix_dot - 1 != kSuffixLength)
    return false;
  size_t pid_dot = name.rfind('.', suffix_dot - 1);
  if (pid_dot == std::string_view::npos || pid_dot == 0) return false;
  std::string_view digits = name.substr(pid_dot + 1, suffix_dot - pid_dot - 1);
  if (digits.empty() || digits.size() > 9) return false;
  pid = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    pid = pid * 10 + (c - '0');
  }
  host = name.substr(0, pid_dot);
  return true;
}

bool process_is_gone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

std::string directory_of(const std::string& path) {
  std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string name_of(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

sigset_t termination_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&signals, signal);
  return signals;
}

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

}  // namespace

Status check_output_target(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty()) return io_error("''", "empty file name");
  if (name_of(path).empty() || name_of(path) == "." || name_of(path) == "..")
    return io_error(path, "it names a directory, not a file");
  struct stat target;
  if (lstat(path.c_str(), &target) != 0) {
    if (errno != ENOENT) return errno_error(path);
    struct stat directory;
    if (stat(directory_of(path).c_str(), &directory) != 0 || !S_ISDIR(directory.st_mode))
      return io_error(path, "directory " + directory_of(path) + " does not exist");
    return {};
  }
  if (S_ISLNK(target.st_mode))
    return io_error(path, "it is a symbolic link; name the file itself or a new path");
  if (S_ISDIR(target.st_mode)) return io_error(path, "it is a directory; name a file");
  if (!S_ISREG(target.st_mode))
    return io_error(path,
                    "it is a device or special file, not a regular file (leave out -o to write to "
                    "standard output)");
  for (const std::string& input : inputs) {
    struct stat source;
    if (stat(input.c_str(), &source) == 0 && same_file(source, target))
      return io_error(path, "it is the input " + input + "; name another file");
  }
  return {};
}

Result<AtomicFile> AtomicFile::create(const std::string& path,
                                      const std::vector<std::string>& inputs) {
  if (Status checked = check_output_target(path, inputs); !checked.ok()) return checked;
  AtomicFile file;
  file.path_ = path;
  file.directory_ = directory_of(path);
  sigset_t held = termination_signals();
  pthread_sigmask(SIG_BLOCK, &held, &file.saved_mask_);
  file.signals_held_ = true;
  file.directory_fd_ = open(file.directory_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (file.directory_fd_ < 0) return errno_error(path);
  // An unnamed temporary cannot be left behind; it needs /proc to be linked in by name.
  if (access("/proc/self/fd", X_OK) == 0)
    file.fd_ = openat(file.directory_fd_, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  while (file.fd_ < 0) {
    file.temporary_name_ = temporary_name();
    file.fd_ = openat(file.directory_fd_, file.temporary_name_.c_str(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (file.fd_ < 0 && errno != EEXIST) {
      Status error = errno_error(path);
      file.temporary_name_.clear();
      return error;
    }
  }
  return file;
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      directory_(std::move(other.directory_)),
      temporary_name_(std::move(other.temporary_name_)),
      fd_(other.fd_),
      directory_fd_(other.directory_fd_),
      failed_(other.failed_),
      signals_held_(other.signals_held_),
      saved_mask_(other.saved_mask_) {
  other.fd_ = other.directory_fd_ = -1;
  other.temporary_name_.clear();
  other.signals_held_ = false;
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (fd_ >= 0) close(fd_);
  if (!temporary_name_.empty()) unlinkat(directory_fd_, temporary_name_.c_str(), 0);
  if (directory_fd_ >= 0) close(directory_fd_);
  fd_ = directory_fd_ = -1;
  temporary_name_.clear();
  if (signals_held_) pthread_sigmask(SIG_SETMASK, &saved_mask_, nullptr);
  signals_held_ = false;
}

Status AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0 || failed_) return io_error(path_, "an earlier write failed");
  while (!bytes.empty()) {
    ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      failed_ = true;
      return errno_error(path_);
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return {};
}

Status AtomicFile::commit() {
  if (fd_ < 0 || failed_) {
    discard();
    return io_error(path_, "an earlier write failed");
  }
  Status result;
  const std::string name = name_of(path_);
  auto fail = [&](Status error) {
    discard();
    return error;
  };
  if (fsync(fd_) != 0) return fail(errno_error(path_));
  if (temporary_name_.empty()) {
    // Linked straight in when the target does not exist; otherwise under a temporary name,
    // then renamed over the target (link cannot replace a file).
    std::string self = "/proc/self/fd/" + std::to_string(fd_);
    if (linkat(AT_FDCWD, self.c_str(), directory_fd_, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      if (fsync(directory_fd_) != 0) return fail(errno_error(path_));
      discard();
      return {};
    }
    if (errno != EEXIST) return fail(errno_error(path_));
    for (;;) {
      temporary_name_ = temporary_name();
      if (linkat(AT_FDCWD, self.c_str(), directory_fd_, temporary_name_.c_str(),
                 AT_SYMLINK_FOLLOW) == 0)
        break;
      if (errno != EEXIST) {
        temporary_name_.clear();
        return fail(errno_error(path_));
      }
    }
  }
  // The target may have changed since create(): never rename over what may not be replaced.
  if (Status checked = check_output_target(path_); !checked.ok()) return fail(checked);
  if (renameat(directory_fd_, temporary_name_.c_str(), directory_fd_, name.c_str()) != 0)
    return fail(errno_error(path_));
  temporary_name_.clear();
  if (fsync(directory_fd_) != 0) return fail(errno_error(path_));
  discard();
  return result;
}

Status write_file_atomically(const std::string& path, std::string_view content,
                             const std::vector<std::string>& inputs) {
  Result<AtomicFile> file = AtomicFile::create(path, inputs);
  if (!file.ok()) return file.status();
  if (Status written = file.value().write(content); !written.ok()) return written;
  return file.value().commit();
}

std::string temporary_prefix(pid_t pid) {
  return std::string(kTemporaryPrefix) + host_label() + "." + std::to_string(pid) + ".";
}

bool is_temporary_name(std::string_view name) {
  std::string_view host;
  pid_t pid = 0;
  return parse_temporary_name(name, host, pid);
}

void sweep_abandoned_temporaries(const std::string& directory) {
  DIR* listing = opendir(directory.empty() ? "." : directory.c_str());
  if (!listing) return;
  const std::string here = host_label();
  while (const dirent* entry = readdir(listing)) {
    std::string_view host;
    pid_t pid = 0;
    if (!parse_temporary_name(entry->d_name, host, pid) || host != here || !process_is_gone(pid))
      continue;
    unlinkat(dirfd(listing), entry->d_name, 0);
  }
  closedir(listing);
}

}  // namespace agendum
