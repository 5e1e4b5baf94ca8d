#include "pipeline/bulk_build.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include "index/database.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"
#include "pipeline/article_documents.hpp"
#include "pipeline/index_writer.hpp"

namespace onrecord {
namespace {

namespace fs = std::filesystem;

// Documents per shard: small enough that Xapian's cost per document stays flat, large enough
// that merging few shards is cheap.
constexpr std::size_t kShardDocuments = 40000;
constexpr std::size_t kDocumentsPerCommit = 1000;
constexpr std::size_t kQueuedArticles = 32;
// Passage text the dictionary is trained on: about a hundred times its size, as zstd advises.
constexpr std::size_t kDictionarySampleBytes = 1 << 20;
// Articles with little or no text must not pile up waiting for that sample.
constexpr std::size_t kMaxHeldBack = 20000;
constexpr std::string_view kWorkSuffix = ".bulk-";

// Writing a shard in place and without fsync is safe because nothing reads it until it has been
// committed and closed, and a failed build throws it away.
constexpr int kShardFlags = Xapian::DB_CREATE | Xapian::DB_DANGEROUS | Xapian::DB_NO_SYNC;

std::size_t worker_count() { return std::max(2U, std::thread::hardware_concurrency()); }

void remove_leftovers(const fs::path& target) {
  std::error_code ec;
  const fs::path folder = target.parent_path();
  const std::string prefix = target.filename().string() + std::string(kWorkSuffix);
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.path().filename().string().starts_with(prefix)) fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

Result<std::unique_ptr<BulkBuild>> BulkBuild::start(const fs::path& database, TargetLayout layout,
                                                    std::size_t shards, PassageLimits limits) {
  // "db/" and "./db" name the same folder; the work folder goes beside it, not inside.
  std::error_code ec;
  fs::path target = fs::absolute(database, ec).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  remove_leftovers(target);  // safe: the caller holds the target's lock
  fs::path work = target;
  work += std::string(kWorkSuffix) + std::to_string(getpid());
  if (!fs::create_directory(work, ec) || ec) {
    return Error{ErrorCode::kIo, "cannot create the work folder '" + work.string() + "'",
                 "check that the database's folder is writable"};
  }
  std::unique_ptr<BulkBuild> build(
      new BulkBuild(target, std::move(work), layout, std::max<std::size_t>(shards, 1), limits));
  for (std::size_t i = 0; i < worker_count(); ++i)
    build->workers_.emplace_back([b = build.get(), i] { b->work(i); });
  return build;
}

BulkBuild::BulkBuild(fs::path target, fs::path work, TargetLayout layout, std::size_t shards,
                     PassageLimits limits)
    : target_(std::move(target)),
      work_(std::move(work)),
      limits_(limits),
      queue_(kQueuedArticles),
      layout_(layout),
      shard_count_(shards),
      parts_(shards) {
  for (std::size_t i = 0; i < shards; ++i) next_keys_.push_back(schema::first_article_serial(i));
}

BulkBuild::~BulkBuild() {
  stop_workers();
  std::error_code ec;
  fs::remove_all(work_, ec);
}

bool BulkBuild::add(Article article, const AliasTable& aliases) {
  rethrow_worker_failure();
  Job job{std::move(article), &aliases, "", 0};
  if (!ids_.insert(job.article.fields.id).second) {
    repeated_.push_back(std::move(job));
    return false;
  }
  job.shard = shard_of_article(job.article.fields.id, shard_count_);
  job.key = schema::article_key(next_keys_[job.shard]);
  next_keys_[job.shard] += shard_count_;
  if (!started_) {
    for (auto& passage : split_passages(job.article.paragraphs, limits_)) {
      sample_bytes_ += passage.text.size();
      samples_.push_back(std::move(passage.text));
    }
    held_back_.push_back(std::move(job));
    if (sample_bytes_ >= kDictionarySampleBytes || held_back_.size() >= kMaxHeldBack)
      start_with_dictionary();
    return true;
  }
  if (!queue_.push(std::move(job))) rethrow_worker_failure();
  return true;
}

void BulkBuild::start_with_dictionary() {
  dictionary_ = PassageCodec::train_dictionary(samples_);
  if (dictionary_) codec_ = std::make_shared<const PassageCodec>(*dictionary_);
  samples_ = {};
  started_ = true;  // workers read codec_ after taking their first job
  for (auto& job : held_back_) {
    if (!queue_.push(std::move(job))) rethrow_worker_failure();
  }
  held_back_ = {};
}

void BulkBuild::work(std::size_t worker) {
  // The part this worker is writing for each shard of the target.
  struct Part {
    std::optional<Xapian::WritableDatabase> db;
    std::size_t documents = 0, since_commit = 0, number = 0;
    void close() {
      if (!db) return;
      db->commit();
      db->close();
      db.reset();
    }
  };
  try {
    std::optional<ArticlePreparer> prepare;  // made with the first job, when codec_ is known
    std::vector<Part> parts(shard_count_);
    while (auto job = queue_.pop()) {
      if (!prepare) prepare.emplace(limits_, codec_);
      PreparedArticle prepared = prepare->prepare(job->article, *job->aliases);
      assign_article_key(prepared, job->key);
      Part& part = parts[job->shard];
      if (!part.db || part.documents >= kShardDocuments) {
        part.close();
        const fs::path path =
            work_ / ("part-" + std::to_string(job->shard) + "-" + std::to_string(worker) + "-" +
                     std::to_string(part.number++));
        part.db.emplace(path.string(), kShardFlags);
        // The compactor carries both into the merged database.
        stamp_schema_version(*part.db);
        if (dictionary_) PassageCodec::store_dictionary(*part.db, *dictionary_);
        {
          std::lock_guard lock(mutex_);
          parts_[job->shard].push_back(path);
        }
        part.documents = part.since_commit = 0;
      }
      for (const auto& doc : prepared.documents) part.db->add_document(doc);
      part.documents += prepared.documents.size();
      part.since_commit += prepared.documents.size();
      passages_ += prepared.passages;
      if (part.since_commit >= kDocumentsPerCommit) {
        part.db->commit();
        part.since_commit = 0;
      }
    }
    for (Part& part : parts) part.close();
  } catch (...) {
    {
      std::lock_guard lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
    }
    queue_.cancel();
  }
}

void BulkBuild::stop_workers() {
  queue_.close();
  for (auto& worker : workers_)
    if (worker.joinable()) worker.join();
}

void BulkBuild::rethrow_worker_failure() {
  std::lock_guard lock(mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

Status BulkBuild::finish() {
  try {
    if (!started_) start_with_dictionary();
    stop_workers();
    rethrow_worker_failure();
    const fs::path merged = work_ / "merged";
    if (auto status = merge_into(merged); !status) return status;
    if (auto status = exchange(merged); !status) return status;
    return ok_status();
  } catch (...) {
    Error error = error_from_current_exception();
    error.message = "building the database failed: " + error.message;
    return error;
  }
}

void BulkBuild::compact_shard(std::size_t shard, const fs::path& path) {
  if (parts_[shard].empty()) {
    Xapian::WritableDatabase empty(path.string(), Xapian::DB_CREATE);
    stamp_schema_version(empty);
    if (dictionary_) PassageCodec::store_dictionary(empty, *dictionary_);
    empty.commit();
    return;
  }
  Xapian::Database parts;
  for (const auto& part : parts_[shard]) parts.add_database(Xapian::Database(part.string()));
  parts.compact(path.string());
}

Status BulkBuild::merge_into(const fs::path& merged) {
  const bool sharded = layout_ == TargetLayout::kShards;
  std::vector<Xapian::WritableDatabase> shards;
  for (std::size_t i = 0; i < shard_count_; ++i) {
    if (!sharded && parts_[0].empty()) {
      shards.push_back(open_database_for_writing(merged).take());
      continue;
    }
    if (sharded && i == 0) fs::create_directory(merged);
    const fs::path path = sharded ? merged / local_shard_name(i) : merged;
    compact_shard(i, path);
    // The schema stamp (carried by the compactor), the shard's place in the set and its next
    // article key; then the articles whose id came twice (the later one replaces the first).
    auto db = open_database_for_writing(path);
    if (!db) return db.error();
    if (sharded) stamp_shard_identity(*db, i, shard_count_);
    db->set_metadata(std::string(schema::kNextArticleKeyMetadata), std::to_string(next_keys_[i]));
    shards.push_back(std::move(*db));
  }
  IndexWriter writer(std::move(shards), limits_);
  for (const auto& job : repeated_) passages_ += writer.replace(job.article, *job.aliases);
  writer.commit();
  if (!sharded) return ok_status();
  return write_local_stub(merged, shard_count_);
}

Status BulkBuild::exchange(const fs::path& merged) {
  // Readers see the old (empty) database or the new one, never a mix.
  if (renameat2(AT_FDCWD, merged.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0)
    return ok_status();
  // File systems without atomic exchange: two renames, with a moment where the path is missing.
  std::error_code ec;
  fs::rename(target_, work_ / "replaced", ec);
  if (!ec) fs::rename(merged, target_, ec);
  if (ec) {
    return Error{
        ErrorCode::kIo,
        "cannot move the new database into place at '" + target_.string() + "': " + ec.message(),
        "the new database is in '" + merged.string() + "'"};
  }
  return ok_status();
}

}  // namespace onrecord
