// find_date() on date forms printed in real packets (seed lines and OCR'd scans).
#include "extractors/dates.h"

#include <gtest/gtest.h>

namespace agendum {
namespace {

std::string iso_of(std::string_view text) {
  std::optional<ParsedDate> date = find_date(text);
  return date ? date->iso : "none";
}

TEST(FindDate, AdoptionClauseDayOfMonth) {
  std::optional<ParsedDate> date =
      find_date("PASSED, APPROVED and ADOPTED this 14th day of May, 2019.");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->iso, "2019-05-14");
  EXPECT_EQ(date->text, "14th day of May, 2019");
  EXPECT_EQ(date->offset, 34u);
  EXPECT_EQ(iso_of("PASSED, APPROVED AND ADOPTED this 2nd day of June, 2020."), "2020-06-02");
  EXPECT_EQ(iso_of("held on the 14th day of May 2019, and that the same"), "2019-05-14");
  EXPECT_EQ(
      iso_of("at its regular Board meeting on the 12th day of April 2022 by the following vote"),
      "2022-04-12");
}

TEST(FindDate, OcrDamagedOrdinal) {
  EXPECT_EQ(iso_of("ADOPTED this 18`h day of September 2013"), "2013-09-18");
  EXPECT_EQ(iso_of("this 2 nd day of June, 2020"), "2020-06-02");
  // A raised "th" OCR could not read comes out as a quote, or set apart from its day.
  EXPECT_EQ(iso_of("held on the 10\" day of December, 2018."), "2018-12-10");
  EXPECT_EQ(iso_of("Attested on this 3'' day of March 2021"), "2021-03-03");
  EXPECT_EQ(iso_of("shall take effect April 9 th , 2024."), "2024-04-09");
  EXPECT_EQ(iso_of("adopted on the 14th of May, 2019"), "2019-05-14");
  EXPECT_EQ(iso_of("Section 5 of May 2020"), "2020-05");
}

TEST(FindDate, MonthDayYearForms) {
  EXPECT_EQ(iso_of("ADOPTED: August 26, 1985"), "1985-08-26");
  EXPECT_EQ(iso_of("City Council Agenda Tuesday, June 2, 2020 Regular Meeting"), "2020-06-02");
  EXPECT_EQ(find_date("Tuesday, June 2, 2020")->text, "Tuesday, June 2, 2020");
  EXPECT_EQ(iso_of("MINUTES OF THE CITY COUNCIL REGULAR MEETING MAY 19, 2020 STUDY SESSION"),
            "2020-05-19");
  EXPECT_EQ(iso_of("Revision Date: Aug 1, 2017"), "2017-08-01");
  EXPECT_EQ(iso_of("Meeting Date: June 02, 2020"), "2020-06-02");
  EXPECT_EQ(iso_of("Sept. 12, 2016"), "2016-09-12");
}

TEST(FindDate, NumericForms) {
  EXPECT_EQ(iso_of("Date: 05/14/2019"), "2019-05-14");
  EXPECT_EQ(iso_of("approved 5/14/19 by the Commission"), "2019-05-14");
  EXPECT_EQ(iso_of("effective 2019-05-14"), "2019-05-14");
  EXPECT_EQ(iso_of("on Monday 5/25 to honor"), "none");
}

TEST(FindDate, MonthOnly) {
  std::optional<ParsedDate> date = find_date("Revised: August 2017");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->iso, "2017-08");
  EXPECT_EQ(date->text, "August 2017");
}

TEST(FindDate, NotDates) {
  EXPECT_EQ(iso_of("the FY 2018-2019 budget"), "none");
  EXPECT_EQ(iso_of("range 341 $5,017 - $6,391 per month"), "none");
  EXPECT_EQ(iso_of("February 30, 2020"), "none");
  EXPECT_EQ(iso_of("Section 3500 et seq."), "none");
  EXPECT_EQ(iso_of(""), "none");
}

TEST(FindAllDates, InOrderWithoutOverlap) {
  std::vector<ParsedDate> dates = find_all_dates(
      "adopted the Fiscal Year 2018-2019 budget on June 19, 2018, and deem it effective as "
      "of May 14, 2019; revised August 2017");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].iso, "2018-06-19");
  EXPECT_EQ(dates[1].iso, "2019-05-14");
  EXPECT_EQ(dates[2].iso, "2017-08");
}

TEST(MonthNumber, NamesAndAbbreviations) {
  EXPECT_EQ(month_number("May"), 5);
  EXPECT_EQ(month_number("SEPT."), 9);
  EXPECT_EQ(month_number("december"), 12);
  EXPECT_FALSE(month_number("Ma"));
  EXPECT_FALSE(month_number("Mayor"));
}

}  // namespace
}  // namespace agendum
