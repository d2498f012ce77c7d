#include "extractors/pay_labels.h"

#include <re2/re2.h>

#include <algorithm>

namespace agendum {

std::string clean_label(const std::string& label) {
  static const RE2 kEdges(R"(^[\s\pP\pS]+|[\s\pP\pS]+$)");
  static const RE2 kWord(R"(\pL\pL)");
  // Closing brackets belong to the label ("Custodian (non CDL)").
  std::string out = label;
  const bool bracketed = !out.empty() && out.back() == ')';
  RE2::GlobalReplace(&out, kEdges, "");
  if (bracketed && out.find('(') != std::string::npos) out += ')';
  if (!RE2::PartialMatch(out, kWord)) return "";
  // "Fire Private Il", "Fire Alarm Operator Ill": an OCR'd roman numeral ends the title.
  static const RE2 kRoman(R"((.*\s)([Il]*l[Il]*)$)");
  std::string head, numeral;
  if (RE2::FullMatch(out, kRoman, &head, &numeral) && numeral.size() <= 4 &&
      numeral.find('I') != std::string::npos) {
    std::replace(numeral.begin(), numeral.end(), 'l', 'I');
    out = head + numeral;
  }
  return out;
}

std::optional<std::string> range_in_label(std::string& label) {
  // "‘Satary Grade (1)", "Pay Range 12", "Grade N17", "Salary Grade [7)"
  static const RE2 kGrade(
      R"((?i)(.*?)\s*\b(?:grade|range|level|band)\s*(?:no\.?|#)?\s*[([{]?\s*([A-Z]{0,3}-?\d{1,3}[A-Z]?)\s*[)\]}]?)");
  // What precedes the grade word is part of its name when it is one word ("Salary Grade",
  // "Pay Range", the OCR's "Satary Grade"); a class name before a grade is longer.
  static const RE2 kPayWords(R"(^[\s\pP\pS]*\pL*[\s\pP\pS]*$)");
  std::string before, code;
  if (!RE2::FullMatch(label, kGrade, &before, &code)) return std::nullopt;
  label = RE2::FullMatch(before, kPayWords) ? "" : before;
  return code;
}

}  // namespace agendum
