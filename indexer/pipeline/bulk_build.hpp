// Building a new database fast. When the target holds no documents, one worker per core prepares
// articles and writes them into shard databases of its own, in a work folder beside the target
// (no fsync, blocks overwritten in place: a shard is thrown away if anything goes wrong); at the
// end Xapian's compactor merges the shards and the result is exchanged atomically with the empty
// target. Every shard stays small, so the cost per article does not grow with the database, and
// a kill or an error leaves the target exactly as it was. The first megabyte of passages trains
// the new database's passage dictionary (passage_codec) before any worker starts. A sharded
// target (shard_set.hpp) is built the same way: each worker writes each article into a part of
// the article's shard, the parts of each shard are compacted into it, and the folder of shards
// and stub is exchanged with the empty one.
#pragma once

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "index/article.hpp"
#include "index/error.hpp"
#include "index/passage_codec.hpp"
#include "pipeline/bounded_queue.hpp"
#include "quotes/alias_table.hpp"

namespace onrecord {

// What the bulk build makes: a plain database, or a folder of shards and their stub.
enum class TargetLayout { kDatabase, kShards };

class BulkBuild {
 public:
  // Starts workers building beside `database`, whose writer the caller holds (its lock keeps other
  // indexers out until the exchange). Leftovers of an earlier, killed build are removed.
  // `shards` is the number of shards of a kShards target (1 for a plain database).
  static Result<std::unique_ptr<BulkBuild>> start(const std::filesystem::path& database,
                                                  TargetLayout layout = TargetLayout::kDatabase,
                                                  std::size_t shards = 1,
                                                  PassageLimits limits = {});
  ~BulkBuild();  // stops the workers and removes the work folder (and the old, empty database)
  BulkBuild(const BulkBuild&) = delete;
  BulkBuild& operator=(const BulkBuild&) = delete;

  // Hands an article to a worker; false when its id came before (the later article wins).
  // Throws what a worker threw.
  bool add(Article article, const AliasTable& aliases);

  // Waits for the workers, merges their shards, and exchanges the result with the target.
  Status finish();

  [[nodiscard]] std::size_t passages() const { return passages_.load(); }

 private:
  struct Job {
    Article article;
    const AliasTable* aliases = nullptr;
    std::string key;        // schema::article_key, given in input order (repeated ids: none)
    std::size_t shard = 0;  // of the target
  };

  BulkBuild(std::filesystem::path target, std::filesystem::path work, TargetLayout layout,
            std::size_t shards, PassageLimits limits);
  void work(std::size_t worker);
  // Trains the dictionary on the articles held back so far, then hands them to the workers.
  void start_with_dictionary();
  void stop_workers();
  void rethrow_worker_failure();
  Status merge_into(const std::filesystem::path& merged);
  // Compacts shard `shard`'s parts into `path` (an empty database when it has none).
  void compact_shard(std::size_t shard, const std::filesystem::path& path);
  Status exchange(const std::filesystem::path& merged);

  std::filesystem::path target_;
  std::filesystem::path work_;
  PassageLimits limits_;
  BoundedQueue<Job> queue_;
  std::vector<std::thread> workers_;
  std::unordered_set<std::string> ids_;
  TargetLayout layout_;
  std::size_t shard_count_;
  std::vector<std::uint64_t> next_keys_;  // per shard of the target
  std::vector<Job> repeated_;   // later articles with an id seen before, applied after the merge
  std::vector<Job> held_back_;  // until the dictionary is trained
  std::vector<std::string> samples_;
  std::size_t sample_bytes_ = 0;
  bool started_ = false;  // the dictionary is decided and jobs go to the queue
  std::optional<std::string> dictionary_;
  std::shared_ptr<const PassageCodec> codec_;
  std::mutex mutex_;                                       // guards parts_ and failure_
  std::vector<std::vector<std::filesystem::path>> parts_;  // per shard of the target
  std::exception_ptr failure_;
  std::atomic<std::size_t> passages_{0};
};

}  // namespace onrecord
