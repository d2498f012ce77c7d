#include "search/pay_annual.h"

#include <cmath>
#include <cstdio>

namespace agendum {

std::string dollars(double amount) {
  const bool negative = amount < 0;
  const long long cents = std::llround(std::fabs(amount) * 100);
  const std::string digits = std::to_string(cents / 100);
  std::string out = negative ? "-$" : "$";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (cents % 100 != 0) {
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%02lld", cents % 100);
    out += fraction;
  }
  return out;
}

}  // namespace agendum
