#include "pipeline/index_writer.hpp"

#include <charconv>

#include "index/database.hpp"
#include "index/schema.hpp"

namespace onrecord {

IndexWriter::IndexWriter(Xapian::WritableDatabase db, PassageLimits limits)
    : db_(std::move(db)), preparer_(limits, PassageCodec::of(db_)) {
  const std::string next = db_.get_metadata(std::string(schema::kNextArticleKeyMetadata));
  if (next.empty()) return;  // a new database
  const auto [end, error] = std::from_chars(next.data(), next.data() + next.size(), next_key_);
  if (error != std::errc() || end != next.data() + next.size() || next_key_ == 0) {
    throw_damaged("the database's next article key ('" + next + "') is damaged");
  }
}

std::size_t IndexWriter::replace(const Article& article, const AliasTable& aliases) {
  return apply(preparer_.prepare(article, aliases)).passages;
}

AppliedArticle IndexWriter::apply(PreparedArticle prepared) {
  AppliedArticle applied{prepared.passages, ArticleChange::kAdded};
  std::string key;
  if (auto existing = find_article(db_, prepared.id)) {
    key = existing->key;
    db_.delete_document(schema::term(schema::prefix::kArticle, key));
    applied.change = ArticleChange::kReplaced;
  } else {
    key = schema::article_key(next_key_++);
    // Committed with the article, so a key is never given twice.
    db_.set_metadata(std::string(schema::kNextArticleKeyMetadata), std::to_string(next_key_));
  }
  assign_article_key(prepared, key);
  for (const auto& doc : prepared.documents) db_.add_document(doc);
  return applied;
}

std::optional<RemovedArticle> IndexWriter::remove(std::string_view id) {
  const auto existing = find_article(db_, id);
  if (!existing) return std::nullopt;
  const std::string term = schema::term(schema::prefix::kArticle, existing->key);
  // Every document of the article: its quotations, its passages and its own record.
  const std::size_t documents = db_.get_termfreq(term);
  RemovedArticle removed{existing->fields.id, existing->fields.title, existing->passage_count, 0};
  if (documents > removed.passages + 1) removed.quotations = documents - removed.passages - 1;
  db_.delete_document(term);
  return removed;
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace onrecord
