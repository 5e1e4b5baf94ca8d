// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and ranges of them, with the overlap rule the
// date filter and facets share: a partial date matches any range it overlaps.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "index/enum_names.hpp"
#include "index/error.hpp"

namespace onrecord {

enum class DatePrecision { kYear, kMonth, kDay };
inline constexpr std::array<EnumName<DatePrecision>, 3> kDatePrecisionNames{{
    {DatePrecision::kYear, "year"},
    {DatePrecision::kMonth, "month"},
    {DatePrecision::kDay, "day"},
}};
constexpr std::string_view precision_name(DatePrecision precision) {
  return name_of(kDatePrecisionNames, precision);
}

struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when precision is year
  int day = 0;    // 0 unless precision is day
  DatePrecision precision = DatePrecision::kYear;

  [[nodiscard]] std::string iso() const;
  // First and last day covered, as comparable integers YYYYMMDD.
  [[nodiscard]] int first_day() const;
  [[nodiscard]] int last_day() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Parses "2025", "2025-06" or "2025-06-04", rejecting impossible months and days.
Result<PartialDate> parse_partial_date(std::string_view text);

struct DateRange {
  std::optional<PartialDate> from;  // open when absent
  std::optional<PartialDate> to;

  [[nodiscard]] bool overlaps(const PartialDate& date) const;
};

// Parses "2025-06..2025-07", "2025..", "..2026-01-04", "1861..1865" or a single date.
Result<DateRange> parse_date_range(std::string_view text);

int days_in_month(int year, int month);

}  // namespace onrecord
