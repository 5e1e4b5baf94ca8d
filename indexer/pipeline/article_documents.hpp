// Turns an article into every document the index keeps of it (its quotations, passages and
// record), without touching a database, so that this work can run on another core than the
// single writer.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "analysis/text_analyzer.hpp"
#include "index/article.hpp"
#include "index/passage_codec.hpp"
#include "quotes/alias_table.hpp"

namespace onrecord {

// An article's documents in the order the schema fixes (schema::expected_passage_docid):
// quotations, passages, then the article document. They name no article until assign_article_key()
// gives them its key.
struct PreparedArticle {
  std::string id;
  std::vector<Xapian::Document> documents;
  std::size_t passages = 0;
};

// Puts the article's key (schema::article_key) on every document of `prepared`.
void assign_article_key(PreparedArticle& prepared, const std::string& key);

// Not thread-safe: use one per thread. `codec` is the target database's (PassageCodec::of).
class ArticlePreparer {
 public:
  explicit ArticlePreparer(PassageLimits limits = {},
                           std::shared_ptr<const PassageCodec> codec = nullptr)
      : limits_(limits), codec_(std::move(codec)) {}
  PreparedArticle prepare(const Article& article, const AliasTable& aliases) const;

 private:
  PassageLimits limits_;
  std::shared_ptr<const PassageCodec> codec_;
  TextAnalyzer analyzer_;
};

}  // namespace onrecord
