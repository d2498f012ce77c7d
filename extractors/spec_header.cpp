#include "extractors/spec_header.h"

#include <re2/re2.h>

#include <cctype>

#include "extractors/dates.h"
#include "pipeline/core/text_ops.h"
#include "pipeline/recognize/class_spec.h"

namespace agendum {
namespace {

// OCR splits a large initial off its word: "s TOREKEEPER" -> "STOREKEEPER".
std::string repair_split_capital(const std::string& title) {
  static const RE2 split(R"((^|\s)([A-Za-z]) ([A-Z]{3,}))");
  std::string repaired = title;
  RE2::GlobalReplace(&repaired, split, R"(\1\2\3)");
  for (char& c : repaired) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return repaired;
}

}  // namespace

std::string display_title(std::string_view printed) {
  std::string title;
  for (char c : printed) {
    if (c == ' ' && (title.empty() || title.back() == ' ')) continue;
    title.push_back(c);
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  // OCR of a boxed header leaves stray letters from the box edge: "WELDER, R, SENIOR".
  static const RE2 stray_letter(R"(, [A-HJ-UWYZ],)");
  RE2::GlobalReplace(&title, stray_letter, ",");
  // Inverted titles put the modifier after one comma: "MAINTENANCE WORKER, LEAD".
  size_t comma = title.find(", ");
  if (comma != std::string::npos && title.find(',', comma + 1) == std::string::npos) {
    std::string head = title.substr(0, comma), modifier = title.substr(comma + 2);
    if (!modifier.empty() && word_count(modifier) <= 3 && !has_digit(modifier))
      title = modifier + " " + head;
  }
  if (!mostly_caps(title)) return title;
  title = repair_split_capital(title);
  return title_case(title);
}

void read_dates(std::vector<SpecDate>& dates) {
  for (SpecDate& date : dates)
    if (!date.date)
      if (auto parsed = find_date(date.text)) date.date = parsed->iso;
}

}  // namespace agendum
