// How far a batch has come, and the two ways it is shown: a bar redrawn in place on a
// terminal, and a plain line for logs (a job scheduler's output file, journald).
//
// Documents count the whole shard, those done by earlier runs included; pages, rates and the
// estimate count this run. The estimate divides the bytes still to read by the bytes per
// second read so far (bytes are known for every file at the start; pages are not).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace agendum {

struct Progress {
  size_t hashed = 0;  // while the listing is being hashed
  size_t to_hash = 0;
  size_t documents = 0;  // in this shard
  size_t done = 0;       // decided: packet, failure or duplicate
  size_t failed = 0;
  size_t running = 0;
  uint64_t pages = 0;  // read by this run
  uint64_t ocr_pages = 0;
  uint64_t bytes_to_do = 0;  // of the documents this run started with
  uint64_t bytes_done = 0;
  double seconds = 0;  // since this run started
};

// One line of at most `width` columns, no newline.
std::string progress_bar(const Progress& progress, int width);
// "agendum batch: 120/400 documents (2 failed), 3102 pages, 41.2 pages/s, 12% OCR, 3 running, about
// 6m left"
std::string progress_line(const Progress& progress);

}  // namespace agendum
