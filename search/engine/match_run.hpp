// Running a query against the index: one pass over every match gives the exact totals, the facets
// and one result per article (or per quotation); for passages ranked by relevance, a second pass
// adds the proximity boost among the first three pages' articles only, so that word positions
// are checked for thirty articles, not for every match. Ranks beyond them keep the first pass's
// order, so pages never repeat or skip an article. Once the facet table exists, passages are
// grouped by a match spy (result_groups) instead of Xapian's collapsing. Estimated counting
// (no facets) has no pass over every match: with the table, Xapian ranks passages uncollapsed
// and the top ones are grouped through it (as in the re-ranking pass).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "engine/facet_table.hpp"
#include "engine/result_model.hpp"
#include "engine/search_request.hpp"

namespace onrecord {

// One result of the page: its best document and how many more of its group matched.
struct PageItem {
  Xapian::docid docid = 0;
  double weight = 0;
  Xapian::doccount also_in_group = 0;
};

struct MatchRun {
  std::vector<PageItem> page;
  Facets facets;
  // Xapian's uncollapsed-match figures are estimates once results collapse; the spy's count
  // is exact.
  std::size_t passages = 0;
  std::size_t groups = 0;  // articles, or quotations
};

// Whether a passage holds the query's words as typed, side by side.
struct TypedCheck {
  std::function<bool(Xapian::docid)> check;
  explicit operator bool() const { return static_cast<bool>(check); }
};

// `query` is already restricted by the request's filters (run_match keeps to its scope);
// `proximity` (scaled) is added to the weight of the documents that also match it. Among the
// first page's articles, those whose best passage passes `holds_typed` come first.
MatchRun run_match(const Xapian::Database& db, const Xapian::Query& query,
                   const std::optional<Xapian::Query>& proximity, const SearchRequest& request,
                   SortOrder sort, const std::shared_ptr<const FacetTable>& table,
                   const TypedCheck& holds_typed = {});

}  // namespace onrecord
