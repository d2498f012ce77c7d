#include "review/review_queue.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <tuple>

#include "search/index_database.h"

namespace agendum {
namespace {

using Key = std::pair<std::string, std::string>;  // packet sha256, target

class QueueBuilder {
 public:
  ReviewItem& item(const std::string& packet, const std::string& file, const std::string& target) {
    auto [found, added] = index_.emplace(Key{packet, target}, items_.size());
    if (added) {
      items_.emplace_back();
      items_.back().packet = packet;
      items_.back().file = file;
      items_.back().target = target;
    }
    return items_[found->second];
  }

  ReviewItem& page_item(const std::string& packet, const std::string& file, int page) {
    ReviewItem& page_entry = item(packet, file, "page:" + std::to_string(page));
    page_entry.page = page;
    page_entry.title = "Page " + std::to_string(page);
    return page_entry;
  }

  ReviewItem& record_item(const std::string& packet, const std::string& file,
                          const sqlite::Statement& row, int first_column) {
    ReviewItem& record = item(packet, file, "record:" + row.text(first_column + 1));
    record.record_row = row.integer(first_column);
    record.title = row.text(first_column + 2);
    record.page = static_cast<int>(row.integer(first_column + 3));
    return record;
  }

  std::vector<ReviewItem> take() { return std::move(items_); }

 private:
  std::vector<ReviewItem> items_;
  std::map<Key, size_t> index_;
};

void add_weak_pages(sqlite::Database& database, QueueBuilder& queue) {
  sqlite::Statement pages = database.prepare(
      "SELECT p.sha256, p.file, g.page, g.method, g.quality, g.ocr_confidence "
      "FROM pages g JOIN packets p ON p.id = g.packet_id "
      "WHERE (g.method = 'ocr' AND g.ocr_confidence < :confidence) OR g.quality < :quality "
      "ORDER BY p.file, g.page");
  pages.bind(":confidence", kLowOcrConfidence).bind(":quality", kLowTextQuality);
  while (pages.step()) {
    ReviewItem& page =
        queue.page_item(pages.text(0), pages.text(1), static_cast<int>(pages.integer(2)));
    char reason[160];
    if (pages.text(3) == "ocr" && !pages.is_null(5) && pages.real(5) < kLowOcrConfidence) {
      std::snprintf(reason, sizeof reason, "Read by OCR with mean confidence %.0f (under %.0f).",
                    pages.real(5), kLowOcrConfidence);
      page.reasons.push_back(reason);
    }
    if (!pages.is_null(4) && pages.real(4) < kLowTextQuality) {
      std::snprintf(reason, sizeof reason, "Text quality %.2f (under %.2f).", pages.real(4),
                    kLowTextQuality);
      page.reasons.push_back(reason);
    }
  }
}

void add_diagnostics(sqlite::Database& database, QueueBuilder& queue) {
  sqlite::Statement diagnostics = database.prepare(
      "SELECT p.sha256, p.file, d.code, d.message, d.page, r.id, r.record, r.title, r.first_page "
      "FROM diagnostics d JOIN packets p ON p.id = d.packet_id "
      "LEFT JOIN records r ON r.packet_id = d.packet_id AND d.page BETWEEN r.first_page AND "
      "r.last_page "
      "  AND r.kind = CASE d.stage WHEN 'agenda' THEN 'agenda_item' ELSE d.stage END "
      "WHERE d.severity IN ('warning', 'error') ORDER BY p.file, d.page, d.seq, r.id");
  while (diagnostics.step()) {
    const std::string packet = diagnostics.text(0), file = diagnostics.text(1);
    const std::string reason = diagnostics.text(2) + ": " + diagnostics.text(3);
    ReviewItem& entry =
        !diagnostics.is_null(5) ? queue.record_item(packet, file, diagnostics, 5)
        : !diagnostics.is_null(4)
            ? queue.page_item(packet, file, static_cast<int>(diagnostics.integer(4)))
            : queue.item(packet, file, "packet");
    if (entry.title.empty()) entry.title = "The whole packet";
    if (std::find(entry.reasons.begin(), entry.reasons.end(), reason) == entry.reasons.end())
      entry.reasons.push_back(reason);
  }
}

void add_null_records(sqlite::Database& database, QueueBuilder& queue) {
  sqlite::Statement records = database.prepare(
      "SELECT p.sha256, p.file, "
      "  CASE r.kind WHEN 'pay_range' THEN 'No amounts were read for this pay range.' "
      "    WHEN 'resolution' THEN CASE WHEN json_extract(j.json, '$.number') IS NULL "
      "      THEN 'No resolution number was read.' ELSE 'Adopted, but no adoption date was read.' "
      "END "
      "    ELSE 'Neither a definition nor duties were read for this class spec.' END, "
      "  NULL, NULL, r.id, r.record, r.title, r.first_page "
      "FROM records r JOIN record_json j ON j.record_id = r.id JOIN packets p ON p.id = "
      "r.packet_id "
      "WHERE (r.kind = 'pay_range' AND json_extract(j.json, '$.min') IS NULL "
      "       AND json_extract(j.json, '$.max') IS NULL) "
      "   OR (r.kind = 'resolution' AND (json_extract(j.json, '$.number') IS NULL "
      "       OR (r.status = 'adopted' AND json_extract(j.json, '$.adopted_date') IS NULL))) "
      "   OR (r.kind = 'class_spec' AND json_extract(j.json, '$.definition') IS NULL "
      "       AND coalesce(json_array_length(j.json, '$.duties'), 0) = 0) "
      "ORDER BY p.file, r.first_page, r.id");
  while (records.step())
    queue.record_item(records.text(0), records.text(1), records, 5)
        .reasons.push_back(records.text(2));
}

// Marks that hold for the packets' current extraction.
std::map<Key, std::string> current_marks(sqlite::Database& database) {
  std::map<Key, std::string> marks;
  sqlite::Statement select = database.prepare(
      "SELECT m.packet, m.target, m.reviewed_at FROM review_marks m "
      "JOIN packets p ON p.sha256 = m.packet AND p.content_hash = m.content_hash");
  while (select.step()) marks.emplace(Key{select.text(0), select.text(1)}, select.text(2));
  return marks;
}

bool target_exists(sqlite::Database& database, std::int64_t packet_id, const std::string& target) {
  if (target == "packet") return true;
  const bool page = target.rfind("page:", 0) == 0;
  sqlite::Statement exists =
      database.prepare(page ? "SELECT 1 FROM pages WHERE packet_id = ? AND page = ?"
                            : "SELECT 1 FROM records WHERE packet_id = ? AND record = ?");
  exists.bind(1, packet_id);
  const std::string rest = target.substr(target.find(':') + 1);
  if (page)
    exists.bind(2, static_cast<std::int64_t>(std::stoll(rest)));
  else
    exists.bind(2, rest);
  return exists.step();
}

}  // namespace

bool is_review_target(const std::string& target) {
  if (target == "packet") return true;
  auto all_of = [](std::string_view text, auto predicate) {
    return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), predicate);
  };
  if (target.rfind("page:", 0) == 0)
    return all_of(std::string_view(target).substr(5),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
           target.size() <= 5 + 9;
  if (target.rfind("record:", 0) == 0)
    return all_of(std::string_view(target).substr(7), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '\'';
    });
  return false;
}

Result<ReviewQueue> review_queue(sqlite::Database& database, bool include_reviewed) {
  try {
    QueueBuilder builder;
    add_weak_pages(database, builder);
    add_diagnostics(database, builder);
    add_null_records(database, builder);
    const std::map<Key, std::string> marks = current_marks(database);
    ReviewQueue queue;
    for (ReviewItem& item : builder.take()) {
      if (auto mark = marks.find(Key{item.packet, item.target}); mark != marks.end()) {
        item.reviewed = true;
        item.reviewed_at = mark->second;
      }
      (item.reviewed ? queue.reviewed : queue.open)++;
      if (!item.reviewed || include_reviewed) queue.items.push_back(std::move(item));
    }
    std::stable_sort(queue.items.begin(), queue.items.end(),
                     [](const ReviewItem& a, const ReviewItem& b) {
                       return std::tuple(a.reviewed, a.file, a.page.value_or(0)) <
                              std::tuple(b.reviewed, b.file, b.page.value_or(0));
                     });
    return queue;
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database,
                  std::string("reading the review queue failed: ") + error.what());
  }
}

Status mark_reviewed(sqlite::Database& database, const std::string& packet,
                     const std::string& target, bool reviewed) {
  if (!is_review_target(target))
    return {ErrorCode::usage, "not a review target: " + target.substr(0, 80)};
  try {
    sqlite::Statement find =
        database.prepare("SELECT id, content_hash FROM packets WHERE sha256 = ?");
    find.bind(1, packet);
    if (!find.step()) return {ErrorCode::file_not_found, "no such packet in the index"};
    const std::int64_t packet_id = find.integer(0);
    const std::string content_hash = find.text(1);
    if (!target_exists(database, packet_id, target))
      return {ErrorCode::file_not_found, "no " + target + " in that packet"};
    if (reviewed) {
      database
          .prepare(
              "INSERT OR REPLACE INTO review_marks (packet, target, content_hash, reviewed_at) "
              "VALUES (?, ?, ?, ?)")
          .bind(1, packet)
          .bind(2, target)
          .bind(3, content_hash)
          .bind(4, index_timestamp())
          .run();
    } else {
      database.prepare("DELETE FROM review_marks WHERE packet = ? AND target = ?")
          .bind(1, packet)
          .bind(2, target)
          .run();
    }
    return {};
  } catch (const sqlite::DatabaseError& error) {
    return {ErrorCode::bad_database,
            std::string("storing the review mark failed: ") + error.what()};
  }
}

}  // namespace agendum
