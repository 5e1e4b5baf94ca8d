// What a query asks to be highlighted in a passage, derived from its positive (not negated)
// text parts: words by their search terms (so stems match), phrases as whole sequences of
// search terms, and wildcard prefixes.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace onrecord {

struct HighlightPlan {
  std::set<std::string> search_terms;             // a token whose search term is here matches
  std::vector<std::vector<std::string>> phrases;  // consecutive search terms, marked as one span
  std::vector<std::string> prefixes;              // wildcard prefixes of search terms

  [[nodiscard]] bool empty() const {
    return search_terms.empty() && phrases.empty() && prefixes.empty();
  }
};

}  // namespace onrecord
