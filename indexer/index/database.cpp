#include "index/database.hpp"

#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>

#include "index/schema.hpp"
#include "index/shard_set.hpp"

namespace onrecord {
namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

}  // namespace

Status check_schema_version(const Xapian::Database& db, const std::string& path) {
  const std::string stored = db.get_metadata(std::string(schema::kVersionMetadataKey));
  const std::string wanted = std::to_string(schema::kVersion);
  if (stored == wanted) return ok_status();
  if (stored.empty() && db.get_doccount() == 0) return ok_status();
  return Error{
      ErrorCode::kSchemaMismatch,
      "database '" + path + "' was made with schema version " +
          (stored.empty() ? std::string("unknown (it is not an onrecord database, or its files "
                                        "are damaged)")
                          : stored) +
          "; this onrecord reads version " + wanted,
      "move it away or delete it, then rebuild with `onrecord-index sync DIR`"};
}

std::filesystem::path default_database_path() {
  if (const char* env = std::getenv("ONRECORD_DB"); env != nullptr && *env != '\0') return env;
  return "onrecord.db";
}

namespace {

// What opening a database for search threw, said for a user.
Error open_error(const std::filesystem::path& path) {
  try {
    throw;
  } catch (const Xapian::DatabaseNotFoundError&) {
    return Error{ErrorCode::kNotFound, quoted(path) + " is not an onrecord database",
                 "point --db at a database made by onrecord-index"};
  } catch (const Xapian::DatabaseVersionError& e) {
    return Error{ErrorCode::kSchemaMismatch,
                 "cannot read database " + quoted(path) + ": " + e.get_msg(),
                 "rebuild it with `onrecord-index sync DIR`"};
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Error{ErrorCode::kDamaged,
                 "database " + quoted(path) + " is damaged: " + e.get_description(),
                 std::string(kRebuildHint)};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::kIo,
                 "cannot open database " + quoted(path) + ": " + e.get_description(), ""};
  }
}

}  // namespace

Result<Xapian::Database> open_database_for_search(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Error{ErrorCode::kNotFound, "no database at " + quoted(path),
                 "index some articles first: `onrecord-index --db " + path.string() +
                     " sync corpus`, or pass --db / set ONRECORD_DB"};
  }
  if (auto stub = stub_file_of(path)) return open_shards_for_search(*stub);
  for (int attempt = 1;; ++attempt) {
    try {
      Xapian::Database db(path.string());
      if (auto status = check_schema_version(db, path.string()); !status) return status.error();
      return db;
    } catch (const Xapian::DatabaseModifiedError& e) {
      // A writer committing while we open is retried after a pause; a revision that never reads
      // back whole may still be a writer too busy to catch, so the message says both.
      if (attempt < kReopenAttempts) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100 * attempt));
        continue;
      }
      return Error{
          ErrorCode::kDamaged,
          "database " + quoted(path) + " could not be read at any revision (" +
              e.get_description() +
              "): another indexer may be committing to it, or its files are damaged",
          "try again; if it keeps failing with no indexer running, " + std::string(kRebuildHint)};
    } catch (...) {
      return open_error(path);
    }
  }
}

void stamp_schema_version(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::kVersionMetadataKey), std::to_string(schema::kVersion));
}

namespace {

// Why a database folder cannot be written, when it cannot: a read-only file system, or no
// permission.
std::optional<Error> unwritable_folder(const std::filesystem::path& path) {
  struct statvfs fs {};
  if (statvfs(path.c_str(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0U)
    return Error{ErrorCode::kIo, "database " + quoted(path) + " is on a read-only file system",
                 "remount it read-write or copy the database to a writable disk; searching "
                 "it still works"};
  if (access(path.c_str(), W_OK) != 0 && (errno == EACCES || errno == EROFS))
    return Error{ErrorCode::kIo, "no permission to write database " + quoted(path),
                 "run as the database's owner, or fix its permissions"};
  return std::nullopt;
}

}  // namespace

Result<Xapian::WritableDatabase> open_database_for_writing(const std::filesystem::path& path) {
  try {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    if (auto status = check_schema_version(db, path.string()); !status) return status.error();
    if (db.get_metadata(std::string(schema::kVersionMetadataKey)).empty()) {
      stamp_schema_version(db);
      db.commit();
    }
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    // Xapian reports any failure to take its lock file so: a folder that cannot be written is
    // not another indexer.
    if (auto unwritable = unwritable_folder(path)) return *unwritable;
    return Error{ErrorCode::kLocked, "database " + quoted(path) + " is locked by another indexer",
                 "wait for the other onrecord-index to finish, then run this again"};
  } catch (const Xapian::DatabaseVersionError& e) {
    return Error{ErrorCode::kSchemaMismatch,
                 "cannot write database " + quoted(path) + ": " + e.get_msg(),
                 "move it away or delete it, then rebuild with `onrecord-index sync DIR`"};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::kIo,
                 "cannot open database " + quoted(path) + " for writing: " + e.get_description(),
                 "check that the path is a writable directory"};
  }
}

namespace {

ArticleRecord read_record(const Xapian::Document& doc) {
  auto record = nlohmann::json::parse(doc.get_data()).get<ArticleRecord>();
  record.key = doc.get_value(schema::slot::kArticleKey);
  return record;
}

std::optional<ArticleRecord> record_with_term(const Xapian::Database& db, const std::string& term) {
  auto it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return std::nullopt;
  // A posting list names only documents that exist: skip Xapian's check (a B-tree look-up).
  return read_record(db.get_document(*it, Xapian::DOC_ASSUME_VALID));
}

}  // namespace

std::optional<ArticleRecord> find_article(const Xapian::Database& db, std::string_view id) {
  return record_with_term(db, schema::article_unique_term(id));
}

std::optional<ArticleRecord> find_article_by_key(const Xapian::Database& db, std::string_view key) {
  return record_with_term(db, schema::term(schema::prefix::kRecord, key));
}

std::vector<ArticleRecord> all_articles(const Xapian::Database& db) {
  std::vector<ArticleRecord> records;
  const std::string term = schema::kind_term(schema::DocKind::kArticle);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    records.push_back(read_record(db.get_document(*it, Xapian::DOC_ASSUME_VALID)));
  return records;
}

}  // namespace onrecord
