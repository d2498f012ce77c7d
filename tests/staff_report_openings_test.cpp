// Staff reports and their running headers: a report whose later pages repeat "Staff Report #:"
// as a running header is one document, not one per page. The text is written for this test.
#include <gtest/gtest.h>

#include "pipeline/segment/segment.h"
#include "tests/support/markup.h"

namespace agendum {
namespace {

TEST(StaffReportOpenings, RunningReportNumberContinuesTheReport) {
  CleanText text = testing::clean_from_markup(R"(# AGENDA ITEM H-2
# Public Works
# STAFF REPORT
# City Council
# Meeting Date: 3/4/2024
# Staff Report Number: 24-015-CC

Regular Business: Award a contract for the resurfacing of Oak Street

# Recommendation

Staff recommends the City Council award the contract to the lowest bidder.
<<page>>
Staff Report #: 24-015-CC

# Background

The street was last resurfaced in 1998 and its pavement condition index is 41.
<<page>>
Staff Report #: 24-015-CC

# Fiscal Impact

The project is funded by the gas tax fund.
<<page>>
Staff Report #: 24-015-CC

# Attachments

None.
)");
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentSpan> documents = segment_packet(text, diagnostics);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].kind, DocumentKind::staff_report);
  EXPECT_EQ(documents[0].pages.first, 1);
  EXPECT_EQ(documents[0].pages.last, 4);
}

}  // namespace
}  // namespace agendum
