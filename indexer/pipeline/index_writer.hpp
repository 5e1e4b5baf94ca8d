// The single writer of an onrecord index: replaces and removes whole articles. Each article's
// documents change together, and nothing is visible to readers until commit(). A sharded index
// is written through one database per shard: each article goes to the shard of its id
// (shard_set.hpp), and its key is unique across the set.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "index/article.hpp"
#include "pipeline/article_documents.hpp"
#include "quotes/alias_table.hpp"

namespace onrecord {

enum class ArticleChange { kAdded, kReplaced };

struct AppliedArticle {
  std::size_t passages = 0;
  ArticleChange change = ArticleChange::kAdded;
};

// An article taken out of the index, for the summary a user reads.
struct RemovedArticle {
  std::string id;
  std::string title;
  std::size_t passages = 0;
  std::size_t quotations = 0;
};

class IndexWriter {
 public:
  explicit IndexWriter(Xapian::WritableDatabase db, PassageLimits limits = {});
  // The shards in stub order (one for a plain database).
  explicit IndexWriter(std::vector<Xapian::WritableDatabase> shards, PassageLimits limits = {});

  // Adds the article with its passages and quotations, replacing any article with the same id.
  // Returns its passage count.
  std::size_t replace(const Article& article, const AliasTable& aliases = {});
  // The same, for an article prepared elsewhere (on another thread). An article keeps its key
  // when it is replaced; a new one takes the next.
  AppliedArticle apply(PreparedArticle prepared);
  // What was removed; nullopt when no article has that id.
  std::optional<RemovedArticle> remove(std::string_view id);
  // Commits every shard that changed, then raises the set's generation (shard_set.hpp).
  void commit();

  // The whole index, for reading (with the changes not yet committed).
  [[nodiscard]] const Xapian::Database& database() const { return all_; }
  [[nodiscard]] std::size_t shard_count() const { return shards_.size(); }

 private:
  struct Shard {
    Xapian::WritableDatabase db;
    std::uint64_t next_key = 1;  // the serial its next new article's key is made of
    bool changed = false;        // since the last commit
  };
  Shard& shard_of(std::string_view id);

  Xapian::Database all_;
  ArticlePreparer preparer_;
  std::vector<Shard> shards_;
};

}  // namespace onrecord
