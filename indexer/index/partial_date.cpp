#include "index/partial_date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace onrecord {
namespace {

namespace chr = std::chrono;

constexpr std::string_view kFormatHint =
    "write dates as YYYY, YYYY-MM or YYYY-MM-DD, or a period: 2013-W10, 2012-Q3, 2012-H1, "
    "2013-SU (SP, SU, FA, WI), FY1990, 1990s or 199X, 19XX";
constexpr std::array<std::string_view, 4> kSeasonCodes{"SP", "SU", "FA", "WI"};

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

chr::sys_days days_of(int year, int month, int day) {
  return chr::sys_days{chr::year{year} / chr::month{static_cast<unsigned>(month)} /
                       chr::day{static_cast<unsigned>(day)}};
}

int day_number(chr::sys_days days) {
  const chr::year_month_day ymd{days};
  return static_cast<int>(ymd.year()) * 10000 +
         static_cast<int>(static_cast<unsigned>(ymd.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(ymd.day()));
}

// The Monday of ISO week `week` of ISO year `year` (week 1 holds January 4).
chr::sys_days iso_week_monday(int year, int week) {
  const chr::sys_days jan4 = days_of(year, 1, 4);
  const unsigned weekday = chr::weekday{jan4}.iso_encoding();  // Monday 1 .. Sunday 7
  return jan4 - chr::days{weekday - 1} + chr::days{7 * (week - 1)};
}

int iso_weeks_in(int year) { return week_of(year, 12, 28).part; }

int month_start(int year, int month) { return year * 10000 + month * 100 + 1; }
int month_end(int year, int month) {
  return year * 10000 + month * 100 + days_in_month(year, month);
}

}  // namespace

PartialDate day_date(int year, int month, int day) {
  return PartialDate{year, month, day, DatePrecision::kDay, 0};
}
PartialDate month_date(int year, int month) {
  return PartialDate{year, month, 0, DatePrecision::kMonth, 0};
}
PartialDate year_date(int year) { return PartialDate{year, 0, 0, DatePrecision::kYear, 0}; }
PartialDate period_date(DatePrecision grain, int year, int part) {
  return PartialDate{year, 0, 0, grain, part};
}

PartialDate week_of(int year, int month, int day) {
  const chr::sys_days days = days_of(year, month, day);
  const unsigned weekday = chr::weekday{days}.iso_encoding();
  const chr::sys_days thursday = days + chr::days{4} - chr::days{weekday};
  const chr::year_month_day ymd{thursday};
  const int iso_year = static_cast<int>(ymd.year());
  const auto since_new_year = (thursday - days_of(iso_year, 1, 1)).count();
  return period_date(DatePrecision::kWeek, iso_year, static_cast<int>(since_new_year / 7 + 1));
}

std::string readable_date(std::string_view value) {
  const auto date = parse_partial_date(value);
  if (!date || is_calendar_grain(date->precision)) return std::string(value);
  const std::string year = std::to_string(date->year);
  switch (date->precision) {
    case DatePrecision::kWeek:
      return "the week of " + start_iso(*date);
    case DatePrecision::kWeekend:
      return "the weekend of " + start_iso(*date);
    case DatePrecision::kQuarter:
      return "Q" + std::to_string(date->part) + " " + year;
    case DatePrecision::kHalf:
      return (date->part == 1 ? "the first half of " : "the second half of ") + year;
    case DatePrecision::kSeason: {
      static constexpr std::array<std::string_view, 4> kSeasons{"spring", "summer", "autumn",
                                                                "winter"};
      return std::string(kSeasons[static_cast<std::size_t>(date->part - 1)]) + " " + year;
    }
    case DatePrecision::kFiscalYear:
      return "fiscal " + year;
    case DatePrecision::kDecade:
      return "the " + year + "s";
    case DatePrecision::kCentury: {
      const int n = date->year / 100 + 1;
      const char* suffix = n % 10 == 1 && n != 11   ? "st"
                           : n % 10 == 2 && n != 12 ? "nd"
                           : n % 10 == 3 && n != 13 ? "rd"
                                                    : "th";
      return "the " + std::to_string(n) + suffix + " century";
    }
    default:
      return std::string(value);
  }
}

std::string start_iso(const PartialDate& date) {
  const int first = date.first_day();
  return day_date(first / 10000, first / 100 % 100, first % 100).iso();
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string PartialDate::iso() const {
  char buf[24];
  switch (precision) {
    case DatePrecision::kWeek:
      std::snprintf(buf, sizeof buf, "%04d-W%02d", year, part);
      break;
    case DatePrecision::kWeekend:
      std::snprintf(buf, sizeof buf, "%04d-W%02d-WE", year, part);
      break;
    case DatePrecision::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", year, part);
      break;
    case DatePrecision::kHalf:
      std::snprintf(buf, sizeof buf, "%04d-H%d", year, part);
      break;
    case DatePrecision::kSeason:
      std::snprintf(buf, sizeof buf, "%04d-%s", year,
                    std::string(kSeasonCodes[static_cast<std::size_t>(part - 1)]).c_str());
      break;
    case DatePrecision::kFiscalYear:
      std::snprintf(buf, sizeof buf, "FY%04d", year);
      break;
    case DatePrecision::kDecade:
      std::snprintf(buf, sizeof buf, "%03dX", year / 10);
      break;
    case DatePrecision::kCentury:
      std::snprintf(buf, sizeof buf, "%02dXX", year / 100);
      break;
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
  switch (precision) {
    case DatePrecision::kWeek:
      return day_number(iso_week_monday(year, part));
    case DatePrecision::kWeekend:
      return day_number(iso_week_monday(year, part) + chr::days{5});
    case DatePrecision::kQuarter:
      return month_start(year, 3 * part - 2);
    case DatePrecision::kHalf:
      return month_start(year, 6 * part - 5);
    case DatePrecision::kSeason:
      return month_start(year, 3 * part);
    default:
      return year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
  }
}

int PartialDate::last_day() const {
  switch (precision) {
    case DatePrecision::kWeek:
    case DatePrecision::kWeekend:
      return day_number(iso_week_monday(year, part) + chr::days{6});
    case DatePrecision::kQuarter:
      return month_end(year, 3 * part);
    case DatePrecision::kHalf:
      return month_end(year, 6 * part);
    case DatePrecision::kSeason:
      return part == 4 ? month_end(year + 1, 2) : month_end(year, 3 * part + 2);
    case DatePrecision::kDecade:
      return (year + 9) * 10000 + 1231;
    case DatePrecision::kCentury:
      return (year + 99) * 10000 + 1231;
    default: {
      const int m = month == 0 ? 12 : month;
      const int d = day == 0 ? days_in_month(year, m) : day;
      return year * 10000 + m * 100 + d;
    }
  }
}

namespace {

// The forms other than YYYY[-MM[-DD]]; nullopt when the text is none of them.
std::optional<Result<PartialDate>> parse_period(std::string_view text) {
  auto all_digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
  };
  if (text.starts_with("FY") && text.size() == 6 && all_digits(text.substr(2)))
    return period_date(DatePrecision::kFiscalYear, *parse_digits(text.substr(2), 4));
  if (text.size() == 4 && all_digits(text.substr(0, 3)) && text[3] == 'X')
    return period_date(DatePrecision::kDecade, *parse_digits(text.substr(0, 3), 3) * 10);
  if (text.size() == 4 && all_digits(text.substr(0, 2)) && text.substr(2) == "XX")
    return period_date(DatePrecision::kCentury, *parse_digits(text.substr(0, 2), 2) * 100);
  if (text.size() == 5 && all_digits(text.substr(0, 4)) && text[3] == '0' && text[4] == 's') {
    const int first = *parse_digits(text.substr(0, 4), 4);
    // "the 1800s" is a century, "the 2000s" the decade.
    return first % 100 == 0 && first < 2000 ? period_date(DatePrecision::kCentury, first)
                                            : period_date(DatePrecision::kDecade, first);
  }
  if (text.size() < 7 || !all_digits(text.substr(0, 4)) || text[4] != '-') return std::nullopt;
  const int year = *parse_digits(text.substr(0, 4), 4);
  const std::string_view rest = text.substr(5);
  if (rest[0] == 'W' && rest.size() >= 3 && all_digits(rest.substr(1, 2))) {
    const bool weekend = rest.size() == 6 && rest.substr(3) == "-WE";
    const auto week =
        rest.size() == 3 || weekend ? parse_digits(rest.substr(1, 2), 2) : std::nullopt;
    if (!week) return std::nullopt;
    if (*week < 1 || *week > iso_weeks_in(year))
      return date_error(text, std::to_string(year) + " has no week " + std::to_string(*week));
    return period_date(weekend ? DatePrecision::kWeekend : DatePrecision::kWeek, year, *week);
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && all_digits(rest.substr(1))) {
    const int part = rest[1] - '0';
    const bool quarter = rest[0] == 'Q';
    if (part < 1 || part > (quarter ? 4 : 2))
      return date_error(text, quarter ? "quarters are Q1-Q4" : "halves are H1 and H2");
    return period_date(quarter ? DatePrecision::kQuarter : DatePrecision::kHalf, year, part);
  }
  for (std::size_t i = 0; i < kSeasonCodes.size(); ++i)
    if (rest == kSeasonCodes[i])
      return period_date(DatePrecision::kSeason, year, static_cast<int>(i) + 1);
  return std::nullopt;
}

}  // namespace

Result<PartialDate> parse_partial_date(std::string_view text) {
  if (text.empty()) return date_error(text, "it is empty");
  if (auto period = parse_period(text)) return *period;
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
