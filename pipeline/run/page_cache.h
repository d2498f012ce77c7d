// A cache of pages already read: re-extracting a packet after an upgrade of the extractors
// (or while tuning them on an archive) does not render and OCR its scans again.
//
// Entries are keyed by the file's SHA-256 and every reading option that changes what the
// PDF stage returns (page range, OCR mode, dpi), plus kPageCacheFormat, which changes
// whenever the PDF stage's output or this file format does. An entry holds the whole
// ReadResult: facts, pages (words, boxes, styles, confidences, strokes) and the reading
// diagnostics. Entries are written through a temporary file and renamed, so a reader never
// sees half of one; an unreadable or stale entry is a miss, never an error.
#pragma once

#include <optional>
#include <string>

#include "pipeline/core/status.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

// Bump when the PDF stage reads pages differently or the entry layout changes.
inline constexpr int kPageCacheFormat = 2;

// The entry's file name in the cache folder for this file's content and these options.
std::string page_cache_key(const std::string& sha256, const ReadOptions& options);

// The pages of `path` from `cache_dir` when present, else read_pdf() and store them.
// Only read_pdf's own failures fail; a cache that cannot be written is skipped silently
// (the packet still comes out) but noted in the diagnostics.
Result<ReadResult> read_pdf_cached(const std::string& path, const ReadOptions& options,
                                   const std::string& cache_dir);

// One page in the entries' form: about half the memory of the page itself, so a long
// packet's window holds the pages it may read again this way.
std::string encode_page(const PageText& page);
std::optional<PageText> decode_page(const std::string& bytes);

// Serialised form, exposed for tests.
std::string encode_read_result(const ReadResult& result);
std::optional<ReadResult> decode_read_result(const std::string& bytes);

}  // namespace agendum
