// Boundaries that belong to no kind: the places a packet shows that one document ends and the
// next begins, whatever either is.
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/cues.h"
#include "pipeline/recognize/recognizer.h"

namespace agendum {
namespace {

std::optional<Opening> caption_at(const std::vector<Line>& lines, size_t i) {
  // "Exhibit A", "ATTACHMENT 1", "EXHIBIT A - ANIMAL LICENSE FEES"
  static const RE2 kCaption(
      R"((?i)^(?:attachment|exhibit|appendix)\s+(?:[a-z]|\d{1,2})\)?(?:\s*[-:.]\s*.*)?$)");
  const Line& line = lines[i];
  std::string text = line_for_matching(line);
  if (text.size() > kShortLine || !RE2::FullMatch(text, kCaption)) return std::nullopt;
  if (!(caps_ratio(text) > 0.8 || styled_as_heading(line) || text.size() <= 20 ||
        at_page_top(lines, i)))
    return std::nullopt;
  Opening opening;
  opening.line = i;
  opening.title = text;
  opening.caption = true;
  // The caption repeats on every page of some attachments; inside a document only a
  // caption at the top of a page can start the next one.
  opening.page_top_only_inside = true;
  return opening;
}

// After a report's list of attachments ("Attachment: A) Employee Transition Report",
// " B) Existing Class Specification ...") the first attachment follows.
std::optional<Opening> after_attachment_list(const std::vector<Line>& lines, size_t i) {
  // "Attachment: A) Employee Transition Report for March 2023",
  // "Attachment A) Revised Class Specification Deputy City Attorney II", "Attachments:"
  static const RE2 kList(R"((?i)^attachments?\s*(?::\s*$|:?\s*(?:[a-z]|\d{1,2})[).]\s))");
  // " B) Existing Class Specification Deputy City Attorney II", "2. 3.1.b May 19, 2020 ...",
  // "3.5.c CC Staff Report 4.21.20" (a wrapped item of a packet's numbered list)
  static const RE2 kListItem(R"(^(?:(?:[A-Za-z]|\d{1,2})[).]\s|\d{1,2}(?:\.\d{1,2})+\.[a-z]\s))");
  if (!RE2::PartialMatch(line_for_matching(lines[i]), kList)) return std::nullopt;
  // The list runs on over its items and their wrapped lines, up to a gap or a new page.
  size_t next = i + 1;
  while (next < lines.size() && next <= i + 12 &&
         (RE2::PartialMatch(line_for_matching(lines[next]), kListItem) ||
          !starts_paragraph(lines, next)))
    ++next;
  if (next >= lines.size()) return std::nullopt;
  Opening opening;
  opening.line = next;
  return opening;
}

Opening plain_break(size_t line) {
  Opening opening;
  opening.line = line;
  return opening;
}

}  // namespace

std::vector<Opening> boundary_openings(const CleanText& text) {
  const std::vector<Line>& lines = text.lines;
  std::vector<Opening> openings;

  // A change of stamp label starts a document: "3.5" -> "3.5.a" is the attachment.
  std::optional<std::string> last_label;
  std::vector<std::optional<std::string>> labels = stamp_labels_by_line(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!labels[i] || labels[i] == last_label) continue;
    if (last_label || i > 0) openings.push_back(plain_break(i));
    last_label = labels[i];
  }

  std::map<int, size_t> first_line_of_page;
  for (size_t i = lines.size(); i-- > 0;) first_line_of_page[lines[i].page] = i;

  // A page whose printed number does not follow the page before it ("Page 34 of 106" then
  // "Page 84 of 106", "Packet Pg. 12" then "Packet Pg. 40") comes after pages that were left
  // out: whatever ran on the page before has not reached it.
  for (size_t p = 1; p < text.furniture.size(); ++p) {
    if (!numbering_breaks(text.furniture[p - 1], text.furniture[p])) continue;
    auto first = first_line_of_page.find(text.furniture[p].page);
    if (first != first_line_of_page.end()) openings.push_back(plain_break(first->second));
  }

  // A change of running header: the pages of one document share theirs ("City of Carson
  // Resolution No. 19-110"), the next document's pages do not repeat it.
  // Headers are compared with their numbers masked: "MAY 19, 2020 PAGE 2" runs on as
  // "MAY 19, 2020 PAGE 3". Stamped packets leave boundaries to their labels.
  std::map<int, std::vector<std::string>> headers_of_page;
  for (const PageFurniture& furniture : text.furniture) {
    for (std::string header : furniture.headers) {
      RE2::GlobalReplace(&header, R"(\d+)", "#");
      headers_of_page[furniture.page].push_back(header);
    }
  }
  auto shares_header = [](const std::vector<std::string>& headers, std::string line) {
    RE2::GlobalReplace(&line, R"(\d+)", "#");
    return std::find(headers.begin(), headers.end(), line) != headers.end();
  };
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].page == lines[i - 1].page || (labels[i] && labels[i - 1])) continue;
    auto before = headers_of_page.find(lines[i - 1].page);
    if (before == headers_of_page.end()) continue;
    auto after = headers_of_page.find(lines[i].page);
    bool kept = false;
    if (after != headers_of_page.end()) {
      for (const std::string& header : after->second)
        kept = kept || shares_header(before->second, header);
    } else {
      // Without headers of its own the page may still carry the old one in its flow.
      for (size_t j = i; j < lines.size() && j < i + 3 && lines[j].page == lines[i].page; ++j)
        kept = kept || shares_header(before->second, lines[j].text);
    }
    if (!kept) openings.push_back(plain_break(i));
  }

  for (size_t i = 0; i < lines.size(); ++i) {
    if (auto opening = caption_at(lines, i)) openings.push_back(*opening);
    if (auto opening = after_attachment_list(lines, i)) openings.push_back(*opening);
  }
  return openings;
}

}  // namespace agendum
