// The second stage of reading dates: date atoms (date_atoms.hpp) into date expressions, by a
// table of patterns (date_rules.cpp). A pattern is a line of slots, each a class of atom (YEAR,
// MONTH, DAY, ORD, COUNT, UNIT, SEASON, DECADE, ...), a word or alternatives ("last|this|next"),
// optional when it ends in "?"; a "," before a slot lets a comma stand before its word; a
// "[in|since]" first requires one of those words before the expression without making it part
// of it ("[!the]": forbids them). At each word the longest match wins, the earlier rule on a
// tie. A rule's builder turns the slots into an unresolved DateExpr: what the text states, and
// what must be counted from the publication date or the narrative's reference time, which the
// third stage (date_anchoring.hpp) does.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"
#include "quotes/date_atoms.hpp"

namespace onrecord {

// TIMEX's references: "now", "recently", "the future". They have no interval.
enum class DateReference { kNone, kPresent, kPast, kFuture };

// What an expression's missing parts are counted from: nothing (it states its year), "now"
// (the publication date: "last week", "Friday", "June 3"), or the narrative's reference time,
// the date last mentioned ("that year", "the following day", "two days later").
enum class DateBase { kStated, kNow, kReference };

// The tense that places a date without a year (or a weekday): the clause's, or one the
// expression itself gives ("last Friday", "next June"; "this summer" is the nearest).
enum class TenseHint { kClause, kPast, kFuture, kNearest };

struct DateExpr {
  DateReference reference = DateReference::kNone;
  DatePrecision grain = DatePrecision::kDay;
  std::optional<int> year;  // as stated
  int month = 0;
  int day = 0;
  int part = 0;  // quarter, half, season
  int weekday = -1;
  int holiday = 0;  // an index in the holiday table of date_anchoring.cpp
  DateBase base = DateBase::kStated;
  // Counted from the base: "last week" is a week shifted by -1, "two days ago" a day by -2;
  // with a grain coarser than the shift's unit ("July last year") only the year is shifted.
  TimeUnit shift_unit = TimeUnit::kNone;
  int shift = 0;
  TenseHint tense = TenseHint::kClause;
  // "the same month a year ago": the reference time's period of `grain` (its own grain when
  // kDay), `shift` years apart.
  bool same_period = false;
  std::string mod;  // "", "early", "mid", "late", "start", "end", "approx"
};

struct FoundDate {
  std::size_t first_word = 0;
  std::size_t last_word = 0;
  DateExpr expr;
};

class RuleMatch {
 public:
  RuleMatch(const std::vector<DateWord>& words, std::vector<std::size_t> slot_words)
      : words_(words), slots_(std::move(slot_words)) {}
  static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

  [[nodiscard]] bool has(std::size_t slot) const { return slots_.at(slot) != kAbsent; }
  [[nodiscard]] const DateWord& word(std::size_t slot) const { return words_.at(slots_.at(slot)); }
  [[nodiscard]] const DateWord& word_at(std::size_t index) const { return words_.at(index); }
  // The index of the word in `slot` (for a range's two ends).
  [[nodiscard]] std::size_t index(std::size_t slot) const { return slots_.at(slot); }
  [[nodiscard]] std::size_t first() const;
  [[nodiscard]] std::size_t last() const;
  [[nodiscard]] const DateWord* after() const;  // the word after the expression, if any
  [[nodiscard]] const DateWord* before() const;
  // The expression begins a sentence (capitals there say nothing about names).
  [[nodiscard]] bool at_sentence_start() const;

 private:
  const std::vector<DateWord>& words_;
  std::vector<std::size_t> slots_;  // the word of each slot, kAbsent for a skipped optional one
};

// A builder adds what the match means to `out` (none when the slots turn out not to be a date;
// two for a range) and says whether it accepted the match.
using DateBuilder = bool (*)(const RuleMatch& match, std::vector<FoundDate>& out);

struct DateRule {
  std::string_view pattern;
  // A test line: "text | expression | value", the value as resolved with the publication date
  // Tuesday 2025-06-10 (tests/quotes/date_rules_test.cpp reads every rule's).
  std::string_view example;
  DateBuilder build;
};

std::span<const DateRule> date_rules();

// The date expressions of a stretch of words, in order, not overlapping.
std::vector<FoundDate> find_dates(const std::vector<DateWord>& words);

}  // namespace onrecord
