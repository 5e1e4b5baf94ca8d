// Running a query against the index: one pass over every match gives the exact totals, the facets
// and one result per article (or per quotation); for passages ranked by relevance, a second pass
// adds the proximity boost among the first three pages' articles only, so that word positions
// are checked for thirty articles, not for every match. Ranks beyond them keep the first pass's
// order, so pages never repeat or skip an article.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "facet_table.hpp"
#include "result_model.hpp"
#include "searcher.hpp"

namespace onrecord {

struct MatchRun {
  Xapian::MSet mset;                       // the first pass
  Xapian::MSet rescored;                   // the second, when there is one
  std::vector<Xapian::MSetIterator> page;  // the requested page, into the two
  Facets facets;
  // Xapian's uncollapsed-match figures are estimates once results collapse; the spy's count
  // is exact.
  std::size_t passages = 0;
  std::size_t groups = 0;  // articles, or quotations
};

// `query` is already restricted to the request's scope and filters; `proximity` (scaled) is
// added to the weight of the documents that also match it.
MatchRun run_match(const Xapian::Database& db, const Xapian::Query& query,
                   const std::optional<Xapian::Query>& proximity, const SearchRequest& request,
                   SortOrder sort, const std::shared_ptr<const FacetTable>& table);

}  // namespace onrecord
