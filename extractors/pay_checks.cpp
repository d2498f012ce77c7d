#include "extractors/pay_checks.h"

#include <re2/re2.h>

#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <string_view>

#include "pipeline/core/record_names.h"

namespace agendum {
namespace {

// Characters OCR produces from table rulings and shading, and that prose rarely contains.
bool has_noise_character(std::string_view token) {
  static constexpr std::string_view kAsciiNoise = "^_@{}[]`~\\<>=";
  static constexpr std::string_view kUtf8Noise[] = {
      "\xEF\xBF\xBD", "\xC2\xA7", "\xE2\x82\xAC", "\xC2\xA3",     "\xC2\xA2",
      "\xC2\xB0",     "\xC2\xAB", "\xC2\xBB",     "\xE2\x96\xA0", "\xE2\x80\x9E"};
  bool beyond_ascii = false;
  for (char c : token) {
    if (kAsciiNoise.find(c) != std::string_view::npos) return true;
    beyond_ascii = beyond_ascii || static_cast<unsigned char>(c) >= 0x80;
  }
  if (!beyond_ascii) return false;
  for (std::string_view noise : kUtf8Noise)
    if (token.find(noise) != std::string_view::npos) return true;
  return false;
}

bool is_noise_token(std::string_view token) {
  if (token == "|" || token == "&" || token == "-" || token == "$") return false;
  if (has_noise_character(token)) return true;
  if (token.size() == 1) {
    const unsigned char c = static_cast<unsigned char>(token[0]);
    return !std::isdigit(c) && token != "a" && token != "A" && token != "I";
  }
  // "6a", "s6", "g55": lower-case letters mixed with digits, other than ordinals ("3rd") and
  // a word numbered without a space ("Step2", "Grade10").
  static const RE2 kOrdinal(R"(\d+(?:st|nd|rd|th)[.,;:]?|[A-Z]?[a-z]{3,}\d{1,2}[.,;:]?)");
  bool lower = false, digit = false;
  for (unsigned char c : token) {
    lower = lower || std::islower(c);
    digit = digit || std::isdigit(c);
  }
  return lower && digit && !RE2::FullMatch(token, kOrdinal);
}

// A capital letter after a word that numbers a table's columns or rows ("Step B", "Grade C",
// "Range D") is a label, not a fragment of ruling: a header of lettered steps is no noise
// however few words the OCR split it into ("Range StepA Step B Step C Step D Step E").
bool is_lettered_label(std::string_view previous, std::string_view token) {
  static const RE2 kNumbering(R"((?i)(?:steps?|grades?|ranges?|levels?|class))");
  return token.size() == 1 && std::isupper(static_cast<unsigned char>(token[0])) &&
         RE2::FullMatch(previous, kNumbering);
}

bool is_garbled(const Line& line) {
  if (line.method == PageMethod::ocr && line.confidence < 50) return true;
  std::string_view text = line.text, previous;
  size_t tokens = 0, noise = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) break;
    const std::string_view token = text.substr(start, i - start);
    ++tokens;
    if (is_noise_token(token) && !is_lettered_label(previous, token)) ++noise;
    previous = token;
  }
  return tokens >= 6 && noise * 5 >= tokens * 2;
}

// Where a long line turns to noise part way: text flattened from a web viewer runs a whole
// page, prose and unreadable appendices alike, into one line. Returns the byte offset of each
// stretch of at least 24 words that is half noise or more.
std::vector<size_t> noisy_stretches(const std::string& text) {
  constexpr size_t kWindow = 24;
  std::vector<std::pair<size_t, bool>> tokens;  // offset, noise
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) tokens.emplace_back(start, is_noise_token(text.substr(start, i - start)));
  }
  std::vector<size_t> starts;
  size_t noise = 0;
  bool inside = false;
  for (size_t t = 0; t < tokens.size(); ++t) {
    noise += tokens[t].second;
    if (t >= kWindow) noise -= tokens[t - kWindow].second;
    if (t + 1 < kWindow) continue;
    const bool noisy = noise * 2 >= kWindow;
    if (noisy && !inside) starts.push_back(tokens[t + 1 - kWindow].first);
    inside = noisy;
  }
  return starts;
}

bool names_pay_context(const std::string& text) {
  // "Appendix III Current Salary Schedule", "SALARY SCHEDULE", "Proposed Salary Range Placement"
  static const RE2 kPayContext(
      R"((?i)\b(?:salary|salaries|pay\s+(?:range|schedule|plan|table)|compensation|wage|step)\b)");
  return RE2::PartialMatch(text, kPayContext);
}

std::string money_text(double amount) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "$%.2f", amount);
  return buffer;
}

std::string describe(const PayRange& pay) {
  const std::string unit(name_of(pay.unit));
  if (pay.classification) return "the " + *pay.classification + " " + unit + " range";
  if (pay.range) return "range " + *pay.range + " (" + unit + ")";
  return "the " + unit + " range on page " + std::to_string(pay.pages.first);
}

// An annual amount implied by a range end, for comparing units. Hourly rates may be on a
// 40-hour (2,080 hours) or 56-hour (2,912 hours) schedule, so they give two candidates.
std::vector<double> annual_candidates(PayUnit unit, double amount) {
  if (unit == PayUnit::hourly) return {amount * kHoursPerYear, amount * kFireHoursPerYear};
  if (unit == PayUnit::unknown) return {};
  return {amount * periods_per_year(unit)};
}

bool agree(const std::vector<double>& a, const std::vector<double>& b) {
  for (double x : a)
    for (double y : b)
      if (std::fabs(x - y) <= 0.015 * std::max(x, y)) return true;
  return false;
}

}  // namespace

std::vector<bool> find_illegible_lines(const CleanText& text,
                                       std::vector<Diagnostic>& diagnostics) {
  constexpr size_t kContextLines = 40;
  std::vector<bool> garbled(text.lines.size(), false);
  std::set<int> reported_pages;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const Line& line = text.lines[i];
    garbled[i] = is_garbled(line);
    bool pay_context = false;
    if (garbled[i]) {
      for (size_t back = 0; back <= kContextLines && back <= i && !pay_context; ++back)
        pay_context = names_pay_context(text.lines[i - back].match);
    } else if (line.text.size() > 400) {
      // A noisy stretch inside a long line: its context is the text just before it.
      for (size_t noisy : noisy_stretches(line.text)) {
        const size_t from = noisy > 300 ? noisy - 300 : 0;
        pay_context = pay_context || names_pay_context(line.text.substr(from, noisy - from));
      }
    }
    const int page = line.page;
    if (!pay_context || reported_pages.count(page)) continue;
    reported_pages.insert(page);
    diagnostics.push_back(
        {Severity::warning, "illegible_table",
         "Page " + std::to_string(page) +
             " has a pay table the text layer or OCR could not read; no amounts were taken "
             "from it. Check the printed page.",
         page, "pay_range"});
  }
  return garbled;
}

void check_pay_group(const PayGroup& group, std::vector<Diagnostic>& diagnostics) {
  for (const PayRange& pay : group) {
    const int page = pay.pages.first;
    if (pay.min && pay.max && *pay.min > *pay.max)
      diagnostics.push_back({Severity::warning, "pay_min_above_max",
                             "In " + describe(pay) + " the minimum " + money_text(*pay.min) +
                                 " is above the maximum " + money_text(*pay.max) + ".",
                             page, "pay_range"});
    for (size_t s = 1; s < pay.steps.size(); ++s) {
      if (pay.steps[s].amount > pay.steps[s - 1].amount) continue;
      diagnostics.push_back({Severity::warning, "pay_steps_not_increasing",
                             "In " + describe(pay) + " step " + pay.steps[s].step + " (" +
                                 money_text(pay.steps[s].amount) + ") is not above step " +
                                 pay.steps[s - 1].step + " (" +
                                 money_text(pay.steps[s - 1].amount) + ").",
                             page, "pay_range"});
      break;
    }
  }
  for (size_t a = 0; a < group.size(); ++a) {
    for (size_t b = a + 1; b < group.size(); ++b) {
      const PayRange& x = group[a];
      const PayRange& y = group[b];
      if (x.unit == y.unit) continue;
      for (bool low : {true, false}) {
        const std::optional<double> xv = low ? x.min : x.max;
        const std::optional<double> yv = low ? y.min : y.max;
        if (!xv || !yv) continue;
        const std::vector<double> xa = annual_candidates(x.unit, *xv),
                                  ya = annual_candidates(y.unit, *yv);
        if (xa.empty() || ya.empty() || agree(xa, ya)) continue;
        diagnostics.push_back({Severity::warning, "pay_units_disagree",
                               "The " + std::string(name_of(x.unit)) + " " +
                                   (low ? "minimum " : "maximum ") + money_text(*xv) + " and the " +
                                   std::string(name_of(y.unit)) + " " +
                                   (low ? "minimum " : "maximum ") + money_text(*yv) +
                                   " printed together do not convert into each other" +
                                   (x.classification ? " (" + *x.classification + ")" : "") + ".",
                               x.pages.first, "pay_range"});
        break;
      }
    }
  }
}

}  // namespace agendum
