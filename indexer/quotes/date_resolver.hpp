// Finds date expressions in news text and resolves them to dates, as news is written: words into
// date atoms (date_atoms.hpp), atoms into expressions by a table of patterns (date_grammar.hpp,
// date_rules.cpp), expressions into intervals with a grain counted from the publication date
// or the narrative's reference time (date_anchoring.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"
#include "quotes/date_grammar.hpp"

namespace onrecord {

struct DateMention {
  std::size_t begin = 0;  // byte offsets in the text passed to resolve() plus its base offset
  std::size_t end = 0;
  std::string text;
  PartialDate value;  // unset when `reference` is not kNone
  DateReference reference = DateReference::kNone;
  std::string mod;  // "", "early", "mid", "late", "start", "end", "approx"

  // A date with an interval (not "now", "recently", "the future").
  [[nodiscard]] bool has_interval() const { return reference == DateReference::kNone; }
  // The value as TIMEX writes it: "2012-Q3", "199X", "PRESENT_REF".
  [[nodiscard]] std::string timex_value() const;
};

class DateResolver {
 public:
  explicit DateResolver(std::optional<PartialDate> publication) : publication_(publication) {}

  // Resolves the expressions of one stretch of text (call in reading order: the reference time
  // and, in an undated article, the anchor move forward as dates are mentioned).
  std::vector<DateMention> resolve(std::string_view text, std::size_t base_offset = 0);

 private:
  std::optional<PartialDate> publication_;
  std::optional<PartialDate> last_stated_;
  std::optional<PartialDate> last_mentioned_;
};

}  // namespace onrecord
