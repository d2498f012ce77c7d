#include "pipeline/text/layout_furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

#include "pipeline/core/text_ops.h"
#include "pipeline/text/line_text.h"

namespace agendum {
namespace {

// Lines at each end of a page where running headers, footers and page labels are looked for.
constexpr size_t kBandLines = 3;
// Running headers repeat on neighbouring pages; a fuzzy match looks this many pages back.
constexpr int kFuzzyWindowPages = 3;
// How alike two masked lines must be to count as the same header (one misread letter in a
// twenty-letter header is 0.95).
constexpr double kSameHeaderSimilarity = 0.8;
// Keys shorter than this must match exactly: "page #" and "pagc #" are too short to judge.
constexpr size_t kFuzzyMinLength = 8;
// Running headers and footers sit within this fraction of the page height from its edge.
constexpr double kEdgeFraction = 0.3;
// How far (points) a running line may wander from its usual distance to the page edge:
// scanned pages sit a little askew and offset.
constexpr double kPlaceTolerance = 24;

struct WordSpan {
  size_t word = 0;
  size_t begin = 0, end = 0;
};

// The accepted words of a line joined by single spaces, with where each word sits, so a span
// found by a pattern can be traced back to the words it covers.
std::string accepted_text(const Line& line, std::vector<WordSpan>& spans) {
  std::string text;
  spans.clear();
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& word = line.words[i];
    if (word.struck) continue;
    if (!text.empty()) text.push_back(' ');
    spans.push_back({i, text.size(), text.size() + word.text.size()});
    text += word.text;
  }
  return text;
}

// A span of accepted_text() to cut out of a line.
struct Cut {
  size_t begin = 0, end = 0;
};

// Removes the cuts (ascending, not overlapping) from the line in one pass. A word a cut runs
// through keeps the part outside it ("4,877.503.3.bPacket" keeps "4,877.50"), its box
// narrowed in proportion.
void remove_cuts(Line& line, const std::vector<Cut>& cuts) {
  if (cuts.empty()) return;
  std::vector<WordSpan> spans;
  accepted_text(line, spans);
  std::vector<bool> drop(line.words.size(), false);
  size_t next_cut = 0;
  for (const WordSpan& span : spans) {
    while (next_cut < cuts.size() && cuts[next_cut].end <= span.begin) ++next_cut;
    if (next_cut == cuts.size() || cuts[next_cut].begin >= span.end) continue;
    Word& word = line.words[span.word];
    std::string kept;
    size_t first_kept = std::string::npos, last_kept = 0;
    for (size_t at = span.begin; at < span.end; ++at) {
      bool inside = false;
      for (size_t c = next_cut; c < cuts.size() && cuts[c].begin <= at; ++c)
        inside = inside || at < cuts[c].end;
      if (inside) continue;
      kept.push_back(word.text[at - span.begin]);
      first_kept = std::min(first_kept, at - span.begin);
      last_kept = at - span.begin + 1;
    }
    const std::string text = trim(kept);
    if (text.empty()) {
      drop[span.word] = true;
      continue;
    }
    const double full = static_cast<double>(word.text.size());
    const double x0 = word.box.x0, width = word.box.width();
    word.box.x0 = x0 + width * static_cast<double>(first_kept) / full;
    word.box.x1 = x0 + width * static_cast<double>(last_kept) / full;
    word.text = text;
  }
  std::vector<Word> words;
  words.reserve(line.words.size());
  for (size_t i = 0; i < line.words.size(); ++i)
    if (!drop[i]) words.push_back(std::move(line.words[i]));
  line.words = std::move(words);
  compose_line_text(line);
}

// find_packet_stamp() starting the search at byte `from`.
std::optional<PacketStamp> find_packet_stamp_from(std::string_view text, size_t from) {
  // Matches "savings 3.1.a Packet Pg. 8" and the flattened "0.00 4,877.503.3.bPacket Pg. 50",
  // where an amount with cents runs straight into the item label.
  static const RE2 stamp(
      R"((?:^|\s)(\$?\d[\d,]*\.\d\d)?(\d{1,2}(?:\.\d{1,2})*(?:\.[A-Za-z])?)\s?Packet\s+Pg\.?\s*(\d{1,4})\b)");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[4];  // whole match, amount (stays in the text), label, page
  if (!stamp.Match(input, from, input.size(), RE2::UNANCHORED, groups, 4)) return std::nullopt;
  const re2::StringPiece whole = groups[0], label = groups[2], page = groups[3];
  PacketStamp out;
  out.label = std::string(label);
  out.page = std::stoi(std::string(page));
  out.begin = static_cast<size_t>(label.data() - text.data());
  out.end = static_cast<size_t>(whole.data() + whole.size() - text.data());
  return out;
}

bool is_empty(const Line& line) { return line.text.empty() && line.deleted.empty(); }

bool in_band(size_t index, size_t count) {
  return index < kBandLines || index + kBandLines >= count;
}

// Stamps a line carries; each one found is cut out of the line.
void take_out_stamps(Line& line, PageFurniture& furniture) {
  if (line.text.find("Packet") == std::string::npos) return;
  std::vector<WordSpan> spans;
  const std::string text = accepted_text(line, spans);
  // Flattened text can carry many stamps in one line; all go, the first names the page.
  std::vector<Cut> cuts;
  size_t from = 0;
  while (std::optional<PacketStamp> stamp = find_packet_stamp_from(text, from)) {
    if (!furniture.stamp_page) {
      furniture.stamp_page = stamp->page;
      furniture.stamp_label = stamp->label;
    }
    cuts.push_back({stamp->begin, stamp->end});
    from = stamp->end;
  }
  remove_cuts(line, cuts);
}

// A stamp printed up the page margin often comes out as two lines of its own:
// "Packet Pg. 68" and, beside it, the item label "3.5.a".
void take_out_split_stamp(std::vector<Line>& lines, PageFurniture& furniture) {
  // Matches the stamp's second half on its own: "Packet Pg. 68".
  static const RE2 bare_stamp(R"(^Packet\s+Pg\.?\s*(\d{1,4})$)");
  // Matches the stamp's item label on its own line: "3.5.a"; where a page was stamped twice
  // (a report reprinted in an attachment) the labels share a line: "3.3 3.5.c".
  static const RE2 bare_label(
      R"(^(\d{1,2}(?:\.\d{1,2})*(?:\.[A-Za-z])?)(?:\s+\d{1,2}(?:\.\d{1,2})*(?:\.[A-Za-z])?)*$)");
  for (size_t i = 0; i < lines.size(); ++i) {
    int page = 0;
    if (!RE2::FullMatch(lines[i].text, bare_stamp, &page)) continue;
    if (!furniture.stamp_page) furniture.stamp_page = page;
    lines[i].words.clear();
    compose_line_text(lines[i]);
    for (size_t neighbour : {i + 1, i - 1, i + 2, i - 2}) {
      if (neighbour >= lines.size()) continue;
      std::string label;
      if (!RE2::FullMatch(lines[neighbour].text, bare_label, &label)) continue;
      if (!furniture.stamp_label) furniture.stamp_label = label;
      lines[neighbour].words.clear();
      compose_line_text(lines[neighbour]);
      break;
    }
  }
}

// "Page 1 of 2" near the top or bottom of a page, or on a line of its own anywhere.
void take_out_page_label(std::vector<Line>& lines, PageFurniture& furniture) {
  // Matches "Page 1 of 2" and "PAGE 12 OF 40" inside a footer line.
  static const RE2 page_of(R"((?i)(\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b))");
  // Matches a footer line that is only "Page 3".
  static const RE2 page_alone(R"((?i)^page\s+\d{1,4}$)");
  std::vector<WordSpan> spans;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    std::string text = accepted_text(line, spans);
    re2::StringPiece found;
    bool band = in_band(i, lines.size());
    if (RE2::PartialMatch(text, page_of, &found)) {
      // In a footer line the label opens or closes it; in running text it is a reference.
      const bool whole = found.size() == text.size();
      const bool at_an_end =
          found.data() == text.data() || found.data() + found.size() == text.data() + text.size();
      if (!whole && !(band && at_an_end)) continue;
    } else if (band && RE2::FullMatch(text, page_alone)) {
      found = text;
    } else {
      continue;
    }
    if (!furniture.page_label) furniture.page_label = std::string(found);
    size_t begin = static_cast<size_t>(found.data() - text.data());
    remove_cuts(line, {{begin, begin + found.size()}});
  }
}

// A running line's page label, when it carries one: "1 of 8" in "1 of 8 12/1/22, 11:47 PM".
std::optional<std::string> page_label_in(const std::string& text) {
  // Matches "Page 2 of 5", "2 of 5", "Koff & Associates, Inc. Page 11" and a bare "14".
  static const RE2 label(
      R"((?i)((?:\bpage\s+)?\d{1,4}\s+of\s+\d{1,4}\b|\bpage\s+\d{1,4}$|^\d{1,4}$))");
  std::string found;
  if (RE2::PartialMatch(text, label, &found)) return found;
  return std::nullopt;
}

// Matches the number in a bare page-number footer: "14", "- 14 -".
const RE2& page_number_pattern() {
  static const RE2 pattern(R"((\d{1,4}))");
  return pattern;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Whether the edit distance of a and b is at most `limit`: only the diagonal band of width
// 2 * limit + 1 can hold such a path, and a row whose best cell is over the limit ends it.
bool within_edit_distance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return false;
  const size_t over = limit + 1;
  std::vector<size_t> previous(b.size() + 1, over), current(b.size() + 1, over);
  for (size_t j = 0; j <= std::min(b.size(), limit); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t from = i > limit ? i - limit : 1;
    const size_t to = std::min(b.size(), i + limit);
    // Cells just outside the band read as over the limit.
    current[0] = i <= limit ? i : over;
    current[from - 1] = from == 1 ? current[0] : over;
    size_t best = current[0];
    for (size_t j = from; j <= to; ++j) {
      size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution, over});
      best = std::min(best, current[j]);
    }
    if (to + 1 <= b.size()) current[to + 1] = over;
    if (best > limit) return false;
    std::swap(previous, current);
  }
  return previous[b.size()] <= limit;
}

// similarity() >= kSameHeaderSimilarity, computed only inside the band of edits that allows:
// most pairs of lines compared are nothing alike and are ruled out within a few characters.
bool similar_enough(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const size_t longer = std::max(a.size(), b.size());
  const auto limit =
      static_cast<size_t>((1.0 - kSameHeaderSimilarity) * static_cast<double>(longer) + 1e-9);
  return within_edit_distance(a, b, limit);
}

// Table rows are content even when a table's column headings repeat on every page: a line
// split by wide gaps into three or more cells is never a running header.
bool looks_like_table_row(const Line& line) {
  int cells = 1;
  const double wide_gap = std::max(line.font_size, 1.0) * 1.5;
  for (size_t i = 1; i < line.words.size(); ++i)
    if (line.words[i].box.x0 - line.words[i - 1].box.x1 > wide_gap) ++cells;
  return cells >= 3;
}

// Headers and footers do not quote money; the last rows of a pay table that closes several
// pages alike ("Truck Operator  $500.00/monthly") do.
bool quotes_money(const Line& line) {
  // Matches "$500.00/monthly", "$ 6.80".
  static const RE2 amount(R"(\$\s?\d)");
  return RE2::PartialMatch(line.text, amount);
}

// Whether a line sits at the top (or bottom) edge of its page. Pages of unknown height
// rely on the line's place in reading order alone.
bool near_edge(const Line& line, double page_height, bool top) {
  if (page_height <= 0) return true;
  return top ? line.box.y0 < page_height * kEdgeFraction
             : line.box.y1 > page_height * (1.0 - kEdgeFraction);
}

// One header or footer text seen on several pages.
struct RunningLine {
  std::string key;
  bool top = true;
  bool labelled_field = false;      // is_labelled_field() of its first occurrence
  std::vector<size_t> occurrences;  // indices into the occurrence list, in page order
  int body_copies = 0;              // the same text away from the page edges
};

struct Occurrence {
  size_t page = 0, line = 0;
  int running_line = 0;
  double offset = 0;  // distance from its page edge (top or bottom), points
};

// "Bargaining Unit: Torrance Municipal Employees", "Class Code: 5524": a label and its value.
bool is_labelled_field(std::string_view text) {
  static const RE2 field(R"(^[A-Z][A-Za-z.&/ ]{1,40}:\s+\S)");
  return RE2::PartialMatch(text, field);
}

// Whether a repeated line is furniture, given the pages it sits on at its usual place: on
// three pages in a row (one page missing is tolerated: a full-page table often drops the
// header), or, in a short packet, on at least two pages and three tenths of them. A labelled
// field printed on a few pages of a short packet is the header of documents that each open
// there (two class specs of one bargaining unit), so it needs the run.
bool repeats_enough(const std::vector<int>& pages, size_t page_count, bool labelled_field) {
  const auto count = pages.size();
  if (count < 2) return false;
  if (page_count <= 10 && !labelled_field &&
      static_cast<double>(count) >= 0.3 * static_cast<double>(page_count))
    return true;
  size_t run = 1;
  for (size_t i = 1; i < count; ++i) {
    run = pages[i] - pages[i - 1] <= 2 ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

// The occurrences of a running line that sit where it usually sits: furniture is printed at
// a fixed distance from the page edge, while a repeated body heading ("Level of Competency
// Required by Job:") moves with the text above it.
std::vector<size_t> at_usual_place(const RunningLine& running,
                                   const std::vector<Occurrence>& occurrences) {
  std::vector<double> offsets;
  for (size_t index : running.occurrences) offsets.push_back(occurrences[index].offset);
  auto middle = offsets.begin() + static_cast<std::ptrdiff_t>(offsets.size() / 2);
  std::nth_element(offsets.begin(), middle, offsets.end());
  const double usual = *middle;
  std::vector<size_t> kept;
  for (size_t index : running.occurrences)
    if (std::abs(occurrences[index].offset - usual) <= kPlaceTolerance) kept.push_back(index);
  return kept;
}

void take_out_running_lines(std::vector<std::vector<Line>>& page_lines,
                            const std::vector<double>& page_heights,
                            std::vector<PageFurniture>& furniture) {
  std::vector<RunningLine> running;
  std::unordered_map<std::string, int> exact[2];  // [top? 0 : 1] key -> running line
  std::vector<Occurrence> occurrences;
  for (size_t page = 0; page < page_lines.size(); ++page) {
    const std::vector<Line>& lines = page_lines[page];
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!in_band(i, lines.size()) || lines[i].text.empty()) continue;
      const bool top = i < kBandLines;
      if (!near_edge(lines[i], page_heights[page], top) || looks_like_table_row(lines[i]) ||
          quotes_money(lines[i]))
        continue;
      std::string key = furniture_key(lines[i].text);
      if (key.empty()) continue;
      // A line of bare numbers repeats as furniture only as a page-number sequence: "1", "2",
      // "3" on consecutive pages, never "2020." ending a title on one page and "1" on the next.
      if (key.find_first_not_of("# ") == std::string::npos) {
        int number = 0;
        if (!RE2::PartialMatch(lines[i].text, page_number_pattern(), &number)) continue;
        key += " @" + std::to_string(number - static_cast<int>(page));
      }
      int found = -1;
      if (auto hit = exact[top ? 0 : 1].find(key); hit != exact[top ? 0 : 1].end()) {
        found = hit->second;
      } else if (key.size() >= kFuzzyMinLength) {
        for (int r = static_cast<int>(running.size()) - 1; r >= 0; --r) {
          const RunningLine& candidate = running[static_cast<size_t>(r)];
          const size_t last_page = occurrences[candidate.occurrences.back()].page;
          if (page - last_page > kFuzzyWindowPages) continue;
          if (candidate.top != top || candidate.key.size() < kFuzzyMinLength) continue;
          if (similar_enough(candidate.key, key)) {
            found = r;
            break;
          }
        }
      }
      if (found < 0) {
        found = static_cast<int>(running.size());
        running.push_back({key, top, is_labelled_field(lines[i].text), {}, 0});
        exact[top ? 0 : 1].emplace(key, found);
      }
      const double height = page_heights[page];
      const double offset =
          top ? lines[i].box.y0 : (height > 0 ? height - lines[i].box.y1 : -lines[i].box.y1);
      running[static_cast<size_t>(found)].occurrences.push_back(occurrences.size());
      occurrences.push_back({page, i, found, offset});
    }
  }
  if (running.empty()) return;
  // The same text printed in the body of pages is content that happens to open some pages.
  for (const std::vector<Line>& lines : page_lines)
    for (size_t i = kBandLines; i + kBandLines < lines.size(); ++i) {
      if (lines[i].text.empty()) continue;
      const std::string key = furniture_key(lines[i].text);
      for (const auto& by_key : exact)
        if (auto hit = by_key.find(key); hit != by_key.end())
          ++running[static_cast<size_t>(hit->second)].body_copies;
    }
  std::vector<size_t> removed;  // occurrences found to be furniture
  for (RunningLine& line : running) {
    if (line.occurrences.size() < 2) continue;
    if (line.body_copies >= static_cast<int>(line.occurrences.size()) / 2 + 1) continue;
    std::vector<size_t> kept = at_usual_place(line, occurrences);
    std::vector<int> pages;
    for (size_t index : kept)
      if (pages.empty() || pages.back() != static_cast<int>(occurrences[index].page))
        pages.push_back(static_cast<int>(occurrences[index].page));
    if (repeats_enough(pages, page_lines.size(), line.labelled_field))
      removed.insert(removed.end(), kept.begin(), kept.end());
  }
  // Occurrences were recorded page by page, line by line: sorted indices keep that order.
  std::sort(removed.begin(), removed.end());
  for (size_t index : removed) {
    const Occurrence& occurrence = occurrences[index];
    Line& text_line = page_lines[occurrence.page][occurrence.line];
    PageFurniture& page = furniture[occurrence.page];
    const bool top = running[static_cast<size_t>(occurrence.running_line)].top;
    (top ? page.headers : page.footers).push_back(text_line.text);
    if (!page.page_label)
      if (auto label = page_label_in(text_line.text)) page.page_label = label;
    text_line.words.clear();
    compose_line_text(text_line);
  }
}

void drop_empty_lines(std::vector<Line>& lines) {
  lines.erase(std::remove_if(lines.begin(), lines.end(), is_empty), lines.end());
}

}  // namespace

std::optional<PacketStamp> find_packet_stamp(std::string_view text) {
  return find_packet_stamp_from(text, 0);
}

std::string furniture_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  bool previous_digit = false;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    const bool digit = c >= '0' && c <= '9';
    if (digit) {
      if (!previous_digit) key.push_back('#');
    } else if (std::isalpha(byte) || byte >= 0x80) {
      key.push_back(static_cast<char>(std::tolower(byte)));
    } else if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    }
    previous_digit = digit;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

double similarity(std::string_view a, std::string_view b) {
  const size_t longer = std::max(a.size(), b.size());
  if (longer == 0) return 1;
  return 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longer);
}

std::vector<PageFurniture> take_out_page_furniture(std::vector<std::vector<Line>>& page_lines,
                                                   const std::vector<int>& page_numbers,
                                                   const std::vector<double>& page_heights) {
  std::vector<PageFurniture> furniture(page_lines.size());
  for (size_t page = 0; page < page_lines.size(); ++page) {
    furniture[page].page =
        page < page_numbers.size() ? page_numbers[page] : static_cast<int>(page) + 1;
    std::vector<Line>& lines = page_lines[page];
    for (Line& line : lines) take_out_stamps(line, furniture[page]);
    take_out_split_stamp(lines, furniture[page]);
    drop_empty_lines(lines);
    take_out_page_label(lines, furniture[page]);
    drop_empty_lines(lines);
  }
  std::vector<double> heights(page_heights);
  heights.resize(page_lines.size(), 0.0);
  take_out_running_lines(page_lines, heights, furniture);
  for (std::vector<Line>& lines : page_lines) drop_empty_lines(lines);
  return furniture;
}

}  // namespace agendum
