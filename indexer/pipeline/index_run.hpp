// What one run of onrecord-index does and reports: feeds read articles to the writer, counts
// what changed, prints errors and warnings as they happen, a progress line on a terminal, and a
// summary at the end. Shared by the add and sync commands.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "formats/article_reader.hpp"
#include "pipeline/bulk_build.hpp"
#include "pipeline/index_writer.hpp"

namespace onrecord {

struct RunCounts {
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  std::size_t skipped = 0;           // files sync does not read (not an article format)
  std::size_t failed = 0;            // files or lines that could not be indexed
  std::size_t passages = 0;          // indexed
  std::size_t passages_removed = 0;  // with the removed articles
};

class IndexRun {
 public:
  // The expected inputs (files) and their bytes drive the progress line's rate and time left.
  explicit IndexRun(IndexWriter& writer, std::size_t expected_inputs = 0,
                    std::uintmax_t expected_bytes = 0);

  // Builds a new database in parallel instead (see bulk_build.hpp) when the writer's database
  // holds no documents. Call before ingesting anything.
  Status use_bulk_build_if_empty(const std::filesystem::path& db);

  // Indexes every good article of an outcome and reports its errors and warnings.
  void ingest(const ReadOutcome& outcome, const AliasTable& aliases);
  void remove(const std::string& id);
  void file_done(std::uintmax_t bytes = 0) {
    bytes_done_ += bytes;
    tick();
  }
  void note_unchanged(std::uintmax_t bytes = 0) {
    ++counts_.unchanged;
    file_done(bytes);
  }
  // A file the run does not read, and why; the summary names each one, grouped by reason.
  void note_skipped(const std::string& file, const std::string& reason) {
    ++counts_.skipped;
    skipped_[reason].push_back(file);
  }
  void fail(const Error& error);
  void warn(const std::string& warning);

  // Commits, prints the summary line (verb: "add", "sync"...) and returns the exit code.
  ExitCode finish(const std::string& verb);

  [[nodiscard]] const RunCounts& counts() const { return counts_; }

  // The hash an article is stored with: its file's bytes and the aliases it was read with.
  static std::string stored_hash(const std::string& file_hash, const AliasTable& aliases);
  // The article as it is stored: with that hash.
  static Article as_stored(Article article, const AliasTable& aliases);

 private:
  void store(PreparedArticle prepared);
  // Inside a catch: keeps a database failure (a full disk) as the end of the run; rethrows
  // anything else.
  void stop_on_database_failure();
  void tick();
  [[nodiscard]] std::string progress_of_bytes(std::chrono::steady_clock::time_point now) const;
  void clear_progress();

  IndexWriter& writer_;
  std::unique_ptr<BulkBuild> bulk_;
  RunCounts counts_;
  std::size_t expected_inputs_;
  std::uintmax_t expected_bytes_;
  std::size_t inputs_done_ = 0;
  std::uintmax_t bytes_done_ = 0;
  std::map<std::string, std::vector<std::string>> skipped_;  // reason -> files
  std::size_t since_commit_ = 0;  // documents added since the last commit
  std::size_t committed_ = 0;     // articles added or updated as of the last good commit
  std::optional<Error> stopped_;  // the database failure that ended the run
  bool progress_shown_ = false;
  bool interactive_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_progress_;
};

}  // namespace onrecord
