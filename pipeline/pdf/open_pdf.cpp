#include "pipeline/pdf/open_pdf.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>
#include <vector>

#include <poppler-document.h>

#include "pipeline/pdf/poppler_document.h"
#include "pipeline/pdf/sha256.h"

namespace agendum {
namespace {

std::optional<std::string> info_text(const poppler::ustring& value) {
  poppler::byte_array utf8 = value.to_utf8();
  std::string text(utf8.begin(), utf8.end());
  while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

Result<OpenedPdf> open_pdf(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status(ErrorCode::file_not_found, path + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::file_not_found, path + ": cannot be opened for reading");

  // Hashed in blocks as it streams past: the file is never held whole.
  OpenedPdf pdf;
  pdf.path = path;
  Sha256 hash;
  std::vector<char> block(1 << 16);
  std::string head;
  long long bytes = 0;
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    std::streamsize got = in.gcount();
    if (got <= 0) break;
    if (head.size() < 5) head.append(block.data(), static_cast<size_t>(std::min<std::streamsize>(got, 5)));
    hash.add({block.data(), static_cast<size_t>(got)});
    bytes += got;
  }
  if (in.bad()) return Status(ErrorCode::file_not_found, path + ": read failed");

  // The PDF header must open the file. (Readers tolerate leading junk; a packet that has
  // it is better rejected than half-read.)
  if (head.compare(0, 5, "%PDF-") != 0) {
    return Status(ErrorCode::not_a_pdf, path + ": not a PDF (the file does not start with %PDF-)");
  }
  pdf.facts.sha256 = hash.hex_digest();
  pdf.facts.bytes = bytes;

  make_poppler_ready();
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
  if (!document) {
    return Status(ErrorCode::corrupt_pdf, path + ": damaged or truncated; Poppler cannot open it");
  }
  if (document->is_locked()) {
    return Status(ErrorCode::encrypted_pdf, path + ": encrypted; it needs a password to open");
  }
  pdf.facts.page_count = document->pages();
  if (pdf.facts.page_count <= 0) return Status(ErrorCode::empty_pdf, path + ": the PDF has no pages");
  pdf.facts.producer = info_text(document->get_producer());
  pdf.facts.title = info_text(document->get_title());
  return pdf;
}

}  // namespace agendum
