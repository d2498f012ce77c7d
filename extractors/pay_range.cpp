#include "extractors/pay_range.h"

namespace agendum {

std::vector<PayRange> extract_pay_ranges(const CleanText&, const std::vector<DocumentSpan>&,
                                         std::vector<Diagnostic>&) {
  return {};
}

}  // namespace agendum
