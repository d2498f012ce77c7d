// How the lines of a class specification's section become its text: paragraphs, or list
// items (duties, knowledge, abilities) with their duty areas and redline changes.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/records.h"
#include "pipeline/recognize/spec_lines.h"

namespace agendum {

// Paragraphs of a run of lines: lines join with a space, paragraphs with a blank line.
// Struck lines are left out (they are never accepted text).
std::string paragraphs_text(const std::vector<SpecLine>& lines);

// List items of a section: one Item per bullet or, in lists without bullets, per paragraph.
// Continuation lines join their item (also across a page break that split a sentence);
// short label lines ("Jail", "Park Services:") set the duty area of the items after them;
// struck lines become change "deleted" items; in a redlined spec, emphasised items are
// change "inserted". Introductory sentences ("The following duties represent ...") are
// not items. A list printed run-in, as one paragraph of clauses parted by semicolons
// ("Plants, cultivates and waters shrubs; trims hedges; keeps tools in repair."), gives one
// item a clause.
std::vector<Item> list_items(const std::vector<SpecLine>& lines, bool redlined);

// The clauses of a run-in list: "Plants shrubs; trims hedges; and keeps tools in repair." ->
// "Plants shrubs", "trims hedges", "keeps tools in repair." (never cut inside parentheses).
// Nothing when there are fewer than at_least.
std::vector<std::string> run_in_clauses(const std::string& text, size_t at_least);

}  // namespace agendum
