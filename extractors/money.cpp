#include "extractors/money.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/core/text_ops.h"

namespace agendum {
namespace {

bool is_digit(std::string_view text, size_t i) {
  return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
}

bool is_space(std::string_view text, size_t i) { return i < text.size() && text[i] == ' '; }

// Printed blanks in money columns: "-", "--", and the typographic dashes.
bool is_blank_mark(std::string_view text) {
  return text == "-" || text == "--" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94";
}

// Reads one amount starting at pos. Accepts "$5,017", "$ 28,082", "$ (104,247)", "($6,368)",
// "-104,247", "5,017.00", "11. 05" and the blank "$ -". Returns the amount with its length.
std::optional<Money> read_amount(std::string_view text, size_t pos) {
  Money money;
  size_t i = pos;
  bool open_paren = false;
  if (i < text.size() && text[i] == '(' && i + 1 < text.size() && text[i + 1] == '$') {
    open_paren = true;
    ++i;
  }
  if (i < text.size() && text[i] == '$') {
    money.dollar_sign = true;
    ++i;
    while (is_space(text, i) && i - pos < 4) ++i;
  }
  if (i < text.size() && text[i] == '(' && !open_paren) {
    open_paren = true;
    ++i;
    while (is_space(text, i)) ++i;
  }
  if (i < text.size() && text[i] == '-') {
    if (is_digit(text, i + 1)) {
      money.negative = true;
      ++i;
    } else if (money.dollar_sign) {
      while (i < text.size() && text[i] == '-') ++i;
      money.text = std::string(text.substr(pos, i - pos));
      money.offset = pos;
      money.length = i - pos;
      return money;
    } else {
      return std::nullopt;
    }
  }
  if (!is_digit(text, i)) return std::nullopt;

  std::string digits;
  while (is_digit(text, i)) digits.push_back(text[i++]);
  bool grouped = false;
  while (i < text.size() && text[i] == ',' && is_digit(text, i + 1) && is_digit(text, i + 2) &&
         is_digit(text, i + 3) && !is_digit(text, i + 4)) {
    if (!grouped && digits.size() > 3) return std::nullopt;  // "1234,567" is no amount
    grouped = true;
    digits.append(text.substr(i + 1, 3));
    i += 4;
  }
  // A code like "0009" is a range number, not dollars; "0.50" is dollars.
  const bool leading_zero = digits.size() > 1 && digits[0] == '0' && !grouped;
  std::string cents;
  if (i < text.size() && text[i] == '.' && is_digit(text, i + 1)) {
    ++i;
    while (is_digit(text, i)) cents.push_back(text[i++]);
  } else if (i < text.size() && text[i] == '.' && is_space(text, i + 1) && is_digit(text, i + 2) &&
             is_digit(text, i + 3) && !is_digit(text, i + 4)) {
    // OCR splits "11.05" into "11. 05"; a sentence never ends in a number followed by
    // exactly two digits, so the pair is one amount.
    cents = std::string(text.substr(i + 2, 2));
    money.ocr_space = true;
    i += 4;
  }
  if (leading_zero && cents.empty()) return std::nullopt;
  if (open_paren) {
    size_t j = i;
    while (is_space(text, j)) ++j;
    if (j < text.size() && text[j] == ')') {
      i = j + 1;
      money.negative = true;
    }
  }
  // "$12.33 /hour", "$54.61/day": the period a rate is paid for.
  {
    size_t j = i;
    while (is_space(text, j) && j - i < 2) ++j;
    if (j < text.size() && text[j] == '/') {
      size_t k = j + 1;
      while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
      if (k - j > 1 && k - j <= 9) {
        money.per = std::string(text.substr(j + 1, k - j - 1));
        i = k;
      }
    }
  }
  if (i < text.size() && (text[i] == '%' || std::isalnum(static_cast<unsigned char>(text[i]))))
    return std::nullopt;  // "2.50%", "3rd", "12th": not money

  double value = std::stod(digits);
  if (!cents.empty()) value += std::stod("0." + cents);
  money.amount = money.negative ? -value : value;
  money.cents = !cents.empty();
  money.text = std::string(text.substr(pos, i - pos));
  money.offset = pos;
  money.length = i - pos;
  return money;
}

}  // namespace

std::optional<Money> parse_money(std::string_view cell) {
  cell = trim_view(cell);
  if (cell.empty()) return std::nullopt;
  if (is_blank_mark(cell)) {
    Money blank;
    blank.text = std::string(cell);
    blank.length = cell.size();
    return blank;
  }
  std::optional<Money> money = read_amount(cell, 0);
  if (!money || money->length != cell.size()) return std::nullopt;
  return money;
}

std::optional<MoneyRange> parse_money_range(std::string_view cell) {
  cell = trim_view(cell);
  std::optional<Money> low = read_amount(cell, 0);
  if (!low || !low->amount) return std::nullopt;
  size_t i = low->length;
  while (is_space(cell, i)) ++i;
  // "-", "–", "—", "to"
  static constexpr std::string_view kConnectors[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to"};
  bool connected = false;
  for (std::string_view connector : kConnectors)
    if (!connected && cell.substr(i, connector.size()) == connector) {
      i += connector.size();
      connected = true;
    }
  if (!connected) return std::nullopt;
  while (is_space(cell, i)) ++i;
  std::optional<Money> high = read_amount(cell, i);
  if (!high || !high->amount) return std::nullopt;
  const std::string_view tail = cell.substr(i + high->length);
  if (!tail.empty() && tail.front() != ' ' && tail.front() != '/') return std::nullopt;
  return MoneyRange{*low, *high, std::string(trim_view(tail))};
}

std::vector<Money> find_money(std::string_view text) {
  std::vector<Money> found;
  size_t i = 0;
  while (i < text.size()) {
    const bool starts =
        text[i] == '$' || (text[i] == '(' && i + 1 < text.size() && text[i + 1] == '$');
    if (!starts) {
      ++i;
      continue;
    }
    std::optional<Money> money = read_amount(text, i);
    if (!money) {
      ++i;
      continue;
    }
    i += money->length;
    found.push_back(std::move(*money));
  }
  return found;
}

std::optional<double> read_as_thousands(const Money& money) {
  if (!money.amount || money.negative) return std::nullopt;
  std::string_view text = money.text;
  while (!text.empty() && (text.front() == '$' || text.front() == ' ')) text.remove_prefix(1);
  const size_t point = text.find('.');
  if (point == std::string_view::npos || point == 0 || point > 3 || text.size() != point + 4)
    return std::nullopt;
  for (size_t i = 0; i < text.size(); ++i)
    if (i != point && !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  return std::stod(std::string(text.substr(0, point))) * 1000 +
         std::stod(std::string(text.substr(point + 1)));
}

bool missing_decimal_point(const Money& money, const std::vector<double>& column_values) {
  if (!money.amount || money.cents || money.text.find(',') != std::string::npos) return false;
  std::vector<double> others;
  for (double value : column_values)
    if (std::fabs(value - *money.amount) > 1e-9) others.push_back(value);
  if (others.size() < 2) return false;
  const auto [low, high] = std::minmax_element(others.begin(), others.end());
  const double scaled = *money.amount / 100;
  return *money.amount > *high * 10 && scaled >= *low * 0.8 && scaled <= *high * 1.25;
}

}  // namespace agendum
