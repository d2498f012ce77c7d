#include "extractors/dates.h"

namespace agendum {

std::optional<ParsedDate> find_date(std::string_view) { return std::nullopt; }

}  // namespace agendum
