// The table of date patterns (the grammar is date_grammar.hpp). Each rule: its pattern, a test
// line ("text | expression | value", resolved with the publication date Tuesday 2025-06-10)
// and what its slots mean. Slots are numbered from 0 in the pattern, leads and commas not
// counted.
#include <array>
#include <cctype>

#include "quotes/date_anchoring.hpp"
#include "quotes/date_grammar.hpp"

namespace onrecord {
namespace {

using Out = std::vector<FoundDate>;

bool emit(const RuleMatch& m, Out& out, DateExpr e) {
  out.push_back({m.first(), m.last(), std::move(e)});
  return true;
}

int step_of(std::string_view relative) {
  if (relative == "last" || relative == "past" || relative == "previous") return -1;
  if (relative == "next" || relative == "coming" || relative == "following") return 1;
  return 0;  // this, current, same, that
}

TenseHint hint_of(std::string_view relative) {
  const int step = step_of(relative);
  if (step < 0) return TenseHint::kPast;
  return step > 0 ? TenseHint::kFuture : TenseHint::kClause;
}

std::string mod_of(std::string_view position) {
  if (position == "mid" || position == "middle") return "mid";
  if (position == "beginning" || position == "start") return "start";
  return std::string(position);  // early, late, end
}

DateExpr stated(DatePrecision grain, int year, int month = 0, int day = 0, int part = 0) {
  DateExpr e;
  e.grain = grain;
  e.year = year;
  e.month = month;
  e.day = day;
  e.part = part;
  return e;
}

DateExpr shifted(DatePrecision grain, TimeUnit unit, int shift, DateBase base = DateBase::kNow) {
  DateExpr e;
  e.grain = grain;
  e.shift_unit = unit;
  e.shift = shift;
  e.base = base;
  return e;
}

DateExpr yearless(DatePrecision grain, int month = 0, int day = 0, int part = 0) {
  DateExpr e;
  e.grain = grain;
  e.month = month;
  e.day = day;
  e.part = part;
  e.base = DateBase::kNow;
  return e;
}

DateExpr reference(DateReference r) {
  DateExpr e;
  e.reference = r;
  return e;
}

bool valid_day(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

DatePrecision grain_of_unit(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay:
      return DatePrecision::kDay;
    case TimeUnit::kWeek:
      return DatePrecision::kWeek;
    case TimeUnit::kWeekend:
      return DatePrecision::kWeekend;
    case TimeUnit::kMonth:
      return DatePrecision::kMonth;
    case TimeUnit::kQuarter:
      return DatePrecision::kQuarter;
    case TimeUnit::kDecade:
      return DatePrecision::kDecade;
    case TimeUnit::kCentury:
      return DatePrecision::kCentury;
    case TimeUnit::kYear:
    case TimeUnit::kNone:
      break;
  }
  return DatePrecision::kYear;
}

// "the 1990s" is a decade; "the 1800s" and "the 1900s" are centuries, as `date:1800s` reads
// them (partial_date.cpp); "the 2000s" is the decade.
DatePrecision decade_or_century(const DateWord& w) {
  const bool four_digits =
      w.lower.size() >= 5 && std::isdigit(static_cast<unsigned char>(w.lower[0])) != 0;
  return four_digits && *w.decade % 100 == 0 && *w.decade < 2000 ? DatePrecision::kCentury
                                                                 : DatePrecision::kDecade;
}

// A capitalised word inside a sentence is a name: "USA Today", the programme "This Week".
bool named(const RuleMatch& m) {
  return m.word_at(m.first()).capitalized && !m.at_sentence_start();
}

// The expression ends its clause: "a year earlier." (not "two years after the war", whose
// base is the war).
bool ends_clause(const RuleMatch& m) {
  const DateWord* next = m.after();
  return next == nullptr || next->gap.find_first_of(".,;:!?)\"") != std::string::npos ||
         next->gap.find("\u201D") != std::string::npos;
}

// "two weeks ago" is the day two weeks back and "a decade ago" the year ten back, as TimeML
// reads them; "three months ago" a month, "a year ago" a year. Slot 0 is an optional
// approximation ("nearly"), 1 the count, 2 the unit.
bool counted(const RuleMatch& m, Out& out, int direction, DateBase base) {
  // "Four score and seven years ago": a count that is only the end of a larger one.
  const std::size_t at = m.first();
  auto larger = [&](std::size_t w) {
    return m.word_at(w).count > 0 || m.word_at(w).lower == "score";
  };
  if (!m.has(0) && at > 0 &&
      (larger(at - 1) || (m.word_at(at - 1).lower == "and" && at > 1 && larger(at - 2))))
    return false;
  const int n = m.word(1).count * direction;
  DateExpr e;
  switch (const TimeUnit unit = m.word(2).unit) {
    case TimeUnit::kWeek:
      e = shifted(DatePrecision::kDay, TimeUnit::kDay, 7 * n, base);
      break;
    case TimeUnit::kDecade:
      e = shifted(DatePrecision::kYear, TimeUnit::kYear, 10 * n, base);
      break;
    case TimeUnit::kWeekend:
    case TimeUnit::kCentury:
    case TimeUnit::kNone:
      return false;
    default:
      e = shifted(grain_of_unit(unit), unit, n, base);
  }
  if (m.has(0)) e.mod = "approx";
  return emit(m, out, e);
}

// A quarter or a half of a year from its ordinal ("third", "3rd") and unit ("quarter", "half").
std::optional<DateExpr> year_part(const DateWord& ordinal, const DateWord& unit) {
  const bool quarter = unit.lower == "quarter";
  const int n = ordinal.ordinal;
  if (n < 1 || n > (quarter ? 4 : 2)) return std::nullopt;
  return yearless(quarter ? DatePrecision::kQuarter : DatePrecision::kHalf, 0, 0, n);
}

// The same part in a year the text states, or in the year `shift` from now's.
bool part_in_year(const RuleMatch& m, Out& out, std::size_t ordinal, std::size_t unit,
                  std::optional<int> year, std::optional<int> shift) {
  auto e = year_part(m.word(ordinal), m.word(unit));
  if (!e) return false;
  if (year) {
    e->year = year;
    e->base = DateBase::kStated;
  } else if (shift) {
    e->shift_unit = TimeUnit::kYear;
    e->shift = *shift;
  }
  return emit(m, out, *e);
}

// "Christmas Eve 2008", "Thanksgiving": the holiday its words name, in the year given if any.
bool holiday(const RuleMatch& m, Out& out) {
  std::string name;
  std::optional<int> year;
  for (std::size_t w = m.first(); w <= m.last(); ++w) {
    const DateWord& word = m.word_at(w);
    if (word.year) {
      year = word.year;
      continue;
    }
    if (!name.empty()) name += ' ';
    name += word.lower;
  }
  DateExpr e = yearless(DatePrecision::kDay);
  e.holiday = holiday_index(name);
  if (e.holiday == 0) return false;
  if (year) {
    e.year = year;
    e.base = DateBase::kStated;
  }
  return emit(m, out, e);
}

// A year after a determiner is a date when a noun follows: "a 2023 survey", "that 1978
// resolution"; "the 2000 votes" is a count.
bool year_before_noun(const RuleMatch& m) {
  const DateWord* next = m.after();
  return next && !next->capitalized && next->count == 0 && !next->year && next->gap == " " &&
         !next->lower.ends_with('s');
}

// "the same month a year ago", "the same period last year".
DateExpr same_period(const DateWord& unit, int years) {
  DateExpr e;
  e.base = DateBase::kReference;
  e.same_period = true;
  e.shift = years;
  e.grain = unit.unit == TimeUnit::kNone ? DatePrecision::kDay : grain_of_unit(unit.unit);
  return e;
}

DateExpr with_mod(DateExpr e, std::string_view position) {
  e.mod = mod_of(position);
  return e;
}

DateExpr with_tense(DateExpr e, TenseHint tense) {
  e.tense = tense;
  return e;
}

// A range's hyphen, as typed or as an en dash.
bool range_dash(const std::string& gap) { return gap == "-" || gap == "\u2013"; }

// The slots of a range of days: the first end's month and day, the second end's, and the year
// both share (kNoSlot when none is written: then each end is read as a date without a year).
constexpr std::size_t kNoSlot = RuleMatch::kAbsent;
struct DayRangeSlots {
  std::size_t first_month, first_day, second_month, second_day, year;
};

// Each end spans its own words: "March 3" and "April 9, 2023"; "June 5" and "7, 2024"; "5" and
// "7 June 2024" (a month written once belongs to the end it stands by).
std::size_t first_end_of(const RuleMatch& m, DayRangeSlots s) {
  if (s.first_month == s.second_month) return m.index(s.first_day);
  return std::max(m.index(s.first_month), m.index(s.first_day));
}
std::size_t second_start_of(const RuleMatch& m, DayRangeSlots s) {
  if (s.first_month == s.second_month) return m.index(s.second_day);
  return std::min(m.index(s.second_month), m.index(s.second_day));
}

bool day_range(const RuleMatch& m, Out& out, DayRangeSlots s) {
  const int m1 = m.word(s.first_month).month;
  const int m2 = m.word(s.second_month).month;
  const int d1 = m.word(s.first_day).day;
  const int d2 = m.word(s.second_day).day;
  if (s.year == kNoSlot) {
    // Each end placed on its own could land in different years ("June 10-11" read as 2025 and
    // 2024): without a year only the first end is given, over the whole range's words.
    out.push_back({m.first(), m.last(), yearless(DatePrecision::kDay, m1, d1)});
    return true;
  }
  const int y = *m.word(s.year).year;
  // "December 30 to January 2, 2023": the first end is in the year before.
  const int y1 = m2 < m1 && s.first_month != s.second_month ? y - 1 : y;
  if (!valid_day(y1, m1, d1) || !valid_day(y, m2, d2) || (y1 == y && m2 * 32 + d2 <= m1 * 32 + d1))
    return false;
  out.push_back({m.first(), first_end_of(m, s), stated(DatePrecision::kDay, y1, m1, d1)});
  out.push_back({second_start_of(m, s), m.last(), stated(DatePrecision::kDay, y, m2, d2)});
  return true;
}

const DateRule kRules[] = {
    // Calendar dates that state their year.
    {"ISO", "They met on 2024-11-05 in Ohio. | 2024-11-05 | 2024-11-05",
     [](const RuleMatch& m, Out& out) {
       const PartialDate& d = *m.word(0).iso;
       return emit(m, out, stated(d.precision, d.year, d.month, d.day));
     }},
    {"MONTH DAY , YEAR", "It was signed Jan. 4, 2026, in Paris. | Jan. 4, 2026 | 2026-01-04",
     [](const RuleMatch& m, Out& out) {
       const int y = *m.word(2).year;
       const int mo = m.word(0).month;
       const int d = m.word(1).day;
       return valid_day(y, mo, d) && emit(m, out, stated(DatePrecision::kDay, y, mo, d));
     }},
    // Ranges of days: both ends, each with the month and the year written once.
    {"MONTH DAY DAY , YEAR?", "The fair runs June 5-7, 2024. | June 5 | 2024-06-05",
     [](const RuleMatch& m, Out& out) {
       if (!range_dash(m.word(2).gap) || m.word(2).day <= m.word(1).day) return false;
       return day_range(m, out, {0, 1, 0, 2, m.has(3) ? 3 : kNoSlot});
     }},
    {"DAY DAY MONTH , YEAR?", "The fair runs 5-7 June 2024. | 5 | 2024-06-05",
     [](const RuleMatch& m, Out& out) {
       if (!range_dash(m.word(1).gap) || m.word(1).day <= m.word(0).day) return false;
       // "The Mets won 5-7 June 3": a score, then the date.
       if (const DateWord* next = m.after(); !m.has(3) && next != nullptr && next->day > 0)
         return false;
       return day_range(m, out, {2, 0, 2, 1, m.has(3) ? 3 : kNoSlot});
     }},
    {"MONTH DAY to|through|until|till|and|- MONTH DAY , YEAR",
     "Sales rose from March 3 to April 9, 2023. | March 3 | 2023-03-03",
     [](const RuleMatch& m, Out& out) {
       return day_range(m, out, {0, 1, 3, 4, 5});
     }},
    {"DAY of? MONTH , YEAR", "It was signed 4 January 2026. | 4 January 2026 | 2026-01-04",
     [](const RuleMatch& m, Out& out) {
       const int y = *m.word(3).year;
       const int mo = m.word(2).month;
       const int d = m.word(0).day;
       return valid_day(y, mo, d) && emit(m, out, stated(DatePrecision::kDay, y, mo, d));
     }},
    {"MONTH of? , YEAR", "It happened in September 2025. | September 2025 | 2025-09",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, stated(DatePrecision::kMonth, *m.word(2).year, m.word(0).month));
     }},
    {"early|mid|late MONTH , YEAR?", "Sales peaked in late June 2024. | late June 2024 | 2024-06",
     [](const RuleMatch& m, Out& out) {
       const DateExpr e = m.has(2) ? stated(DatePrecision::kMonth, *m.word(2).year, m.word(1).month)
                                   : yearless(DatePrecision::kMonth, m.word(1).month);
       return emit(m, out, with_mod(e, m.word(0).lower));
     }},
    {"early|mid|late YEAR", "Tensions grew in mid-2025. | mid-2025 | 2025",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   with_mod(stated(DatePrecision::kYear, *m.word(1).year), m.word(0).lower));
     }},
    {"the POS of YEAR", "Work ends at the end of 2009. | the end of 2009 | 2009",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   with_mod(stated(DatePrecision::kYear, *m.word(3).year), m.word(1).lower));
     }},
    {"the POS of REL year", "Talks stalled at the end of last year. | the end of last year | 2024",
     [](const RuleMatch& m, Out& out) {
       const DateExpr e = shifted(DatePrecision::kYear, TimeUnit::kYear, step_of(m.word(3).lower));
       return emit(m, out, with_mod(e, m.word(1).lower));
     }},
    {"the POS of the|this year", "It opens at the end of the year. | the end of the year | 2025",
     [](const RuleMatch& m, Out& out) {
       const DateExpr e = shifted(DatePrecision::kYear, TimeUnit::kYear, 0);
       return emit(m, out, with_mod(e, m.word(1).lower));
     }},
    {"the POS of MONTH , YEAR?", "It ended at the end of March. | the end of March | 2025-03",
     [](const RuleMatch& m, Out& out) {
       const DateExpr e = m.has(4) ? stated(DatePrecision::kMonth, *m.word(4).year, m.word(3).month)
                                   : yearless(DatePrecision::kMonth, m.word(3).month);
       return emit(m, out, with_mod(e, m.word(1).lower));
     }},
    {"the POS of the|this month|week",
     "It closes at the end of the month. | the end of the month | 2025-06",
     [](const RuleMatch& m, Out& out) {
       // "the end of the month-long strike": a compound, not the month.
       if (const DateWord* next = m.after(); next != nullptr && next->gap == "-") return false;
       const TimeUnit unit = m.word(4).unit;
       return emit(m, out, with_mod(shifted(grain_of_unit(unit), unit, 0), m.word(1).lower));
     }},
    {"year end", "Results come at year-end. | year-end | 2025",
     [](const RuleMatch& m, Out& out) {
       if (m.word(1).gap != "-") return false;  // "year ended" is a verb's
       // "at year-end 2024", "the 2024 year-end": the year written is the date.
       const DateWord* before = m.before();
       const DateWord* after = m.after();
       if ((before != nullptr && before->year) || (after != nullptr && after->year)) return false;
       return emit(m, out, with_mod(shifted(DatePrecision::kYear, TimeUnit::kYear, 0), "end"));
     }},
    {"the POS of REL month|week",
     "Sales rose at the end of last month. | the end of last month | 2025-05",
     [](const RuleMatch& m, Out& out) {
       const TimeUnit unit = m.word(4).unit;
       const DateExpr e = shifted(grain_of_unit(unit), unit, step_of(m.word(3).lower));
       return emit(m, out, with_mod(e, m.word(1).lower));
     }},

    // Years: after a preposition, before a noun, and spans of two.
    {"[in|since|by|until|till|from|during|before|after|of|through|around|circa|to|and|for|"
     "into|due|than|between|as|at|throughout|over|early|late|mid|beginning|end|year|spring|"
     "summer|autumn|fall|winter|or|about|ca.|c.|on|within|with|like|against|versus|vs.] YEAR",
     "He was born in 1961. | 1961 | 1961",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, stated(DatePrecision::kYear, *m.word(0).year));
     }},
    {"[a|an|the|his|her|its|their|our|my|your|whose|that|this|every|each] YEAR",
     "She cited a 2023 survey. | 2023 | 2023",
     [](const RuleMatch& m, Out& out) {
       return year_before_noun(m) && emit(m, out, stated(DatePrecision::kYear, *m.word(0).year));
     }},
    {"YEAR", "Apple opened Worldwide Developers Conference 2010 in June. | 2010 | 2010",
     [](const RuleMatch& m, Out& out) {
       // The year of a named event or edition: "Conference 2010", "Expo 2020".
       const DateWord* before = m.before();
       if (!before || !before->capitalized || before->gap.empty() || m.at_sentence_start() ||
           before->month > 0 || before->lower.size() < 3)
         return false;
       if (m.word_at(m.first()).gap != " ") return false;
       return emit(m, out, stated(DatePrecision::kYear, *m.word(0).year));
     }},
    {"YEAR SHORTYEAR", "The 2024/25 budget passed. | 2024 | 2024",
     [](const RuleMatch& m, Out& out) {
       const int first = *m.word(0).year;
       const int second = first / 100 * 100 + m.word(1).count % 100;
       if (second != first + 1) return false;
       out.push_back({m.first(), m.first(), stated(DatePrecision::kYear, first)});
       out.push_back({m.last(), m.last(), stated(DatePrecision::kYear, second)});
       return true;
     }},
    {"YEAR YEAR", "The plan covers 2014-2016. | 2014 | 2014",
     [](const RuleMatch& m, Out& out) {
       const int first = *m.word(0).year;
       const int second = *m.word(1).year;
       if ((!range_dash(m.word(1).gap) && m.word(1).gap != "/") || second <= first ||
           second - first > 50)
         return false;
       out.push_back({m.first(), m.first(), stated(DatePrecision::kYear, first)});
       out.push_back({m.last(), m.last(), stated(DatePrecision::kYear, second)});
       return true;
     }},

    // Decades and centuries.
    {"DECADE", "Prices were low in the 1990s. | 1990s | 199X",
     [](const RuleMatch& m, Out& out) {
       const DateWord& w = m.word(0);
       const DateWord* before = m.before();
       // "in their 70s" is an age, "in the 90s" often a temperature: a two-digit decade needs
       // its apostrophe ("the '70s").
       const bool four_digits =
           w.lower.size() >= 5 || !std::isdigit(static_cast<unsigned char>(w.lower[0]));
       const bool apostrophe = w.gap.ends_with('\'') || w.gap.ends_with("\u2019");
       if (before && (before->lower == "their" || before->lower == "his" || before->lower == "her"))
         return false;
       // "the 70s" is a decade, "highs in the 80s" a temperature; "the '70s and 80s" both.
       const std::size_t at = m.first();
       auto weather = [&](std::size_t index) {
         const std::string& word = m.word_at(index).lower;
         return word == "highs" || word == "lows" || word == "temperatures" || word == "upper" ||
                word == "lower" || word == "mid";
       };
       const bool after_the = before && before->lower == "the" && !(at >= 3 && weather(at - 3)) &&
                              !(at >= 2 && weather(at - 2));
       const bool coordinated = before && (before->lower == "and" || before->lower == "or") &&
                                at >= 2 && m.word_at(at - 2).decade.has_value();
       if (!four_digits && !apostrophe && !after_the && !coordinated) return false;
       return emit(m, out, stated(decade_or_century(w), *w.decade));
     }},
    {"the? REL decade", "Sales doubled over the past decade. | the past decade | 201X",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   shifted(DatePrecision::kDecade, TimeUnit::kDecade, step_of(m.word(1).lower)));
     }},
    {"the? ORD century", "The church dates from the 19th century. | the 19th century | 18XX",
     [](const RuleMatch& m, Out& out) {
       const int n = m.word(1).ordinal;
       return n >= 10 && n <= 21 && emit(m, out, stated(DatePrecision::kCentury, (n - 1) * 100));
     }},
    {"the? twenty ORD century",
     "It is a twenty-first century problem. | twenty-first century | 20XX",
     [](const RuleMatch& m, Out& out) {
       const int n = 20 + m.word(2).ordinal;
       return n <= 21 && emit(m, out, stated(DatePrecision::kCentury, (n - 1) * 100));
     }},
    {"the? REL century", "It was built in the last century. | the last century | 19XX",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   shifted(DatePrecision::kCentury, TimeUnit::kCentury, step_of(m.word(1).lower)));
     }},

    // Quarters, halves and fiscal years.
    {"the? ORD quarter|half of? , YEAR",
     "Sales rose in the third quarter of 2012. | the third quarter of 2012 | 2012-Q3",
     [](const RuleMatch& m, Out& out) {
       return part_in_year(m, out, 1, 2, m.word(4).year, std::nullopt);
     }},
    {"the? YEAR ORD quarter|half",
     "Output fell in the 1988 second quarter. | the 1988 second quarter | 1988-Q2",
     [](const RuleMatch& m, Out& out) {
       return part_in_year(m, out, 2, 3, m.word(1).year, std::nullopt);
     }},
    {"the? ORD quarter|half of? REL year",
     "Losses grew in the first quarter of last year. | the first quarter of last year | 2024-Q1",
     [](const RuleMatch& m, Out& out) {
       return part_in_year(m, out, 1, 2, std::nullopt, step_of(m.word(4).lower));
     }},
    {"the? ORD quarter|half of the year",
     "Sales rose in the first half of the year. | the first half of the year | 2025-H1",
     [](const RuleMatch& m, Out& out) { return part_in_year(m, out, 1, 2, std::nullopt, 0); }},
    {"the? ORD quarter", "Profits fell in the fourth quarter. | the fourth quarter | 2024-Q4",
     [](const RuleMatch& m, Out& out) {
       auto e = year_part(m.word(1), m.word(2));
       return e && emit(m, out, *e);
     }},
    {"[!the] REL quarter", "Sales slowed last quarter. | last quarter | 2025-Q1",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   shifted(DatePrecision::kQuarter, TimeUnit::kQuarter, step_of(m.word(0).lower)));
     }},
    {"the last|previous|current|coming|next quarter",
     "Growth slowed in the last quarter. | the last quarter | 2025-Q1",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   shifted(DatePrecision::kQuarter, TimeUnit::kQuarter, step_of(m.word(1).lower)));
     }},
    {"QPART , YEAR?", "Results for Q3 2012 were weak. | Q3 2012 | 2012-Q3",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kQuarter, 0, 0, m.word(0).quarter);
       if (m.has(1)) e = stated(DatePrecision::kQuarter, *m.word(1).year, 0, 0, m.word(0).quarter);
       return emit(m, out, e);
     }},
    {"HPART , YEAR?", "Results for H1 2012 were weak. | H1 2012 | 2012-H1",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kHalf, 0, 0, m.word(0).half);
       if (m.has(1)) e = stated(DatePrecision::kHalf, *m.word(1).year, 0, 0, m.word(0).half);
       return emit(m, out, e);
     }},
    {"fiscal|financial year? , YEAR", "Spending for fiscal 1990 rose. | fiscal 1990 | FY1990",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, stated(DatePrecision::kFiscalYear, *m.word(2).year));
     }},
    {"FY", "The FY2012 budget passed. | FY2012 | FY2012",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, stated(DatePrecision::kFiscalYear, *m.word(0).fiscal_year));
     }},
    {"the? REL fiscal|financial year",
     "It will be cut in the next fiscal year. | the next fiscal year | FY2026",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out,
                   shifted(DatePrecision::kFiscalYear, TimeUnit::kYear, step_of(m.word(1).lower)));
     }},
    {"the fiscal|financial year",
     "Profit rose in the financial year. | the financial year | FY2025",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kFiscalYear, TimeUnit::kYear, 0));
     }},

    // Seasons.
    {"the? SEASON of? , YEAR", "It opened in the summer of 2008. | the summer of 2008 | 2008-SU",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, stated(DatePrecision::kSeason, *m.word(3).year, 0, 0, m.word(1).season));
     }},
    {"[!the] REL SEASON", "They met last summer. | last summer | 2024-SU",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kSeason, 0, 0, m.word(1).season);
       e.tense = hint_of(m.word(0).lower);
       if (e.tense == TenseHint::kClause) e.tense = TenseHint::kNearest;  // "this winter"
       return emit(m, out, e);
     }},
    {"[in|during|by|since|until|through|over|for|of|till] the early|late? SEASON",
     "It will open in the autumn. | the autumn | 2025-FA",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kSeason, 0, 0, m.word(2).season);
       if (m.has(1)) e.mod = mod_of(m.word(1).lower);
       return emit(m, out, e);
     }},
    {"[in|during|by|since|until|through|over|for|till] early|late SEASON",
     "Talks resumed in early spring. | early spring | 2025-SP",
     [](const RuleMatch& m, Out& out) {
       return emit(
           m, out,
           with_mod(yearless(DatePrecision::kSeason, 0, 0, m.word(1).season), m.word(0).lower));
     }},

    {"[the|their|its|his|her|our|my|your] SEASON",
     "Leaders met at their autumn meetings. | autumn | 2024-FA",
     [](const RuleMatch& m, Out& out) {
       const DateWord* next = m.after();
       if (!next || next->capitalized || next->lower == "of" || next->gap != " ") return false;
       return emit(m, out, yearless(DatePrecision::kSeason, 0, 0, m.word(0).season));
     }},

    // Weeks, weekends, months and years counted from now.
    {"[!the] REL week|weekend|month|year", "He resigned last week. | last week | 2025-W23",
     [](const RuleMatch& m, Out& out) {
       if (named(m)) return false;
       const TimeUnit unit = m.word(1).unit;
       return emit(m, out, shifted(grain_of_unit(unit), unit, step_of(m.word(0).lower)));
     }},
    {"earlier|later this week|weekend|month|year",
     "Shares rose earlier this month. | earlier this month | 2025-06",
     [](const RuleMatch& m, Out& out) {
       const TimeUnit unit = m.word(2).unit;
       return emit(m, out, shifted(grain_of_unit(unit), unit, 0));
     }},
    {"the current|coming week|month|year",
     "Prices will rise in the coming year. | the coming year | 2026",
     [](const RuleMatch& m, Out& out) {
       const TimeUnit unit = m.word(2).unit;
       return emit(m, out, shifted(grain_of_unit(unit), unit, step_of(m.word(1).lower)));
     }},
    {"[over|during|at|on|for|through|by|until|over] the weekend",
     "Talks went on over the weekend. | the weekend | 2025-W23-WE",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kWeekend);
       return emit(m, out, e);
     }},
    {"MONTH of? REL year", "It opened in July last year. | July last year | 2024-07",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kMonth, m.word(0).month);
       e.shift_unit = TimeUnit::kYear;
       e.shift = step_of(m.word(2).lower);
       return emit(m, out, e);
     }},
    {"last|next|this MONTH", "They met last September. | last September | 2024-09",
     [](const RuleMatch& m, Out& out) {
       return emit(
           m, out,
           with_tense(yearless(DatePrecision::kMonth, m.word(1).month), hint_of(m.word(0).lower)));
     }},

    // Counted back or on: from now, or from the narrative's time.
    {"about|nearly|almost|some|roughly|around|just|only|over? COUNT UNIT ago",
     "He warned of it two years ago. | two years ago | 2023",
     [](const RuleMatch& m, Out& out) { return counted(m, out, -1, DateBase::kNow); }},
    {"about|nearly|almost|some|roughly|around|just|only? COUNT UNIT from now",
     "It opens two years from now. | two years from now | 2027",
     [](const RuleMatch& m, Out& out) { return counted(m, out, 1, DateBase::kNow); }},
    {"about|nearly|almost|some|roughly|around|just|only? COUNT UNIT earlier|before",
     "Sales rose from a year earlier. | a year earlier | 2024",
     [](const RuleMatch& m, Out& out) {
       if (m.word(3).lower == "before" && !ends_clause(m)) return false;
       return counted(m, out, -1, DateBase::kReference);
     }},
    {"about|nearly|almost|some|roughly|around|just|only? COUNT UNIT later|after",
     "In 2019 she left; two years later she returned. | two years later | 2021",
     [](const RuleMatch& m, Out& out) {
       if (m.word(3).lower == "after" && !ends_clause(m)) return false;
       return counted(m, out, 1, DateBase::kReference);
     }},
    {"the previous|following|next|same day|week|month|year",
     "In 2019 it failed; the following year it won. | the following year | 2020",
     [](const RuleMatch& m, Out& out) {
       const TimeUnit unit = m.word(2).unit;
       if (unit == TimeUnit::kWeekend) return false;
       return emit(
           m, out,
           shifted(grain_of_unit(unit), unit, step_of(m.word(1).lower), DateBase::kReference));
     }},
    {"that same? day|week|month|year",
     "In 2019 it failed; that year it also lost. | that year | 2019",
     [](const RuleMatch& m, Out& out) {
       const TimeUnit unit = m.word(2).unit;
       if (unit == TimeUnit::kWeekend) return false;
       return emit(m, out, shifted(grain_of_unit(unit), unit, 0, DateBase::kReference));
     }},
    {"[on|for|in|during|throughout|of] the day",
     "Shares fell 3% on the day. | the day | 2025-06-10",
     [](const RuleMatch& m, Out& out) {
       return ends_clause(m) &&
              emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 0, DateBase::kReference));
     }},
    {"[end|ended|ending|ends|close|closed|closing|closes|start|started|starting|starts|began|"
     "begin|begins|finish|finished|finishing] the day",
     "The Dow ended the day at 8,017. | the day | 2025-06-10",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 0, DateBase::kReference));
     }},
    {"early|earlier|late|later in the day",
     "Stocks rebounded late in the day. | late in the day | 2025-06-10",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 0, DateBase::kReference));
     }},
    {"the same day|week|month|quarter|period a|one year ago|earlier|before",
     "In May 2025 sales fell 5% from the same month a year earlier. | the same month a year "
     "earlier | 2024-05",
     [](const RuleMatch& m, Out& out) { return emit(m, out, same_period(m.word(2), -1)); }},
    {"the same day|week|month|quarter|period of? the|a? last|previous|prior year",
     "In May 2025 sales fell from the same period last year. | the same period last year | "
     "2024-05",
     [](const RuleMatch& m, Out& out) { return emit(m, out, same_period(m.word(2), -1)); }},

    // Days counted from now.
    {"earlier|later? today|tonight", "It closed earlier today. | earlier today | 2025-06-10",
     [](const RuleMatch& m, Out& out) {
       if (!m.has(0) && named(m)) return false;  // "USA Today"
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 0));
     }},
    {"this morning|afternoon|evening", "He spoke this morning. | this morning | 2025-06-10",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 0));
     }},
    {"yesterday", "The vote was held yesterday. | yesterday | 2025-06-09",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, -1));
     }},
    {"tomorrow", "The vote is tomorrow. | tomorrow | 2025-06-11",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 1));
     }},
    {"last night", "Fire broke out last night. | last night | 2025-06-09",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, -1));
     }},
    {"the day before yesterday",
     "It began the day before yesterday. | the day before yesterday | 2025-06-08",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, -2));
     }},
    {"the day after tomorrow",
     "It ends the day after tomorrow. | the day after tomorrow | 2025-06-12",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, shifted(DatePrecision::kDay, TimeUnit::kDay, 2));
     }},

    // Weekdays: in the week of now, before it unless the tense says otherwise.
    {"last|next|this? WEEKDAY", "The report came out Friday. | Friday | 2025-06-06",
     [](const RuleMatch& m, Out& out) {
       DateExpr e = yearless(DatePrecision::kDay);
       e.weekday = m.word(1).weekday;
       if (m.has(0)) e.tense = hint_of(m.word(0).lower);
       return emit(m, out, e);
     }},

    // A month and day, or a month, without a year.
    {"MONTH DAY", "She spoke on January 4th. | January 4th | 2025-01-04",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, yearless(DatePrecision::kDay, m.word(0).month, m.word(1).day));
     }},
    {"DAY of? MONTH", "The party was on the 4th of July. | 4th of July | 2024-07-04",
     [](const RuleMatch& m, Out& out) {
       return emit(m, out, yearless(DatePrecision::kDay, m.word(2).month, m.word(0).day));
     }},
    {"[their|its|his|her|our|the] MONTH",
     "Makers reported their January sales. | January | 2025-01",
     [](const RuleMatch& m, Out& out) {
       const DateWord* next = m.after();
       if (!next || next->capitalized || next->gap != " " || next->count > 0 ||
           m.word(0).lower == "may")
         return false;
       return emit(m, out, yearless(DatePrecision::kMonth, m.word(0).month));
     }},
    {"[in|since|by|until|till|from|during|before|after|through|of|to|and|between|early|late|"
     "mid|or|throughout|for] MONTH",
     "The plant opened in June. | June | 2025-06",
     [](const RuleMatch& m, Out& out) {
       // "may" the verb: a month only after words that only a date follows.
       const DateWord* before = m.before();
       if (m.word(0).month == 5 && m.word(0).lower == "may" && before && before->lower != "in" &&
           before->lower != "since" && before->lower != "until" && before->lower != "early" &&
           before->lower != "late" && before->lower != "mid")
         return false;
       return emit(m, out, yearless(DatePrecision::kMonth, m.word(0).month));
     }},

    // Holidays, in the year given or placed as a month and day.
    {"^christmas ^eve|^day? , YEAR?", "They met on Christmas Eve. | Christmas Eve | 2024-12-24",
     holiday},
    {"^new ^year ^eve|^day , YEAR?", "It opens on New Year's Day. | New Year's Day | 2025-01-01",
     holiday},
    {"^thanksgiving ^day? , YEAR?",
     "They met at Thanksgiving 2019. | Thanksgiving 2019 | 2019-11-28", holiday},
    {"^easter ^sunday|^monday? , YEAR?", "It closed over Easter. | Easter | 2025-04-20", holiday},
    {"^good ^friday , YEAR?", "It closed on Good Friday. | Good Friday | 2025-04-18", holiday},
    {"^halloween , YEAR?", "Sales fell at Halloween. | Halloween | 2024-10-31", holiday},
    {"^valentine ^day , YEAR?", "It opened on Valentine's Day. | Valentine's Day | 2025-02-14",
     holiday},
    {"^independence|^labor|^labour|^memorial|^veterans|^election|^boxing ^day , YEAR?",
     "It was signed on Labor Day 2020. | Labor Day 2020 | 2020-09-07", holiday},

    // References without an interval.
    {"now|currently|presently|nowadays", "Prices are now higher. | now | PRESENT_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kPresent)); }},
    {"at present", "Stocks are low at present. | at present | PRESENT_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kPresent)); }},
    {"current", "The current plan costs more. | current | PRESENT_REF",
     [](const RuleMatch& m, Out& out) {
       const DateWord* next = m.after();  // "current account", "the current" (of water) aside
       if (!next || next->lower == "account" || next->lower == "accounts") return false;
       return emit(m, out, reference(DateReference::kPresent));
     }},
    {"more? recently|lately", "More recently, it grew. | More recently | PAST_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kPast)); }},
    {"recent", "Recent sales were weak. | Recent | PAST_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kPast)); }},
    {"the past", "It happened in the past. | the past | PAST_REF",
     [](const RuleMatch& m, Out& out) {
       const DateWord* next = m.after();
       if (next && next->gap == " " &&
           (next->unit != TimeUnit::kNone || next->count > 0 || next->ordinal > 0 ||
            next->lower == "few" || next->lower == "several"))
         return false;  // "the past year" is a duration
       return emit(m, out, reference(DateReference::kPast));
     }},
    {"the near|distant? future", "It may change in the future. | the future | FUTURE_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kFuture)); }},
    {"the near|long term", "Prices will rise in the long term. | the long term | FUTURE_REF",
     [](const RuleMatch& m, Out& out) { return emit(m, out, reference(DateReference::kFuture)); }},
};

}  // namespace

std::span<const DateRule> date_rules() { return kRules; }

}  // namespace onrecord
