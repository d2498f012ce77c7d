#include "pipeline/pdf/strokes.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace agendum {
namespace {

constexpr unsigned char kDark = 170;   // anti-aliased thin lines render mid-gray
constexpr double kMaxThicknessPoints = 3;
constexpr double kMaxJoinGapPoints = 30;

struct Segment {
  int x0, x1;  // pixel columns, inclusive
  int y0, y1;  // pixel rows, inclusive
};

}  // namespace

std::vector<Rule> find_strokes(const GrayRaster& raster) {
  const int min_length = std::max(8, static_cast<int>(std::lround(kMinStrokePoints / raster.points_per_pixel())));
  const int max_thickness = std::max(2, static_cast<int>(std::lround(kMaxThicknessPoints / raster.points_per_pixel())));

  // Horizontal dark runs, row by row, grown into segments when the row below continues them.
  std::vector<Segment> open, finished;
  for (int y = 0; y < raster.height; ++y) {
    std::vector<Segment> row_runs;
    const unsigned char* row = raster.pixels.data() + static_cast<size_t>(y) * raster.width;
    int x = 0;
    while (x < raster.width) {
      if (row[x] >= kDark) {
        ++x;
        continue;
      }
      int start = x;
      while (x < raster.width && row[x] < kDark) ++x;
      if (x - start >= min_length) row_runs.push_back({start, x - 1, y, y});
    }
    std::vector<Segment> still_open;
    std::vector<bool> continued(row_runs.size(), false);
    for (Segment& segment : open) {
      bool grown = false;
      for (size_t i = 0; i < row_runs.size(); ++i) {
        const Segment& run = row_runs[i];
        int overlap = std::min(segment.x1, run.x1) - std::max(segment.x0, run.x0);
        int shorter = std::min(segment.x1 - segment.x0, run.x1 - run.x0);
        if (!continued[i] && overlap >= shorter / 2) {
          segment = {std::min(segment.x0, run.x0), std::max(segment.x1, run.x1), segment.y0, y};
          continued[i] = true;
          grown = true;
          break;
        }
      }
      (grown ? still_open : finished).push_back(segment);
    }
    for (size_t i = 0; i < row_runs.size(); ++i) {
      if (!continued[i]) still_open.push_back(row_runs[i]);
    }
    open = std::move(still_open);
  }
  finished.insert(finished.end(), open.begin(), open.end());

  // Thick segments are filled boxes or solid shapes, not lines.
  std::erase_if(finished, [&](const Segment& segment) { return segment.y1 - segment.y0 + 1 > max_thickness; });
  std::sort(finished.begin(), finished.end(), [](const Segment& a, const Segment& b) {
    return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
  });

  // Browsers skip the ink of descenders when underlining ("skip-ink") and scans break thin
  // lines where glyphs cross them: pieces of one row join across a gap where ink passes
  // close to the line, but not across a clean gap (a word left out of an underline).
  const int max_gap = static_cast<int>(std::lround(kMaxJoinGapPoints / raster.points_per_pixel()));
  auto gap_is_inked = [&](const Segment& a, const Segment& b) {
    int margin = std::max(2, max_thickness / 2);
    int top = std::max(0, std::min(a.y0, b.y0) - margin);
    int bottom = std::min(raster.height - 1, std::max(a.y1, b.y1) + margin);
    int inked = 0, columns = 0;
    for (int x = a.x1 + 1; x < b.x0; ++x, ++columns) {
      for (int y = top; y <= bottom; ++y) {
        if (raster.at(x, y) < kDark) {
          ++inked;
          break;
        }
      }
    }
    return columns == 0 || inked * 2 >= columns;
  };
  std::vector<Segment> joined;
  for (const Segment& segment : finished) {
    bool merged = false;
    for (auto it = joined.rbegin(); it != joined.rend() && it->y0 >= segment.y0 - max_thickness; ++it) {
      bool same_row = std::min(it->y1, segment.y1) >= std::max(it->y0, segment.y0);
      if (!same_row || segment.x0 <= it->x1 || segment.x0 - it->x1 > max_gap) continue;
      if (!gap_is_inked(*it, segment)) continue;
      *it = {it->x0, std::max(it->x1, segment.x1), std::min(it->y0, segment.y0), std::max(it->y1, segment.y1)};
      merged = true;
      break;
    }
    if (!merged) joined.push_back(segment);
  }

  const double scale = raster.points_per_pixel();
  std::vector<Rule> strokes;
  for (const Segment& segment : joined) {
    strokes.push_back({{segment.x0 * scale, segment.y0 * scale, (segment.x1 + 1) * scale, (segment.y1 + 1) * scale}});
  }
  std::sort(strokes.begin(), strokes.end(), [](const Rule& a, const Rule& b) {
    return a.box.y0 != b.box.y0 ? a.box.y0 < b.box.y0 : a.box.x0 < b.box.x0;
  });
  return strokes;
}

void mark_struck_and_underlined(const std::vector<Rule>& strokes, std::vector<Word>& words) {
  // Where a stroke sits relative to a word box: 0 at its top, 1 at its foot.
  auto position = [](const Rule& stroke, const Word& word) {
    return ((stroke.box.y0 + stroke.box.y1) / 2 - word.box.y0) / word.box.height();
  };
  auto near_word = [&](const Rule& stroke, const Word& word) {
    double at = position(stroke, word);
    return at >= 0.3 && at <= 1.5;
  };
  for (const Rule& stroke : strokes) {
    // A redline stroke starts and ends at word edges; a table ruling under a row runs on to
    // the cell borders, past the text, and marks nothing.
    bool starts_at_word = false, ends_at_word = false;
    for (const Word& word : words) {
      if (word.box.height() <= 0 || !near_word(stroke, word)) continue;
      double tolerance = 0.6 * word.box.height();
      if (std::abs(stroke.box.x0 - word.box.x0) <= tolerance) starts_at_word = true;
      if (std::abs(stroke.box.x1 - word.box.x1) <= tolerance) ends_at_word = true;
    }
    if (!starts_at_word || !ends_at_word) continue;
    std::vector<Word*> struck, underlined;
    bool marks_text = false;
    for (Word& word : words) {
      double width = word.box.width();
      if (word.box.height() <= 0 || width <= 0) continue;
      double covered = std::min(stroke.box.x1, word.box.x1) - std::max(stroke.box.x0, word.box.x0);
      if (covered < 0.6 * width) continue;
      double at = position(stroke, word);
      bool through = at >= 0.3 && at <= 0.72, under = at > 0.8 && at <= 1.5;
      if (through) struck.push_back(&word);
      if (under) underlined.push_back(&word);
      if ((through || under) && std::any_of(word.text.begin(), word.text.end(), [](char c) {
            auto byte = static_cast<unsigned char>(c);  // UTF-8 leads 0xC3-0xD4: accented Latin letters
            return std::isalnum(byte) || (byte >= 0xC3 && byte <= 0xD4);
          })) {
        marks_text = true;
      }
    }
    // A stroke over nothing but punctuation is the punctuation itself: an em dash, a rule of
    // underscores typed as a blank.
    if (!marks_text) continue;
    for (Word* word : struck) word->struck = true;
    for (Word* word : underlined) word->underlined = true;
  }
}

}  // namespace agendum
