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

// Each grain: its written form, read back, and the days it covers.
TEST(PartialDate, PeriodsAreIntervalsOfDays) {
  struct Case {
    const char* written;
    DatePrecision grain;
    int first;
    int last;
  };
  for (const Case& c : {
           Case{"2013-W10", DatePrecision::kWeek, 20130304, 20130310},
           Case{"2013-W10-WE", DatePrecision::kWeekend, 20130309, 20130310},
           Case{"2015-W01", DatePrecision::kWeek, 20141229, 20150104},  // starts in December
           Case{"2012-Q3", DatePrecision::kQuarter, 20120701, 20120930},
           Case{"2012-H1", DatePrecision::kHalf, 20120101, 20120630},
           Case{"2013-SU", DatePrecision::kSeason, 20130601, 20130831},
           Case{"2012-WI", DatePrecision::kSeason, 20121201, 20130228},  // into the next year
           Case{"FY1990", DatePrecision::kFiscalYear, 19900101, 19901231},
           Case{"199X", DatePrecision::kDecade, 19900101, 19991231},
           Case{"18XX", DatePrecision::kCentury, 18000101, 18991231},
       }) {
    const auto date = parse_partial_date(c.written);
    ASSERT_TRUE(date.ok()) << c.written;
    EXPECT_EQ(date->precision, c.grain) << c.written;
    EXPECT_EQ(date->iso(), c.written);
    EXPECT_EQ(date->first_day(), c.first) << c.written;
    EXPECT_EQ(date->last_day(), c.last) << c.written;
  }
  EXPECT_EQ(parse_partial_date("1990s")->iso(), "199X");
  EXPECT_EQ(parse_partial_date("1800s")->iso(), "18XX");  // "the 1800s" is the century
  EXPECT_EQ(week_of(2014, 12, 31).iso(), "2015-W01");
  EXPECT_EQ(week_of(2013, 3, 6).iso(), "2013-W10");
  EXPECT_EQ(start_iso(*parse_partial_date("2013-W10")), "2013-03-04");
}

TEST(PartialDate, PeriodsReadAsWords) {
  EXPECT_EQ(readable_date("2025-06-04"), "2025-06-04");
  EXPECT_EQ(readable_date("2013-W10"), "the week of 2013-03-04");
  EXPECT_EQ(readable_date("2012-Q3"), "Q3 2012");
  EXPECT_EQ(readable_date("2013-SU"), "summer 2013");
  EXPECT_EQ(readable_date("199X"), "the 1990s");
  EXPECT_EQ(readable_date("18XX"), "the 19th century");
  EXPECT_EQ(readable_date("20XX"), "the 21st century");
  EXPECT_EQ(readable_date("FY1990"), "fiscal 1990");
}

TEST(PartialDate, RejectsImpossiblePeriods) {
  for (const char* bad : {"2013-W54", "2013-W00", "2012-Q5", "2012-H3", "2013-XX", "FY19"})
    EXPECT_FALSE(parse_partial_date(bad).ok()) << bad;
  EXPECT_TRUE(parse_partial_date("2015-W53").ok());  // 2015 has 53 ISO weeks
  EXPECT_FALSE(parse_partial_date("2014-W53").ok());
}

TEST(DateRange, PeriodsMatchRangesTheyOverlap) {
  const auto q3 = *parse_partial_date("2012-Q3");
  EXPECT_TRUE(parse_date_range("2012-08..2012-08")->overlaps(q3));
  EXPECT_FALSE(parse_date_range("2012-11")->overlaps(q3));
  EXPECT_TRUE(parse_date_range("1990s")->overlaps(*parse_partial_date("1995-05-01")));
  EXPECT_TRUE(parse_date_range("1995")->overlaps(*parse_partial_date("199X")));
  EXPECT_TRUE(parse_date_range("2013-01")->overlaps(*parse_partial_date("2012-WI")));
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
