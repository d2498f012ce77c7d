#include "pipeline/run/stages.h"

#include <iterator>

#include "extractors/agenda.h"
#include "extractors/class_spec.h"
#include "extractors/market_comparison.h"
#include "extractors/minutes.h"
#include "extractors/pay_range.h"
#include "extractors/resolution.h"
#include "pipeline/segment/segment.h"
#include "pipeline/text/clean.h"

namespace agendum {

const std::vector<Stage>& stages() {
  static const std::vector<Stage> table = {
      {"layout",
       {},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         CleanOptions options;
         options.jobs = state.jobs;
         state.text = clean_pages(std::move(state.pages), options, notes);
       }},
      {"segment",
       {"layout"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.documents = segment_packet(state.text, notes, state.jobs);
       }},
      // Pay is searched for in the text alone, beside segmentation; its records then take
      // their documents.
      {"pay_search",
       {"layout"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.pay_findings = find_pay_ranges(state.text, notes);
       }},
      {"pay_range",
       {"segment", "pay_search"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.pay_ranges = extract_pay_ranges(state.text, state.packet.documents,
                                                      std::move(state.pay_findings), notes);
       }},
      {"agenda",
       {"segment"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.agenda = extract_agenda(state.text, state.packet.documents, notes);
       }},
      {"minutes",
       {"segment"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.minutes = extract_minutes(state.text, state.packet.documents, notes);
       }},
      // Resolutions and class specs claim the pay ranges printed inside them.
      {"resolution",
       {"segment", "pay_range"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.resolutions = extract_resolutions(state.text, state.packet.documents,
                                                        state.packet.pay_ranges, notes);
       }},
      // Resolutions only cited: after the printed and adopted ones are known.
      {"resolution_references",
       {"resolution"},
       [](RunState& state, std::vector<Diagnostic>&) {
         std::vector<Resolution> referenced =
             referenced_resolutions(state.text, state.packet.documents, state.packet.resolutions);
         state.packet.resolutions.insert(state.packet.resolutions.end(),
                                         std::make_move_iterator(referenced.begin()),
                                         std::make_move_iterator(referenced.end()));
       }},
      {"market_comparison",
       {"segment"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.market_comparisons =
             extract_market_comparisons(state.text, state.packet.documents, notes);
       }},
      {"class_spec",
       {"segment", "pay_range"},
       [](RunState& state, std::vector<Diagnostic>& notes) {
         state.packet.class_specs = extract_class_specs(state.text, state.packet.documents,
                                                        state.packet.pay_ranges, notes);
       }},
  };
  return table;
}

}  // namespace agendum
