// The single writer of an onrecord database: replaces and removes whole articles. Each article's
// documents change together, and nothing is visible to readers until commit().
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

  // Adds the article with its passages and quotations, replacing any article with the same id.
  // Returns its passage count.
  std::size_t replace(const Article& article, const AliasTable& aliases = {});
  // The same, for an article prepared elsewhere (on another thread). An article keeps its key
  // when it is replaced; a new one takes the next.
  AppliedArticle apply(PreparedArticle prepared);
  // What was removed; nullopt when no article has that id.
  std::optional<RemovedArticle> remove(std::string_view id);
  void commit();

  [[nodiscard]] const Xapian::WritableDatabase& database() const { return db_; }

 private:
  Xapian::WritableDatabase db_;
  ArticlePreparer preparer_;
  std::uint64_t next_key_ = 1;
};

}  // namespace onrecord
