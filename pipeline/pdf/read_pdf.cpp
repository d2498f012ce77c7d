#include "pipeline/pdf/read_pdf.h"

namespace agendum {

Result<ReadResult> read_pdf(const std::string& path, const ReadOptions&) {
  return Status(ErrorCode::internal, path + ": PDF reading is not built yet");
}

}  // namespace agendum
