// Class names and grade labels as pay tables and lists print them, OCR'd or not.
#pragma once

#include <optional>
#include <string>

namespace agendum {

// A label without the marks the OCR put around it ("‘Salary Grade (2)", "-Crime Analyst",
// "Planner2°"), its closing bracket kept ("Custodian (non CDL)"), and a roman numeral the
// OCR read with lower-case L's put right ("Fire Private Il" -> "Fire Private II"). Empty when
// no word of two letters is left (":", "i", "_").
std::string clean_label(const std::string& label);

// "Salary Grade (1)", "Range 12", "GRADE N17": a row named by its grade, whose classes are
// listed under it. Returns the code and leaves in label what precedes the grade word (nothing
// when that is one word, "Salary" or the OCR's "Satary").
std::optional<std::string> range_in_label(std::string& label);

}  // namespace agendum
