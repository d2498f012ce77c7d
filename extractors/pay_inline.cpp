#include "extractors/pay_inline.h"

#include <re2/re2.h>

#include <cctype>

#include "extractors/money.h"
#include "extractors/pay_units.h"
#include "extractors/table_rebuild.h"
#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

// What joins the two ends of a range: "-", "–", "—", "to", "through".
bool is_range_connector(std::string_view between) {
  const std::string text = trim(between);
  return text == "-" || text == "--" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94" ||
         text == "to" || text == "through" || text == "thru";
}

bool has_letters(std::string_view text) {
  for (unsigned char c : text)
    if (std::isalpha(c)) return true;
  return false;
}

// The range or grade printed before the amounts: "range 335 $4,330", "Grade N017:".
std::optional<std::string> range_code_before(std::string_view before) {
  // "Division Secretary	range 335 $4,330 - $5,517 per month"
  static const RE2 kRangeCode(
      R"((?i)\b(?:range|grade)\s*(?:no\.?|number|#)?\s*:?\s*([A-Z]{0,3}-?\d{1,4}[A-Z]?)\s*:?\s*$)");
  std::string code;
  if (RE2::PartialMatch(before, kRangeCode, &code)) return code;
  return std::nullopt;
}

// Words that make a dash between two amounts a pay range rather than some other span.
bool names_pay(std::string_view before) {
  // "Salary Range: $5,017 - $6,391", "Pay rate $22.98 to $27.96"
  static const RE2 kPayWord(
      R"((?i)\b(?:salary|salaries|pay|wage|wages|compensation|rate|range)\b)");
  return RE2::PartialMatch(before, kPayWord);
}

// "Increase from $50 to $100" is a change, never a range; "a fee range of $50 - $100" is no pay.
bool names_change_or_charge(std::string_view before) {
  static const RE2 kFrom(R"((?i)\b(?:from|increase[sd]?|decrease[sd]?|by)\s*$)");
  static const RE2 kCharge(
      R"((?i)\b(?:fees?|fines?|penalt(?:y|ies)|licen[sc]es?|permits?|rents?|deposits?|costs?|budget|appropriat\w*|revenue|expenditures?|price)\b)");
  return RE2::PartialMatch(before, kFrom) || RE2::PartialMatch(before, kCharge);
}

// The words just before a range: a pay word or unit far back in a sentence says nothing.
std::string_view near_end(std::string_view before) {
  constexpr size_t kNear = 48;
  return before.size() > kNear ? before.substr(before.size() - kNear) : before;
}

// The class a range belongs to: the nearest cell before it that is words only, passing over
// the class's other ranges and unit labels ("Accountant | $5,017 - $6,391 per month |
// $28.94 - $36.87 per hour").
std::optional<std::string> classification_from(const std::vector<TableCell>& cells, size_t index) {
  for (size_t i = index; i-- > 0;) {
    const TableCell& cell = cells[i];
    if (cell.money || !find_money(cell.text).empty() || unit_named_in(cell.text)) continue;
    if (names_pay(cell.text) && cell.text.size() < 24) continue;  // "Salary Range:", "Range 335
    if (!has_letters(cell.text)) return std::nullopt;
    return cell.text;
  }
  return std::nullopt;
}

// A class title printed in the same cell before its range: "Systems Coordinator range 341".
std::optional<std::string> title_before(std::string_view before) {
  // "Systems Coordinator range 341 ", "Account Clerk, Grade N017: "
  static const RE2 kTitleThenCode(
      R"((?i)\s*(.*?[A-Za-z].*?)[\s,;:-]+(?:range|grade)\s*(?:no\.?|number|#)?\s*:?\s*[A-Z]{0,3}-?\d{1,4}[A-Z]?\s*:?\s*)");
  std::string title;
  if (!RE2::FullMatch(before, kTitleThenCode, &title)) return std::nullopt;
  if (title.size() > 80 || names_pay(title) || unit_named_in(title)) return std::nullopt;
  return title;
}

// A class named just before its range in running text, as a list flattened onto one line
// reads: "Account Clerk $3,100 - $4,000 per month; Senior Account Clerk $3,400 - ...". The
// words after the previous range's unit and separators, when they are a short name.
std::optional<std::string> name_just_before(std::string_view before) {
  constexpr size_t kLongestName = 6;
  // " per month; Senior Account Clerk ", " Monthly | Payroll Technician: "
  static const RE2 kName(
      R"((?i)^(?:\s*(?:per\s+(?:hour|month|year|annum)|hourly|monthly|annual(?:ly)?|bi-?weekly|/\s?(?:hr|hour|mo|month|yr|year)))?[\s;,|.]*([A-Z][\w./&'() -]*?)[\s:,-]*$)");
  std::string name;
  if (!RE2::FullMatch(before, kName, &name)) return std::nullopt;
  if (word_count(name) > kLongestName || names_pay(name) || unit_named_in(name) ||
      !std::isupper(static_cast<unsigned char>(name[0])))
    return std::nullopt;
  return name;
}

void ranges_in_cell(const std::vector<TableCell>& cells, size_t index, std::vector<PayRange>& out) {
  const std::string& text = cells[index].text;
  const std::vector<Money> amounts = find_money(text);
  for (size_t i = 0; i + 1 < amounts.size(); ++i) {
    const Money& low = amounts[i];
    const Money& high = amounts[i + 1];
    if (!low.amount || !high.amount) continue;
    const size_t low_end = low.offset + low.length;
    if (!is_range_connector(std::string_view(text).substr(low_end, high.offset - low_end)))
      continue;
    const size_t previous_end = i == 0 ? 0 : amounts[i - 1].offset + amounts[i - 1].length;
    std::string_view before =
        std::string_view(text).substr(previous_end, low.offset - previous_end);
    const size_t high_end = high.offset + high.length;
    const size_t next_start = i + 2 < amounts.size() ? amounts[i + 2].offset : text.size();
    std::string_view after = std::string_view(text).substr(high_end, next_start - high_end);
    // A range alone in its cell takes its label and unit from the cells beside it:
    // "Salary Range:    $4,330 - $5,517    Monthly".
    if (i == 0 && !has_letters(before) && index > 0 && find_money(cells[index - 1].text).empty())
      before = cells[index - 1].text;
    if (i + 2 >= amounts.size() && !has_letters(after) && index + 1 < cells.size() &&
        find_money(cells[index + 1].text).empty())
      after = cells[index + 1].text;
    if (names_change_or_charge(near_end(before))) continue;
    // "$28.94 - $36.87/hour": the period read with the amount comes first.
    const std::optional<PayUnit> unit_after =
        !high.per.empty() ? unit_named_in("/" + high.per) : unit_named_in(after.substr(0, 24));
    const std::optional<PayUnit> unit_before = unit_named_in(near_end(before));
    const std::optional<std::string> code = range_code_before(before);
    if (!unit_after && !unit_before && !code && !names_pay(near_end(before))) continue;

    PayRange pay;
    pay.range = code;
    pay.min = low.amount;
    pay.max = high.amount;
    if (unit_after) {
      pay.unit = *unit_after;
    } else if (unit_before) {
      pay.unit = *unit_before;
    } else {
      pay.unit = unit_from_magnitude(*low.amount, *high.amount);
    }
    pay.classification = title_before(before);
    if (!pay.classification) pay.classification = classification_from(cells, index);
    if (!pay.classification) pay.classification = name_just_before(before);
    pay.text = text;
    out.push_back(std::move(pay));
    ++i;  // the high end does not open another range
  }
}

}  // namespace

std::vector<PayRange> find_inline_pay_ranges(const Line& line) {
  std::vector<PayRange> out;
  const std::vector<TableCell> cells = split_cells(line, /*split_amounts=*/false);
  for (size_t i = 0; i < cells.size(); ++i) ranges_in_cell(cells, i, out);
  if (!out.empty()) return out;

  // A class spec that names its range without amounts: "PAY RANGE: N17". The amounts live in
  // the schedule; the record keeps the link.
  // "PAY RANGE: 9", "Salary Grade: EP12"
  static const RE2 kRangeOnly(
      R"((?i)\s*(?:pay|salary)\s+(?:range|grade)\s*(?:no\.?|number|#)?\s*:\s*([A-Z]{0,3}-?\d{1,4}[A-Z]?)\s*)");
  std::string code;
  if (RE2::FullMatch(line.match, kRangeOnly, &code)) {
    PayRange pay;
    pay.range = code;
    pay.text = line.text;
    out.push_back(std::move(pay));
    return out;
  }

  // "... at a salary of $18.73 at the first step and $23.90 at the top step."
  static const RE2 kStepNarrative(
      R"((?i)(\$\s?[\d,]+(?:\.\d+)?)\s+(?:at|for)\s+(?:the\s+)?(?:first|entry|bottom|lowest|beginning|starting|minimum)\s+step\b.{0,40}?(\$\s?[\d,]+(?:\.\d+)?)\s+(?:at|for)\s+(?:the\s+)?(?:top|last|final|highest|maximum|fifth|sixth|seventh|eighth|ninth|tenth)\s+step\b)");
  re2::StringPiece input(line.match);
  std::string low_text, high_text;
  while (RE2::FindAndConsume(&input, kStepNarrative, &low_text, &high_text)) {
    std::optional<Money> low = parse_money(low_text), high = parse_money(high_text);
    if (!low || !high || !low->amount || !high->amount) continue;
    PayRange pay;
    pay.min = low->amount;
    pay.max = high->amount;
    pay.unit = unit_named_in(line.match).value_or(unit_from_magnitude(*low->amount, *high->amount));
    pay.text = line.text;
    // "The salary range for the classification of Office Assistant is $18.73 at the first step"
    static const RE2 kNamedClass(
        R"((?i)\b(?:classification|position|class)\s+of\s+([A-Z][^,;$]{2,60}?)\s+(?:is|are|will\s+be|shall\s+be|at|from)\b)");
    std::string named;
    if (RE2::PartialMatch(line.match, kNamedClass, &named)) pay.classification = named;
    out.push_back(std::move(pay));
  }
  return out;
}

}  // namespace agendum
