#include "match_run.hpp"

#include <algorithm>
#include <vector>

#include "facets.hpp"
#include "schema.hpp"

namespace onrecord {
namespace {

// Articles re-ranked with the proximity boost: the first three pages of ten. (Each article the
// first pass must keep costs it a collapse-key look-up per candidate: a hundred cost 40%.)
constexpr Xapian::doccount kRescoreWindow = 30;

Xapian::Enquire enquire_for(const Xapian::Database& db, const Xapian::Query& query,
                            SearchScope scope, SortOrder sort) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // One result per article, or per quotation however many articles report it.
  enquire.set_collapse_key(scope == SearchScope::kQuotes ? schema::slot::kQuoteHash
                                                         : schema::slot::kArticleId);
  if (sort == SortOrder::kDate)
    enquire.set_sort_by_value_then_relevance(schema::slot::kSortDate, true);
  return enquire;
}

// Ranks [first, first + count) among the first `window` articles of `ranked`, with the proximity
// boost (over all their matching passages, so an article's best passage may change).
Xapian::MSet rescored(const Xapian::Database& db, const Xapian::Query& query,
                      const Xapian::Query& proximity, const Xapian::MSet& ranked,
                      Xapian::doccount window, Xapian::doccount first, Xapian::doccount count) {
  std::vector<Xapian::Query> articles;
  for (Xapian::doccount i = 0; i < window && i < ranked.size(); ++i)
    articles.emplace_back(schema::term(schema::prefix::kArticle, ranked[i].get_collapse_key()));
  const Xapian::Query boosted(Xapian::Query::OP_AND_MAYBE, query, proximity);
  Xapian::Enquire enquire = enquire_for(
      db,
      Xapian::Query(Xapian::Query::OP_FILTER, boosted,
                    Xapian::Query(Xapian::Query::OP_OR, articles.begin(), articles.end())),
      SearchScope::kPassages, SortOrder::kRelevance);
  return enquire.get_mset(first, count);
}

}  // namespace

MatchRun run_match(const Xapian::Database& db, const Xapian::Query& query,
                   const std::optional<Xapian::Query>& proximity, const SearchRequest& request,
                   SortOrder sort, const std::shared_ptr<const FacetTable>& table) {
  const bool rescore =
      proximity && sort == SortOrder::kRelevance && request.scope == SearchScope::kPassages;
  const auto offset = static_cast<Xapian::doccount>(request.offset);
  const auto limit = static_cast<Xapian::doccount>(request.limit);
  const Xapian::doccount first = rescore ? 0 : offset;
  const Xapian::doccount count = rescore ? std::max(kRescoreWindow, offset + limit) : limit;
  Xapian::Enquire enquire = enquire_for(
      db,
      proximity && !rescore ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, *proximity) : query,
      request.scope, sort);
  MatchRun run;
  if (request.counting == Counting::kEstimate) {
    run.mset = enquire.get_mset(first, count);
    run.passages = run.mset.get_uncollapsed_matches_estimated();
  } else {
    FacetSpy spy(table);
    enquire.add_matchspy(&spy);
    // Checking every match makes totals, facet counts and collapse counts exact.
    run.mset = enquire.get_mset(first, count, db.get_doccount());
    run.facets = spy.facets();
    run.passages = spy.documents_seen();
  }
  run.groups = run.mset.get_matches_estimated();
  if (!rescore) {
    for (auto it = run.mset.begin(); it != run.mset.end(); ++it) run.page.push_back(it);
    return run;
  }
  if (offset < kRescoreWindow) {
    run.rescored = rescored(db, query, *proximity, run.mset, kRescoreWindow, offset,
                            std::min(limit, kRescoreWindow - offset));
    for (auto it = run.rescored.begin(); it != run.rescored.end(); ++it) run.page.push_back(it);
  }
  for (Xapian::doccount i = std::max(offset, kRescoreWindow);
       i < offset + limit && i < run.mset.size(); ++i)
    run.page.push_back(run.mset[i]);
  return run;
}

}  // namespace onrecord
