// The third stage of reading dates: an expression (date_grammar.hpp) into a date. What it
// states is kept; what it leaves out is counted from its base: "now" (the publication date;
// in an undated text, the last date it stated with a year, a point in its narrative) or the
// reference time (the date last mentioned, for "that year", "the following day"). A date
// without a year, and a weekday, is placed by tense: the expression's own ("last", "next"),
// else the clause's verb group (clause_tense), else nearest to the base for a month and day,
// and before it for a month, season, quarter or weekday.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"
#include "quotes/date_atoms.hpp"
#include "quotes/date_grammar.hpp"

namespace onrecord {

enum class ClauseTense { kUnknown, kPast, kFuture };

// The tense of the verb group nearest to words [first, last] in their clause: "will", "is due
// to", "is scheduled", "expires" are future; "was", "had", a verb in -ed are past; "would"
// (reported speech) and the present are neither.
ClauseTense clause_tense(const std::vector<DateWord>& words, std::size_t first, std::size_t last);

struct DateAnchors {
  std::optional<PartialDate> publication;
  std::optional<PartialDate> last_stated;     // the last date given with its year
  std::optional<PartialDate> last_mentioned;  // the last date resolved, for anaphora
};

struct AnchoredDate {
  PartialDate value;
  DateReference reference = DateReference::kNone;
};

std::optional<AnchoredDate> anchor_date(const DateExpr& expr, const DateAnchors& anchors,
                                        ClauseTense tense);

// The holidays news dates by name ("christmas eve", "thanksgiving", "new year day"): an index
// for DateExpr::holiday, 0 when the words name none.
int holiday_index(std::string_view folded_name);

}  // namespace onrecord
