#include "engine/searcher.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "engine/facets.hpp"
#include "engine/highlighter.hpp"
#include "engine/match_run.hpp"
#include "engine/spelling.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"
#include "index/stored_data.hpp"
#include "index/value_list.hpp"
#include "query/query_builder.hpp"

namespace onrecord {
namespace {

constexpr std::size_t kArticleCacheLimit = 20000;

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filters) {
  return filters.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filters);
}

// The --speaker, --date and --source filters (an empty query when there are none).
Result<Xapian::Query> option_filters(FilterResolver& resolver, const SearchRequest& request) {
  std::vector<Xapian::Query> groups;
  const std::pair<const char*, const std::vector<std::string>*> options[] = {
      {"speaker", &request.speakers},
      {"date", &request.dates},
      {"source", &request.sources},
      {"mentions", &request.mentions}};
  for (const auto& [name, values] : options) {
    if (values->empty()) continue;
    std::vector<Xapian::Query> alternatives;
    for (std::string value : *values) {
      const NameMatch match = name_match_of(value);
      if (value.empty()) {
        return Error{ErrorCode::kBadQuery, std::string("--") + name + " needs a value", ""};
      }
      auto q = resolver.resolve(query_field(name), value, match);
      if (!q) return q.error();
      alternatives.push_back(*q);
    }
    groups.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (groups.empty()) return Xapian::Query();
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

// Passage `index` of `article`: first where the schema's document order puts it
// (schema::expected_passage_docid), else found by scanning the article's documents.
std::optional<PassageData> find_passage(const Xapian::Database& db, const PassageCodec* codec,
                                        const ArticleRecord& article, std::uint32_t index) {
  const auto passage_of = [&](const Xapian::Document& doc) -> std::optional<PassageData> {
    if (doc.get_value(schema::slot::kArticleKey) != article.key) return std::nullopt;
    auto passage = decode_passage_data(doc.get_data(), article.fields.id, codec);
    if (passage && passage->index == index) return passage;
    return std::nullopt;
  };
  const std::size_t passages = article.passage_count;
  const std::string record = schema::term(schema::prefix::kRecord, article.key);
  if (auto it = db.postlist_begin(record); it != db.postlist_end(record)) {
    // Shards combined interleave their documents: the combined id d is document (d - 1) / n + 1
    // of shard (d - 1) % n.
    const auto shards = static_cast<Xapian::docid>(std::max<std::size_t>(db.size(), 1));
    const Xapian::docid shard = (*it - 1) % shards;
    if (const Xapian::docid local =
            schema::expected_passage_docid((*it - 1) / shards + 1, passages, index)) {
      const Xapian::docid guess = (local - 1) * shards + shard + 1;
      try {
        if (auto passage = passage_of(db.get_document(guess))) return passage;
      } catch (const Xapian::DocNotFoundError&) {
        // a removed document: scan
      }
    }
  }
  const std::string term = schema::term(schema::prefix::kArticle, article.key);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    if (auto passage = passage_of(db.get_document(*it, Xapian::DOC_ASSUME_VALID))) return passage;
  return std::nullopt;
}

// Text folded for finding a typed sequence of words cheaply (an analyzer's tokenizing of every
// passage in the re-ranking window cost a third of a search): ASCII letters lowercased, runs of
// spaces and punctuation one space, apostrophes and other bytes kept.
std::string fold_for_sequence(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (text.compare(i, 3, "\u2019") == 0) {  // the typographic apostrophe, as the analyzer does
      out += '\'';
      i += 2;
    } else if (u >= 0x80 || std::isalnum(u) || c == '\'') {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A document's value from the facet table's column when there is one (an array access), else
// from the value stream (a look-up).
std::string value_from(const FacetTable::Column* column, const Xapian::Document& doc,
                       Xapian::valueno slot) {
  if (column != nullptr && doc.get_docid() < column->value_of_doc.size())
    return column->values[column->value_of_doc[doc.get_docid()]];
  return doc.get_value(slot);
}

// A query or filter arrives as bytes (a URL's %ff, a shell's $'\xff'): refused by name and
// position, never echoed (the raw byte would break the JSON and HTML that carry the message).
Status valid_utf8(const SearchRequest& request) {
  const auto check = [](const std::string& text, const std::string& what) -> Status {
    if (const auto bad = first_invalid_utf8(text); bad != std::string::npos)
      return Error{ErrorCode::kBadQuery,
                   "the " + what + " is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")",
                   "type it again, or send it as UTF-8 (percent-encode each byte in a URL)"};
    return ok_status();
  };
  if (auto status = check(request.query, "query"); !status) return status;
  const std::pair<const std::vector<std::string>*, const char*> filters[] = {
      {&request.speakers, "speaker filter"},
      {&request.dates, "date filter"},
      {&request.mentions, "mentions filter"},
      {&request.sources, "source filter"}};
  for (const auto& [values, what] : filters)
    for (const auto& value : *values)
      if (auto status = check(value, what); !status) return status;
  return ok_status();
}

}  // namespace

FolderIdentity folder_identity(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {};
  return {static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
}

Result<Searcher> Searcher::open(const std::filesystem::path& path, ExpectedSearches expected) {
  auto db = open_database_for_search(path);
  if (!db) return db.error();
  Searcher searcher(std::move(*db), path, expected);
  if (expected == ExpectedSearches::kMany) {
    // Before the first answer, not during it.
    auto built = searcher.retrying<bool>(
        [&searcher] { return FacetTable::current(searcher.db_, TableDemand::kNow) != nullptr; });
    if (!built) return built.error();
  }
  return searcher;
}

Result<SearchResponse> Searcher::search(const SearchRequest& request) {
  if (auto valid = valid_utf8(request); !valid) return valid.error();
  const auto started = std::chrono::steady_clock::now();
  for (int attempt = 1;; ++attempt) {
    try {
      auto response = search_once(request);
      if (response)
        response->took_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count();
      return response;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kReopenAttempts) break;
      db_.reopen();
    } catch (const Xapian::NetworkError&) {
      // A shard's server restarted (or went away): connect again, or say which shard is down.
      if (attempt == kReopenAttempts) return error_from_current_exception();
      if (auto reconnected = reconnect(); !reconnected) return reconnected.error();
    } catch (const ErrorException& e) {
      return e.error();  // damaged data read back, with the hint to rebuild
    } catch (const Xapian::DatabaseCorruptError&) {
      return error_from_current_exception();
    } catch (const Xapian::DatabaseError& e) {
      // The database opened, so a table that cannot be read back ("inflate failed") is damage.
      return Error{
          ErrorCode::kDamaged,
          "the database could not be read (" + e.get_description() + "): its files are damaged",
          std::string(kRebuildHint)};
    } catch (const Xapian::Error& e) {
      return Error{ErrorCode::kIo, "search failed: " + e.get_description(), ""};
    }
  }
  return Error{ErrorCode::kIo, "the database kept changing during the search", "try again"};
}

Status Searcher::reconnect() {
  auto fresh = open_database_for_search(path_);
  if (!fresh) return fresh.error();
  db_ = std::move(*fresh);
  identity_ = folder_identity(path_);
  return ok_status();
}

Result<const Xapian::Database*> Searcher::current_database() {
  // A bulk build swaps a new database in for an empty one: another folder at the same path,
  // which reopen() cannot see when the revision numbers agree.
  if (const auto identity = folder_identity(path_); identity != identity_) {
    auto fresh = open_database_for_search(path_);
    if (!fresh) return fresh.error();
    db_ = std::move(*fresh);
    identity_ = identity;
  }
  try {
    db_.reopen();  // cheap when nothing changed; picks up articles added by other processes
  } catch (const Xapian::NetworkError&) {
    // A shard's server restarted: connect again (or say which shard is down), for article
    // pages as for searches.
    if (auto reconnected = reconnect(); !reconnected) return reconnected.error();
  }
  return &db_;
}

Result<SearchResponse> Searcher::search_once(const SearchRequest& request) {
  if (auto db = current_database(); !db) return db.error();
  // Facet values and hit values come from the shared table once the process searches again.
  table_ = FacetTable::current(db_, table_demand_);
  codec_ = PassageCodec::of(db_);
  decoded_.clear();
  auto tree = parse_query(request.query);
  if (!tree) return tree.error();
  FilterResolver resolver(db_);
  auto built = build_query(*tree, analyzer_, resolver);
  if (!built) return built.error();
  auto filters = option_filters(resolver, request);
  if (!filters) return filters.error();
  const bool has_conditions =
      !built->query.empty() || request.speakers.size() + request.dates.size() +
                                       request.sources.size() + request.mentions.size() >
                                   0;
  if (!built->has_text && !has_conditions && request.empty_query == EmptyQuery::kRefused) {
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
  response.matched = resolver.matched();
  const TypedCheck holds_typed{typed_check(built->typed_sequence)};
  MatchRun run = run_match(db_, filtered(text, *filters), built->proximity, request, sort, table_,
                           holds_typed);
  if (run.passages == 0 && built->relaxed) {
    auto relaxed =
        run_match(db_, filtered(*built->relaxed, *filters), std::nullopt, request, sort, table_);
    if (relaxed.passages > 0) {
      run = std::move(relaxed);
      response.relaxed = true;
    }
  }
  if (run.passages == 0 && request.scope == SearchScope::kQuotes) {
    // A speech's speaker has no quotations of their own words: say where they are.
    SearchRequest passages = request;
    passages.scope = SearchScope::kPassages;
    passages.counting = Counting::kEstimate;
    passages.offset = 0;
    passages.limit = 1;
    const MatchRun elsewhere =
        run_match(db_, filtered(text, *filters), std::nullopt, passages, sort, table_);
    if (elsewhere.passages > 0)
      response.warnings.push_back(
          "no quotations match, but passages do (a speech's or transcript's own words are "
          "passages): search without quotations mode to see them");
  }
  response.scope = request.scope;
  response.exact = request.counting == Counting::kExact;
  response.snippets = request.snippets;
  response.total = run.passages;
  response.total_groups = run.groups;
  response.facets = std::move(run.facets);
  response.suggestion = suggest_spelling(db_, request.query, built->words, analyzer_);
  // Article records are read once and kept while the database stays at this revision.
  if (const std::string generation = index_generation(db_);
      generation != articles_generation_ || articles_.size() > kArticleCacheLimit) {
    articles_.clear();
    articles_generation_ = generation;
  }
  const HighlightPlan* plan =
      request.snippets == Snippets::kHighlighted ? &built->highlight : nullptr;
  for (std::size_t i = 0; i < run.page.size(); ++i) {
    const PageItem& item = run.page[i];
    // The match just saw the document: no need to check that it exists (a B-tree look-up).
    const Xapian::Document doc = db_.get_document(item.docid, Xapian::DOC_ASSUME_VALID);
    SearchHit hit = request.scope == SearchScope::kQuotes ? quote_hit(doc, plan)
                                                          : passage_hit(item.docid, doc, plan);
    hit.rank = request.offset + i + 1;
    hit.score = item.weight;
    // Quotations are grouped across articles; their reports are listed in quoted_in instead.
    if (request.scope == SearchScope::kPassages) hit.also_in_article = item.also_in_group;
    response.results.push_back(std::move(hit));
  }
  return response;
}

std::function<bool(Xapian::docid)> Searcher::typed_check(const std::vector<std::string>& sequence) {
  if (sequence.empty()) return {};
  std::string needle;
  for (const auto& form : sequence) needle += (needle.empty() ? "" : " ") + form;
  return [this, needle = fold_for_sequence(needle)](Xapian::docid docid) {
    const Xapian::Document doc = db_.get_document(docid, Xapian::DOC_ASSUME_VALID);
    auto passage = decode_passage_data(doc.get_data(), "", codec_.get());
    if (!passage) return false;
    // Whole words only: "atomic bombs" does not hold "atomic bomb".
    const std::string hay = " " + fold_for_sequence(passage->text) + " ";
    decoded_.insert_or_assign(docid, std::move(*passage));
    return hay.find(" " + needle + " ") != std::string::npos;
  };
}

const std::optional<ArticleRecord>& Searcher::article(const std::string& key) {
  auto [entry, inserted] = articles_.try_emplace(key);
  if (inserted) entry->second = find_article_by_key(db_, key);
  return entry->second;
}

// The article fields of a hit, and its snippet and match offsets within `text`.
void Searcher::describe(SearchHit& hit, const std::optional<ArticleRecord>& record,
                        const std::string& text, const HighlightPlan* plan) {
  if (record) {
    hit.article = record->fields;
    hit.passage_count = record->passage_count;
  }
  if (plan == nullptr) return;
  const auto spans = find_matches(text, *plan, analyzer_);
  hit.snippet = make_snippet(text, spans);
  hit.matches = to_offsets(text, spans);
}

std::string Searcher::stored_value(const Xapian::Document& doc, FacetColumn column) const {
  return value_from(table_ ? &table_->column(column) : nullptr, doc, FacetTable::slot(column));
}

std::string Searcher::article_key_of(const Xapian::Document& doc) const {
  return value_from(table_ ? &table_->groups(GroupColumn::kArticles) : nullptr, doc,
                    schema::slot::kArticleKey);
}

SearchHit Searcher::passage_hit(Xapian::docid docid, const Xapian::Document& doc,
                                const HighlightPlan* plan) {
  // A value read costs a look-up in the value stream; the table has the key already.
  const auto& record = article(article_key_of(doc));
  // Decoding costs as much as the rest of a hit: a passage the typed-words check read is reused.
  PassageData data;
  // By the match's id: over shards a document's own get_docid() is its id in its shard, which
  // names another document of the set (it gave one article another's passage text).
  if (const auto seen = decoded_.find(docid); seen != decoded_.end()) {
    data = std::move(seen->second);
  } else {
    data = decode_passage_data(doc.get_data(), "", codec_.get()).value_or(PassageData{});
  }
  if (record) data.article_id = record->fields.id;
  SearchHit hit;
  describe(hit, record, data.text, plan);
  hit.passage_index = data.index;
  hit.passage_start = data.body_start;
  hit.passage_text = data.text;
  hit.speakers = split_list(stored_value(doc, FacetColumn::kSpeakers));
  hit.dates = split_list(stored_value(doc, FacetColumn::kDates));
  hit.mentioned = split_list(stored_value(doc, FacetColumn::kMentioned));
  return hit;
}

SearchHit Searcher::quote_hit(const Xapian::Document& doc, const HighlightPlan* plan) {
  const auto& record = article(doc.get_value(schema::slot::kArticleKey));
  const QuoteData quote =
      decode_quote_data(doc.get_data(), record ? record->fields.id : "").value_or(QuoteData{});
  SearchHit hit;
  // The snippet is the quotation itself, highlighted; offsets are within the quotation.
  describe(hit, record, quote.text, plan);
  hit.passage_index = quote.passage;
  if (record) {
    if (auto passage = find_passage(db_, codec_.get(), *record, quote.passage)) {
      hit.passage_start = passage->body_start;
      hit.passage_text = passage->text;
    }
  }
  if (!quote.speaker.empty()) hit.speakers = {quote.speaker};
  if (!quote.date.empty()) hit.dates = {quote.date};
  hit.mentioned = split_list(doc.get_value(schema::slot::kMentioned));
  hit.quote = quote;
  hit.quote_id = doc.get_value(schema::slot::kQuoteHash);
  // Every article reporting the same words, earliest first (undated last).
  const std::string hash_term =
      schema::term(schema::prefix::kQuoteHash, doc.get_value(schema::slot::kQuoteHash));
  std::set<std::string> seen;
  for (auto p = db_.postlist_begin(hash_term); p != db_.postlist_end(hash_term); ++p) {
    const std::string key =
        db_.get_document(*p, Xapian::DOC_ASSUME_VALID).get_value(schema::slot::kArticleKey);
    if (!seen.insert(key).second) continue;
    const auto& reporting = article(key);
    if (!reporting) continue;
    const ArticleFields& f = reporting->fields;
    hit.quoted_in.push_back({f.id, f.title, f.date, f.source});
  }
  std::sort(hit.quoted_in.begin(), hit.quoted_in.end(),
            [](const QuoteSource& a, const QuoteSource& b) {
              if (a.date.empty() != b.date.empty()) return b.date.empty();
              return a.date != b.date ? a.date < b.date : a.article_id < b.article_id;
            });
  return hit;
}

Result<std::optional<SearchHit>> Searcher::quotation(const std::string& id) {
  return retrying<std::optional<SearchHit>>([&] { return quotation_once(id); });
}

Result<std::optional<SearchHit>> Searcher::quotation_once(const std::string& id) {
  if (auto db = current_database(); !db) return db.error();
  // Records read at another revision are stale.
  if (const std::string generation = index_generation(db_); generation != articles_generation_) {
    articles_.clear();
    articles_generation_ = generation;
  }
  table_ = FacetTable::current(db_, table_demand_);
  codec_ = PassageCodec::of(db_);
  decoded_.clear();
  const std::string term = schema::term(schema::prefix::kQuoteHash, id);
  // The report to show: the earliest dated article's (undated ones last), then by id.
  std::optional<Xapian::docid> shown;
  std::pair<std::string, std::string> best;  // ("1" undated / "0" dated + date, id)
  for (auto p = db_.postlist_begin(term); p != db_.postlist_end(term); ++p) {
    const Xapian::Document doc = db_.get_document(*p, Xapian::DOC_ASSUME_VALID);
    const auto& record = article(doc.get_value(schema::slot::kArticleKey));
    if (!record) continue;
    const ArticleFields& f = record->fields;
    std::pair<std::string, std::string> rank{(f.date.empty() ? "1" : "0") + f.date, f.id};
    if (!shown || rank < best) {
      shown = *p;
      best = std::move(rank);
    }
  }
  if (!shown) return std::optional<SearchHit>{};
  SearchHit hit = quote_hit(db_.get_document(*shown), nullptr);
  hit.rank = 1;
  return std::optional<SearchHit>{std::move(hit)};
}

}  // namespace onrecord
