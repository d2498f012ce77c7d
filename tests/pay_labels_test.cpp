#include "extractors/pay_labels.h"

#include <gtest/gtest.h>

namespace agendum {
namespace {

TEST(CleanLabel, MarksTheOcrPutAroundANameComeOff) {
  EXPECT_EQ(clean_label("\xE2\x80\x98" "Code Compliance Officer"), "Code Compliance Officer");
  EXPECT_EQ(clean_label("-Crime Analyst"), "Crime Analyst");
  EXPECT_EQ(clean_label("Custodian (non CDL)"), "Custodian (non CDL)");
  EXPECT_EQ(clean_label(":"), "");
  EXPECT_EQ(clean_label("i"), "");
}

TEST(CleanLabel, RomanNumeralReadWithLowerCaseL) {
  EXPECT_EQ(clean_label("Fire Private Il"), "Fire Private II");
  EXPECT_EQ(clean_label("Fire Alarm Operator Ill"), "Fire Alarm Operator III");
  EXPECT_EQ(clean_label("Planner 1"), "Planner 1");  // a digit stays a digit
  EXPECT_EQ(clean_label("Civil Engineer II"), "Civil Engineer II");
}

TEST(RangeInLabel, GradeNamedInTheRowLabel) {
  std::string label = "\xE2\x80\x98" "Satary Grade (1)";
  EXPECT_EQ(range_in_label(label), "1");
  EXPECT_EQ(label, "");
  label = "Salary Grade [7)";
  EXPECT_EQ(range_in_label(label), "7");
  label = "Senior Account Clerk Range 14";
  EXPECT_EQ(range_in_label(label), "14");
  EXPECT_EQ(label, "Senior Account Clerk");
  label = "Account Clerk";
  EXPECT_FALSE(range_in_label(label));
}

}  // namespace
}  // namespace agendum
