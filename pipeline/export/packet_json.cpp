#include "pipeline/export/packet_json.h"

namespace agendum {

nlohmann::json packet_to_json(const Packet&) { return nlohmann::json::object(); }

}  // namespace agendum
