// Opening onrecord databases for searching or writing, with the checks both tools share: the
// database exists, was written by this schema version, and is not locked by another writer.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/article.hpp"
#include "index/error.hpp"

namespace onrecord {

// How often a reader reopens the database and tries again when a writer changed what it was
// reading (Xapian::DatabaseModifiedError): the searcher and the web server's article pages use
// this bound, so a reader racing a writer that commits without pause answers (with an error or
// "not found") instead of looping.
inline constexpr int kReopenAttempts = 3;

// $ONRECORD_DB if set, else ./onrecord.db.
std::filesystem::path default_database_path();

// A plain database, or the shards a stub names combined (shard_set.hpp).
Result<Xapian::Database> open_database_for_search(const std::filesystem::path& path);

// Whether `db` holds this onrecord's schema version (an empty database holds any); `path` names
// it in the message.
Status check_schema_version(const Xapian::Database& db, const std::string& path);

// Creates the database when missing. Fails with kLocked while another writer holds it.
// Records the schema version this onrecord writes (committed with the next commit).
void stamp_schema_version(Xapian::WritableDatabase& db);

Result<Xapian::WritableDatabase> open_database_for_writing(const std::filesystem::path& path);

std::optional<ArticleRecord> find_article(const Xapian::Database& db, std::string_view id);
// By the key its documents carry (schema::article_key).
std::optional<ArticleRecord> find_article_by_key(const Xapian::Database& db, std::string_view key);
std::vector<ArticleRecord> all_articles(const Xapian::Database& db);

}  // namespace onrecord
