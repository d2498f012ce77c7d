#include "extractors/pay_labels.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/core/text_ops.h"

namespace agendum {

std::string clean_label(const std::string& label) {
  // Closing brackets belong to the label ("Custodian (non CDL)").
  const bool bracketed = !label.empty() && label.back() == ')';
  std::string out(trim_punctuation_view(label));
  if (bracketed && out.find('(') != std::string::npos) out += ')';
  if (!has_two_letters_in_a_row(out)) return "";
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
  std::string before, code;
  if (!RE2::FullMatch(label, kGrade, &before, &code)) return std::nullopt;
  label = all_letters(trim_punctuation_view(before)) ? "" : before;
  return code;
}

}  // namespace agendum
