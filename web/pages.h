// The HTML of each page the review server shows, from data already read: no database, files
// or network here, so every page can be tested from plain structs. All text is escaped
// (web/html.h); the pages hold no scripts.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/page.h"
#include "review/page_facts.h"
#include "review/review_queue.h"
#include "search/query.h"

namespace agendum::web {

inline constexpr int kResultsPerPage = 20;

// The search form as submitted (raw text; checked by the server).
struct SearchForm {
  std::string words, kind, agency, from, to, min_annual, max_annual;
  int page = 1;
};

// results: nullptr before anything is searched.
std::string search_page_html(const SearchForm& form, const std::vector<std::string>& notices,
                             const SearchResults* results);

// A source page with the record's lines marked.
struct PageFigure {
  std::string image_url, image_alt;
  double width = 0, height = 0;  // the page in points; boxes are in the same space
  std::vector<Box> lines;        // highlighted lines; none: the whole page is marked
  std::string caption;
};

// The mark-reviewed form of one target.
struct ReviewTarget {
  std::string packet, target, back;  // back: where to return, a local path
  std::optional<std::string> reviewed_at;
};

struct RecordView {
  RecordDetail detail;
  nlohmann::json record;
  int page = 0;  // the page shown
  std::optional<PageFigure> figure;
  std::string figure_note;  // why there is no figure
  PageFacts page_facts;
  ReviewTarget review;
  std::string pdf_url;  // "" when the source PDF is not under --pdf-root
};

std::string record_page_html(const RecordView& view);

struct PageView {
  PacketFacts packet;
  int page = 0;
  std::optional<PageFigure> figure;
  std::string figure_note;
  PageFacts facts;
  ReviewTarget review;
  std::string pdf_url;
};

std::string page_view_html(const PageView& view);

std::string review_page_html(const ReviewQueue& queue, bool show_all);

std::string error_page_html(int status, std::string_view message);

}  // namespace agendum::web
