#include "searcher.hpp"

#include <map>

#include "database.hpp"
#include "document_builder.hpp"
#include "facets.hpp"
#include "highlighter.hpp"
#include "query_builder.hpp"
#include "schema.hpp"
#include "spelling.hpp"

namespace onrecord {
namespace {

constexpr int kReopenAttempts = 3;

Result<Xapian::Query> option_filters(FilterResolver& resolver, const SearchRequest& request) {
  std::vector<Xapian::Query> groups{Xapian::Query(schema::kind_term(schema::DocKind::kPassage))};
  const std::pair<const char*, const std::vector<std::string>*> options[] = {
      {"speaker", &request.speakers}, {"date", &request.dates}, {"source", &request.sources}};
  for (const auto& [name, values] : options) {
    if (values->empty()) continue;
    std::vector<Xapian::Query> alternatives;
    for (const auto& value : *values) {
      if (value.empty()) {
        return Error{ErrorCode::kBadQuery, std::string("--") + name + " needs a value", ""};
      }
      auto q = resolver.resolve(query_field(name), value);
      if (!q) return q.error();
      alternatives.push_back(*q);
    }
    groups.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  return Xapian::Query(Xapian::Query::OP_AND, groups.begin(), groups.end());
}

std::vector<MatchOffset> to_offsets(const std::string& text, const std::vector<ByteSpan>& spans) {
  std::vector<MatchOffset> offsets;
  std::size_t byte = 0;
  std::size_t chars = 0;
  for (const auto& span : spans) {
    chars += count_code_points(std::string_view(text).substr(byte, span.begin - byte));
    const std::string matched = text.substr(span.begin, span.end - span.begin);
    const std::size_t length = count_code_points(matched);
    offsets.push_back({chars, chars + length, matched});
    chars += length;
    byte = span.end;
  }
  return offsets;
}

struct MatchRun {
  Xapian::MSet mset;
  Facets facets;
  // Xapian's uncollapsed-match figures are estimates once results collapse; the spy's count
  // is exact.
  std::size_t passages = 0;
};

MatchRun run_match(const Xapian::Database& db, const Xapian::Query& query,
                   const SearchRequest& request, SortOrder sort) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::slot::kArticleId);
  if (sort == SortOrder::kDate)
    enquire.set_sort_by_value_then_relevance(schema::slot::kSortDate, true);
  FacetSpy spy;
  enquire.add_matchspy(&spy);
  // Checking every match makes totals, facet counts and collapse counts exact.
  MatchRun run{enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                static_cast<Xapian::doccount>(request.limit), db.get_doccount()),
               {},
               0};
  run.facets = spy.facets();
  run.passages = spy.documents_seen();
  return run;
}

}  // namespace

Result<Searcher> Searcher::open(const std::filesystem::path& path) {
  auto db = open_database_for_search(path);
  if (!db) return db.error();
  return Searcher(std::move(*db), path);
}

Result<SearchResponse> Searcher::search(const SearchRequest& request) {
  for (int attempt = 1;; ++attempt) {
    try {
      return search_once(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kReopenAttempts) break;
      db_.reopen();
    } catch (const Xapian::Error& e) {
      return Error{ErrorCode::kIo, "search failed: " + e.get_description(), ""};
    }
  }
  return Error{ErrorCode::kIo, "the database kept changing during the search", "try again"};
}

Result<SearchResponse> Searcher::search_once(const SearchRequest& request) {
  db_.reopen();  // cheap when nothing changed; picks up articles added by other processes
  auto tree = parse_query(request.query);
  if (!tree) return tree.error();
  FilterResolver resolver(db_);
  auto built = build_query(*tree, analyzer_, resolver);
  if (!built) return built.error();
  auto filters = option_filters(resolver, request);
  if (!filters) return filters.error();
  const bool has_conditions =
      !built->query.empty() ||
      request.speakers.size() + request.dates.size() + request.sources.size() > 0;
  if (!built->has_text && !has_conditions) {
    return Error{ErrorCode::kBadQuery,
                 request.query.empty()
                     ? "nothing to search for"
                     : "the query '" + request.query + "' has no words to search for",
                 "give words, a \"phrase\", or a filter such as speaker:Musk or --date 2025"};
  }
  const Xapian::Query text = built->query.empty() ? Xapian::Query::MatchAll : built->query;
  const SortOrder sort =
      request.sort.value_or(built->has_text ? SortOrder::kRelevance : SortOrder::kDate);

  SearchResponse response;
  response.query = request.query;
  response.offset = request.offset;
  response.limit = request.limit;
  response.warnings = resolver.warnings();
  MatchRun run =
      run_match(db_, Xapian::Query(Xapian::Query::OP_FILTER, text, *filters), request, sort);
  if (run.passages == 0 && built->relaxed) {
    auto relaxed = run_match(
        db_, Xapian::Query(Xapian::Query::OP_FILTER, *built->relaxed, *filters), request, sort);
    if (relaxed.passages > 0) {
      run = std::move(relaxed);
      response.relaxed = true;
    }
  }
  response.total = run.passages;
  response.total_articles = run.mset.get_matches_estimated();
  response.facets = std::move(run.facets);
  response.suggestion = suggest_spelling(db_, request.query, built->words);

  std::map<std::string, std::optional<ArticleRecord>> articles;
  for (auto it = run.mset.begin(); it != run.mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const PassageData data = decode_passage_data(doc.get_data());
    auto [entry, inserted] = articles.try_emplace(data.article_id);
    if (inserted) entry->second = find_article(db_, data.article_id);
    SearchHit hit;
    hit.rank = request.offset + it.get_rank() - run.mset.get_firstitem() + 1;
    hit.score = it.get_weight();
    if (entry->second) {
      hit.article = entry->second->fields;
      hit.passage_count = entry->second->passage_count;
    } else {
      hit.article.id = data.article_id;
    }
    hit.passage_index = data.index;
    hit.passage_start = data.body_start;
    const auto spans = find_matches(data.text, built->highlight, analyzer_);
    hit.snippet = make_snippet(data.text, spans);
    hit.matches = to_offsets(data.text, spans);
    hit.passage_text = data.text;
    hit.speakers = split_list(doc.get_value(schema::slot::kSpeakers));
    hit.dates = split_list(doc.get_value(schema::slot::kDates));
    hit.also_in_article = it.get_collapse_count();
    response.results.push_back(std::move(hit));
  }
  return response;
}

}  // namespace onrecord
