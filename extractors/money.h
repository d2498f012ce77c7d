// Money as printed in pay tables and staff reports, turned into dollars.
//
// parse_money() reads one whole cell ("$5,017", "5,017.00", "$ (104,247)", "11. 05", "$ -");
// find_money() finds the dollar-marked amounts in running text. Neither guesses: an amount
// that looks misprinted (an OCR space inside it, a dropped decimal point) is read as printed
// and marked, so the caller can raise a diagnostic instead of fixing it silently.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agendum {

struct Money {
  std::string text;              // as printed
  std::optional<double> amount;  // dollars; nullopt for a printed blank ("$ -", "-")
  bool negative = false;         // "(104,247)" or "-104,247"
  bool dollar_sign = false;
  bool cents = false;      // printed with a decimal part
  bool ocr_space = false;  // "11. 05": a space the OCR put inside the number
  std::string per;         // "hour" from "$12.33 /hour", "day" from "$54.61 /day"
  size_t offset = 0;       // bytes into the searched text (find_money only)
  size_t length = 0;
};

// The whole of cell (trimmed) as one amount, or nullopt when it is anything else
// (words, percentages, dates, codes with letters). A rate's period may follow the amount
// ("$12.33 /hour", "$54.61/day") and comes back in Money::per.
std::optional<Money> parse_money(std::string_view cell);

// A range printed in one cell: "$4,330 - $5,517", "4,330 to 5,517", "$5,017 - $6,391 per month".
// tail is what follows the high end ("per month"), for the caller to read a unit from.
struct MoneyRange {
  Money low, high;
  std::string tail;
};
std::optional<MoneyRange> parse_money_range(std::string_view cell);

// Dollar-marked amounts in running text, in order: "$5,017", "$ 28,082", "$ (6,368)", "$ -".
// Bare numbers are not money in prose (years, counts, section numbers) and are skipped.
std::vector<Money> find_money(std::string_view text);

// The amount an OCR'd "$5.199" stands for when the comma of "$5,199" was read as a period:
// one to three digits, a period, exactly three digits and nothing after. Only a caller that
// knows the table prints whole dollars with thousands commas may take it (see
// pay_table_records.cpp); on its own "$5.199" could be five dollars and a fraction.
std::optional<double> read_as_thousands(const Money& money);

// True when amount looks like a cents amount printed without its decimal point ("1300" among
// "13.00"-style values): it has no cents, and amount / 100 falls inside the range spanned by
// the other values of its column, while amount itself is far above them.
bool missing_decimal_point(const Money& money, const std::vector<double>& column_values);

}  // namespace agendum
