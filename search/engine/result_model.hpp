// The one result model every front end prints from (text, JSON, and later the web pages).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/snippet.hpp"
#include "index/article.hpp"
#include "index/stored_data.hpp"
#include "query/matched_names.hpp"

namespace onrecord {

// A match inside a passage, in code points from the start of the passage text.
struct MatchOffset {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

// One article that reports a quotation.
struct QuoteSource {
  std::string article_id;
  std::string title;
  std::string date;
  std::string source;
};

struct SearchHit {
  std::size_t rank = 0;  // 1-based, counting from the first page
  double score = 0;
  ArticleFields article;
  std::uint32_t passage_index = 0;
  std::size_t passage_count = 0;
  std::size_t passage_start = 0;  // code points into the article body
  std::string passage_text;
  Snippet snippet;  // empty, like matches, when the request asked for no snippets
  std::vector<MatchOffset> matches;
  std::vector<std::string> speakers;
  std::vector<std::string> dates;      // its own: when said or published
  std::vector<std::string> mentioned;  // dates its text mentions
  std::size_t also_in_article = 0;     // other matching passages of the same article
  std::optional<QuoteData> quote;      // set in quotation mode: the stored quotation
  std::string quote_id;                // and its id, the same for every report of its words
  std::vector<QuoteSource> quoted_in;  // every article reporting the quotation, earliest first
};

struct FacetCount {
  std::optional<std::string> value;  // nullopt: "undated"
  std::size_t count = 0;
};

struct Facets {
  std::vector<FacetCount> speaker;
  std::vector<FacetCount> date;  // when said or published
  std::vector<FacetCount> source;
  std::vector<FacetCount> mentioned;  // dates the text mentions
};

enum class SearchScope { kPassages, kQuotes };
enum class Counting { kExact, kEstimate };
// kNone: results without snippets or match offsets, for scripts that want only the ranking.
enum class Snippets { kHighlighted, kNone };

struct SearchResponse {
  SearchScope scope = SearchScope::kPassages;
  std::string query;
  std::size_t total = 0;         // matching passages, exact
  std::size_t total_groups = 0;  // results to page through: articles, or distinct quotations
  std::size_t offset = 0;
  std::size_t limit = 0;
  bool relaxed = false;  // no passage held every word; these hold some
  bool exact = true;     // totals and facets counted over every match (else estimated, no facets)
  Snippets snippets = Snippets::kHighlighted;
  std::vector<SearchHit> results;
  Facets facets;
  std::optional<std::string> suggestion;
  std::vector<std::string> warnings;
  // Per name filter (speaker, source, …): every name it matched, as stored.
  std::vector<MatchedNames> matched;
  double took_ms = 0;  // time the search took inside the library
};

}  // namespace onrecord
