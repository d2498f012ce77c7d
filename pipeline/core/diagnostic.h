// Diagnostics: everything a stage noticed but could not turn into data.
// They go to packet.diagnostics[]; a run never drops a problem silently.
#pragma once

#include <optional>
#include <string>

namespace agendum {

enum class Severity { info, warning, error };

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;            // stable machine code, e.g. "ocr_failed", "illegible_table"
  std::string message;         // one sentence a clerk can act on
  std::optional<int> page;     // 1-based page, when the problem has one
  std::string stage;           // "load", "text_layer", "ocr", "normalize", "layout",
                               // "segment", "resolution", "agenda", "class_spec", "pay_range", "validate"
};

}  // namespace agendum
