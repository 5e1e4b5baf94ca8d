#include "quotes/date_resolver.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

namespace chr = std::chrono;

// Four-digit numbers read as years: the span news mentions (earlier ones are rarely years, and
// numbers past it are amounts: "2500 jobs").
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2199;
// How far a tense word may stand from a date expression and still be about it: back to the start
// of its sentence (at most this many words; longer sentences are lists), and a few words after
// ("Friday, she will…" is rare; "Friday will see…" common).
constexpr std::size_t kTenseWordsBefore = 20;
constexpr std::size_t kTenseWordsAfter = 3;

// kNearest places a date without a year in the anchor's year or the next or previous one,
// whichever is closest: the anchor of an undated article is a point in its narrative, not "now".
enum class Tense { kPast, kFuture, kNearest };

// What relative dates are resolved against: the publication date ("now"), or, in an undated
// article, the last date it mentioned (a point in its narrative).
enum class AnchorKind { kPublication, kNarrative };

// What may stand between two words of one date expression.
enum class Gap { kSpaces, kSpacesOrComma };

int month_number(std::string_view lower) {
  static constexpr std::array<std::pair<std::string_view, int>, 25> kMonths{
      {{"january", 1},   {"jan.", 1},  {"february", 2},  {"feb.", 2},     {"march", 3},
       {"mar.", 3},      {"april", 4}, {"apr.", 4},      {"may", 5},      {"june", 6},
       {"jun.", 6},      {"july", 7},  {"jul.", 7},      {"august", 8},   {"aug.", 8},
       {"september", 9}, {"sept.", 9}, {"sep.", 9},      {"october", 10}, {"oct.", 10},
       {"november", 11}, {"nov.", 11}, {"december", 12}, {"dec.", 12},    {"jan", 1}}};
  for (const auto& [name, n] : kMonths)
    if (name == lower) return n;
  return 0;
}

int weekday_number(std::string_view lower) {  // 0 = Sunday, as chrono's c_encoding
  static constexpr std::array<std::string_view, 7> kDays{
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (std::size_t i = 0; i < kDays.size(); ++i)
    if (kDays[i] == lower) return static_cast<int>(i);
  return -1;
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> day_of_month(std::string_view lower) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (lower.size() > 2 && lower.ends_with(suffix)) {
      lower.remove_suffix(2);
      break;
    }
  }
  const auto d = parse_int(lower);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  return d;
}

std::optional<int> year_number(std::string_view s) {
  if (s.size() != 4) return std::nullopt;
  const auto y = parse_int(s);
  if (!y || *y < kFirstYear || *y > kLastYear) return std::nullopt;
  return y;
}

// A count as news writes it before a unit of time: "a", "one" to "twelve", or digits.
std::optional<int> count_word(std::string_view lower) {
  static constexpr std::array<std::string_view, 13> kWords{
      "a",     "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (std::size_t i = 0; i < kWords.size(); ++i)
    if (kWords[i] == lower) return static_cast<int>(std::max<std::size_t>(i, 1));
  if (lower == "an") return 1;
  const auto n = parse_int(lower);
  if (n && *n >= 1 && *n <= 999) return n;
  return std::nullopt;
}

enum class TimeUnit { kNone, kDay, kWeek, kMonth, kYear };

TimeUnit time_unit(std::string_view lower) {
  if (lower.ends_with('s')) lower.remove_suffix(1);
  if (lower == "day") return TimeUnit::kDay;
  if (lower == "week") return TimeUnit::kWeek;
  if (lower == "month") return TimeUnit::kMonth;
  if (lower == "year") return TimeUnit::kYear;
  return TimeUnit::kNone;
}

bool is_year_preposition(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "in", "since",   "by",     "until", "till",  "from", "during", "before", "after",
      "of", "through", "around", "circa", "early", "late", "mid",    "to",     "and"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

chr::sys_days to_days(const PartialDate& d) {
  return chr::sys_days{chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
                       chr::day{static_cast<unsigned>(d.day)}};
}

PartialDate from_days(chr::sys_days days) {
  const chr::year_month_day ymd{days};
  return PartialDate{static_cast<int>(ymd.year()),
                     static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())), DatePrecision::kDay};
}

PartialDate day_date(int y, int m, int d) { return PartialDate{y, m, d, DatePrecision::kDay}; }
PartialDate month_date(int y, int m) { return PartialDate{y, m, 0, DatePrecision::kMonth}; }
PartialDate year_date(int y) { return PartialDate{y, 0, 0, DatePrecision::kYear}; }

bool valid_day(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

Tense tense_near(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  static constexpr std::string_view kFuture[] = {"will",      "shall",   "would",    "upcoming",
                                                 "scheduled", "planned", "expected", "expect",
                                                 "expects",   "due",     "next"};
  auto future = [&](const Word& w) {
    return w.lower.ends_with("'ll") ||
           std::find(std::begin(kFuture), std::end(kFuture), w.lower) != std::end(kFuture);
  };
  // A quotation's tense is the speaker's, not the sentence's: stop at quote marks too.
  auto boundary = [](const Word& w) {
    return w.gap.find_first_of(".!?\"") != std::string::npos ||
           w.gap.find("\u201D") != std::string::npos || w.gap.find("\u201C") != std::string::npos;
  };
  // The expression's own sentence before it, and a few words after.
  for (std::size_t i = first, n = 0; i > 0 && n < kTenseWordsBefore; --i, ++n) {
    if (boundary(words[i])) break;
    if (future(words[i - 1])) return Tense::kFuture;
  }
  for (std::size_t i = last + 1; i < words.size() && i <= last + kTenseWordsAfter; ++i) {
    if (boundary(words[i])) break;
    if (future(words[i])) return Tense::kFuture;
  }
  return Tense::kPast;
}

// A month and day without a year: the latest such day on or before the anchor (past tense) or
// the first on or after it (future tense).
int months_apart(int y1, int m1, int y2, int m2) {
  return std::abs((y1 * 12 + m1) - (y2 * 12 + m2));
}

// The year, among the anchor's and its neighbours, that puts month m closest to the anchor.
int nearest_year(int m, const PartialDate& anchor) {
  if (anchor.precision == DatePrecision::kYear) return anchor.year;
  int best = anchor.year;
  for (int y : {anchor.year - 1, anchor.year + 1}) {
    if (months_apart(y, m, anchor.year, anchor.month) <
        months_apart(best, m, anchor.year, anchor.month))
      best = y;
  }
  return best;
}

std::optional<PartialDate> place_month_day(int m, int d, const PartialDate& anchor, Tense tense) {
  if (tense == Tense::kNearest) {
    const int y = nearest_year(m, anchor);
    if (!valid_day(y, m, d)) return std::nullopt;
    return day_date(y, m, d);
  }
  int y = anchor.year;
  const int wanted = m * 100 + d;
  if (anchor.precision != DatePrecision::kYear) {
    const int anchor_md =
        anchor.month * 100 + (anchor.precision == DatePrecision::kDay ? anchor.day : 31);
    const int anchor_first =
        anchor.month * 100 + (anchor.precision == DatePrecision::kDay ? anchor.day : 1);
    if (tense == Tense::kPast && wanted > anchor_md) --y;
    if (tense == Tense::kFuture && wanted < anchor_first) ++y;
  }
  if (!valid_day(y, m, d)) return std::nullopt;
  return day_date(y, m, d);
}

std::optional<PartialDate> place_month(int m, const PartialDate& anchor, Tense tense) {
  if (tense == Tense::kNearest) return month_date(nearest_year(m, anchor), m);
  int y = anchor.year;
  if (anchor.precision != DatePrecision::kYear) {
    if (tense == Tense::kPast && m > anchor.month) --y;
    if (tense == Tense::kFuture && m < anchor.month) ++y;
  }
  return month_date(y, m);
}

struct Match {
  std::size_t first_word = 0;  // index range of the expression's words
  std::size_t last_word = 0;
  PartialDate value;
  std::string qualifier;
  bool absolute = false;  // states its own year
};

class Scanner {
 public:
  Scanner(const std::vector<Word>& words, std::optional<PartialDate> anchor, AnchorKind kind)
      : w_(words), anchor_(anchor), anchor_kind_(kind) {}

  std::optional<Match> at(std::size_t i) const {
    if (auto m = iso(i)) return m;
    if (auto m = qualified_year(i)) return m;
    if (auto m = month_first(i)) return m;
    if (auto m = day_first(i)) return m;
    if (auto m = bare_year(i)) return m;
    if (auto m = relative(i)) return m;
    return std::nullopt;
  }

 private:
  [[nodiscard]] const std::string& lower(std::size_t i) const { return w_[i].lower; }
  [[nodiscard]] bool has(std::size_t i) const { return i < w_.size(); }
  // Words are adjacent when only spaces (and, where allowed, a comma) separate them.
  [[nodiscard]] bool adjacent(std::size_t i, Gap allowed = Gap::kSpaces) const {
    const std::string& g = w_[i].gap;
    return !g.empty() && std::all_of(g.begin(), g.end(), [&](char c) {
      return c == ' ' || (allowed == Gap::kSpacesOrComma && c == ',');
    });
  }
  [[nodiscard]] std::string previous(std::size_t i) const { return i > 0 ? w_[i - 1].lower : ""; }

  std::optional<Match> iso(std::size_t i) const {
    const std::string& s = w_[i].text;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto date = parse_partial_date(s);
    if (!date) return std::nullopt;
    return Match{i, i, *date, "", true};
  }

  std::optional<Match> qualified_year(std::size_t i) const {
    static constexpr std::string_view kQualifiers[] = {"early", "mid", "late"};
    for (auto q : kQualifiers) {
      const std::string& s = lower(i);
      // "mid-2025", "mid-June"
      if (s.size() > q.size() + 1 && s.starts_with(q) && s[q.size()] == '-') {
        const std::string_view rest = std::string_view(s).substr(q.size() + 1);
        if (auto y = year_number(rest)) return Match{i, i, year_date(*y), std::string(q), true};
        if (const int m = month_number(rest); m > 0) {
          if (has(i + 1) && adjacent(i + 1, Gap::kSpacesOrComma)) {
            if (auto y = year_number(lower(i + 1)))
              return Match{i, i + 1, month_date(*y, m), std::string(q), true};
          }
          if (!anchor_) return std::nullopt;
          if (auto placed = place_month(m, *anchor_, tense(i, i)))
            return Match{i, i, *placed, std::string(q), false};
        }
      }
      // "early 2025", "late June"
      if (s == q && has(i + 1) && adjacent(i + 1)) {
        if (auto y = year_number(lower(i + 1)))
          return Match{i, i + 1, year_date(*y), std::string(q), true};
        if (const int m = month_number(lower(i + 1)); m > 0) {
          if (has(i + 2) && adjacent(i + 2, Gap::kSpacesOrComma)) {
            if (auto y = year_number(lower(i + 2)))
              return Match{i, i + 2, month_date(*y, m), std::string(q), true};
          }
          if (!anchor_) return std::nullopt;
          if (auto placed = place_month(m, *anchor_, tense(i, i + 1)))
            return Match{i, i + 1, *placed, std::string(q), false};
        }
      }
    }
    return std::nullopt;
  }

  std::optional<Match> month_first(std::size_t i) const {
    const int m = month_number(lower(i));
    if (m == 0 || !w_[i].capitalized()) return std::nullopt;
    // "January 4th", "Jan. 4, 2026"
    if (has(i + 1) && adjacent(i + 1)) {
      if (auto d = day_of_month(lower(i + 1))) {
        if (has(i + 2) && adjacent(i + 2, Gap::kSpacesOrComma)) {
          if (auto y = year_number(lower(i + 2)); y && valid_day(*y, m, *d))
            return Match{i, i + 2, day_date(*y, m, *d), "", true};
        }
        if (!anchor_) return std::nullopt;
        if (auto placed = place_month_day(m, *d, *anchor_, tense(i, i + 1)))
          return Match{i, i + 1, *placed, "", false};
        return std::nullopt;
      }
      // "May 2025", "September, 2025"
      if (auto y = year_number(lower(i + 1))) return Match{i, i + 1, month_date(*y, m), "", true};
    }
    // A month alone only after words that make it a date ("in June", "last May").
    static constexpr std::string_view kLeads[] = {
        "in",   "since", "by",   "until", "till",    "from", "during", "last", "next",
        "this", "early", "late", "mid",   "through", "of",   "before", "after"};
    const std::string prev = previous(i);
    if (std::find(std::begin(kLeads), std::end(kLeads), prev) == std::end(kLeads) || !anchor_)
      return std::nullopt;
    const bool end_of =
        prev == "of" && i >= 2 &&
        (w_[i - 2].lower == "end" || w_[i - 2].lower == "beginning" || w_[i - 2].lower == "middle");
    if (m == 5 && prev != "in" && prev != "last" && prev != "next" && prev != "since" && !end_of)
      return std::nullopt;  // "may" the verb
    const Tense when = prev == "next" ? Tense::kFuture : tense(i, i);
    auto placed = place_month(m, *anchor_, when);
    // "last May" in May is a year ago; in a text dated by its year alone (a speech of 2005) the
    // month cannot be placed in that year's past, so it is the year before's.
    if (prev == "last" && placed &&
        (anchor_->precision == DatePrecision::kYear ? placed->year == anchor_->year
                                                    : placed->month == anchor_->month))
      --placed->year;
    if (!placed) return std::nullopt;
    return Match{i, i, *placed, "", false};
  }

  std::optional<Match> day_first(std::size_t i) const {
    // "4 January 2026", "4th of July"
    const auto d = day_of_month(lower(i));
    if (!d || !has(i + 1) || !adjacent(i + 1)) return std::nullopt;
    std::size_t month_at = i + 1;
    if (lower(month_at) == "of" && has(i + 2) && adjacent(i + 2)) month_at = i + 2;
    const int m = month_number(lower(month_at));
    if (m == 0 || !w_[month_at].capitalized()) return std::nullopt;
    if (has(month_at + 1) && adjacent(month_at + 1, Gap::kSpacesOrComma)) {
      if (auto y = year_number(lower(month_at + 1)); y && valid_day(*y, m, *d)) {
        return Match{i, month_at + 1, day_date(*y, m, *d), "", true};
      }
    }
    if (!anchor_) return std::nullopt;
    if (auto placed = place_month_day(m, *d, *anchor_, tense(i, month_at)))
      return Match{i, month_at, *placed, "", false};
    return std::nullopt;
  }

  std::optional<Match> bare_year(std::size_t i) const {
    const auto y = year_number(lower(i));
    // "in 1961", "since 2019", and a year before a noun: "a 2023 survey", "whose 1961 cantata".
    static constexpr std::string_view kDeterminers[] = {"a",   "an",    "the", "his",  "her",
                                                        "its", "their", "our", "whose"};
    const bool after_determiner = i > 0 &&
                                  std::find(std::begin(kDeterminers), std::end(kDeterminers),
                                            previous(i)) != std::end(kDeterminers) &&
                                  has(i + 1) && adjacent(i + 1) && !w_[i + 1].capitalized() &&
                                  !w_[i + 1].is_number();
    if (!y || i == 0 || (!is_year_preposition(previous(i)) && !after_determiner))
      return std::nullopt;
    return Match{i, i, year_date(*y), "", true};
  }

  // "two weeks ago", "a year ago", "15 years ago": counted back from the anchor, at the
  // unit's precision (a day anchor is needed for days and weeks, a month one for months).
  std::optional<Match> ago(std::size_t i) const {
    const auto n = count_word(lower(i));
    if (!n || !has(i + 2) || !adjacent(i + 1) || !adjacent(i + 2) || lower(i + 2) != "ago")
      return std::nullopt;
    // "Four score and seven years ago": a count that is only the end of a larger one.
    static constexpr std::string_view kLargerCount[] = {"and", "score", "hundred", "thousand",
                                                        "dozen"};
    if (i > 0 && (listed(kLargerCount, previous(i)) || count_word(previous(i))))
      return std::nullopt;
    const TimeUnit unit = time_unit(lower(i + 1));
    const bool day_anchor = anchor_->precision == DatePrecision::kDay;
    switch (unit) {
      case TimeUnit::kYear:
        return Match{i, i + 2, year_date(anchor_->year - *n), "", false};
      case TimeUnit::kMonth: {
        if (anchor_->precision == DatePrecision::kYear) return std::nullopt;
        const int months = anchor_->year * 12 + (anchor_->month - 1) - *n;
        return Match{i, i + 2, month_date(months / 12, months % 12 + 1), "", false};
      }
      case TimeUnit::kWeek: {  // the Monday of that week, as "last week"
        if (!day_anchor) return std::nullopt;
        const chr::sys_days a = to_days(*anchor_);
        const int since_monday = (static_cast<int>(chr::weekday{a}.c_encoding()) + 6) % 7;
        return Match{i, i + 2, from_days(a - chr::days{since_monday + 7 * *n}), "week", false};
      }
      case TimeUnit::kDay:
        if (!day_anchor) return std::nullopt;
        return Match{i, i + 2, from_days(to_days(*anchor_) - chr::days{*n}), "", false};
      case TimeUnit::kNone:
        break;
    }
    return std::nullopt;
  }

  std::optional<Match> relative(std::size_t i) const {
    if (!anchor_) return std::nullopt;
    if (auto m = ago(i)) return m;
    const std::string& s = lower(i);
    const bool day_anchor = anchor_->precision == DatePrecision::kDay;
    if (day_anchor) {
      const chr::sys_days a = to_days(*anchor_);
      if (s == "yesterday") return Match{i, i, from_days(a - chr::days{1}), "", false};
      if (s == "today" || s == "tonight") return Match{i, i, *anchor_, "", false};
      if (s == "tomorrow") return Match{i, i, from_days(a + chr::days{1}), "", false};
      if (s == "last" && has(i + 1) && lower(i + 1) == "night")
        return Match{i, i + 1, from_days(a - chr::days{1}), "", false};
      if (const int wd = weekday_number(s); wd >= 0 && w_[i].capitalized()) {
        const std::string prev = previous(i);
        const int today = static_cast<int>(chr::weekday{a}.c_encoding());
        const Tense when =
            prev == "next" ? Tense::kFuture : (prev == "last" ? Tense::kPast : tense(i, i));
        int delta = when != Tense::kFuture ? -((today - wd + 7) % 7) : (wd - today + 7) % 7;
        if (prev == "last" && delta == 0) delta = -7;
        if (prev == "next" && delta == 0) delta = 7;
        const std::size_t first = (prev == "last" || prev == "next" || prev == "this") ? i - 1 : i;
        return Match{first, i, from_days(a + chr::days{delta}), "", false};
      }
    }
    // "last week", "this month", "next year", "earlier this month"
    // "last week" is a date; "the last week (of her life)" is not.
    if ((s == "last" || s == "this" || s == "next" || s == "past") && has(i + 1) &&
        adjacent(i + 1) && previous(i) != "the") {
      const std::string& unit = lower(i + 1);
      const int step = s == "next" ? 1 : ((s == "last" || s == "past") ? -1 : 0);
      const std::size_t first =
          (s == "this" && i > 0 && (previous(i) == "earlier" || previous(i) == "later")) ? i - 1
                                                                                         : i;
      if (unit == "year") return Match{first, i + 1, year_date(anchor_->year + step), "", false};
      if (unit == "month" && anchor_->precision != DatePrecision::kYear) {
        int y = anchor_->year;
        int m = anchor_->month + step;
        if (m < 1) {
          m = 12;
          --y;
        }
        if (m > 12) {
          m = 1;
          ++y;
        }
        return Match{first, i + 1, month_date(y, m), "", false};
      }
      if (unit == "week" && day_anchor) {
        const chr::sys_days a = to_days(*anchor_);
        const int since_monday = (static_cast<int>(chr::weekday{a}.c_encoding()) + 6) % 7;
        return Match{first, i + 1, from_days(a - chr::days{since_monday} + chr::days{7 * step}),
                     "week", false};
      }
    }
    return std::nullopt;
  }

  // The tense that places a yearless date: the text's own tense against a publication date,
  // nearest against a narrative anchor.
  [[nodiscard]] Tense tense(std::size_t first, std::size_t last) const {
    return anchor_kind_ == AnchorKind::kNarrative ? Tense::kNearest : tense_near(w_, first, last);
  }

  const std::vector<Word>& w_;
  std::optional<PartialDate> anchor_;
  AnchorKind anchor_kind_;
};

}  // namespace

std::vector<DateMention> DateResolver::resolve(std::string_view text, std::size_t base_offset) {
  std::vector<DateMention> mentions;
  const auto words = scan_words(text);
  for (std::size_t i = 0; i < words.size();) {
    const std::optional<PartialDate> anchor = publication_ ? publication_ : last_absolute_;
    const auto match =
        Scanner(words, anchor, publication_ ? AnchorKind::kPublication : AnchorKind::kNarrative)
            .at(i);
    if (!match) {
      ++i;
      continue;
    }
    DateMention mention;
    mention.begin = words[match->first_word].begin + base_offset;
    mention.end = words[match->last_word].end + base_offset;
    mention.text =
        std::string(text.substr(words[match->first_word].begin,
                                words[match->last_word].end - words[match->first_word].begin));
    mention.value = match->value;
    mention.qualifier = match->qualifier;
    if (match->absolute) last_absolute_ = match->value;
    mentions.push_back(std::move(mention));
    i = match->last_word + 1;
  }
  return mentions;
}

}  // namespace onrecord
