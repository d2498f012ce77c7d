#include "web/pdf_root.h"

#include <algorithm>
#include <vector>

namespace agendum::web {

namespace fs = std::filesystem;

namespace {

bool inside(const fs::path& root, const fs::path& candidate) {
  auto [root_end, candidate_at] =
      std::mismatch(root.begin(), root.end(), candidate.begin(), candidate.end());
  return root_end == root.end();
}

}  // namespace

Result<PdfRoot> PdfRoot::open(const std::string& folder) {
  std::error_code error;
  fs::path root = fs::canonical(folder, error);
  if (error || !fs::is_directory(root, error))
    return Status(ErrorCode::file_not_found, folder + ": no such folder (--pdf-root)");
  return PdfRoot(root);
}

Result<fs::path> PdfRoot::resolve(std::string_view relative) const {
  const std::string shown(relative.substr(0, 200));
  if (relative.empty() || relative.find('\0') != std::string_view::npos ||
      relative.find('\\') != std::string_view::npos)
    return Status(ErrorCode::usage, "not a file name: " + shown);
  fs::path path{std::string(relative)};
  if (path.is_absolute() || path.has_root_name() || path.has_root_directory())
    return Status(ErrorCode::usage, "absolute paths are not served: " + shown);
  for (const fs::path& segment : path)
    if (segment == ".." || segment == ".")
      return Status(ErrorCode::usage, "paths with . or .. are not served: " + shown);
  std::error_code error;
  fs::path canonical = fs::canonical(root_ / path, error);
  if (error || !inside(root_, canonical) || !fs::is_regular_file(canonical, error))
    return Status(ErrorCode::file_not_found, "no such file under the PDF folder: " + shown);
  return canonical;
}

Result<fs::path> PdfRoot::find_source(std::string_view source_file,
                                      std::optional<long long> bytes) const {
  fs::path given{std::string(source_file)};
  std::vector<std::string> candidates;
  if (given.is_relative()) candidates.push_back(given.lexically_normal().generic_string());
  if (given.is_absolute()) {
    fs::path normal = given.lexically_normal();
    if (inside(root_, normal))
      candidates.push_back(normal.lexically_relative(root_).generic_string());
  }
  if (given.has_filename()) candidates.push_back(given.filename().string());
  for (const std::string& candidate : candidates) {
    Result<fs::path> found = resolve(candidate);
    if (!found.ok()) continue;
    std::error_code error;
    if (bytes && static_cast<long long>(fs::file_size(found.value(), error)) != *bytes) continue;
    return found;
  }
  return Status(ErrorCode::file_not_found, "the source PDF " + std::string(source_file) +
                                               " is not in " + root_.string() + " (--pdf-root)");
}

std::string PdfRoot::relative_name(const fs::path& inside_root) const {
  return inside_root.lexically_relative(root_).generic_string();
}

}  // namespace agendum::web
