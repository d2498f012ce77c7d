// agendum diff: two versions of a class spec compared section by section and item by item,
// and the redline of one spec.
#include "review/spec_diff.h"

#include <gtest/gtest.h>

#include "review/word_diff.h"

namespace agendum {
namespace {

using nlohmann::json;

json item(const std::string& text, const char* change = nullptr) {
  json out = {{"text", text}, {"area", nullptr}, {"change", change ? json(change) : json(nullptr)}};
  return out;
}

json spec(const std::string& id, const std::string& title, const char* status, int first_page) {
  return {{"id", id},
          {"title", title},
          {"status", status ? json(status) : json(nullptr)},
          {"flsa", "exempt"},
          {"definition", "Under general direction, plans and directs the work of the division."},
          {"duties",
           json::array({item("Plans the work of staff."), item("Reviews reports for accuracy."),
                        item("Prepares the annual budget of the division."),
                        item("Performs related duties as required.")})},
          {"knowledge", json::array({item("Principles of supervision.")})},
          {"salary", json::array({{{"unit", "monthly"}, {"min", 5000.0}, {"max", 6000.0}}})},
          {"other_sections", json::array()},
          {"duplicate_of", nullptr},
          {"pages", {first_page, first_page + 2}}};
}

const SpecChange* find_change(const SpecComparison& comparison, const std::string& section,
                              const std::string& change) {
  for (const SpecChange& candidate : comparison.changes)
    if (candidate.section == section && candidate.change == change) return &candidate;
  return nullptr;
}

TEST(WordDiff, WordsRemovedAddedAndKept) {
  std::vector<WordChange> changes = diff_words("the quick brown fox", "the slow brown fox jumps");
  ASSERT_EQ(changes.size(), 5u);
  EXPECT_EQ(changes[0].op, WordChange::Op::same);
  EXPECT_EQ(changes[0].text, "the");
  EXPECT_EQ(changes[1].op, WordChange::Op::removed);
  EXPECT_EQ(changes[1].text, "quick");
  EXPECT_EQ(changes[2].op, WordChange::Op::added);
  EXPECT_EQ(changes[2].text, "slow");
  EXPECT_EQ(changes[3].text, "brown fox");
  EXPECT_EQ(changes[4].op, WordChange::Op::added);
  // Typography alone is no change.
  std::vector<WordChange> quotes =
      diff_words("the city\u2019s \u201Cplan\u201D", "the city's \"plan\"");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].op, WordChange::Op::same);
}

TEST(WordDiff, SubsequenceSimilarityAndComparableText) {
  auto pairs = common_subsequence({"a", "b", "c", "d", "e"}, {"a", "x", "c", "e", "y"});
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[1], std::make_pair(size_t{2}, size_t{2}));
  EXPECT_EQ(pairs[2], std::make_pair(size_t{4}, size_t{3}));
  EXPECT_EQ(comparable_text("  Performs  related duties\u2014as required. "),
            "performs related duties-as required");
  EXPECT_DOUBLE_EQ(text_similarity("a b c d", "a b c d"), 1.0);
  EXPECT_DOUBLE_EQ(text_similarity("a b", "c d"), 0.0);
  EXPECT_NEAR(text_similarity("plans the work of staff", "plans and leads the work of staff"),
              10.0 / 12.0, 1e-9);
  // Long lists do not blow up: past the table's size, the middle is removed and added.
  std::vector<std::string> many_a(5000, "a"), many_b(5000, "b");
  many_a.front() = many_b.front() = "same";
  EXPECT_EQ(common_subsequence(many_a, many_b).size(), 1u);
}

TEST(SpecDiff, SectionsAndItemsAddedDeletedAndChanged) {
  json old_spec = spec("spec-2", "Division Manager", "existing", 10);
  json new_spec = spec("spec-1", "Division Manager", "revised", 5);
  new_spec["definition"] = "Under direction, plans and directs the work of the division.";
  new_spec["flsa"] = "non-exempt";
  new_spec["duties"] =
      json::array({item("Plans and leads the work of staff."),
                   item("Prepares the annual budget of the division."),
                   item("Trains new employees."), item("Performs related duties as required")});
  new_spec["career_ladder"] = "May promote to Director.";
  new_spec["other_sections"] =
      json::array({{{"heading", "Working Conditions"}, {"text", "Office work."}}});
  new_spec["salary"][0]["max"] = 6500.0;
  SpecComparison comparison = compare_spec_versions(old_spec, new_spec, "old.json", "new.json");
  EXPECT_EQ(comparison.mode, "versions");
  EXPECT_EQ(comparison.old_version.id, "spec-2");
  EXPECT_EQ(comparison.new_version.status, "revised");

  const SpecChange* definition = find_change(comparison, "definition", "changed");
  ASSERT_NE(definition, nullptr);
  std::string removed, added;
  for (const WordChange& word : definition->words) {
    if (word.op == WordChange::Op::removed) removed += word.text;
    if (word.op == WordChange::Op::added) added += word.text;
  }
  EXPECT_EQ(removed, "general");
  EXPECT_EQ(added, "");
  ASSERT_NE(find_change(comparison, "flsa", "changed"), nullptr);
  ASSERT_NE(find_change(comparison, "career_ladder", "added"), nullptr);
  ASSERT_NE(find_change(comparison, "Working Conditions", "added"), nullptr);
  ASSERT_NE(find_change(comparison, "salary", "changed"), nullptr);

  const SpecChange* changed = find_change(comparison, "duties", "changed");
  ASSERT_NE(changed, nullptr);
  EXPECT_EQ(changed->old_item, 1);
  EXPECT_EQ(changed->new_item, 1);
  const SpecChange* deleted = find_change(comparison, "duties", "deleted");
  ASSERT_NE(deleted, nullptr);
  EXPECT_EQ(deleted->old_text, "Reviews reports for accuracy.");
  const SpecChange* added_item = find_change(comparison, "duties", "added");
  ASSERT_NE(added_item, nullptr);
  EXPECT_EQ(added_item->new_item, 3);
  // The same item without its full stop, and the unchanged ones, are not changes.
  EXPECT_EQ(comparison.unchanged_items, 3);  // 2 duties, 1 knowledge
  int duty_changes = 0;
  for (const SpecChange& change : comparison.changes) duty_changes += change.section == "duties";
  EXPECT_EQ(duty_changes, 3);
}

TEST(SpecDiff, RedlineMarksAreTheChanges) {
  json redlined = spec("spec-1", "Systems Coordinator", "proposed", 4);
  redlined["duties"] = json::array({item("Types letters.", "deleted"),
                                    item("Coordinates service requests.", "inserted"),
                                    item("Maintains inventory.")});
  redlined["duties"][2]["deleted"] = json::array({"5-10.", "MISIT"});
  redlined["knowledge"] = json::array({item("Office practices.")});
  ASSERT_TRUE(has_redline(redlined));
  SpecComparison comparison = compare_redline(redlined, "carson.json");
  EXPECT_EQ(comparison.mode, "redline");
  ASSERT_EQ(comparison.changes.size(), 3u);
  EXPECT_EQ(comparison.changes[0].change, "deleted");
  EXPECT_EQ(comparison.changes[0].old_item, 1);
  EXPECT_EQ(comparison.changes[1].change, "added");
  EXPECT_EQ(comparison.changes[1].new_item, 1);
  EXPECT_EQ(comparison.changes[2].change, "changed");
  EXPECT_EQ(comparison.changes[2].old_item, 2);
  EXPECT_EQ(comparison.changes[2].new_item, 2);
  EXPECT_EQ(comparison.changes[2].struck, (std::vector<std::string>{"5-10.", "MISIT"}));
  EXPECT_EQ(comparison.unchanged_items, 1);
  EXPECT_FALSE(has_redline(spec("spec-2", "Plain", nullptr, 1)));
}

TEST(SpecDiff, WithinAPacketExistingPairsWithTheNearestRevision) {
  json packet = {{"class_specs", json::array({spec("spec-1", "Police Supervisor", "revised", 20),
                                              spec("spec-2", "Police Supervisor", "revised", 80),
                                              spec("spec-3", "Police Supervisor", "existing", 85),
                                              spec("spec-4", "Police  SUPERVISOR", "existing", 2),
                                              spec("spec-5", "Clerk", "existing", 50)})}};
  packet["class_specs"][1]["duties"].push_back(item("Approves overtime."));
  json duplicate = spec("spec-6", "Police Supervisor", "revised", 3);
  duplicate["duplicate_of"] = "spec-1";
  packet["class_specs"].push_back(duplicate);
  SpecDiff diff = diff_within_packet(packet, "packet.json");
  ASSERT_EQ(diff.comparisons.size(), 2u);
  EXPECT_EQ(diff.comparisons[0].old_version.id, "spec-3");
  EXPECT_EQ(diff.comparisons[0].new_version.id, "spec-2");
  ASSERT_NE(find_change(diff.comparisons[0], "duties", "added"), nullptr);
  EXPECT_EQ(diff.comparisons[1].old_version.id, "spec-4");
  EXPECT_EQ(diff.comparisons[1].new_version.id, "spec-1");  // not the duplicate on page 3
  EXPECT_TRUE(diff.comparisons[1].changes.empty());
}

TEST(SpecDiff, TwoPacketsPairByTitle) {
  json old_packet = {{"class_specs", json::array({spec("spec-1", "Clerk", nullptr, 1),
                                                  spec("spec-2", "Planner", nullptr, 4)})}};
  json new_packet = {{"class_specs", json::array({spec("spec-1", "Planner", nullptr, 1),
                                                  spec("spec-2", "Engineer", nullptr, 4)})}};
  SpecDiff diff = diff_packets(old_packet, "2019.json", new_packet, "2023.json");
  ASSERT_EQ(diff.comparisons.size(), 1u);
  EXPECT_EQ(diff.comparisons[0].old_version.source, "2019.json");
  EXPECT_EQ(diff.comparisons[0].new_version.title, "Planner");
  ASSERT_EQ(diff.only_old.size(), 1u);
  EXPECT_EQ(diff.only_old[0].title, "Clerk");
  ASSERT_EQ(diff.only_new.size(), 1u);
  EXPECT_EQ(diff.only_new[0].title, "Engineer");

  // One spec each: compared whatever their titles.
  json one_old = {{"class_specs", json::array({spec("spec-1", "Secretary", nullptr, 1)})}};
  json one_new = {
      {"class_specs", json::array({spec("spec-1", "Systems Coordinator", nullptr, 1)})}};
  SpecDiff retitled = diff_packets(one_old, "a", one_new, "b");
  ASSERT_EQ(retitled.comparisons.size(), 1u);
  ASSERT_NE(find_change(retitled.comparisons[0], "title", "changed"), nullptr);
}

TEST(SpecDiff, TextAndJsonReports) {
  json old_spec = spec("spec-2", "Division Manager", "existing", 10);
  json new_spec = spec("spec-1", "Division Manager", "revised", 5);
  new_spec["duties"][1] = item("Reviews monthly reports for accuracy.");
  SpecDiff diff;
  diff.comparisons.push_back(compare_spec_versions(old_spec, new_spec, "t.json", "t.json"));
  const std::string text = spec_diff_text(diff);
  EXPECT_NE(text.find("old: t.json spec-2 (existing), pages 10-12"), std::string::npos) << text;
  EXPECT_NE(text.find("duties: item 2 changed"), std::string::npos) << text;
  EXPECT_NE(text.find("Reviews {+monthly+} reports"), std::string::npos) << text;
  json report = spec_diff_json(diff);
  ASSERT_EQ(report["comparisons"].size(), 1u);
  EXPECT_EQ(report["comparisons"][0]["summary"]["changed"], 1);
  EXPECT_EQ(report["comparisons"][0]["changes"][0]["section"], "duties");
  EXPECT_EQ(report["comparisons"][0]["changes"][0]["words"][1]["op"], "added");
  EXPECT_EQ(report["comparisons"][0]["changes"][0]["words"][1]["text"], "monthly");
}

}  // namespace
}  // namespace agendum
