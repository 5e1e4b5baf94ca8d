// The first stage of reading dates: words into date atoms. Each word of the text gets what it
// can mean in a date expression (a year, a month, a weekday, a day of the month, an ordinal, a
// count, a unit of time, a season, a decade, a quarter or half written Q3/H1, a fiscal year
// written FY1990, an ISO date). Hyphenated words are split ("third-quarter", "mid-2011",
// "1998-99") and a possessive's "'s" is dropped ("Friday's"), so that the grammar
// (date_grammar.hpp) sees the parts; offsets stay those of the text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"

namespace onrecord {

enum class TimeUnit { kNone, kDay, kWeek, kWeekend, kMonth, kQuarter, kYear, kDecade, kCentury };

struct DateWord {
  std::string text;   // as written (a part of a hyphenated word, without a possessive 's)
  std::string lower;  // ASCII-lowercased
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string gap;  // what stands between the previous word and this one ("-" inside a compound)
  bool capitalized = false;
  // It has digits or is one of the words with a date meaning: only such a word can stand in a
  // slot of a class (YEAR, MONTH, REL...), others only as a pattern's literal word.
  bool date_like = false;

  // What the word can mean (each 0 / absent when it cannot).
  std::optional<int> year;        // 1000-2199, four digits
  std::optional<int> short_year;  // two digits after a year and a hyphen: 1998-"99"
  int month = 0;                  // 1-12, a month's name or abbreviation
  int weekday = -1;               // 0 Sunday .. 6 Saturday
  int day = 0;                    // 1-31: "4", "4th"
  int ordinal = 0;                // "first", "3rd", "twenty-first" (as written, 1-31)
  int count = 0;                  // "a", "one" .. "twelve", a few number words, digits 1-999
  TimeUnit unit = TimeUnit::kNone;
  int season = 0;                  // 1 spring .. 4 winter (as PartialDate's part)
  std::optional<int> decade;       // first year: "1990s", "1990's", "'90s" (1990)
  std::optional<PartialDate> iso;  // 2024-11-05, Q3-style parts and FY1990 handled by the grammar
  int quarter = 0;                 // "Q3"
  int half = 0;                    // "H1"
  std::optional<int> fiscal_year;  // "FY1990", "FY90"
};

// The words of a stretch of text as date atoms; offsets plus base_offset.
std::vector<DateWord> date_words(std::string_view text, std::size_t base_offset = 0);

}  // namespace onrecord
