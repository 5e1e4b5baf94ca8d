// Finds where a query matches inside a stored passage by analysing it exactly as the index did,
// so stemmed variants and whole phrases are marked and nothing else is.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "query/highlight_plan.hpp"

namespace onrecord {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Sorted, non-overlapping byte ranges of `text` that match the plan.
std::vector<ByteSpan> find_matches(std::string_view text, const HighlightPlan& plan,
                                   const TextAnalyzer& analyzer);

}  // namespace onrecord
