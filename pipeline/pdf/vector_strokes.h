// One pass over a born-digital page's content stream for both its words and its strokes.
//
// A redlined specification's strike-throughs and underlines are drawn lines (or thin filled
// rectangles) in the PDF, not font properties. Poppler's text device sees the page's paths
// while it collects the words, so one interpretation of the page yields both, with nothing
// rasterised: this is what keeps born-digital extraction close to pdftotext's speed. Scanned
// pages find their strokes in the image instead (strokes.h).
#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include "pipeline/core/page.h"
#include "pipeline/pdf/text_layer.h"

class Page;

namespace agendum {

struct WordsAndStrokes {
  TextLayerWords words;
  std::vector<Rule> strokes;  // horizontal dark strokes, same frame as the words
  double image_share = 0;     // share of the page's area that images cover (0..1)
  bool timed_out = false;     // the deadline passed before the page's content was all read
};

class WordAndStrokeDevice;

// Reads pages on one thread with one text device for all of them, as pdftotext does: the
// device keeps the colour spaces it has built. An ICC-based colour space costs a colour
// transform (lcms2) to build, and the pages of a packet share a few; built afresh on every
// page, they took most of the reading time. The colour spaces are cached under their object
// numbers: read one file's pages (through any number of documents opened on it) with one reader.
class WordAndStrokeReader {
 public:
  WordAndStrokeReader();
  ~WordAndStrokeReader();
  WordAndStrokeReader(const WordAndStrokeReader&) = delete;
  WordAndStrokeReader& operator=(const WordAndStrokeReader&) = delete;

  // The words and strokes of a page (PageTree, poppler_document.h), in points with a top-left
  // origin in the frame Poppler's text boxes use. The page's document belongs to the calling
  // thread. Reading stops at the deadline, keeping what was read.
  WordsAndStrokes read(Page& page, std::chrono::steady_clock::time_point deadline);

  // Drops what the device still holds of the pages read (the last page's characters, the
  // colour transforms it built): a reader that waits while a long packet's window is
  // extracted does not hold them meanwhile. The next read builds them again.
  void let_go();

 private:
  std::unique_ptr<WordAndStrokeDevice> device_;
};

}  // namespace agendum
