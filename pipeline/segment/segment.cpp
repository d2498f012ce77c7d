#include "pipeline/segment/segment.h"

namespace agendum {

// First cut: the whole packet is one document. Replaced by the real segmenter.
std::vector<DocumentSpan> segment_packet(const CleanText& text, std::vector<Diagnostic>&) {
  if (text.lines.empty()) return {};
  DocumentSpan doc;
  doc.id = "doc-1";
  doc.kind = "other";
  doc.pages = {text.lines.front().page, text.lines.back().page};
  doc.lines = {0, text.lines.size()};
  return {doc};
}

}  // namespace agendum
