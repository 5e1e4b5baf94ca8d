#include "index_writer.hpp"

#include "schema.hpp"

namespace onrecord {

IndexWriter::IndexWriter(Xapian::WritableDatabase db, PassageLimits limits)
    : db_(std::move(db)), preparer_(limits, PassageCodec::of(db_)) {}

std::size_t IndexWriter::replace(const Article& article, const AliasTable& aliases) {
  return apply(preparer_.prepare(article, aliases));
}

std::size_t IndexWriter::apply(const PreparedArticle& prepared) {
  db_.delete_document(schema::term(schema::prefix::kArticle, prepared.id));
  for (const auto& doc : prepared.documents) db_.add_document(doc);
  return prepared.passages;
}

bool IndexWriter::remove(std::string_view id) {
  const std::string term = schema::term(schema::prefix::kArticle, id);
  if (db_.get_termfreq(term) == 0) return false;
  db_.delete_document(term);
  return true;
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace onrecord
