// A packet (contract JSON) as rows of the index: its pages, documents, diagnostics and one
// IndexedRecord per searchable record.
//
// flatten_packet() is pure: JSON in, rows out, no database. It reads packets leniently, as the
// contract asks of downstream readers: extra fields are ignored, a field of the wrong type
// counts as absent, and kinds added to the contract later (minutes, market comparisons) are
// indexed when present. It fails only when the JSON is not a packet at all (no schema
// "agendum/packet/..." or no source sha256).
//
// Records and their ids in the index:
//   class_spec        class_specs[] (duplicates of an earlier spec in the packet are skipped)
//   resolution        resolutions[]
//   pay_range         pay_ranges[] (the flat list: every pay range once)
//   agenda_item       agenda.items[], ids "item-1", "item-2", ... in printed order
//   minutes           minutes[], ids "minutes-1", ...
//   market_comparison market_comparisons[], ids "market-1", ...
// Each record's agency is its own jurisdiction, else that of a class spec or resolution in
// the same document, else the packet's (its most frequent jurisdiction, else the agenda's
// body). Its date is its own (a spec's latest printed date, an adoption or effective date,
// a meeting date), else the packet's meeting date.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

struct AnnualPay {
  std::optional<double> min, max;  // annual amounts
  double factor = 1;               // what the printed amounts were multiplied by
};

struct IndexedPay {
  std::optional<std::string> classification, range, effective_date, context, text;
  std::string unit;
  std::optional<double> min, max;
  std::optional<AnnualPay> annual;  // absent for unit "unknown"
};

struct IndexedRecord {
  std::string id;  // its id in the packet
  std::string kind;
  std::string title;         // for result lists
  std::string search_title;  // full-text column "title" (number, code, title)
  std::string body;          // full-text column "body"
  std::optional<std::string> agency, date, status, document;
  int first_page = 0, last_page = 0;
  std::optional<double> annual_min, annual_max;  // the record's pay, annual (spans its ranges)
  std::optional<IndexedPay> pay;                 // pay_range records
  nlohmann::json json;                           // the record as the packet holds it
};

struct IndexedPage {
  int page = 0;
  std::string method;
  std::optional<double> quality, ocr_confidence;
  std::optional<int> chars, rotation;
};

struct IndexedDocument {
  std::string id, kind;
  std::optional<std::string> title;
  int first_page = 0, last_page = 0;
};

struct IndexedDiagnostic {
  std::string severity, code, message, stage;
  std::optional<int> page;
};

struct IndexedPacket {
  std::string sha256, file;
  std::optional<int> page_count;
  std::optional<long long> bytes;
  std::optional<std::string> title, producer, agency, date;
  std::vector<IndexedPage> pages;
  std::vector<IndexedDocument> documents;
  std::vector<IndexedDiagnostic> diagnostics;
  std::vector<IndexedRecord> records;
};

Result<IndexedPacket> flatten_packet(const nlohmann::json& packet);

// Whether the JSON says it is an agendum packet (its "schema" names one).
bool looks_like_packet(const nlohmann::json& json);

}  // namespace agendum
