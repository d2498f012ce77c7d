// The table of stages run.cpp drives: every need names a stage listed before it, so the
// table runs in one pass and in table order with one job.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/core/parallel.h"
#include "pipeline/run/run.h"
#include "pipeline/run/stages.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

TEST(RunStages, EveryNeedIsAnEarlierStage) {
  std::set<std::string_view> seen;
  for (const Stage& stage : stages()) {
    for (std::string_view need : stage.needs)
      EXPECT_TRUE(seen.count(need)) << stage.name << " needs " << need;
    EXPECT_TRUE(seen.insert(stage.name).second) << "two stages named " << stage.name;
  }
  EXPECT_TRUE(seen.count("layout"));
  EXPECT_TRUE(seen.count("segment"));
}

TEST(RunStages, PacketDoesNotDependOnJobs) {
  std::string markup = R"(RESOLUTION NO. 2021-07
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ELM GROVE ADOPTING A SALARY RANGE
WHEREAS, the City Council reviewed the pay of the Planner class; and
NOW, THEREFORE, BE IT RESOLVED as follows:
Section 1. The Planner class is assigned range 41, $5,017 - $6,391 per month.
PASSED, APPROVED AND ADOPTED this 4th day of May, 2021.
AYES: Lee, Ortiz, Park
NOES: None
)";
  Extraction one = extract_from_pages(testing::pages_from_markup(markup), {}, 1);
  Extraction two = extract_from_pages(testing::pages_from_markup(markup), {}, 2);
  ASSERT_EQ(one.packet.resolutions.size(), 1u);
  EXPECT_EQ(one.packet.resolutions[0].pay_ranges.size(), 1u);
  ASSERT_EQ(two.packet.resolutions.size(), 1u);
  EXPECT_EQ(one.packet.pay_ranges.size(), two.packet.pay_ranges.size());
  ASSERT_EQ(one.packet.diagnostics.size(), two.packet.diagnostics.size());
  for (size_t d = 0; d < one.packet.diagnostics.size(); ++d)
    EXPECT_EQ(one.packet.diagnostics[d].code, two.packet.diagnostics[d].code);
}

TEST(RunStages, StopAfterLeavesTheLaterStagesToTheCaller) {
  for (int jobs : {1, 2}) {
    RunState state;
    state.pages = testing::pages_from_markup(
        "RESOLUTION NO. 2021-07\nWHEREAS, a recital; and\n"
        "NOW, THEREFORE, BE IT RESOLVED that the Planner class is assigned range 41, $5,017 - "
        "$6,391 per month.\n");
    std::vector<std::vector<Diagnostic>> notes;
    std::vector<std::string_view> done = run_stages(state, notes, jobs, {}, "segment");
    ASSERT_FALSE(state.text.lines.empty());
    ASSERT_EQ(state.packet.documents.size(), 1u);
    EXPECT_TRUE(state.packet.resolutions.empty());
    EXPECT_NE(std::find(done.begin(), done.end(), "segment"), done.end());
    EXPECT_EQ(std::find(done.begin(), done.end(), "resolution"), done.end());
    done = run_stages(state, notes, jobs, done);
    EXPECT_EQ(done.size(), stages().size());
    ASSERT_EQ(state.packet.resolutions.size(), 1u) << "jobs " << jobs;
    EXPECT_EQ(state.packet.pay_ranges.size(), 1u) << "jobs " << jobs;
  }
}

TEST(ForEachIndex, EveryTaskRunsOnceWhateverTheThreads) {
  for (int jobs : {1, 2, 4, 0}) {
    std::vector<std::atomic<int>> runs(1000);
    for_each_index(runs.size(), jobs, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < runs.size(); ++i) ASSERT_EQ(runs[i].load(), 1) << i << " jobs " << jobs;
  }
  for_each_index(0, 2, [](size_t) { FAIL() << "no task to run"; });
}

TEST(ForEachIndex, OneJobRunsOnTheCallersThread) {
  const std::thread::id caller = std::this_thread::get_id();
  for_each_index(5, 1, [&](size_t) { EXPECT_EQ(std::this_thread::get_id(), caller); });
}

TEST(ForEachIndex, ATasksExceptionReachesTheCaller) {
  std::atomic<int> ran{0};
  EXPECT_THROW(for_each_index(100, 2,
                              [&](size_t i) {
                                ++ran;
                                if (i == 7) throw std::runtime_error("task 7");
                              }),
               std::runtime_error);
  EXPECT_LE(ran.load(), 100);
}

}  // namespace
}  // namespace agendum
