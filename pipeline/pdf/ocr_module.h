// The boundary between agendum and its OCR module, agendum-ocr.so.
//
// Tesseract and Leptonica bring some 35 shared libraries with them (image codecs, curl,
// TLS, archive readers). Linking them into agendum costs every run the dynamic loader's work
// of mapping and binding them, ~12 ms, more than half of the start-up, though most packets
// never OCR a page. So the Tesseract engine lives in a module that ocr.cpp loads the first
// time a page needs OCR. The module exports one C function, agendum_ocr_module, that returns
// this table. Module and binary are built from one tree and installed together; the table
// carries the build's version, and a module of another build is refused, since the C++ types
// passed across (GrayRaster, OcrOutcome) must be laid out alike on both sides.
#pragma once

#include <chrono>
#include <string>

#include "pipeline/pdf/ocr.h"

namespace agendum {

struct OcrModuleTable {
  const char* version;  // AGENDUM_VERSION of the build the module comes from
  // Starts an engine reading with the language data in `tessdata`; nullptr and `error` when it
  // cannot.
  void* (*start)(const std::string& tessdata, std::string& error);
  OcrOutcome (*read)(void* engine, GrayRaster page, std::chrono::steady_clock::time_point deadline);
  void (*stop)(void* engine);
};

}  // namespace agendum

// The module's one exported symbol.
extern "C" const agendum::OcrModuleTable* agendum_ocr_module();
inline constexpr const char* kOcrModuleEntryPoint = "agendum_ocr_module";
