#include "quotes/date_atoms.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

// Four-digit numbers read as years: the span news mentions (earlier ones are rarely years, and
// numbers past it are amounts: "2500 jobs").
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2199;

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

int month_number(std::string_view lower) {
  static constexpr std::array<std::pair<std::string_view, int>, 35> kMonths{
      {{"january", 1}, {"jan.", 1},      {"jan", 1},   {"february", 2},  {"feb.", 2},
       {"march", 3},   {"mar.", 3},      {"april", 4}, {"apr.", 4},      {"may", 5},
       {"june", 6},    {"jun.", 6},      {"july", 7},  {"jul.", 7},      {"august", 8},
       {"aug.", 8},    {"september", 9}, {"sept.", 9}, {"sep.", 9},      {"october", 10},
       {"oct.", 10},   {"november", 11}, {"nov.", 11}, {"december", 12}, {"dec.", 12},
       {"feb", 2},     {"apr", 4},       {"jun", 6},   {"jul", 7},       {"aug", 8},
       {"sept", 9},    {"sep", 9},       {"oct", 10},  {"nov", 11},      {"dec", 12}}};
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

// Ordinals as news writes them: words to "thirty-first" come as parts ("twenty", "first"),
// which the grammar joins; here the words to twentieth and the tens.
int ordinal_number(std::string_view lower) {
  static constexpr std::array<std::string_view, 21> kWords{
      "",           "first",      "second",     "third",     "fourth",    "fifth",
      "sixth",      "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",
      "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth"};
  for (std::size_t i = 1; i < kWords.size(); ++i)
    if (kWords[i] == lower) return static_cast<int>(i);
  if (lower == "thirtieth") return 30;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (lower.size() > 2 && lower.ends_with(suffix)) {
      const auto n = parse_int(lower.substr(0, lower.size() - 2));
      if (n && *n >= 1 && *n <= 31) return *n;
    }
  }
  return 0;
}

int count_number(std::string_view lower) {
  static constexpr std::array<std::string_view, 20> kWords{
      "",         "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 10> kTens{
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (std::size_t i = 1; i < kWords.size(); ++i)
    if (kWords[i] == lower) return static_cast<int>(i);
  // "twenty", "fifty-one" (kept whole by date_words), "ninety-nine".
  for (std::size_t t = 2; t < kTens.size(); ++t) {
    if (!lower.starts_with(kTens[t])) continue;
    const std::string_view rest = lower.substr(kTens[t].size());
    if (rest.empty()) return static_cast<int>(t * 10);
    for (std::size_t u = 1; u <= 9; ++u)
      if (rest.size() == kWords[u].size() + 1 && rest[0] == '-' && rest.substr(1) == kWords[u])
        return static_cast<int>(t * 10 + u);
  }
  if (lower == "a" || lower == "an") return 1;
  if (lower == "hundred") return 100;
  const auto n = all_digits(lower) ? parse_int(lower) : std::nullopt;
  if (n && *n >= 1 && *n <= 999) return *n;
  return 0;
}

TimeUnit time_unit(std::string_view lower) {
  if (lower.ends_with('s') && lower != "s") lower.remove_suffix(1);
  if (lower == "day") return TimeUnit::kDay;
  if (lower == "week") return TimeUnit::kWeek;
  if (lower == "weekend") return TimeUnit::kWeekend;
  if (lower == "month") return TimeUnit::kMonth;
  if (lower == "quarter") return TimeUnit::kQuarter;
  if (lower == "year") return TimeUnit::kYear;
  if (lower == "decade") return TimeUnit::kDecade;
  if (lower == "century" || lower == "centurie") return TimeUnit::kCentury;
  return TimeUnit::kNone;
}

int season_number(std::string_view lower) {
  if (lower == "spring") return 1;
  if (lower == "summer") return 2;
  if (lower == "autumn" || lower == "fall") return 3;
  if (lower == "winter") return 4;
  return 0;
}

std::optional<int> year_number(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) return std::nullopt;
  const auto y = parse_int(s);
  if (!y || *y < kFirstYear || *y > kLastYear) return std::nullopt;
  return y;
}

// "1990s", "1990's", "90s", "'90s", "nineties".
std::optional<int> decade_number(std::string_view lower) {
  static constexpr std::array<std::pair<std::string_view, int>, 8> kWords{{{"twenties", 1920},
                                                                           {"thirties", 1930},
                                                                           {"forties", 1940},
                                                                           {"fifties", 1950},
                                                                           {"sixties", 1960},
                                                                           {"seventies", 1970},
                                                                           {"eighties", 1980},
                                                                           {"nineties", 1990}}};
  for (const auto& [word, first] : kWords)
    if (word == lower) return first;
  std::string_view digits = lower;
  if (digits.ends_with("'s")) {
    digits.remove_suffix(2);
  } else if (digits.ends_with('s')) {
    digits.remove_suffix(1);
  } else {
    return std::nullopt;
  }
  if (!all_digits(digits) || digits.back() != '0') return std::nullopt;
  const auto n = parse_int(digits);
  if (digits.size() == 4 && n && *n >= kFirstYear && *n <= kLastYear) return n;
  if (digits.size() == 2 && n) return *n >= 20 ? 1900 + *n : 2000 + *n;
  return std::nullopt;
}

// Every word without digits that has a date meaning above: the rest (most of a text) skip the
// lookups.
bool may_be_date_word(std::string_view lower) {
  static const WordSet kWords = [] {
    WordSet words;
    static constexpr std::string_view kNames[] = {
        "january",    "jan.",       "jan",       "february",  "feb.",        "feb",
        "march",      "mar.",       "april",     "apr.",      "may",         "june",
        "jun.",       "july",       "jul.",      "august",    "aug.",        "september",
        "sept.",      "sep.",       "october",   "oct.",      "november",    "nov.",
        "december",   "dec.",       "apr",       "jun",       "jul",         "aug",
        "sept",       "sep",        "oct",       "nov",       "dec",         "sunday",
        "monday",     "tuesday",    "wednesday", "thursday",  "friday",      "saturday",
        "first",      "second",     "third",     "fourth",    "fifth",       "sixth",
        "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",    "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",  "thirtieth", "a",         "an",          "one",
        "two",        "three",      "four",      "five",      "six",         "seven",
        "eight",      "nine",       "ten",       "eleven",    "twelve",      "fifteen",
        "twenty",     "thirty",     "fifty",     "hundred",   "day",         "days",
        "week",       "weeks",      "weekend",   "weekends",  "month",       "months",
        "quarter",    "quarters",   "year",      "years",     "decade",      "decades",
        "century",    "centuries",  "spring",    "summer",    "autumn",      "fall",
        "winter",     "springs",    "summers",   "autumns",   "falls",       "winters",
        "twenties",   "thirties",   "forties",   "fifties",   "sixties",     "seventies",
        "eighties",   "nineties",   "last",      "past",      "previous",    "this",
        "current",    "next",       "coming",    "early",     "mid",         "late",
        "beginning",  "start",      "end",       "middle"};
    for (std::string_view w : kNames) words.insert(w);
    return words;
  }();
  return kWords.contains(lower);
}

void read_atoms(DateWord& w) {
  const std::string_view s = w.lower;
  const bool digits = std::any_of(
      s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  if (!digits && !may_be_date_word(s) && count_number(s) == 0) return;
  w.date_like = true;
  w.year = year_number(s);
  w.month = w.capitalized || s.ends_with('.') ? month_number(s) : 0;
  w.weekday = w.capitalized ? weekday_number(s) : -1;
  if (const int o = ordinal_number(s); o > 0) w.ordinal = o;
  if (all_digits(s) && s.size() <= 2) {
    const auto d = parse_int(s);
    if (d && *d >= 1 && *d <= 31) w.day = *d;
  } else if (w.ordinal > 0 && !std::isalpha(static_cast<unsigned char>(s[0]))) {
    w.day = w.ordinal;  // "4th"; "fourth" of a month is rare in news
  }
  w.count = count_number(s);
  w.unit = time_unit(s);
  w.season = season_number(s);
  w.decade = decade_number(s);
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    auto date = parse_partial_date(w.text);
    if (date && date->year >= kFirstYear && date->year <= kLastYear) w.iso = *date;
  }
  if (s.size() == 2 && (s[0] == 'q' || s[0] == 'h') && w.capitalized &&
      std::isdigit(static_cast<unsigned char>(s[1]))) {
    const int n = s[1] - '0';
    if (s[0] == 'q' && n >= 1 && n <= 4) w.quarter = n;
    if (s[0] == 'h' && n >= 1 && n <= 2) w.half = n;
  }
  if (s.starts_with("fy") && w.capitalized) {
    const std::string_view year_digits = s.substr(2);
    if (year_digits.size() == 4) w.fiscal_year = year_number(year_digits);
    if (year_digits.size() == 2 && all_digits(year_digits)) {
      const int n = *parse_int(year_digits);
      w.fiscal_year = n >= 50 ? 1900 + n : 2000 + n;
    }
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A part of a word as written: its bytes in the text, a typographic apostrophe folded to '.
DateWord part_of(std::string_view raw, std::size_t raw_begin, std::string gap) {
  DateWord w;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 3, "\u2019") == 0) {
      w.text += '\'';
      i += 2;
    } else {
      w.text += raw[i];
    }
  }
  w.lower = ascii_lower(w.text);
  w.begin = raw_begin;
  w.end = raw_begin + raw.size();
  w.gap = std::move(gap);
  w.capitalized = !w.text.empty() && std::isupper(static_cast<unsigned char>(w.text[0])) != 0;
  return w;
}

}  // namespace

std::vector<DateWord> date_words(std::string_view text, std::size_t base_offset) {
  std::vector<DateWord> out;
  for (const Word& word : scan_words(text, base_offset)) {
    std::string_view raw = text.substr(word.begin - base_offset, word.end - word.begin);
    // A possessive ("Friday's", "last year's") is the date; a decade's "1990's" is kept.
    for (std::string_view possessive : {"'s", "\u2019s", "'S"}) {
      if (raw.size() > possessive.size() + 1 && raw.ends_with(possessive) &&
          !std::isdigit(static_cast<unsigned char>(raw[raw.size() - possessive.size() - 1]))) {
        raw.remove_suffix(possessive.size());
        break;
      }
    }
    // An ISO date keeps its hyphens, and so does a number written in words ("fifty-one");
    // other compounds are split at them.
    std::string lowered(raw);
    for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool iso_like = (raw.size() == 10 && raw[4] == '-' && raw[7] == '-') ||
                          (lowered.find('-') != std::string::npos && count_number(lowered) > 0);
    std::size_t from = 0;
    bool first_part = true;
    while (true) {
      const std::size_t hyphen = iso_like ? std::string_view::npos : raw.find('-', from);
      const std::size_t to = hyphen == std::string_view::npos ? raw.size() : hyphen;
      if (to > from) {
        out.push_back(part_of(raw.substr(from, to - from), word.begin + from,
                              first_part ? word.gap : std::string(1, '-')));
        read_atoms(out.back());
      }
      if (to == raw.size()) break;
      from = to + 1;
      first_part = false;
    }
  }
  return out;
}

}  // namespace onrecord
