// What the libraries under Poppler say while a page is drawn goes to that page's
// diagnostics, never to the terminal.
//
// libjpeg, which Poppler decodes JPEG images with, prints its warnings ("Corrupt JPEG data:
// bad Huffman code") straight to stderr: Poppler gives it libjpeg's standard error manager.
// This unit provides jpeg_std_error() itself, so every error manager Poppler asks for routes
// warnings to the LibraryMessages collecting on the calling thread, or drops them when none
// is (poppler-cpp opening a file). (Poppler's own messages are dropped where Poppler is set up:
// poppler_document.h. Leptonica and Tesseract are quietened by the OCR engine: ocr.h.)
#pragma once

#include <string>
#include <vector>

namespace agendum {

// Collects library messages on the calling thread for as long as it lives (scopes nest).
class LibraryMessages {
 public:
  LibraryMessages();
  ~LibraryMessages();
  LibraryMessages(const LibraryMessages&) = delete;
  LibraryMessages& operator=(const LibraryMessages&) = delete;

  // The distinct messages so far, in the order first seen.
  const std::vector<std::string>& messages() const { return messages_; }

  // For the library hooks: records `message` with the collector of the calling thread, if any.
  static void record(std::string message);

 private:
  LibraryMessages* outer_;
  std::vector<std::string> messages_;
};

}  // namespace agendum
