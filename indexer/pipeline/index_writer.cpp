#include "pipeline/index_writer.hpp"

#include <charconv>

#include "index/database.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"

namespace onrecord {
namespace {

std::vector<Xapian::WritableDatabase> one(Xapian::WritableDatabase db) {
  std::vector<Xapian::WritableDatabase> shards;
  shards.push_back(std::move(db));
  return shards;
}

// Shard `index` of `count` gives the serials index + 1, index + 1 + count, …; a stored serial
// outside that sequence is damage (or a shard listed out of order, which opening refuses).
std::uint64_t stored_next_key(const Xapian::WritableDatabase& db, std::size_t index,
                              std::size_t count) {
  const std::string next = db.get_metadata(std::string(schema::kNextArticleKeyMetadata));
  const std::uint64_t first = schema::first_article_serial(index);
  if (next.empty()) return first;  // a new database
  std::uint64_t serial = 0;
  const auto [end, error] = std::from_chars(next.data(), next.data() + next.size(), serial);
  if (error != std::errc() || end != next.data() + next.size() || serial < first ||
      (serial - first) % count != 0) {
    throw_damaged("the database's next article key ('" + next + "') is damaged");
  }
  return serial;
}

// One view of every shard; it shares them, so reads see their uncommitted changes.
Xapian::Database combined(const std::vector<Xapian::WritableDatabase>& shards) {
  Xapian::Database all;
  for (const auto& shard : shards) all.add_database(shard);
  return all;
}

}  // namespace

IndexWriter::IndexWriter(Xapian::WritableDatabase db, PassageLimits limits)
    : IndexWriter(one(std::move(db)), limits) {}

IndexWriter::IndexWriter(std::vector<Xapian::WritableDatabase> shards, PassageLimits limits)
    : all_(combined(shards)), preparer_(limits, PassageCodec::of(all_)) {
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const std::uint64_t next = stored_next_key(shards[i], i, shards.size());
    shards_.push_back({std::move(shards[i]), next, false});
  }
}

IndexWriter::Shard& IndexWriter::shard_of(std::string_view id) {
  return shards_[shard_of_article(id, shards_.size())];
}

std::size_t IndexWriter::replace(const Article& article, const AliasTable& aliases) {
  return apply(preparer_.prepare(article, aliases)).passages;
}

AppliedArticle IndexWriter::apply(PreparedArticle prepared) {
  AppliedArticle applied{prepared.passages, ArticleChange::kAdded};
  Shard& shard = shard_of(prepared.id);
  std::string key;
  if (auto existing = find_article(shard.db, prepared.id)) {
    key = existing->key;
    shard.db.delete_document(schema::term(schema::prefix::kArticle, key));
    applied.change = ArticleChange::kReplaced;
  } else {
    key = schema::article_key(shard.next_key);
    shard.next_key += shards_.size();
    // Committed with the article, so a key is never given twice.
    shard.db.set_metadata(std::string(schema::kNextArticleKeyMetadata),
                          std::to_string(shard.next_key));
  }
  assign_article_key(prepared, key);
  for (const auto& doc : prepared.documents) shard.db.add_document(doc);
  shard.changed = true;
  return applied;
}

std::optional<RemovedArticle> IndexWriter::remove(std::string_view id) {
  Shard& shard = shard_of(id);
  const auto existing = find_article(shard.db, id);
  if (!existing) return std::nullopt;
  const std::string term = schema::term(schema::prefix::kArticle, existing->key);
  // Every document of the article: its quotations, its passages and its own record.
  const std::size_t documents = shard.db.get_termfreq(term);
  RemovedArticle removed{existing->fields.id, existing->fields.title, existing->passage_count, 0};
  if (documents > removed.passages + 1) removed.quotations = documents - removed.passages - 1;
  shard.db.delete_document(term);
  shard.changed = true;
  return removed;
}

void IndexWriter::commit() {
  bool any = false;
  // Shard 0 last: its generation, which readers of the set read, changes only once every other
  // shard's changes are committed (schema.hpp).
  for (std::size_t i = shards_.size(); i-- > 0;) {
    Shard& shard = shards_[i];
    any = any || shard.changed;
    if (i == 0 && any) shard.changed = true;
    if (!shard.changed) continue;
    raise_generation(shard.db);
    shard.db.commit();
    shard.changed = false;
  }
}

}  // namespace onrecord
