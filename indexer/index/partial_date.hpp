// Dates as news gives them: an interval of days with a grain, written in the TIMEX-like forms
// of ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, 2013-W10, 2013-W10-WE, 2012-Q3, 2012-H1, 2013-SU,
// FY1990, 199X, 19XX), and ranges of them, with the overlap rule the date filter and facets
// share: a date matches any range its interval overlaps.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "index/enum_names.hpp"
#include "index/error.hpp"

namespace onrecord {

// The grain of a date. A fiscal year's months differ by organisation and country: its interval is
// its calendar year, the value keeps what the text said.
enum class DatePrecision {
  kYear,
  kMonth,
  kDay,
  kWeek,     // ISO 8601 week `part` of ISO year `year`
  kWeekend,  // Saturday and Sunday of that week
  kQuarter,  // `part` 1-4
  kHalf,     // `part` 1-2
  kSeason,   // `part`: 1 spring (Mar-May), 2 summer, 3 autumn, 4 winter (Dec to Feb of year+1)
  kFiscalYear,
  kDecade,   // `year` its first year (1990 for the 1990s)
  kCentury,  // `year` its first year (1800 for the nineteenth century, TIMEX "18XX")
};
inline constexpr std::array<EnumName<DatePrecision>, 11> kDatePrecisionNames{{
    {DatePrecision::kYear, "year"},
    {DatePrecision::kMonth, "month"},
    {DatePrecision::kDay, "day"},
    {DatePrecision::kWeek, "week"},
    {DatePrecision::kWeekend, "weekend"},
    {DatePrecision::kQuarter, "quarter"},
    {DatePrecision::kHalf, "half"},
    {DatePrecision::kSeason, "season"},
    {DatePrecision::kFiscalYear, "fiscal-year"},
    {DatePrecision::kDecade, "decade"},
    {DatePrecision::kCentury, "century"},
}};
constexpr std::string_view precision_name(DatePrecision precision) {
  return name_of(kDatePrecisionNames, precision);
}

// Whether dates of this grain are written YYYY, YYYY-MM or YYYY-MM-DD.
constexpr bool is_calendar_grain(DatePrecision grain) {
  return grain == DatePrecision::kYear || grain == DatePrecision::kMonth ||
         grain == DatePrecision::kDay;
}

struct PartialDate {
  int year = 0;
  int month = 0;  // 1-12 for a month or day, else 0
  int day = 0;    // 1-31 for a day, else 0
  DatePrecision precision = DatePrecision::kYear;
  int part = 0;  // the week, quarter, half or season number; 0 for other grains

  [[nodiscard]] std::string iso() const;
  // First and last day covered, as comparable integers YYYYMMDD.
  [[nodiscard]] int first_day() const;
  [[nodiscard]] int last_day() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Constructors of each grain (no validation: the callers compute valid values).
PartialDate day_date(int year, int month, int day);
PartialDate month_date(int year, int month);
PartialDate year_date(int year);
PartialDate period_date(DatePrecision grain, int year, int part = 0);
// The ISO week (and its ISO year) holding a day.
PartialDate week_of(int year, int month, int day);

// Parses any form above, and "1990s" (a decade; "1800s" and "1900s" are centuries, "2000s" the
// decade), rejecting impossible months, days, weeks, quarters and seasons.
Result<PartialDate> parse_partial_date(std::string_view text);

// A date as a reader says it: ISO for a day, month or year (as written), words for a period
// ("the week of 2013-03-04", "Q3 2012", "summer 2013", "fiscal 1990", "the 1990s", "the 19th
// century"); anything else as given.
std::string readable_date(std::string_view value);

// The ISO date of a date's first day (a key that sorts dates of every grain by their start).
std::string start_iso(const PartialDate& date);

struct DateRange {
  std::optional<PartialDate> from;  // open when absent
  std::optional<PartialDate> to;

  [[nodiscard]] bool overlaps(const PartialDate& date) const;
};

// Parses "2025-06..2025-07", "2025..", "..2026-01-04", "1861..1865" or a single date.
Result<DateRange> parse_date_range(std::string_view text);

int days_in_month(int year, int month);

}  // namespace onrecord
