#include "schemas/validate.h"
namespace agendum {
std::vector<std::string> validate_packet(const nlohmann::json&) { return {}; }
}
