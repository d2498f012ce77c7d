#include "pipeline/recognize/spec_lines.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/spec_headings.h"

namespace agendum {

using namespace spec_text;

namespace {

// Removes a list marker the text stage left in the text; true when there was one.
bool strip_list_marker(std::string& text, std::string* marker_out = nullptr) {
  // Must match "- Types, formats, edits, revises", "• Plans, schedules, assigns",
  // "1. Coordinates and prioritizes the referral", "➢ A listing of", "(3) Reviews", and the
  // bullets OCR reads as "¢" or "«".
  static const RE2 marker(R"(^\s*((?:[-–•◦▪●*·➢¢«]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(\d{1,2}\)))\s+)");
  re2::StringPiece input(text);
  std::string found;
  if (!RE2::Consume(&input, marker, &found)) return false;
  text = trim(std::string_view(input.data(), input.size()));
  if (marker_out) *marker_out = found;
  return true;
}

// A marker alone on the line ("-" before a struck run) is no text.
bool is_bare_marker(std::string_view text) {
  static const RE2 bare(R"(^\s*(?:[-–•◦▪●*·➢]|\d{1,2}[.)])\s*$)");
  return RE2::FullMatch(text, bare);
}

bool word_has_letters(const std::string& word) {
  return std::any_of(word.begin(), word.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Style facts from the words behind the line.
void read_word_styles(const Line& line, SpecLine& out) {
  std::vector<const Word*> accepted;
  for (const Word& word : line.words)
    if (!word.struck) accepted.push_back(&word);
  if (!accepted.empty() && is_bare_marker(accepted.front()->text)) accepted.erase(accepted.begin());
  if (accepted.empty()) {
    out.emphasised = line.bold && !out.text.empty();
    return;
  }
  bool any_letters = false, all_emphasis = true;
  for (const Word* word : accepted) {
    if (!word_has_letters(word->text)) continue;
    any_letters = true;
    all_emphasis = all_emphasis && (word->bold || word->underlined);
  }
  out.emphasised = any_letters && all_emphasis;
  // "**Park Services:** Leads, instructs, ..." -> label "Park Services".
  std::string label;
  for (size_t i = 0; i < accepted.size() && i < 5; ++i) {
    if (!accepted[i]->bold) break;
    label += (label.empty() ? "" : " ") + accepted[i]->text;
    if (label.back() == ':' && i + 1 < accepted.size() && !out.emphasised) {
      std::string bare_label = label.substr(0, label.size() - 1);
      if (out.text.rfind(label, 0) == 0) {
        out.lead_label = bare_label;
        out.lead_rest = trim(std::string_view(out.text).substr(label.size()));
      }
      break;
    }
  }
}

bool big_gap(const Line& previous, const Line& line) {
  double height = std::min(previous.box.height(), line.box.height());
  if (height <= 0) return false;
  return line.box.y0 - previous.box.y1 > 0.6 * height;
}

// Cuts a flattened line at its embedded headings and inline bullets.
std::vector<SpecLine> cut_flattened(const SpecLine& whole) {
  std::vector<size_t> cuts = find_embedded_headings(whole.text);
  if (cuts.size() < 2 && !(cuts.size() == 1 && cuts.front() > 0)) return {whole};
  if (cuts.empty() || cuts.front() != 0) cuts.insert(cuts.begin(), 0);
  std::vector<SpecLine> pieces;
  for (size_t i = 0; i < cuts.size(); ++i) {
    size_t end = i + 1 < cuts.size() ? cuts[i + 1] : whole.text.size();
    std::string piece = whole.text.substr(cuts[i], end - cuts[i]);
    // Flattened lists keep their bullets inline: "... include: • Updating the ... • Developing".
    size_t start = 0;
    bool first_chunk = true;
    while (start < piece.size()) {
      size_t next = std::string::npos;
      for (std::string_view bullet : {" • ", " ➢ ", " ▪ "}) {
        size_t at = piece.find(bullet, start + 1);
        if (at != std::string::npos && (next == std::string::npos || at < next)) next = at;
      }
      std::string chunk = trim(std::string_view(piece).substr(
          start, (next == std::string::npos ? piece.size() : next) - start));
      SpecLine part = whole;
      part.deleted = (i == 0 && first_chunk) ? whole.deleted : std::vector<std::string>{};
      part.gap_before = whole.gap_before || i > 0 || !first_chunk;
      part.page_break = whole.page_break && i == 0 && first_chunk;
      part.bullet = (whole.bullet && i == 0 && first_chunk) || strip_list_marker(chunk);
      part.text = chunk;
      part.lead_label.clear();
      part.lead_rest.clear();
      if (!part.text.empty() || !part.deleted.empty()) pieces.push_back(part);
      if (next == std::string::npos) break;
      start = next + 1;
      first_chunk = false;
    }
  }
  return pieces;
}

double median_height(const std::vector<const Word*>& words) {
  std::vector<double> heights;
  for (const Word* word : words) heights.push_back(word->box.height());
  auto middle = heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2);
  std::nth_element(heights.begin(), middle, heights.end());
  return *middle;
}

bool contains(const Box& outer, const Box& inner) {
  constexpr double kSlack = 1;  // points
  return inner.x0 >= outer.x0 - kSlack && inner.x1 <= outer.x1 + kSlack &&
         inner.y0 >= outer.y0 - kSlack && inner.y1 <= outer.y1 + kSlack;
}

// The words of an OCR'd header line without the words OCR invents around a boxed header: a
// word whose box lies inside another's is the same glyphs read twice ("T" inside "sTO" in
// "sTO T REKEEPER"), and a letter or two far taller than the words beside it is the box's
// edge ("R," in "WELDER, R, SENIOR" is twice their height).
std::vector<const Word*> without_ocr_ghosts(const std::vector<Word>& words) {
  std::vector<const Word*> all;
  for (const Word& word : words) all.push_back(&word);
  const double usual = median_height(all);
  std::vector<const Word*> kept;
  for (const Word& word : words) {
    bool read_twice = std::any_of(words.begin(), words.end(), [&](const Word& other) {
      return &other != &word && other.text.size() > word.text.size() &&
             contains(other.box, word.box);
    });
    size_t letters = std::count_if(word.text.begin(), word.text.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c));
    });
    bool box_edge = letters <= 2 && word.text.size() <= 3 && word.box.height() > 1.7 * usual;
    if (!read_twice && !box_edge) kept.push_back(&word);
  }
  return kept;
}

// The rows of one header cell. OCR reads two rows of a cell that sit close as one line and
// orders their words left to right ("Class Bargaining Code: Unit: 5524 Torrance ..." is
// "Class Code: 5524" over "Bargaining Unit: Torrance ..."). Words part into rows where their
// vertical centres jump by more than half a word's height; the rows count only when they
// overlap across the page, so a word printed a little higher at a line's end stays on it.
std::vector<std::vector<const Word*>> rows_of(const std::vector<const Word*>& cell) {
  auto centre = [](const Word* word) { return (word->box.y0 + word->box.y1) / 2; };
  std::vector<const Word*> by_height(cell);
  std::stable_sort(by_height.begin(), by_height.end(),
                   [&](const Word* a, const Word* b) { return centre(a) < centre(b); });
  const double jump = 0.6 * median_height(cell);
  std::vector<std::vector<const Word*>> rows(1);
  for (size_t i = 0; i < by_height.size(); ++i) {
    if (i > 0 && centre(by_height[i]) - centre(by_height[i - 1]) > jump) rows.emplace_back();
    rows.back().push_back(by_height[i]);
  }
  if (rows.size() < 2) return {cell};
  for (auto& row : rows)
    std::stable_sort(row.begin(), row.end(),
                     [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  for (size_t r = 1; r < rows.size(); ++r) {
    bool overlap = rows[r].front()->box.x0 < rows[r - 1].back()->box.x1 &&
                   rows[r - 1].front()->box.x0 < rows[r].back()->box.x1;
    if (!overlap) return {cell};
  }
  return rows;
}

// OCR boxes the large initial of a caps title apart from the rest of its word: the two boxes
// touch ("sTO" ends where "REKEEPER" begins), while words have a space between them.
bool touches(const Word& left, const Word& right) {
  if (left.text.empty() || std::ispunct(static_cast<unsigned char>(left.text.back()))) return false;
  double height = std::min(left.box.height(), right.box.height());
  return right.box.x0 - left.box.x1 < 0.1 * height;
}

// OCR tells c, o, s, v, w, x and z from their capitals by size alone, and the large initial
// of a caps title is often read small: "sTOREKEEPER". Such an initial before capitals only
// is a capital.
std::string with_caps_initial(std::string word) {
  if (word.size() < 3 || std::string_view("cosvwxz").find(word[0]) == std::string_view::npos)
    return word;
  const bool rest_caps = std::all_of(word.begin() + 1, word.end(), [](char c) {
    return !std::isalpha(static_cast<unsigned char>(c)) ||
           std::isupper(static_cast<unsigned char>(c));
  });
  const auto letters = std::count_if(word.begin() + 1, word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c));
  });
  if (rest_caps && letters >= 2)
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

// Cells of a short line whose words sit in separate boxes of a header table: a gap far wider
// than a space parts them. Nothing when the line is one cell. On OCR'd pages the words are
// first rid of OCR's inventions and each cell parted into its rows.
std::vector<SpecLine> cut_cells(const Line& line, const SpecLine& whole) {
  constexpr double kCellGap = 30;  // points; word spaces are 2-4
  if (line.words.size() < 2 || line.words.size() > 16) return {};
  const bool ocr = line.method == PageMethod::ocr;
  std::vector<const Word*> words;
  if (ocr) {
    words = without_ocr_ghosts(line.words);
  } else {
    for (const Word& word : line.words) words.push_back(&word);
  }
  if (words.empty()) return {};
  std::vector<std::vector<const Word*>> cells(1);
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i]->box.x0 - words[i - 1]->box.x1 > kCellGap) cells.emplace_back();
    cells.back().push_back(words[i]);
  }
  if (ocr) {
    std::vector<std::vector<const Word*>> rows;
    for (const auto& cell : cells)
      for (auto& row : rows_of(cell)) rows.push_back(std::move(row));
    cells = std::move(rows);
  }
  if (cells.size() < 2) return {};
  std::vector<SpecLine> out;
  for (size_t c = 0; c < cells.size(); ++c) {
    SpecLine cell = whole;
    cell.text.clear();
    cell.deleted.clear();
    cell.lead_label.clear();
    cell.lead_rest.clear();
    cell.x = cells[c].front()->box.x0;
    cell.gap_before = whole.gap_before || c > 0;
    cell.page_break = whole.page_break && c == 0;
    std::string run;
    bool all_bold = true;
    const Word* previous = nullptr;
    for (const Word* word : cells[c]) {
      if (word->struck) {
        run += (run.empty() ? "" : " ") + word->text;
        previous = nullptr;
        continue;
      }
      if (!run.empty()) cell.deleted.push_back(std::move(run)), run.clear();
      bool same_word = ocr && previous && touches(*previous, *word);
      cell.text += (cell.text.empty() || same_word ? "" : " ") + word->text;
      if (ocr) {
        // The initial is judged on the whole word, after touching pieces are joined.
        const size_t space = cell.text.find_last_of(' ');
        const size_t start = space == std::string::npos ? 0 : space + 1;
        cell.text.replace(start, std::string::npos, with_caps_initial(cell.text.substr(start)));
      }
      all_bold = all_bold && (word->bold || word->underlined);
      previous = word;
    }
    if (!run.empty()) cell.deleted.push_back(run);
    cell.emphasised = all_bold && !cell.text.empty();
    cell.bullet = (whole.bullet && c == 0) || strip_list_marker(cell.text, &cell.marker);
    out.push_back(std::move(cell));
  }
  return out;
}

}  // namespace

namespace spec_text {

bool ends_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ')' || text.back() == '"'))
    text.remove_suffix(1);
  if (text.empty()) return false;
  char c = text.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool starts_lower(std::string_view text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text.front()));
}

std::string comparable(std::string_view text) {
  std::string out;
  for (char c : text)
    if (std::isalnum(static_cast<unsigned char>(c)))
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

}  // namespace spec_text

std::vector<SpecLine> spec_lines_from(const CleanText& text) {
  return spec_lines_from(text, {0, text.lines.size()});
}

std::vector<SpecLine> spec_lines_from(const CleanText& text, LineSpan span) {
  std::vector<SpecLine> out;
  span.last = std::min(span.last, text.lines.size());
  if (span.first >= span.last) return out;
  // Mostly one per clean line; cut cells and flattened lists add a few.
  const size_t count = span.last - span.first;
  out.reserve(count + count / 16);
  for (size_t i = span.first; i < span.last; ++i) {
    const Line& line = text.lines[i];
    SpecLine spec;
    spec.line = i;
    spec.page = line.page;
    spec.text = trim(line.text);
    spec.bullet = !line.list_marker.empty();
    spec.marker = line.list_marker;
    // A numbered item below a dash keeps its number: "- 3. Judgment and Decision Making".
    while (strip_list_marker(spec.text, &spec.marker)) spec.bullet = true;
    if (is_bare_marker(spec.text)) {
      spec.bullet = true;
      if (is_bare_marker(spec.text)) spec.text.clear();
    }
    for (std::string run : line.deleted) {
      strip_list_marker(run);
      run = trim(run);
      if (!run.empty()) spec.deleted.push_back(run);
    }
    const Line* previous = i > 0 ? &text.lines[i - 1] : nullptr;
    spec.page_break = previous && previous->page != line.page;
    spec.gap_before = !previous || i == span.first || line.paragraph_start || spec.page_break ||
                      big_gap(*previous, line);
    read_word_styles(line, spec);
    spec.x = line.words.empty() ? line.box.x0 : line.words.front().box.x0;
    spec.size = line.font_size;
    spec.heading = styled_as_heading(line);
    std::vector<SpecLine> cells = cut_cells(line, spec);
    if (!cells.empty()) {
      for (SpecLine& cell : cells) out.push_back(std::move(cell));
    } else if (word_count(spec.text) > 40) {
      for (SpecLine& piece : cut_flattened(spec)) out.push_back(std::move(piece));
    } else {
      out.push_back(std::move(spec));
    }
  }
  return out;
}

}  // namespace agendum
