// The search library every front end calls: a query and filters in, one page of ranked passages
// with snippets, exact totals and facets, and a spelling suggestion out.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "engine/facet_table.hpp"
#include "engine/match_run.hpp"
#include "engine/result_model.hpp"
#include "engine/search_request.hpp"
#include "index/article.hpp"
#include "index/database.hpp"
#include "index/error.hpp"
#include "index/passage_codec.hpp"
#include "index/stored_data.hpp"
#include "query/highlight_plan.hpp"

namespace onrecord {

// Which folder a path names (device and inode): changes when another folder is moved there.
struct FolderIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  friend bool operator==(const FolderIdentity&, const FolderIdentity&) = default;
};
FolderIdentity folder_identity(const std::filesystem::path& path);

// How many searches a process expects of its searcher: one (a command-line search), or many
// (--batch, the web server), which then build the facet table before their first answer (and
// at the first search of each new revision), so that it is as fast as their hundredth.
enum class ExpectedSearches { kOne, kMany };

class Searcher {
 public:
  static Result<Searcher> open(const std::filesystem::path& path,
                               ExpectedSearches expected = ExpectedSearches::kOne);

  // Re-reads the database if another process changed it since the last call.
  Result<SearchResponse> search(const SearchRequest& request);

  // One quotation by its id (the hash every report of the same words shares), as a hit of the
  // earliest article that reports it, with every report in quoted_in; nullopt when no
  // quotation has the id.
  Result<std::optional<SearchHit>> quotation(const std::string& id);

  // The database as it is now (reopened as search() does), for reading articles; valid until
  // the next call.
  Result<const Xapian::Database*> current_database();

  // Runs `read` (which reads the database through current_database()), again after reopening
  // when another process changed the database under it, as search() does; Xapian's errors
  // become Errors.
  template <typename T, typename Read>
  Result<T> retrying(Read&& read) {
    for (int attempt = 1; attempt <= kReopenAttempts; ++attempt) {
      try {
        return read();
      } catch (const Xapian::DatabaseModifiedError&) {
        db_.reopen();
      } catch (const Xapian::NetworkError&) {
        if (attempt == kReopenAttempts) return error_from_current_exception();
        if (auto reconnected = reconnect(); !reconnected) return reconnected.error();
      } catch (const ErrorException& e) {
        return e.error();
      } catch (const Xapian::Error& e) {
        return Error{ErrorCode::kIo, "reading the database failed: " + e.get_description(), ""};
      }
    }
    return Error{ErrorCode::kIo, "the database kept changing while it was read", "try again"};
  }

 private:
  Searcher(Xapian::Database db, std::filesystem::path path, ExpectedSearches expected)
      : db_(std::move(db)),
        path_(std::move(path)),
        identity_(folder_identity(path_)),
        table_demand_(expected == ExpectedSearches::kMany ? TableDemand::kNow
                                                          : TableDemand::kFromTheSecondSearch) {}
  Result<SearchResponse> search_once(const SearchRequest& request);
  // Opens the index again, for a shard whose server restarted.
  Status reconnect();
  Result<std::optional<SearchHit>> quotation_once(const std::string& id);
  // `plan` is nullptr when the request wants no snippets.
  void describe(SearchHit& hit, const std::optional<ArticleRecord>& record, const std::string& text,
                const HighlightPlan* plan);
  // `docid`: the document's id in the searched database (the key of decoded_).
  SearchHit passage_hit(Xapian::docid docid, const Xapian::Document& doc,
                        const HighlightPlan* plan);
  [[nodiscard]] std::string stored_value(const Xapian::Document& doc, FacetColumn column) const;
  [[nodiscard]] std::string article_key_of(const Xapian::Document& doc) const;
  SearchHit quote_hit(const Xapian::Document& doc, const HighlightPlan* plan);
  // Whether a passage holds `sequence` (forms as typed) side by side; empty for no sequence.
  std::function<bool(Xapian::docid)> typed_check(const std::vector<std::string>& sequence);
  // The record of the article with this key, read once per database revision.
  const std::optional<ArticleRecord>& article(const std::string& key);

  std::unordered_map<std::string, std::optional<ArticleRecord>> articles_;  // by key
  std::string articles_generation_;            // of the index they were read at (shard_set.hpp)
  std::shared_ptr<const FacetTable> table_;    // of this search's revision, if built
  std::shared_ptr<const PassageCodec> codec_;  // the database's, looked up once per search
  // Passages the typed-words check decoded in this search, read again by the hits.
  std::unordered_map<Xapian::docid, PassageData> decoded_;

  Xapian::Database db_;
  std::filesystem::path path_;
  FolderIdentity identity_;  // of the folder db_ was opened from
  TableDemand table_demand_;
  TextAnalyzer analyzer_;
};

}  // namespace onrecord
