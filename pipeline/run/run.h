// One packet end to end: read the PDF, clean the text, split the packet into documents,
// run every extractor, validate. This is what `agendum extract` and `agendum text` call,
// and what batch ingestion will call once per input.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "pipeline/core/lines.h"
#include "pipeline/core/records.h"
#include "pipeline/core/status.h"
#include "pipeline/export/packet_writer.h"
#include "pipeline/pdf/read_pdf.h"

namespace agendum {

struct Extraction {
  Packet packet;
  CleanText text;  // the flow the extractors saw (for `agendum text` and review tools)
};

// Fails only when the file as a whole cannot be read (see read_pdf); everything smaller
// becomes a diagnostic in the packet. With a page_cache_dir, pages read before (same content,
// same reading options) come from the cache instead of the PDF (see page_cache.h).
// `entering`, when given, is called with "read" before the PDF is read (and OCR'd) and with
// "extract" before the text is cleaned and the records extracted, so a caller can tell where
// a run that never returns stopped.
Result<Extraction> extract_packet(const std::string& path, const ReadOptions& options,
                                  const std::string& page_cache_dir = "",
                                  const std::function<void(std::string_view stage)>& entering = {});

// The stages after reading, on pages already read: clean, segment, extract. Pure and
// file-free, so tests can drive it from text fixtures. The pages are consumed: their words
// move into the clean text. With jobs other than 1 (0: all cores) independent extractors run
// on two threads; the packet is the same either way.
Extraction extract_from_pages(std::vector<PageText> pages, std::vector<Diagnostic> diagnostics,
                              int jobs = 1);

// A packet written as it is extracted: what the caller still needs once the records are in
// the writer (the writer holds them, on disk).
struct WrittenPacket {
  SourceInfo source;
  std::vector<Diagnostic> diagnostics;  // also in the writer; for exit codes and messages
};

// Packets of up to this many pages are read and extracted whole; longer ones a window of
// pages at a time (see extract_packet_into). A whole packet keeps every link between its
// records; windows cost some speed (context and carried pages are cleaned twice). A whole
// 256-page packet now peaks above a windowed one of any length (about 42 MiB against 32 for
// 5000 pages of the agenda bench/memory.py repeats, Release build).
inline constexpr int kWholePacketPages = 256;

struct WindowOptions {
  int whole_packet_pages = kWholePacketPages;
  int window_pages = 40;  // pages read and cleaned together in a long packet
};

// extract_packet, with every page, document, record and diagnostic handed to `writer`
// (validated there) instead of held. A packet of up to whole_packet_pages pages is the packet
// extract_packet makes. A longer one runs in memory bounded by its window, not its length:
// pages are read window_pages at a time, each window is cleaned (with its neighbours' pages
// for running headers) and segmented, and the documents it closes are extracted and written;
// the document still open at a window's end is read again with the next window, up to a
// window's length (a longer document is cut there and its parts' records written in turn).
// Links between records are made within a window: a vote in minutes reaches a resolution,
// and a spec is marked a duplicate of another, only when both are in one window.
Result<WrittenPacket> extract_packet_into(
    const std::string& path, const ReadOptions& options, PacketWriter& writer,
    const std::string& page_cache_dir = "",
    const std::function<void(std::string_view)>& entering = {}, const WindowOptions& windows = {});

}  // namespace agendum
