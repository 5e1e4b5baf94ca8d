#include "index/partial_date.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace onrecord {
namespace {

constexpr std::string_view kFormatHint = "write dates as YYYY, YYYY-MM or YYYY-MM-DD";

Error date_error(std::string_view text, const std::string& why) {
  return Error{ErrorCode::kInvalidInput, "invalid date '" + std::string(text) + "': " + why,
               std::string(kFormatHint)};
}

std::optional<int> parse_digits(std::string_view s, std::size_t width) {
  if (s.size() != width) return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string PartialDate::iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

int PartialDate::first_day() const {
  return year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
}

int PartialDate::last_day() const {
  const int m = month == 0 ? 12 : month;
  const int d = day == 0 ? days_in_month(year, m) : day;
  return year * 10000 + m * 100 + d;
}

Result<PartialDate> parse_partial_date(std::string_view text) {
  if (text.empty()) return date_error(text, "it is empty");
  PartialDate date;
  const auto year = parse_digits(text.substr(0, text.find('-')), 4);
  if (!year) return date_error(text, "the year must be four digits");
  date.year = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return date_error(text, "expected YYYY-MM after the year");
  const auto month = parse_digits(text.substr(5, 2), 2);
  if (!month) return date_error(text, "the month must be two digits");
  if (*month < 1 || *month > 12)
    return date_error(text, "month " + std::to_string(*month) + " is not 01-12");
  date.month = *month;
  date.precision = DatePrecision::kMonth;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return date_error(text, "expected YYYY-MM-DD");
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!day) return date_error(text, "the day must be two digits");
  if (*day < 1 || *day > days_in_month(date.year, date.month)) {
    return date_error(text, "day " + std::to_string(*day) + " does not exist in " + date.iso());
  }
  date.day = *day;
  date.precision = DatePrecision::kDay;
  return date;
}

bool DateRange::overlaps(const PartialDate& date) const {
  if (from && date.last_day() < from->first_day()) return false;
  if (to && date.first_day() > to->last_day()) return false;
  return true;
}

Result<DateRange> parse_date_range(std::string_view text) {
  DateRange range;
  // "1861-1865" reads as a year and a month 18: a range of years written as prose writes it.
  if (text.size() == 9 && text[4] == '-' &&
      std::all_of(text.begin(), text.begin() + 4,
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
      std::all_of(text.begin() + 5, text.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    const std::string from(text.substr(0, 4));
    const std::string to(text.substr(5));
    return Error{ErrorCode::kInvalidInput,
                 "'" + std::string(text) + "' is not a date: ranges are written with '..'",
                 "for the years " + from + " to " + to + ", write " + from + ".." + to};
  }
  const auto dots = text.find("..");
  const std::string_view left = dots == std::string_view::npos ? text : text.substr(0, dots);
  const std::string_view right = dots == std::string_view::npos ? text : text.substr(dots + 2);
  if (left.empty() && right.empty()) {
    return Error{ErrorCode::kInvalidInput, "invalid date range '" + std::string(text) + "'",
                 "give at least one end, e.g. 2025-06..2025-07, 2025.. or ..2026-01-04"};
  }
  if (!left.empty()) {
    auto from = parse_partial_date(left);
    if (!from) return from.error();
    range.from = *from;
  }
  if (!right.empty()) {
    auto to = parse_partial_date(right);
    if (!to) return to.error();
    range.to = *to;
  }
  if (range.from && range.to && range.from->first_day() > range.to->last_day()) {
    return Error{ErrorCode::kInvalidInput,
                 "invalid date range '" + std::string(text) + "': it ends before it starts",
                 "put the earlier date first"};
  }
  return range;
}

}  // namespace onrecord
