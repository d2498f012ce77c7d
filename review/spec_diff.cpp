#include "review/spec_diff.h"

#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "search/lenient_json.h"
#include "search/pay_annual.h"

namespace agendum {
namespace {

using nlohmann::json;

constexpr const char* kHeaderFields[] = {"title", "class_code", "bargaining_unit", "flsa",
                                         "jurisdiction"};
constexpr const char* kTextSections[] = {"definition",           "distinguishing_characteristics",
                                         "supervision_received", "supervision_exercised",
                                         "education_experience", "special_requirements",
                                         "career_ladder"};
constexpr const char* kListSections[] = {"duties", "other_duties", "knowledge",
                                         "skills", "abilities",    "licenses"};

// Statuses a newer version of a spec carries; "existing" is the older one.
bool is_new_status(const std::optional<std::string>& status) {
  return status == "revised" || status == "proposed" || status == "adopted";
}

bool is_deleted_item(const json& item) { return json_text(item, "change") == "deleted"; }
bool is_inserted_item(const json& item) { return json_text(item, "change") == "inserted"; }

// The items of a list section that are the spec's text (not struck through).
std::vector<std::string> accepted_items(const json& spec, const char* section) {
  std::vector<std::string> items;
  for (const json& item : json_array(spec, section)) {
    if (is_deleted_item(item)) continue;
    std::optional<std::string> area = json_text(item, "area");
    std::string text = json_text(item, "text").value_or("");
    items.push_back(area ? *area + ": " + text : text);
  }
  return items;
}

std::vector<std::string> salary_items(const json& spec) {
  std::vector<std::string> items;
  for (const json& pay : json_array(spec, "salary")) {
    std::string text = json_text(pay, "unit").value_or("unknown");
    std::optional<double> min = json_number(pay, "min"), max = json_number(pay, "max");
    if (min) text += " " + dollars(*min);
    if (max) text += (min ? " - " : " ") + dollars(*max);
    if (std::optional<std::string> range = json_text(pay, "range"))
      text = "range " + *range + " " + text;
    items.push_back(text);
  }
  return items;
}

std::vector<std::string> competency_items(const json& spec) {
  std::vector<std::string> items;
  for (const json& competency : json_array(spec, "competencies")) {
    std::string text = json_text(competency, "name").value_or("");
    if (std::optional<std::string> level = json_text(competency, "level"))
      text += " (" + *level + ")";
    for (const json& indicator : json_array(competency, "indicators"))
      if (indicator.is_string()) text += "; " + indicator.get<std::string>();
    items.push_back(text);
  }
  return items;
}

class ComparisonBuilder {
 public:
  explicit ComparisonBuilder(SpecComparison& comparison) : comparison_(comparison) {}

  void compare_text(const std::string& section, const std::optional<std::string>& old_text,
                    const std::optional<std::string>& new_text) {
    if (!old_text && !new_text) return;
    SpecChange change;
    change.section = section;
    change.old_text = old_text;
    change.new_text = new_text;
    if (!old_text) {
      change.change = "added";
    } else if (!new_text) {
      change.change = "deleted";
    } else if (comparable_text(*old_text) != comparable_text(*new_text)) {
      change.change = "changed";
      change.words = diff_words(*old_text, *new_text);
    } else {
      return;
    }
    comparison_.changes.push_back(std::move(change));
  }

  void compare_list(const std::string& section, const std::vector<std::string>& old_items,
                    const std::vector<std::string>& new_items) {
    std::vector<std::string> old_keys, new_keys;
    for (const std::string& item : old_items) old_keys.push_back(comparable_text(item));
    for (const std::string& item : new_items) new_keys.push_back(comparable_text(item));
    size_t old_from = 0, new_from = 0;
    for (auto [old_index, new_index] : common_subsequence(old_keys, new_keys)) {
      compare_gap(section, old_items, old_from, old_index, new_items, new_from, new_index);
      ++comparison_.unchanged_items;
      old_from = old_index + 1;
      new_from = new_index + 1;
    }
    compare_gap(section, old_items, old_from, old_items.size(), new_items, new_from,
                new_items.size());
  }

 private:
  // Items between two matched pairs: the most similar old and new items become changes,
  // the rest deletions and additions.
  void compare_gap(const std::string& section, const std::vector<std::string>& old_items,
                   size_t old_from, size_t old_to, const std::vector<std::string>& new_items,
                   size_t new_from, size_t new_to) {
    std::set<size_t> paired_new;
    for (size_t i = old_from; i < old_to; ++i) {
      std::optional<size_t> best;
      double best_similarity = kChangedItemSimilarity;
      for (size_t j = new_from; j < new_to; ++j) {
        if (paired_new.count(j)) continue;
        double similarity = text_similarity(old_items[i], new_items[j]);
        if (similarity >= best_similarity) {
          best = j;
          best_similarity = similarity;
        }
      }
      SpecChange change;
      change.section = section;
      change.old_item = static_cast<int>(i + 1);
      change.old_text = old_items[i];
      if (best) {
        paired_new.insert(*best);
        change.change = "changed";
        change.new_item = static_cast<int>(*best + 1);
        change.new_text = new_items[*best];
        change.words = diff_words(old_items[i], new_items[*best]);
      } else {
        change.change = "deleted";
      }
      comparison_.changes.push_back(std::move(change));
    }
    for (size_t j = new_from; j < new_to; ++j) {
      if (paired_new.count(j)) continue;
      SpecChange change;
      change.section = section;
      change.change = "added";
      change.new_item = static_cast<int>(j + 1);
      change.new_text = new_items[j];
      comparison_.changes.push_back(std::move(change));
    }
  }

  SpecComparison& comparison_;
};

// other_sections as heading -> text, in printed order.
std::vector<std::pair<std::string, std::string>> other_sections(const json& spec) {
  std::vector<std::pair<std::string, std::string>> sections;
  for (const json& section : json_array(spec, "other_sections"))
    sections.emplace_back(json_text(section, "heading").value_or(""),
                          json_text(section, "text").value_or(""));
  return sections;
}

void compare_other_sections(ComparisonBuilder& builder, const json& old_spec,
                            const json& new_spec) {
  const auto old_sections = other_sections(old_spec), new_sections = other_sections(new_spec);
  std::map<std::string, std::string> old_by_heading;
  for (const auto& [heading, text] : old_sections)
    old_by_heading.emplace(comparable_text(heading), text);
  std::set<std::string> seen;
  for (const auto& [heading, text] : new_sections) {
    const std::string key = comparable_text(heading);
    seen.insert(key);
    auto old = old_by_heading.find(key);
    builder.compare_text(
        heading, old == old_by_heading.end() ? std::nullopt : std::optional(old->second), text);
  }
  for (const auto& [heading, text] : old_sections)
    if (!seen.count(comparable_text(heading))) builder.compare_text(heading, text, std::nullopt);
}

json version_json(const SpecVersion& version) {
  return {{"source", version.source},
          {"id", version.id},
          {"title", version.title},
          {"status", version.status ? json(*version.status) : json(nullptr)},
          {"pages", {version.first_page, version.last_page}}};
}

json optional_json(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}
json optional_json(const std::optional<int>& number) {
  return number ? json(*number) : json(nullptr);
}

const char* op_name(WordChange::Op op) {
  return op == WordChange::Op::same ? "same" : op == WordChange::Op::removed ? "removed" : "added";
}

std::string words_text(const std::vector<WordChange>& words) {
  std::string out;
  for (const WordChange& word : words) {
    if (!out.empty()) out += ' ';
    if (word.op == WordChange::Op::removed) {
      out += "[-" + word.text + "-]";
    } else if (word.op == WordChange::Op::added) {
      out += "{+" + word.text + "+}";
    } else {
      out += word.text;
    }
  }
  return out;
}

std::string version_line(const SpecVersion& version) {
  std::string line = version.source + " " + version.id;
  if (version.status) line += " (" + *version.status + ")";
  return line + ", pages " + std::to_string(version.first_page) + "-" +
         std::to_string(version.last_page);
}

std::map<std::string, int> change_counts(const SpecComparison& comparison) {
  std::map<std::string, int> counts = {{"added", 0}, {"deleted", 0}, {"changed", 0}};
  for (const SpecChange& change : comparison.changes) ++counts[change.change];
  return counts;
}

std::vector<const json*> compared_specs(const json& packet) {
  std::vector<const json*> specs;
  for (const json& spec : json_array(packet, "class_specs"))
    if (!json_text(spec, "duplicate_of")) specs.push_back(&spec);
  return specs;
}

}  // namespace

SpecVersion spec_version(const json& spec, const std::string& source) {
  SpecVersion version;
  version.source = source;
  version.id = json_text(spec, "id").value_or("");
  version.title = json_text(spec, "title").value_or("");
  version.status = json_text(spec, "status");
  std::tie(version.first_page, version.last_page) = json_pages(spec);
  return version;
}

SpecComparison compare_spec_versions(const json& old_spec, const json& new_spec,
                                     const std::string& old_source, const std::string& new_source) {
  SpecComparison comparison;
  comparison.mode = "versions";
  comparison.old_version = spec_version(old_spec, old_source);
  comparison.new_version = spec_version(new_spec, new_source);
  ComparisonBuilder builder(comparison);
  for (const char* field : kHeaderFields)
    builder.compare_text(field, json_text(old_spec, field), json_text(new_spec, field));
  builder.compare_list("salary", salary_items(old_spec), salary_items(new_spec));
  for (const char* section : kTextSections)
    builder.compare_text(section, json_text(old_spec, section), json_text(new_spec, section));
  for (const char* section : kListSections)
    builder.compare_list(section, accepted_items(old_spec, section),
                         accepted_items(new_spec, section));
  builder.compare_list("competencies", competency_items(old_spec), competency_items(new_spec));
  compare_other_sections(builder, old_spec, new_spec);
  return comparison;
}

bool has_redline(const json& spec) {
  for (const char* section : kListSections)
    for (const json& item : json_array(spec, section))
      if (json_text(item, "change") || !json_array(item, "deleted").empty()) return true;
  return false;
}

SpecComparison compare_redline(const json& spec, const std::string& source) {
  SpecComparison comparison;
  comparison.mode = "redline";
  comparison.old_version = comparison.new_version = spec_version(spec, source);
  for (const char* section : kListSections) {
    int old_index = 0, new_index = 0;
    for (const json& item : json_array(spec, section)) {
      const bool deleted = is_deleted_item(item), inserted = is_inserted_item(item);
      if (!inserted) ++old_index;
      if (!deleted) ++new_index;
      const std::string text = json_text(item, "text").value_or("");
      SpecChange change;
      change.section = section;
      if (deleted) {
        change.change = "deleted";
        change.old_item = old_index;
        change.old_text = text;
      } else if (inserted) {
        change.change = "added";
        change.new_item = new_index;
        change.new_text = text;
      } else if (!json_array(item, "deleted").empty()) {
        change.change = "changed";
        change.old_item = old_index;
        change.new_item = new_index;
        change.new_text = text;
        for (const json& struck : json_array(item, "deleted"))
          if (struck.is_string()) change.struck.push_back(struck.get<std::string>());
      } else {
        ++comparison.unchanged_items;
        continue;
      }
      comparison.changes.push_back(std::move(change));
    }
  }
  return comparison;
}

SpecDiff diff_within_packet(const json& packet, const std::string& source) {
  SpecDiff diff;
  const std::vector<const json*> specs = compared_specs(packet);
  for (const json* old_spec : specs) {
    if (json_text(*old_spec, "status") != "existing") continue;
    const std::string title = comparable_text(json_text(*old_spec, "title").value_or(""));
    const json* nearest = nullptr;
    int nearest_distance = 0;
    for (const json* new_spec : specs) {
      if (!is_new_status(json_text(*new_spec, "status")) ||
          comparable_text(json_text(*new_spec, "title").value_or("")) != title)
        continue;
      const int distance = std::abs(json_pages(*new_spec).first - json_pages(*old_spec).first);
      if (!nearest || distance < nearest_distance) {
        nearest = new_spec;
        nearest_distance = distance;
      }
    }
    if (nearest)
      diff.comparisons.push_back(compare_spec_versions(*old_spec, *nearest, source, source));
  }
  for (const json* spec : specs)
    if (has_redline(*spec)) diff.comparisons.push_back(compare_redline(*spec, source));
  return diff;
}

SpecDiff diff_packets(const json& old_packet, const std::string& old_source, const json& new_packet,
                      const std::string& new_source) {
  SpecDiff diff;
  const std::vector<const json*> old_specs = compared_specs(old_packet),
                                 new_specs = compared_specs(new_packet);
  if (old_specs.size() == 1 && new_specs.size() == 1) {
    diff.comparisons.push_back(
        compare_spec_versions(*old_specs[0], *new_specs[0], old_source, new_source));
    return diff;
  }
  std::set<const json*> paired;
  for (const json* old_spec : old_specs) {
    const std::string title = comparable_text(json_text(*old_spec, "title").value_or(""));
    const json* match = nullptr;
    for (const json* new_spec : new_specs)
      if (!paired.count(new_spec) &&
          comparable_text(json_text(*new_spec, "title").value_or("")) == title) {
        match = new_spec;
        break;
      }
    if (match) {
      paired.insert(match);
      diff.comparisons.push_back(compare_spec_versions(*old_spec, *match, old_source, new_source));
    } else {
      diff.only_old.push_back(spec_version(*old_spec, old_source));
    }
  }
  for (const json* new_spec : new_specs)
    if (!paired.count(new_spec)) diff.only_new.push_back(spec_version(*new_spec, new_source));
  return diff;
}

json spec_diff_json(const SpecDiff& diff) {
  json comparisons = json::array();
  for (const SpecComparison& comparison : diff.comparisons) {
    json changes = json::array();
    for (const SpecChange& change : comparison.changes) {
      json words = json::array();
      for (const WordChange& word : change.words)
        words.push_back({{"op", op_name(word.op)}, {"text", word.text}});
      changes.push_back({{"section", change.section},
                         {"change", change.change},
                         {"old_item", optional_json(change.old_item)},
                         {"new_item", optional_json(change.new_item)},
                         {"old_text", optional_json(change.old_text)},
                         {"new_text", optional_json(change.new_text)},
                         {"words", words},
                         {"struck", change.struck}});
    }
    json summary = change_counts(comparison);
    summary["unchanged_items"] = comparison.unchanged_items;
    comparisons.push_back({{"mode", comparison.mode},
                           {"old", version_json(comparison.old_version)},
                           {"new", version_json(comparison.new_version)},
                           {"summary", summary},
                           {"changes", changes}});
  }
  json only_old = json::array(), only_new = json::array();
  for (const SpecVersion& version : diff.only_old) only_old.push_back(version_json(version));
  for (const SpecVersion& version : diff.only_new) only_new.push_back(version_json(version));
  return {{"comparisons", comparisons}, {"only_old", only_old}, {"only_new", only_new}};
}

std::string spec_diff_text(const SpecDiff& diff) {
  std::ostringstream out;
  for (const SpecComparison& comparison : diff.comparisons) {
    out << comparison.new_version.title
        << (comparison.mode == "redline" ? " (redline: struck-through and underlined text)" : "")
        << "\n";
    if (comparison.mode == "redline") {
      out << "  spec: " << version_line(comparison.new_version) << "\n";
    } else {
      out << "  old: " << version_line(comparison.old_version) << "\n";
      out << "  new: " << version_line(comparison.new_version) << "\n";
    }
    std::map<std::string, int> counts = change_counts(comparison);
    out << "  " << counts["added"] << " added, " << counts["deleted"] << " deleted, "
        << counts["changed"] << " changed; " << comparison.unchanged_items
        << " list items unchanged\n";
    for (const SpecChange& change : comparison.changes) {
      out << "\n  " << change.section << ": ";
      if (change.old_item || change.new_item)
        out << "item " << (change.new_item ? *change.new_item : *change.old_item) << " ";
      out << change.change << "\n";
      if (change.change == "changed" && !change.words.empty()) {
        out << "    ~ " << words_text(change.words) << "\n";
      } else {
        if (change.old_text && change.change != "changed")
          out << "    - " << *change.old_text << "\n";
        if (change.new_text) out << "    + " << *change.new_text << "\n";
      }
      if (!change.struck.empty()) {
        out << "    struck:";
        for (const std::string& struck : change.struck) out << " \"" << struck << "\"";
        out << "\n";
      }
    }
    out << "\n";
  }
  for (const SpecVersion& version : diff.only_old)
    out << "only in old: " << version.title << " (" << version_line(version) << ")\n";
  for (const SpecVersion& version : diff.only_new)
    out << "only in new: " << version.title << " (" << version_line(version) << ")\n";
  return out.str();
}

}  // namespace agendum
