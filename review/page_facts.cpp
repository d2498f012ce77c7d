#include "review/page_facts.h"

namespace agendum {

Result<PacketFacts> packet_facts(sqlite::Database& database, const std::string& sha256) {
  try {
    sqlite::Statement select = database.prepare(
        "SELECT sha256, file, content_hash, page_count, bytes FROM packets WHERE sha256 = ?");
    select.bind(1, sha256);
    if (!select.step()) return Status(ErrorCode::file_not_found, "no such packet in the index");
    PacketFacts facts;
    facts.sha256 = select.text(0);
    facts.file = select.text(1);
    facts.content_hash = select.text(2);
    if (!select.is_null(3)) facts.page_count = static_cast<int>(select.integer(3));
    facts.bytes = select.optional_integer(4);
    return facts;
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, std::string("reading a packet failed: ") + error.what());
  }
}

Result<PageFacts> page_facts(sqlite::Database& database, const std::string& sha256, int page) {
  try {
    PageFacts facts;
    sqlite::Statement select = database.prepare(
        "SELECT g.method, g.quality, g.ocr_confidence, g.rotation FROM pages g "
        "JOIN packets p ON p.id = g.packet_id WHERE p.sha256 = ? AND g.page = ?");
    select.bind(1, sha256).bind(2, page);
    if (select.step()) {
      facts.method = select.optional_text(0);
      facts.quality = select.optional_real(1);
      facts.ocr_confidence = select.optional_real(2);
      facts.rotation = static_cast<int>(select.optional_integer(3).value_or(0));
    }
    sqlite::Statement diagnostics = database.prepare(
        "SELECT d.severity, d.code, d.message FROM diagnostics d JOIN packets p ON p.id = "
        "d.packet_id "
        "WHERE p.sha256 = ? AND d.page = ? ORDER BY d.seq");
    diagnostics.bind(1, sha256).bind(2, page);
    while (diagnostics.step())
      facts.diagnostics.push_back({diagnostics.text(0), diagnostics.text(1), diagnostics.text(2)});
    sqlite::Statement records = database.prepare(
        "SELECT r.id, r.kind, r.title FROM records r JOIN packets p ON p.id = r.packet_id "
        "WHERE p.sha256 = ? AND ? BETWEEN r.first_page AND r.last_page ORDER BY r.id");
    records.bind(1, sha256).bind(2, page);
    while (records.step())
      facts.records.push_back({records.integer(0), records.text(1), records.text(2)});
    return facts;
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, std::string("reading a page failed: ") + error.what());
  }
}

std::optional<std::string> review_mark(sqlite::Database& database, const std::string& sha256,
                                       const std::string& target) {
  try {
    sqlite::Statement select = database.prepare(
        "SELECT m.reviewed_at FROM review_marks m JOIN packets p ON p.sha256 = m.packet "
        "AND p.content_hash = m.content_hash WHERE m.packet = ? AND m.target = ?");
    select.bind(1, sha256).bind(2, target);
    if (select.step()) return select.text(0);
  } catch (const sqlite::DatabaseError&) {
    // An unreadable mark reads as no mark: the item stays on the queue.
  }
  return std::nullopt;
}

}  // namespace agendum
