// What a query asks to be highlighted in a passage, derived from its positive (not negated)
// text parts: words by their search terms (so stems match), exact forms, phrases as whole
// sequences, and wildcard prefixes.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace onrecord {

struct HighlightPlan {
  std::set<std::string> search_terms;             // a token whose search term is here matches
  std::set<std::string> exact_forms;              // a token whose form (or alias) is here matches
  std::vector<std::vector<std::string>> phrases;  // consecutive exact forms, marked as one span
  std::vector<std::string> prefixes;              // wildcard prefixes of forms

  [[nodiscard]] bool empty() const {
    return search_terms.empty() && exact_forms.empty() && phrases.empty() && prefixes.empty();
  }
};

}  // namespace onrecord
