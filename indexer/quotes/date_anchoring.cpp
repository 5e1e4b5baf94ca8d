#include "quotes/date_anchoring.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <limits>

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

namespace chr = std::chrono;

// How far a verb group may stand from a date and still give its tense: back to the start of
// its sentence (at most this many words), and a few words after ("Friday will see…").
constexpr std::size_t kTenseWordsBefore = 20;
constexpr std::size_t kTenseWordsAfter = 8;

// The years news dates fall in (the atoms read years in this span too): counting beyond them
// ("999 decades ago") gives no date rather than one no filter could read.
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2199;
bool in_span(int year) { return year >= kFirstYear && year <= kLastYear; }

chr::sys_days days_of(int yyyymmdd) {
  return chr::sys_days{chr::year{yyyymmdd / 10000} /
                       chr::month{static_cast<unsigned>(yyyymmdd / 100 % 100)} /
                       chr::day{static_cast<unsigned>(yyyymmdd % 100)}};
}

PartialDate day_of(chr::sys_days days) {
  const chr::year_month_day ymd{days};
  return day_date(static_cast<int>(ymd.year()),
                  static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day())));
}

chr::sys_days to_days(const PartialDate& day) { return days_of(day.first_day()); }

int weekday_of(const PartialDate& day) {  // 0 Sunday .. 6 Saturday
  return static_cast<int>(chr::weekday{to_days(day)}.c_encoding());
}

// --- Holidays -------------------------------------------------------------------------------

// The n-th (1-based; -1 the last) weekday `wd` (0 Sunday) of a month.
int nth_weekday(int year, int month, int wd, int n) {
  if (n < 0) {
    const int last = days_in_month(year, month);
    const int last_wd = weekday_of(day_date(year, month, last));
    return last - (last_wd - wd + 7) % 7;
  }
  const int first_wd = weekday_of(day_date(year, month, 1));
  return 1 + (wd - first_wd + 7) % 7 + 7 * (n - 1);
}

// Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher).
PartialDate easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return day_date(year, month, day);
}

struct Holiday {
  std::string_view name;
  PartialDate (*in_year)(int year);
};

constexpr std::array<Holiday, 20> kHolidays{{
    {"christmas", [](int y) { return day_date(y, 12, 25); }},
    {"christmas day", [](int y) { return day_date(y, 12, 25); }},
    {"christmas eve", [](int y) { return day_date(y, 12, 24); }},
    {"new year day", [](int y) { return day_date(y, 1, 1); }},
    {"new year eve", [](int y) { return day_date(y, 12, 31); }},
    {"thanksgiving", [](int y) { return day_date(y, 11, nth_weekday(y, 11, 4, 4)); }},
    {"thanksgiving day", [](int y) { return day_date(y, 11, nth_weekday(y, 11, 4, 4)); }},
    {"easter", easter},
    {"easter sunday", easter},
    {"easter monday", [](int y) { return day_of(to_days(easter(y)) + chr::days{1}); }},
    {"good friday", [](int y) { return day_of(to_days(easter(y)) - chr::days{2}); }},
    {"halloween", [](int y) { return day_date(y, 10, 31); }},
    {"valentine day", [](int y) { return day_date(y, 2, 14); }},
    {"independence day", [](int y) { return day_date(y, 7, 4); }},
    {"labor day", [](int y) { return day_date(y, 9, nth_weekday(y, 9, 1, 1)); }},
    {"labour day", [](int y) { return day_date(y, 9, nth_weekday(y, 9, 1, 1)); }},
    {"memorial day", [](int y) { return day_date(y, 5, nth_weekday(y, 5, 1, -1)); }},
    {"veterans day", [](int y) { return day_date(y, 11, 11); }},
    // The Tuesday after the first Monday of November.
    {"election day", [](int y) { return day_date(y, 11, nth_weekday(y, 11, 1, 1) + 1); }},
    {"boxing day", [](int y) { return day_date(y, 12, 26); }},
}};

// --- Tense of the clause --------------------------------------------------------------------

bool sentence_break(const std::string& gap) {
  return gap.find_first_of(".!?;\n\"") != std::string::npos ||
         gap.find("\u201C") != std::string::npos || gap.find("\u201D") != std::string::npos;
}

ClauseTense tense_of_word(const std::vector<DateWord>& words, std::size_t i) {
  static constexpr std::string_view kFutureWords[] = {
      "will",    "shall",  "won't",   "due",         "scheduled", "upcoming",
      "payable", "expire", "expires", "forthcoming", "slated"};
  // Future only before "to": "plans to", "is expected to" (not "the plan", "as expected").
  static constexpr std::string_view kFutureBeforeToWords[] = {
      "plan",   "plans", "planned", "expected", "expects", "expect", "intends",
      "intend", "aims",  "going",   "set",      "wants",   "want",   "hopes",
      "hope",   "seeks", "seek",    "wishes",   "needs"};
  static const WordSet kFutureBeforeTo = make_word_set(kFutureBeforeToWords);
  static const WordSet kFuture = make_word_set(kFutureWords);
  static constexpr std::string_view kPastWords[] = {
      "was",    "were",    "had",   "did",   "didn't", "wasn't", "weren't", "hadn't", "said",
      "told",   "ago",     "met",   "came",  "went",   "began",  "rose",    "fell",   "saw",
      "won",    "lost",    "made",  "gave",  "held",   "left",   "wrote",   "spoke",  "sold",
      "paid",   "led",     "sent",  "got",   "took",   "became", "brought", "bought", "built",
      "chose",  "drew",    "drove", "fled",  "flew",   "found",  "fought",  "grew",   "heard",
      "kept",   "knew",    "meant", "ran",   "sat",    "shot",   "stood",   "struck", "swore",
      "taught", "thought", "threw", "spent", "felt",   "sought", "broke",   "stole",
  };
  static const WordSet kPast = make_word_set(kPastWords);
  static constexpr std::string_view kNotPastWords[] = {
      "need",    "indeed", "proceed", "succeed", "exceed", "speed",  "feed",
      "seed",    "bed",    "red",     "hundred", "based",  "united", "limited",
      "related", "embed",  "breed",   "greed",   "shed",
  };
  static const WordSet kNotPast = make_word_set(kNotPastWords);
  static constexpr std::string_view kParticipleWords[] = {
      "held", "signed", "done", "given", "taken",  "seen",    "known",  "shown",
      "paid", "made",   "sold", "built", "chosen", "written", "spoken", "met"};
  static const WordSet kParticiples = make_word_set(kParticipleWords);
  const std::string& w = words[i].lower;
  if (w.ends_with("'ll") || kFuture.contains(w)) return ClauseTense::kFuture;
  if (kFutureBeforeTo.contains(w) && i + 1 < words.size() && words[i + 1].lower == "to")
    return ClauseTense::kFuture;
  if ((w == "take" || w == "takes") && i + 1 < words.size() && words[i + 1].lower == "effect")
    return ClauseTense::kFuture;
  const bool past_form =
      kPast.contains(w) || kParticiples.contains(w) ||
      (w.size() >= 5 && w.ends_with("ed") && !kNotPast.contains(w) && !words[i].capitalized);
  if (!past_form) return ClauseTense::kUnknown;
  // A participle takes the tense of its auxiliaries: "will be held", "is to be signed" are
  // future, "would be held" (reported speech) says nothing, "was held" is past.
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    const std::string& aux = words[i - back].lower;
    if (aux == "will" || aux == "shall" || aux == "to" || aux.ends_with("'ll"))
      return ClauseTense::kFuture;
    if (aux == "would" || aux == "could" || aux == "might" || aux == "may" || aux == "should" ||
        aux == "must")
      return ClauseTense::kUnknown;
    if (aux != "be" && aux != "been" && aux != "being" && aux != "not" && aux != "have" &&
        aux != "has")
      break;
  }
  return ClauseTense::kPast;
}

// --- Placing dates --------------------------------------------------------------------------

// Days between two intervals (0 when they overlap).
long distance(const PartialDate& a, const PartialDate& b) {
  if (a.last_day() < b.first_day()) return (days_of(b.first_day()) - days_of(a.last_day())).count();
  if (b.last_day() < a.first_day()) return (days_of(a.first_day()) - days_of(b.last_day())).count();
  return 0;
}

enum class Placement { kStrictPast, kPast, kNearest, kFuture, kStrictFuture };

// Among a date's candidates in the years around the base, the one the placement picks.
std::optional<PartialDate> place(const std::vector<PartialDate>& candidates,
                                 const PartialDate& base, Placement placement) {
  std::optional<PartialDate> best;
  for (const auto& c : candidates) {  // in ascending order
    switch (placement) {
      case Placement::kStrictPast:
        if (c.last_day() < base.first_day()) best = c;
        break;
      case Placement::kPast:
        if (c.first_day() <= base.last_day()) best = c;
        break;
      case Placement::kFuture:
        if (!best && c.last_day() >= base.first_day()) best = c;
        break;
      case Placement::kStrictFuture:
        if (!best && c.first_day() > base.last_day()) best = c;
        break;
      case Placement::kNearest:
        if (!best || distance(c, base) < distance(*best, base)) best = c;
        break;
    }
  }
  return best;
}

Placement placement_of(const DateExpr& e, ClauseTense tense, bool narrative,
                       Placement when_unknown) {
  if (e.tense == TenseHint::kNearest) return Placement::kNearest;
  if (e.tense == TenseHint::kPast) return Placement::kStrictPast;
  if (e.tense == TenseHint::kFuture) return Placement::kStrictFuture;
  if (narrative) return Placement::kNearest;
  if (tense == ClauseTense::kPast) return Placement::kPast;
  if (tense == ClauseTense::kFuture) return Placement::kFuture;
  return when_unknown;
}

// A date of the expression's grain and fields in a given year.
std::optional<PartialDate> in_year(const DateExpr& e, int year) {
  if (e.holiday > 0) return kHolidays[static_cast<std::size_t>(e.holiday - 1)].in_year(year);
  switch (e.grain) {
    case DatePrecision::kDay:
      if (e.month < 1 || e.day < 1 || e.day > days_in_month(year, e.month)) return std::nullopt;
      return day_date(year, e.month, e.day);
    case DatePrecision::kMonth:
      return month_date(year, e.month);
    case DatePrecision::kYear:
      return year_date(year);
    case DatePrecision::kQuarter:
    case DatePrecision::kHalf:
    case DatePrecision::kSeason:
    case DatePrecision::kFiscalYear:
      return period_date(e.grain, year, e.part);
    default:
      return std::nullopt;
  }
}

bool has_month(const PartialDate& d) { return d.precision != DatePrecision::kYear && d.month > 0; }
bool has_day(const PartialDate& d) { return d.precision == DatePrecision::kDay; }

// Counted from the base by the expression's shift.
std::optional<PartialDate> shift_from(const DateExpr& e, const PartialDate& base) {
  const int n = e.shift;
  switch (e.shift_unit) {
    case TimeUnit::kDay:
      if (!has_day(base)) return std::nullopt;
      if (const PartialDate day = day_of(to_days(base) + chr::days{n}); in_span(day.year))
        return day;
      return std::nullopt;
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend: {
      if (!has_day(base)) return std::nullopt;
      const PartialDate day = day_of(to_days(base) + chr::days{7 * n});
      if (!in_span(day.year)) return std::nullopt;
      PartialDate week = week_of(day.year, day.month, day.day);
      if (e.grain == DatePrecision::kWeekend) week.precision = DatePrecision::kWeekend;
      return week;
    }
    case TimeUnit::kMonth: {
      if (!has_month(base)) return std::nullopt;
      const int months = base.year * 12 + (base.month - 1) + n;
      if (months < 0 || !in_span(months / 12)) return std::nullopt;
      return month_date(months / 12, months % 12 + 1);
    }
    case TimeUnit::kQuarter: {
      if (!has_month(base)) return std::nullopt;
      const int quarters = base.year * 4 + (base.month - 1) / 3 + n;
      if (quarters < 0 || !in_span(quarters / 4)) return std::nullopt;
      return period_date(DatePrecision::kQuarter, quarters / 4, quarters % 4 + 1);
    }
    case TimeUnit::kYear:
      if (!in_span(base.year + n)) return std::nullopt;
      if (e.grain == DatePrecision::kYear) return year_date(base.year + n);
      return in_year(e, base.year + n);
    case TimeUnit::kDecade:
      if (!in_span(base.year / 10 * 10 + 10 * n)) return std::nullopt;
      return period_date(DatePrecision::kDecade, base.year / 10 * 10 + 10 * n);
    case TimeUnit::kCentury:
      if (!in_span(base.year / 100 * 100 + 100 * n)) return std::nullopt;
      return period_date(DatePrecision::kCentury, base.year / 100 * 100 + 100 * n);
    case TimeUnit::kNone:
      break;
  }
  return std::nullopt;
}

// The reference's period of `grain` (its own for kDay: "the same period"), `years` apart.
std::optional<PartialDate> same_period_shifted(const PartialDate& of, DatePrecision grain,
                                               int years) {
  const int first = of.first_day();
  const int year = first / 10000 + years;
  if (!in_span(year) || !in_span(of.year + years)) return std::nullopt;
  const int month = first / 100 % 100;
  const int day = std::min(first % 100, days_in_month(year, month));
  switch (grain == DatePrecision::kDay ? of.precision : grain) {
    case DatePrecision::kDay:
      return day_date(year, month, day);
    case DatePrecision::kMonth:
      return month_date(year, month);
    case DatePrecision::kQuarter:
      return period_date(DatePrecision::kQuarter, year, (month - 1) / 3 + 1);
    case DatePrecision::kYear:
      return year_date(year);
    case DatePrecision::kWeek:
    case DatePrecision::kWeekend: {
      if (of.precision != DatePrecision::kWeek && of.precision != DatePrecision::kWeekend)
        return week_of(year, month, day);
      // The same ISO week number of the ISO year `years` apart (week 53 where it has one).
      const int iso_year = of.year + years;
      const int weeks = week_of(iso_year, 12, 28).part;
      return period_date(of.precision, iso_year, std::min(of.part, weeks));
    }
    case DatePrecision::kHalf:
    case DatePrecision::kSeason:
    case DatePrecision::kFiscalYear:
      return period_date(of.precision, of.year + years, of.part);
    case DatePrecision::kDecade:
    case DatePrecision::kCentury:
      break;  // "the same decade a year ago" is no date
  }
  return std::nullopt;
}

std::optional<PartialDate> weekday_near(const DateExpr& e, const PartialDate& base,
                                        ClauseTense tense, bool narrative) {
  if (!has_day(base)) return std::nullopt;
  const int today = weekday_of(base);
  const int back = (today - e.weekday + 7) % 7;   // days since it last fell
  const int ahead = (e.weekday - today + 7) % 7;  // days until it next falls
  int delta = -back;
  if (e.tense == TenseHint::kPast) {
    delta = back == 0 ? -7 : -back;
  } else if (e.tense == TenseHint::kFuture) {
    delta = ahead == 0 ? 7 : ahead;
  } else if (narrative) {
    delta = ahead <= 3 ? ahead : -back;
  } else if (tense == ClauseTense::kFuture) {
    delta = ahead;
  }
  return day_of(to_days(base) + chr::days{delta});
}

std::optional<PartialDate> weekend_near(const PartialDate& base, ClauseTense tense) {
  if (!has_day(base)) return std::nullopt;
  const int today = weekday_of(base);
  const bool on_weekend = today == 0 || today == 6;
  const chr::sys_days day = to_days(base);
  // The weekend of this week when it is on or coming, the last one when past.
  const chr::sys_days in_week =
      on_weekend || tense == ClauseTense::kFuture ? day : day - chr::days{7};
  const PartialDate d = day_of(in_week);
  PartialDate weekend = week_of(d.year, d.month, d.day);
  weekend.precision = DatePrecision::kWeekend;
  return weekend;
}

}  // namespace

int holiday_index(std::string_view folded_name) {
  for (std::size_t i = 0; i < kHolidays.size(); ++i)
    if (kHolidays[i].name == folded_name) return static_cast<int>(i) + 1;
  return 0;
}

ClauseTense clause_tense(const std::vector<DateWord>& words, std::size_t first, std::size_t last) {
  // The nearest marker, left or right, inside the sentence and outside quotation marks.
  bool left_open = first > 0 && !sentence_break(words[first].gap);
  bool right_open = last + 1 < words.size() && !sentence_break(words[last + 1].gap);
  for (std::size_t d = 1; (left_open || right_open); ++d) {
    if (left_open) {
      if (d > first || d > kTenseWordsBefore) {
        left_open = false;
      } else {
        const std::size_t k = first - d;
        if (auto t = tense_of_word(words, k); t != ClauseTense::kUnknown) return t;
        if (sentence_break(words[k].gap)) left_open = false;
      }
    }
    if (right_open) {
      const std::size_t k = last + d;
      if (k >= words.size() || d > kTenseWordsAfter || sentence_break(words[k].gap)) {
        right_open = false;
      } else if (auto t = tense_of_word(words, k); t != ClauseTense::kUnknown) {
        return t;
      }
    }
  }
  return ClauseTense::kUnknown;
}

std::optional<AnchoredDate> anchor_date(const DateExpr& e, const DateAnchors& anchors,
                                        ClauseTense tense) {
  if (e.reference != DateReference::kNone) return AnchoredDate{PartialDate{}, e.reference};
  if (e.base == DateBase::kStated) {
    if (!e.year || !in_span(*e.year)) return std::nullopt;
    if (e.holiday > 0) return AnchoredDate{*in_year(e, *e.year)};
    const PartialDate d{*e.year, e.month, e.day, e.grain, e.part};
    return AnchoredDate{d};
  }
  // What the date is counted from: now (the publication date; in an undated text the last date
  // stated, a point in its narrative), or the reference time for anaphora, falling back to now
  // when the reference is coarser than the count needs ("the day" after "in 1997").
  const bool narrative = !anchors.publication.has_value();
  std::optional<PartialDate> now = anchors.publication ? anchors.publication : anchors.last_stated;
  std::optional<PartialDate> base = now;
  if (e.base == DateBase::kReference && anchors.last_mentioned) base = anchors.last_mentioned;
  if (!base || !in_span(base->year)) return std::nullopt;
  if (e.same_period) {
    // "the same month a year ago": the reference's month (its own grain for "period"), a year
    // (the shift) apart.
    const PartialDate& of = anchors.last_mentioned ? *anchors.last_mentioned : *base;
    const auto shifted = same_period_shifted(of, e.grain, e.shift);
    if (!shifted) return std::nullopt;
    return AnchoredDate{*shifted};
  }
  if (e.shift_unit != TimeUnit::kNone) {
    auto d = shift_from(e, *base);
    // Only "the day", "that year" fall back to now: "two months later" than a year is no date.
    if (!d && e.base == DateBase::kReference && e.shift == 0 && now) d = shift_from(e, *now);
    if (!d) return std::nullopt;
    return AnchoredDate{*d};
  }
  if (e.weekday >= 0) {
    auto d = weekday_near(e, *base, tense, narrative);
    if (!d) return std::nullopt;
    return AnchoredDate{*d};
  }
  if (e.grain == DatePrecision::kWeekend) {
    auto d = weekend_near(*base, tense);
    if (!d) return std::nullopt;
    return AnchoredDate{*d};
  }
  // A month and day (or a holiday), a quarter or a half is most often the nearest ("the fourth
  // quarter" in August is this year's); a month or season alone most often past.
  const bool nearest = e.grain == DatePrecision::kDay || e.grain == DatePrecision::kQuarter ||
                       e.grain == DatePrecision::kHalf;
  const Placement placement =
      placement_of(e, tense, narrative, nearest ? Placement::kNearest : Placement::kPast);
  std::vector<PartialDate> candidates;
  // From two years back: "last winter" in January is the one that began 13 months before.
  for (int y = base->year - 2; y <= base->year + 1; ++y) {
    if (!in_span(y)) continue;
    if (auto c = in_year(e, y)) candidates.push_back(*c);
  }
  auto placed = place(candidates, *base, placement);
  if (!placed) return std::nullopt;
  return AnchoredDate{*placed};
}

}  // namespace onrecord
