#include "index_writer.hpp"

#include "document_builder.hpp"
#include "schema.hpp"

namespace onrecord {

IndexWriter::IndexWriter(Xapian::WritableDatabase db, PassageLimits limits)
    : db_(std::move(db)), limits_(limits) {}

std::size_t IndexWriter::replace(const Article& article) {
  db_.delete_document(schema::term(schema::prefix::kArticle, article.fields.id));
  const auto passages = split_passages(article.paragraphs, limits_);
  const WordSink spelling = [this](const std::string& word) { db_.add_spelling(word); };
  std::size_t characters = 0;
  for (const Passage& passage : passages) {
    db_.add_document(build_passage_document(article, passage, analyzer_, spelling));
    characters += count_code_points(passage.text);
  }
  db_.add_document(build_article_document(article, passages.size(), characters));
  return passages.size();
}

bool IndexWriter::remove(std::string_view id) {
  const std::string term = schema::term(schema::prefix::kArticle, id);
  if (db_.get_termfreq(term) == 0) return false;
  db_.delete_document(term);
  return true;
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace onrecord
