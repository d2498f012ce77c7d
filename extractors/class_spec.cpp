#include "extractors/class_spec.h"

namespace agendum {

std::vector<ClassSpec> extract_class_specs(const CleanText&, const std::vector<DocumentSpan>&,
                                           const std::vector<PayRange>&,
                                           std::vector<Diagnostic>&) {
  return {};
}

}  // namespace agendum
