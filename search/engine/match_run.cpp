#include "engine/match_run.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_map>

#include "engine/docid_list_source.hpp"
#include "engine/facets.hpp"
#include "engine/result_groups.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"

namespace onrecord {
namespace {

// Articles re-ranked with the proximity boost: the first three pages of ten. (Each article the
// first pass must keep costs Xapian's collapsing a look-up per candidate: a hundred cost 40%.)
constexpr Xapian::doccount kRescoreWindow = 30;
// The first page, among whose articles those holding the words as typed come first (reading
// each best passage's text: the whole window's cost a third of a search).
constexpr Xapian::doccount kTypedFirst = 10;

// A ranked result of the first pass, with the key of its group.
struct Ranked {
  PageItem item;
  std::string group;
};

// kByXapian: Xapian collapses by the group's value slot. kBySpy: a match spy groups every match
// through the facet table (exact counting). kByTable: Xapian ranks passages uncollapsed and the
// top ones are grouped through the facet table (estimated counting).
enum class Grouping { kByXapian, kBySpy, kByTable };

// The documents of the request's scope. Passages are kept by excluding the other kinds, whose
// posting lists are short, rather than by the passage list, which holds nearly every document
// (checking it cost a tenth of a speaker or phrase search at 16x).
Xapian::Query in_scope(const Xapian::Query& query, SearchScope scope) {
  if (scope == SearchScope::kQuotes)
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query(schema::kind_term(schema::DocKind::kQuote)));
  const Xapian::Query others(Xapian::Query::OP_OR,
                             Xapian::Query(schema::kind_term(schema::DocKind::kQuote)),
                             Xapian::Query(schema::kind_term(schema::DocKind::kArticle)));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, query, others);
}

schema::DocKind kind_of_scope(SearchScope scope) {
  return scope == SearchScope::kQuotes ? schema::DocKind::kQuote : schema::DocKind::kPassage;
}

// With the facet table at hand a document's kind is an array access, cheaper than restricting
// the query by kind (two more posting lists to open and merge: an eighth of a rare word's
// search). Xapian's own ranking keeps to the scope by this decider, the spies by InScope.
class OfScope : public Xapian::MatchDecider {
 public:
  OfScope(const FacetTable& table, SearchScope scope)
      : table_(table), kind_(kind_of_scope(scope)) {}
  bool operator()(const Xapian::Document& doc) const override {
    return table_.kind(doc.get_docid()) == kind_;
  }

 private:
  const FacetTable& table_;
  schema::DocKind kind_;
};

// The exact pass's spies, shown only the documents of the request's scope.
class InScope : public Xapian::MatchSpy {
 public:
  InScope(const FacetTable& table, SearchScope scope, std::vector<Xapian::MatchSpy*> spies)
      : of_scope_(table, scope), spies_(std::move(spies)) {}
  void operator()(const Xapian::Document& doc, double weight) override {
    if (!of_scope_(doc)) return;
    for (Xapian::MatchSpy* spy : spies_) (*spy)(doc, weight);
  }

 private:
  OfScope of_scope_;
  std::vector<Xapian::MatchSpy*> spies_;
};

Xapian::Enquire enquire_for(const Xapian::Database& db, const Xapian::Query& query,
                            SearchScope scope, SortOrder sort, Grouping grouping) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // One result per article, or per quotation however many articles report it.
  if (grouping == Grouping::kByXapian)
    enquire.set_collapse_key(scope == SearchScope::kQuotes ? schema::slot::kQuoteHash
                                                           : schema::slot::kArticleKey);
  if (sort == SortOrder::kDate)
    enquire.set_sort_by_value_then_relevance(schema::slot::kSortDate, true);
  return enquire;
}

// The first `wanted` groups from the top passages, asking Xapian for more in the rare case that
// they hold too few groups. Xapian's collapsing reads each candidate's key from the value stream,
// B-tree look-ups that were half of a rare word's search at 16x; uncollapsed, it also prunes
// better. The top groups by best passage are exactly the groups of the top passages.
struct TopGroups {
  std::vector<Ranked> ranked;  // the first `wanted` groups at least, best first
  std::size_t passages = 0;    // Xapian's estimate of the matches
  std::size_t groups = 0;      // estimated from the passages seen
};
TopGroups top_groups(const Xapian::Enquire& enquire, const FacetTable::Column& groups,
                     Xapian::doccount wanted, const Xapian::MatchDecider* decider) {
  constexpr Xapian::doccount kPassagesPerGroup = 3;  // a first guess; usually plenty
  for (Xapian::doccount asked = std::max<Xapian::doccount>(kPassagesPerGroup * wanted, 30);;
       asked *= 4) {
    const Xapian::MSet mset = enquire.get_mset(0, asked, 0, nullptr, decider);
    std::vector<Ranked> out;
    std::unordered_map<std::uint32_t, std::size_t> position_of_group;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::docid docid = *it;
      const std::uint32_t group =
          docid < groups.value_of_doc.size() ? groups.value_of_doc[docid] : 0;
      const auto [at, added] = position_of_group.try_emplace(group, out.size());
      if (added) {
        out.push_back({{docid, it.get_weight(), 0}, groups.values[group]});
      } else {
        ++out[at->second].item.also_in_group;
      }
    }
    const bool saw_every_match = mset.size() < asked;
    if (out.size() < wanted && !saw_every_match) continue;
    TopGroups top{std::move(out), saw_every_match ? mset.size() : mset.get_matches_estimated(), 0};
    // Unseen matches are assumed to spread over groups as the seen ones did, up to every group
    // there is (the column's first value is the empty one).
    const std::size_t seen = top.ranked.size();
    top.groups = saw_every_match || mset.empty()
                     ? seen
                     : std::clamp<std::size_t>(top.passages * seen / mset.size(), seen,
                                               std::max(seen, groups.values.size() - 1));
    return top;
  }
}

// An estimated search's totals from a collapsed page: exact when the first page is not full
// (Xapian then saw every match, and no document fell below a full page's weight uncounted; on
// a later page the groups are exact, the passages before it estimated), else
// Xapian's estimates, never more groups than passages nor fewer than the page shows.
struct PageEstimate {
  std::size_t passages = 0;
  std::size_t groups = 0;
};
PageEstimate estimate_from_page(const Xapian::MSet& mset, Xapian::doccount first,
                                Xapian::doccount count) {
  if (mset.size() < count && (first == 0 || mset.size() > 0)) {
    PageEstimate exact{0, first + mset.size()};
    for (auto it = mset.begin(); it != mset.end(); ++it)
      exact.passages += 1 + it.get_collapse_count();
    if (first == 0) return exact;
    exact.passages =
        std::max<std::size_t>(exact.passages + first, mset.get_uncollapsed_matches_estimated());
    return exact;
  }
  if (mset.empty()) {  // past the last result: Xapian saw every match, fewer than `first`
    const std::size_t groups = std::min<std::size_t>(mset.get_matches_estimated(), first);
    return {std::max<std::size_t>(mset.get_uncollapsed_matches_estimated(), groups), groups};
  }
  const std::size_t shown = first + mset.size();
  PageEstimate guess{std::max<std::size_t>(mset.get_uncollapsed_matches_estimated(), shown),
                     std::max<std::size_t>(mset.get_matches_estimated(), shown)};
  guess.groups = std::min(guess.groups, guess.passages);
  return guess;
}

// Ranks [first, first + count) of `ranked`.
std::vector<Ranked> page_of(std::vector<Ranked> ranked, Xapian::doccount first,
                            Xapian::doccount count) {
  ranked.erase(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(
                                                    std::min<std::size_t>(first, ranked.size())));
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

std::vector<Ranked> ranked_items(const Xapian::MSet& mset) {
  std::vector<Ranked> out;
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out.push_back({{*it, it.get_weight(), it.get_collapse_count()}, it.get_collapse_key()});
  return out;
}

// The documents of the first `window` articles of `ranked`: named by id from the facet table
// when there is one (opening an article term's posting list is a B-tree look-up, thirty of them
// cost more than the re-ranking itself), else by their article terms.
// (Only their passages.)
Xapian::Query window_filter(const std::vector<Ranked>& ranked, Xapian::doccount window,
                            const FacetTable* table) {
  const auto articles = std::min<std::size_t>(window, ranked.size());
  if (table != nullptr) {
    // Each article's documents are sorted, and an article's documents are usually one run of
    // ids: ordering the articles by their first document mostly leaves nothing to sort.
    std::vector<std::span<const Xapian::docid>> of_articles;
    for (std::size_t i = 0; i < articles; ++i)
      of_articles.push_back(table->documents_of_article(ranked[i].item.docid));
    std::sort(of_articles.begin(), of_articles.end(), [](const auto& a, const auto& b) {
      return !a.empty() && (b.empty() || a.front() < b.front());
    });
    std::vector<Xapian::docid> docids;
    for (const auto& documents : of_articles) {
      for (const Xapian::docid d : documents)
        if (table->kind(d) == schema::DocKind::kPassage) docids.push_back(d);
    }
    if (!std::is_sorted(docids.begin(), docids.end())) std::sort(docids.begin(), docids.end());
    return docid_list_query(std::move(docids));
  }
  std::vector<Xapian::Query> terms;
  for (std::size_t i = 0; i < articles; ++i)
    terms.emplace_back(schema::term(schema::prefix::kArticle, ranked[i].group));
  return in_scope(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                  SearchScope::kPassages);
}

// Ranks [first, first + count) among the documents of `window` (the first articles' matching
// passages) with the proximity boost, so an article's best passage may change.
std::vector<Ranked> rescored(const Xapian::Database& db, const Xapian::Query& query,
                             const std::optional<Xapian::Query>& proximity,
                             const Xapian::Query& window, Xapian::doccount first,
                             Xapian::doccount count, const FacetTable* table) {
  const Xapian::Query boosted =
      proximity ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, *proximity) : query;
  Xapian::Enquire enquire = enquire_for(
      db, Xapian::Query(Xapian::Query::OP_FILTER, boosted, window), SearchScope::kPassages,
      SortOrder::kRelevance, table != nullptr ? Grouping::kByTable : Grouping::kByXapian);
  if (table == nullptr) return ranked_items(enquire.get_mset(first, count));
  return page_of(
      top_groups(enquire, table->groups(GroupColumn::kArticles), first + count, nullptr).ranked,
      first, count);
}

// Among the first page's results, those whose passage holds the words as typed come first.
void typed_first(std::vector<Ranked>& ranked, const TypedCheck& holds_typed) {
  const auto first_page = ranked.begin() + static_cast<std::ptrdiff_t>(
                                               std::min<std::size_t>(kTypedFirst, ranked.size()));
  std::stable_partition(ranked.begin(), first_page,
                        [&](const Ranked& r) { return holds_typed.check(r.item.docid); });
}

}  // namespace

MatchRun run_match(const Xapian::Database& db, const Xapian::Query& query,
                   const std::optional<Xapian::Query>& proximity, const SearchRequest& request,
                   SortOrder sort, const std::shared_ptr<const FacetTable>& table,
                   const TypedCheck& holds_typed) {
  // Estimated searches re-rank the same way, so a page is the same with or without facets (one
  // pass with the boost checked positions on most matches: 45% slower at 16x).
  const bool by_relevance =
      sort == SortOrder::kRelevance && request.scope == SearchScope::kPassages;
  const bool rescore = proximity && by_relevance;
  // Without a boost the typed-words check reorders the first pass's own first page: a second
  // pass over the window made phrase searches 2.5 times slower for the same order.
  const bool typed_only = !rescore && holds_typed && by_relevance &&
                          request.offset < static_cast<std::size_t>(kTypedFirst);
  Grouping grouping = Grouping::kByXapian;
  if (table && request.counting == Counting::kExact && sort == SortOrder::kRelevance)
    grouping = Grouping::kBySpy;
  if (table && request.counting == Counting::kEstimate) grouping = Grouping::kByTable;
  const auto offset = static_cast<Xapian::doccount>(request.offset);
  const auto limit = static_cast<Xapian::doccount>(request.limit);
  const Xapian::doccount first = rescore || typed_only ? 0 : offset;
  Xapian::doccount count = limit;
  if (rescore) count = std::max(kRescoreWindow, offset + limit);
  if (typed_only) count = std::max(kTypedFirst, offset + limit);
  const Xapian::Query boosted =
      proximity && !rescore ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, *proximity) : query;
  // With the table, documents out of scope are left out by OfScope and InScope, not the query.
  std::optional<OfScope> of_scope;
  if (table) of_scope.emplace(*table, request.scope);
  Xapian::Enquire enquire = enquire_for(db, table ? boosted : in_scope(boosted, request.scope),
                                        request.scope, sort, grouping);
  const Xapian::MatchDecider* decider = of_scope ? &*of_scope : nullptr;
  MatchRun run;
  std::vector<Ranked> ranked;
  const GroupColumn group_column =
      request.scope == SearchScope::kQuotes ? GroupColumn::kQuotations : GroupColumn::kArticles;
  if (grouping == Grouping::kByTable) {
    TopGroups top = top_groups(enquire, table->groups(group_column), first + count, decider);
    run.passages = top.passages;
    run.groups = top.groups;
    ranked = page_of(std::move(top.ranked), first, count);
  } else if (request.counting == Counting::kEstimate) {
    // A remote shard's results carry no collapse counts: a spy counts the groups' documents
    // among the matches Xapian looks at (every one when the page is not full).
    std::optional<GroupCounts> counts;
    if (!single_revision(db)) enquire.add_matchspy(counts.emplace(nullptr, group_column).spy());
    const Xapian::MSet mset = enquire.get_mset(first, count, 0, nullptr, decider);
    ranked = ranked_items(mset);
    auto seen = estimate_from_page(mset, first, count);
    if (counts) {
      for (auto& r : ranked)
        r.item.also_in_group =
            std::max(r.item.also_in_group,
                     static_cast<Xapian::doccount>(counts->documents(r.item.docid, r.group) - 1));
      if (mset.size() < count && first == 0) seen.passages = counts->documents_seen();
    }
    run.passages = seen.passages;
    run.groups = seen.groups;
  } else {
    FacetSpy facets(table);
    std::optional<ResultGroups> groups;
    std::optional<GroupCounts> counts;  // when Xapian collapses: its counts are estimates
    std::vector<Xapian::MatchSpy*> spies = facets.spies();
    if (grouping == Grouping::kBySpy) {
      spies.push_back(&groups.emplace(table, group_column));
    } else {
      spies.push_back(counts.emplace(table, group_column).spy());
    }
    std::optional<InScope> scoped;
    if (table) {
      enquire.add_matchspy(&scoped.emplace(*table, request.scope, spies));
    } else {
      for (Xapian::MatchSpy* spy : spies) enquire.add_matchspy(spy);
    }
    // Checking every match makes totals, facet counts and group counts exact. (The spy groups
    // every match itself; Xapian keeps one item, as it may skip spies when asked for none.)
    const Xapian::MSet mset = enquire.get_mset(grouping == Grouping::kBySpy ? 0 : first,
                                               grouping == Grouping::kBySpy ? 1 : count,
                                               db.get_doccount(), nullptr, decider);
    run.facets = facets.facets();
    run.passages = facets.documents_seen();
    if (groups) {
      run.groups = groups->size();
      for (const auto& g : groups->ranked(first, count))
        ranked.push_back({{g.best, g.weight, g.documents - 1}, groups->key(g)});
    } else {
      run.groups = counts->size();
      ranked = ranked_items(mset);
      for (auto& r : ranked)
        r.item.also_in_group =
            static_cast<Xapian::doccount>(counts->documents(r.item.docid, r.group) - 1);
    }
  }
  if (typed_only) {
    typed_first(ranked, holds_typed);
    for (std::size_t i = offset; i < ranked.size() && i < offset + limit; ++i)
      run.page.push_back(ranked[i].item);
    return run;
  }
  if (!rescore) {
    for (auto& r : ranked) run.page.push_back(r.item);
    return run;
  }
  if (offset < kRescoreWindow) {
    // The re-ranking pass skips passages that cannot make the page, so its counts of an
    // article's other passages fall short; the first pass saw them all.
    std::unordered_map<std::string, Xapian::doccount> others;
    for (const auto& r : ranked) others.emplace(r.group, r.item.also_in_group);
    // The first page's articles whose best passage holds the words as typed come first among
    // them (only the order within the first kTypedFirst changes, so later pages agree without
    // reading more text); then by weight.
    const Xapian::doccount wanted =
        std::min(kRescoreWindow, std::max(offset + limit, holds_typed ? kTypedFirst : 0U));
    std::vector<Ranked> window =
        rescored(db, query, proximity, window_filter(ranked, kRescoreWindow, table.get()), 0,
                 std::min<Xapian::doccount>(wanted, static_cast<Xapian::doccount>(ranked.size())),
                 table.get());
    if (holds_typed && offset < kTypedFirst) typed_first(window, holds_typed);
    for (std::size_t i = offset; i < window.size() && i < offset + limit; ++i) {
      Ranked& r = window[i];
      if (const auto it = others.find(r.group); it != others.end())
        r.item.also_in_group = std::max(r.item.also_in_group, it->second);
      run.page.push_back(r.item);
    }
  }
  for (Xapian::doccount i = std::max(offset, kRescoreWindow);
       i < offset + limit && i < ranked.size(); ++i)
    run.page.push_back(ranked[i].item);
  return run;
}

}  // namespace onrecord
