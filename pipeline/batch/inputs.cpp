#include "pipeline/batch/inputs.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "pipeline/pdf/sha256.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;

bool named_pdf(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".pdf";
}

// The first bytes of a file, for telling a PDF from a list of paths.
std::string head_of(const std::string& path, size_t bytes) {
  std::ifstream in(path, std::ios::binary);
  std::string head(bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(bytes));
  head.resize(static_cast<size_t>(in.gcount()));
  return head;
}

bool looks_like_list(const std::string& path) {
  std::string head = head_of(path, 64 * 1024);
  if (head.rfind("%PDF", 0) == 0) return false;
  return head.find('\0') == std::string::npos;
}

// Files collected by path, so a path reached twice is kept once.
struct Collector {
  std::map<std::string, InputFile> files;
  size_t ignored = 0;
  fs::path skip_folder;

  void add_file(const fs::path& path) {
    InputFile file;
    file.path = path.lexically_normal().string();
    std::error_code error;
    file.bytes = fs::file_size(path, error);
    if (error) file.error = "cannot read it: " + error.message();
    files.try_emplace(file.path, std::move(file));
  }

  void add_error(const fs::path& path, const std::string& message) {
    InputFile file;
    file.path = path.lexically_normal().string();
    file.error = message;
    files.insert_or_assign(file.path, std::move(file));
  }

  void walk(const fs::path& folder) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, error), end;
    if (error) return add_error(folder, "cannot list the folder: " + error.message());
    for (; it != end; it.increment(error)) {
      if (error) {
        add_error(it->path(), "cannot list the folder: " + error.message());
        error.clear();
        continue;
      }
      std::error_code type_error;
      if (!skip_folder.empty() && it->is_directory(type_error) &&
          fs::equivalent(it->path(), skip_folder, type_error)) {
        it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(type_error)) continue;
      if (named_pdf(it->path()))
        add_file(it->path());
      else
        ++ignored;
    }
    if (error) add_error(folder, "cannot list the folder: " + error.message());
  }

  // A path named in a list file: a missing one is a failure of its own, not of the batch.
  void add_listed(const std::string& text) {
    fs::path path(text);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) {
      add_error(path, "no such file (named in a list file)");
      return;
    }
    if (fs::is_directory(status))
      walk(path);
    else
      add_file(path);
  }

  Status add_list(std::istream& in, const std::string& name) {
    if (!in) return {ErrorCode::file_not_found, "cannot read the list file " + name};
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      add_listed(line);
    }
    return {};
  }
};

}  // namespace

Result<Listing> list_inputs(const std::vector<std::string>& inputs,
                            const std::string& skip_folder) {
  Collector collector;
  collector.skip_folder = skip_folder;
  for (const std::string& input : inputs) {
    if (input == "-") {
      if (Status read = collector.add_list(std::cin, "(standard input)"); !read.ok()) return read;
      continue;
    }
    if (input.size() > 1 && input[0] == '@') {
      std::ifstream list(input.substr(1));
      if (Status read = collector.add_list(list, input.substr(1)); !read.ok()) return read;
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(input, error);
    if (!fs::exists(status))
      return Status{ErrorCode::file_not_found, input + ": no such file or folder"};
    if (fs::is_directory(status)) {
      collector.walk(input);
    } else if (!named_pdf(input) && fs::is_regular_file(status) && looks_like_list(input)) {
      std::ifstream list(input);
      if (Status read = collector.add_list(list, input); !read.ok()) return read;
    } else {
      collector.add_file(input);
    }
  }
  Listing listing;
  listing.ignored = collector.ignored;
  for (auto& [path, file] : collector.files) listing.files.push_back(std::move(file));
  return listing;
}

namespace {

void hash_one(InputFile& file) {
  int fd = open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    file.error = std::string("cannot read it: ") + std::strerror(errno);
    return;
  }
  Sha256 hash;
  std::string buffer(1 << 20, '\0');
  uint64_t total = 0;
  for (;;) {
    ssize_t got = read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      file.error = std::string("cannot read it: ") + std::strerror(errno);
      close(fd);
      return;
    }
    if (got == 0) break;
    hash.add(std::string_view(buffer.data(), static_cast<size_t>(got)));
    total += static_cast<uint64_t>(got);
  }
  close(fd);
  file.bytes = total;
  file.sha256 = hash.hex_digest();
}

uint64_t leading_bits(const std::string& hex) {
  uint64_t value = 0;
  for (size_t i = 0; i < 16 && i < hex.size(); ++i) {
    char c = hex[i];
    value = value * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return value;
}

}  // namespace

void hash_files(std::vector<InputFile>& files, int threads,
                const std::function<bool(size_t)>& keep_going) {
  std::atomic<size_t> next{0}, hashed{0};
  std::atomic<bool> stop{false};
  {
    std::vector<std::jthread> pool;
    for (int i = 0; i < std::max(1, threads); ++i)
      pool.emplace_back([&] {
        for (size_t index; !stop && (index = next++) < files.size();) {
          InputFile& file = files[index];
          if (file.sha256.empty() && !file.error) hash_one(file);
          ++hashed;
        }
      });
    while (hashed < files.size()) {
      if (!keep_going(hashed)) {
        stop = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  keep_going(hashed);
}

Result<Shard> parse_shard(const std::string& text) {
  Shard shard;
  size_t slash = text.find('/');
  auto number = [](const std::string& digits, int& out) {
    if (digits.empty() || digits.size() > 6 ||
        !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
      return false;
    out = std::stoi(digits);
    return true;
  };
  if (slash == std::string::npos || !number(text.substr(0, slash), shard.index) ||
      !number(text.substr(slash + 1), shard.count) || shard.count < 1 || shard.index >= shard.count)
    return Status{ErrorCode::usage,
                  "--shard takes K/N with 0 <= K < N (e.g. 0/4), not '" + text + "'"};
  return shard;
}

int shard_of(const InputFile& file, int count) {
  const std::string key = file.sha256.empty() ? sha256_hex(file.path) : file.sha256;
  return static_cast<int>(leading_bits(key) % static_cast<uint64_t>(count));
}

std::string listing_fingerprint(const std::vector<InputFile>& files) {
  Sha256 hash;
  for (const InputFile& file : files)
    hash.add(file.path + "\t" + std::to_string(file.bytes) + "\n");
  return hash.hex_digest();
}

}  // namespace agendum
