#include "extractors/agenda.h"

namespace agendum {

std::optional<Agenda> extract_agenda(const CleanText&, const std::vector<DocumentSpan>&,
                                     std::vector<Diagnostic>&) {
  return std::nullopt;
}

}  // namespace agendum
