#include "pipeline/pdf/open_pdf.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <system_error>

#include <poppler-global.h>

#include "pipeline/pdf/sha256.h"

namespace agendum {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

std::optional<std::string> info_text(const poppler::ustring& value) {
  poppler::byte_array utf8 = value.to_utf8();
  std::string text(utf8.begin(), utf8.end());
  while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

void silence_poppler_messages() { poppler::set_debug_error_function(ignore_poppler_message, nullptr); }

std::unique_ptr<poppler::document> load_document(const std::string& bytes) {
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

Result<OpenedPdf> open_pdf(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status(ErrorCode::file_not_found, path + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::file_not_found, path + ": cannot be opened for reading");
  OpenedPdf pdf;
  pdf.path = path;
  pdf.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status(ErrorCode::file_not_found, path + ": read failed");

  // The PDF header must open the file. (Readers tolerate leading junk; a packet that has
  // it is better rejected than half-read.)
  if (pdf.bytes.compare(0, 5, "%PDF-") != 0) {
    return Status(ErrorCode::not_a_pdf, path + ": not a PDF (the file does not start with %PDF-)");
  }
  if (pdf.bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return Status(ErrorCode::corrupt_pdf, path + ": larger than 2 GB, which Poppler cannot load");
  }
  pdf.facts.sha256 = sha256_hex(pdf.bytes);
  pdf.facts.bytes = static_cast<long long>(pdf.bytes.size());

  silence_poppler_messages();
  std::unique_ptr<poppler::document> document = load_document(pdf.bytes);
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
