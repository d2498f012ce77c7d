// Comparing two versions of a class specification (`agendum diff`): which sections and list
// items were added, deleted and changed.
//
// A change is known in one of two ways:
//   versions  two ClassSpec records (an existing and a revised spec in one packet, or the same
//             class in two packets) compared field by field. Header fields (title, code,
//             unit, FLSA) and text sections are changed, added or deleted as wholes, with a
//             word diff for a change; lists (duties, knowledge, ...) are aligned item by item
//             along their longest common subsequence, and an unmatched old item and new item
//             that share at least kChangedItemSimilarity of their words are one changed item.
//             Items compare as comparable_text() (case, typography, end punctuation).
//   redline   one spec whose items carry the marks of a redline: an item with change
//             "deleted" (struck through) was deleted, "inserted" (underlined) was added, and an
//             item with inline deletions ("deleted": [...]) was changed; the old text of such
//             an item cannot be rebuilt in order, so the change lists what was struck.
// Records are read as contract JSON, leniently (absent or mistyped fields are empty).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "review/word_diff.h"

namespace agendum {

inline constexpr double kChangedItemSimilarity = 0.5;

struct SpecChange {
  std::string section;                    // "definition", "duties", "title", "salary", or an
                                          // other_sections heading
  std::string change;                     // "added" | "deleted" | "changed"
  std::optional<int> old_item, new_item;  // 1-based positions, for list sections
  std::optional<std::string> old_text, new_text;
  std::vector<WordChange> words;    // a changed text, word by word
  std::vector<std::string> struck;  // redline: text struck out inside the item
};

struct SpecVersion {
  std::string source;  // the file it came from
  std::string id, title;
  std::optional<std::string> status;
  int first_page = 0, last_page = 0;
};

struct SpecComparison {
  SpecVersion old_version, new_version;  // the same spec twice for a redline
  std::string mode;                      // "versions" | "redline"
  std::vector<SpecChange> changes;
  int unchanged_items = 0;  // list items found in both
};

struct SpecDiff {
  std::vector<SpecComparison> comparisons;
  std::vector<SpecVersion> only_old, only_new;  // specs without a counterpart (two packets)
};

SpecVersion spec_version(const nlohmann::json& spec, const std::string& source);

SpecComparison compare_spec_versions(const nlohmann::json& old_spec, const nlohmann::json& new_spec,
                                     const std::string& old_source, const std::string& new_source);

SpecComparison compare_redline(const nlohmann::json& spec, const std::string& source);

// Whether any item of the spec carries a redline mark.
bool has_redline(const nlohmann::json& spec);

// Everything to compare inside one packet: each existing spec against the revised (or
// proposed, or adopted) spec of the same title, and each redlined spec on its own.
SpecDiff diff_within_packet(const nlohmann::json& packet, const std::string& source);

// Two packets: their specs paired by title (two packets of one spec each are paired whatever
// their titles); the rest listed as only old or only new.
SpecDiff diff_packets(const nlohmann::json& old_packet, const std::string& old_source,
                      const nlohmann::json& new_packet, const std::string& new_source);

nlohmann::json spec_diff_json(const SpecDiff& diff);
std::string spec_diff_text(const SpecDiff& diff);

}  // namespace agendum
