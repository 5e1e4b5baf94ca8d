// Opening onrecord databases for searching or writing, with the checks both tools share: the
// database exists, was written by this schema version, and is not locked by another writer.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "error.hpp"

namespace onrecord {

// $ONRECORD_DB if set, else ./onrecord.db.
std::filesystem::path default_database_path();

Result<Xapian::Database> open_database_for_search(const std::filesystem::path& path);

// Creates the database when missing. Fails with kLocked while another writer holds it.
// Records the schema version this onrecord writes (committed with the next commit).
void stamp_schema_version(Xapian::WritableDatabase& db);

Result<Xapian::WritableDatabase> open_database_for_writing(const std::filesystem::path& path);

std::optional<ArticleRecord> find_article(const Xapian::Database& db, std::string_view id);
// By the key its documents carry (schema::article_key).
std::optional<ArticleRecord> find_article_by_key(const Xapian::Database& db, std::string_view key);
std::vector<ArticleRecord> all_articles(const Xapian::Database& db);

}  // namespace onrecord
