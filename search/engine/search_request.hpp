// What a front end asks the search library for: the query, its filters, the page and how much
// work to spend (exact counts, snippets).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/result_model.hpp"

namespace onrecord {

enum class SortOrder { kRelevance, kDate };

// What a request with no words and no filter gets: refused, since a person who sends one has
// forgotten the words, or everything (the front page's browse of the whole index).
enum class EmptyQuery { kRefused, kEverything };

// The pages a request may ask for, the same from every front end (CLI, batch, web, API): a page
// of at most kMaxLimit results, starting at most kMaxOffset results in.
inline constexpr std::size_t kDefaultLimit = 10;
inline constexpr std::size_t kMaxLimit = 1000;
inline constexpr std::size_t kMaxOffset = 1000000;

struct SearchRequest {
  std::string query;
  std::vector<std::string> speakers;  // OR within a filter, AND across filters
  std::vector<std::string> dates;     // ranges such as 2025-06..2025-07: when said or published
  std::vector<std::string> mentions;  // ranges of the dates the text mentions
  std::vector<std::string> sources;
  std::size_t limit = kDefaultLimit;
  std::size_t offset = 0;
  std::optional<SortOrder> sort;  // default: relevance; newest first when there are no words
  // kQuotes: quotations, filtered by their own speaker and date.
  SearchScope scope = SearchScope::kPassages;
  // kEstimate: no facets, totals estimated from the first page (for scripts that want speed).
  Counting counting = Counting::kExact;
  Snippets snippets = Snippets::kHighlighted;
  EmptyQuery empty_query = EmptyQuery::kRefused;
};

}  // namespace onrecord
