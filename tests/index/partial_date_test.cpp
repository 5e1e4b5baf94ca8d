#include "index/partial_date.hpp"

#include <gtest/gtest.h>

namespace onrecord {
namespace {

TEST(PartialDate, ParsesEachPrecision) {
  EXPECT_EQ(parse_partial_date("2025")->precision, DatePrecision::kYear);
  EXPECT_EQ(parse_partial_date("2025-06")->month, 6);
  EXPECT_EQ(parse_partial_date("2024-02-29")->day, 29);
  EXPECT_EQ(parse_partial_date("1861-04-12")->iso(), "1861-04-12");
}

TEST(PartialDate, RejectsImpossibleDates) {
  for (const char* bad : {"2025-13-45", "2025-13", "2025-00", "2025-02-29", "2025-04-31", "25",
                          "2025-6", "2025/06", "", "abcd"}) {
    auto date = parse_partial_date(bad);
    EXPECT_FALSE(date.ok()) << bad;
    if (!date.ok()) {
      EXPECT_NE(date.error().message.find(std::string("'") + bad + "'"), std::string::npos);
    }
  }
}

TEST(DateRange, PartialDatesMatchAnyRangeTheyOverlap) {
  const auto june_july = parse_date_range("2025-06..2025-07").value();
  EXPECT_TRUE(june_july.overlaps(*parse_partial_date("2025")));  // the year overlaps
  EXPECT_TRUE(june_july.overlaps(*parse_partial_date("2025-07-31")));
  EXPECT_FALSE(june_july.overlaps(*parse_partial_date("2025-08-01")));
  EXPECT_FALSE(june_july.overlaps(*parse_partial_date("2024")));
}

TEST(DateRange, AYearRangeWithAHyphenGetsTheDotsSuggested) {
  const auto range = parse_date_range("1861-1865");
  ASSERT_FALSE(range.ok());
  EXPECT_NE(range.error().hint.find("1861..1865"), std::string::npos) << range.error().hint;
  EXPECT_TRUE(parse_date_range("2025-06").ok());  // a month is still a month
}

TEST(DateRange, OpenEndsAndYears) {
  EXPECT_TRUE(parse_date_range("2025..")->overlaps(*parse_partial_date("2030-01")));
  EXPECT_FALSE(parse_date_range("2025..")->overlaps(*parse_partial_date("2024-12-31")));
  EXPECT_TRUE(parse_date_range("..2026-01-04")->overlaps(*parse_partial_date("2026-01")));
  EXPECT_FALSE(parse_date_range("..2026-01-04")->overlaps(*parse_partial_date("2026-01-05")));
  EXPECT_TRUE(parse_date_range("1861..1865")->overlaps(*parse_partial_date("1863-11-19")));
  EXPECT_TRUE(parse_date_range("2025-06")->overlaps(*parse_partial_date("2025-06-04")));
}

TEST(DateRange, RejectsBackwardsAndEmpty) {
  EXPECT_FALSE(parse_date_range("2026..2025").ok());
  EXPECT_FALSE(parse_date_range("..").ok());
  EXPECT_FALSE(parse_date_range("2025-13..").ok());
}

}  // namespace
}  // namespace onrecord
