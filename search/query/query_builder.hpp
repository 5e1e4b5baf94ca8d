// Builds the Xapian query for a parsed query tree, with the analysis the index used, plus what
// the rest of the search needs: the highlight plan, the plain words (for "did you mean"), and
// an any-word reading to fall back on when no passage holds all the words.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "query/filters.hpp"
#include "query/highlight_plan.hpp"
#include "query/query_parser.hpp"

namespace onrecord {

struct QueryWord {
  std::string typed;   // as written in the query
  std::size_t offset;  // where in the raw query
  std::string form;    // normalized
  std::string search_term;
};

struct BuiltQuery {
  Xapian::Query query;                   // empty when the query has no text (filters only)
  std::optional<Xapian::Query> relaxed;  // any-word reading, when the query is a list of words
  // Extra weight for passages holding a list of words close together (applied by the matcher).
  std::optional<Xapian::Query> proximity;
  // The query's words in the forms typed (normalized, unstemmed), when it is a list of words or
  // one phrase: a passage holding them in this order, side by side, ranks first.
  std::vector<std::string> typed_sequence;
  bool has_text = false;
  HighlightPlan highlight;
  std::vector<QueryWord> words;
};

Result<BuiltQuery> build_query(const QueryNode& root, const TextAnalyzer& analyzer,
                               FilterResolver& resolver);

}  // namespace onrecord
