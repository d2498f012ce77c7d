// The review queue: the pages and records a clerk should check against the printed page
// before trusting them, and the marks a clerk leaves when done.
//
// On the queue:
//   pages    read by OCR with mean confidence under kLowOcrConfidence, or of text quality
//            under kLowTextQuality;
//   records  named by a warning or error diagnostic (a pay cross-check such as
//            pay_units_disagree, an unreadable resolution number, ...): the records of the
//            diagnostic's stage on its page; and records whose key fields are null (a pay
//            range without amounts, a resolution without a number or, adopted, without a
//            date, a class spec with neither definition nor duties);
//   packets  warnings and errors that name no page, and those no record of a page answers.
// Targets are "page:N", "record:ID" (the record's id in its packet) and "packet". A mark holds
// for the extraction that was reviewed (the packet's content hash): when the packet is
// re-extracted and re-indexed, its items come back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/status.h"
#include "search/sqlite.h"

namespace agendum {

inline constexpr double kLowOcrConfidence = 80;
inline constexpr double kLowTextQuality = 0.6;

struct ReviewItem {
  std::string packet, file;                // packet sha256 and its source file
  std::string target;                      // "page:3", "record:pay-2", "packet"
  std::optional<int> page;                 // the page (first page for a record)
  std::optional<std::int64_t> record_row;  // the record's row id in the index
  std::string title;                       // what the item is: "Page 3", a record title
  std::vector<std::string> reasons;        // why it is on the queue, one sentence each
  bool reviewed = false;
  std::optional<std::string> reviewed_at;
};

struct ReviewQueue {
  std::vector<ReviewItem> items;  // open items first, then (when asked) reviewed ones
  int open = 0, reviewed = 0;
};

Result<ReviewQueue> review_queue(sqlite::Database& database, bool include_reviewed);

// Whether a target is well formed ("page:12", "record:spec-3", "packet").
bool is_review_target(const std::string& target);

// Marks (or, reviewed = false, unmarks) a target of a packet as reviewed. Fails with
// file_not_found when the index has no such packet, page or record, usage for a malformed
// target. The database must be opened with IndexAccess::review.
Status mark_reviewed(sqlite::Database& database, const std::string& packet,
                     const std::string& target, bool reviewed);

}  // namespace agendum
