// The stages after reading, as a table: what each is called (the stage named in its
// diagnostics), which stages' output it reads, and what it does to the run's state.
//
// run.cpp drives the table: a stage starts once every stage it needs has finished, and stages
// that are ready together run side by side when more than one job is allowed. Each stage
// writes its own part of the state (its own Packet field), so stages that run together never
// touch the same data; each keeps its own diagnostics, appended in table order, so the packet
// is the same whatever the thread timing. A new record kind is one row here.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/pay_range.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/lines.h"
#include "pipeline/core/page.h"
#include "pipeline/core/records.h"

namespace agendum {

struct RunState {
  int jobs = 1;                 // threads a stage that runs alone may use (0: all cores)
  std::vector<PageText> pages;  // consumed by the layout stage
  CleanText text;
  PayFindings pay_findings;  // found by pay_search, made records by pay_range
  Packet packet;
};

struct Stage {
  std::string_view name;
  std::vector<std::string_view> needs;
  void (*run)(RunState& state, std::vector<Diagnostic>& diagnostics);
};

const std::vector<Stage>& stages();

// Runs the table (run.cpp): a stage starts once its needs are done; with jobs other than 1,
// two ready stages run side by side. Each stage's diagnostics land in its own slot of `notes`
// (one per row, in table order). The stages named in `already_done` are taken as finished:
// their part of the state is filled in by the caller. With `stop_after`, no stage starts once
// that one is done (those running beside it finish), so a caller can act between stages.
// Returns the names of the stages done, for the next call's already_done.
std::vector<std::string_view> run_stages(RunState& state,
                                         std::vector<std::vector<Diagnostic>>& notes, int jobs,
                                         const std::vector<std::string_view>& already_done = {},
                                         std::string_view stop_after = {});

// The warning a packet gets when no stage found a record.
Diagnostic no_records_note();

}  // namespace agendum
