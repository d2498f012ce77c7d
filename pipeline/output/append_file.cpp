#include "pipeline/output/append_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace agendum {
namespace {

Status errno_error(const std::string& path) {
  return {ErrorCode::io_error, "cannot write " + path + ": " + std::strerror(errno)};
}

}  // namespace

Result<AppendFile> AppendFile::open(const std::string& path) {
  AppendFile file;
  file.path_ = path;
  file.fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (file.fd_ < 0) return errno_error(path);
  struct stat facts;
  if (fstat(file.fd_, &facts) != 0) return errno_error(path);
  if (!S_ISREG(facts.st_mode))
    return Status{ErrorCode::io_error, "cannot write " + path + ": not a regular file"};
  file.size_ = static_cast<uint64_t>(facts.st_size);
  return file;
}

AppendFile::AppendFile(AppendFile&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)), size_(other.size_) {}

AppendFile& AppendFile::operator=(AppendFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
    size_ = other.size_;
  }
  return *this;
}

AppendFile::~AppendFile() {
  if (fd_ >= 0) close(fd_);
}

Status AppendFile::append(std::string_view block) {
  std::string_view rest = block;
  while (!rest.empty()) {
    ssize_t written = ::write(fd_, rest.data(), rest.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) {
      Status error = errno_error(path_);
      truncate(size_);  // no torn block at the end
      return error;
    }
    rest.remove_prefix(static_cast<size_t>(written));
  }
  if (fdatasync(fd_) != 0) {
    Status error = errno_error(path_);
    truncate(size_);
    return error;
  }
  size_ += block.size();
  return {};
}

Status AppendFile::truncate(uint64_t size) {
  if (ftruncate(fd_, static_cast<off_t>(size)) != 0 || fdatasync(fd_) != 0)
    return errno_error(path_);
  size_ = size;
  return {};
}

}  // namespace agendum
