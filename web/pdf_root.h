// The folder the server may read source PDFs from (`serve --pdf-root DIR`), and nothing
// outside it.
//
// A path from a URL is relative to the root. It is refused when it is empty, absolute, holds
// a ".." or "." segment, a backslash or a NUL; then it is made canonical (symbolic links
// resolved) and must still lie inside the canonical root, so a link pointing out of the root
// is refused too. A packet's source.file is looked for as given when relative, as is when it
// is an absolute path inside the root, and otherwise by its base name at the root; a file
// whose size differs from the packet's source.bytes is not the packet's source.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/core/status.h"

namespace agendum::web {

class PdfRoot {
 public:
  // Fails with file_not_found when the folder does not exist.
  static Result<PdfRoot> open(const std::string& folder);

  // A file under the root named by a relative path: usage for a refused path,
  // file_not_found when there is no such file inside the root.
  Result<std::filesystem::path> resolve(std::string_view relative) const;

  // The packet's source PDF under the root.
  Result<std::filesystem::path> find_source(std::string_view source_file,
                                            std::optional<long long> bytes) const;

  // The path of a file inside the root, relative to it ("2023/packet.pdf"), for links.
  std::string relative_name(const std::filesystem::path& inside) const;

  const std::filesystem::path& folder() const { return root_; }

 private:
  explicit PdfRoot(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;  // canonical
};

}  // namespace agendum::web
