#include "pipeline/core/file_lines.h"

#include <array>
#include <cstdio>

namespace agendum {

bool for_each_line_in_file(const std::string& path,
                           const std::function<void(std::string_view)>& line) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  std::array<char, 1 << 16> buffer;
  std::string cut;  // the start of a line the last block ended in
  size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
    const std::string_view block(buffer.data(), read);
    size_t start = 0;
    for (size_t end = block.find('\n'); end != std::string_view::npos;
         start = end + 1, end = block.find('\n', start)) {
      if (cut.empty()) {
        line(block.substr(start, end - start));
      } else {
        cut.append(block.substr(start, end - start));
        line(cut);
        cut.clear();
      }
    }
    cut.append(block.substr(start));
  }
  std::fclose(file);
  if (!cut.empty()) line(cut);
  return true;
}

}  // namespace agendum
