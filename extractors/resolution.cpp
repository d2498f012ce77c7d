#include "extractors/resolution.h"

namespace agendum {

std::vector<Resolution> extract_resolutions(const CleanText&, const std::vector<DocumentSpan>&,
                                            const std::vector<PayRange>&,
                                            std::vector<Diagnostic>&) {
  return {};
}

}  // namespace agendum
