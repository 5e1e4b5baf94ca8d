#include "index_run.hpp"

#include <unistd.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "database.hpp"

namespace onrecord {
namespace {

// Bounded batches keep memory flat and the writer fast on big runs (Xapian's unflushed changes
// grow superlinearly in cost); a kill loses at most one batch, never half an article.
constexpr std::size_t kDocumentsPerCommit = 1000;

// How many prepared articles may wait for the writer (bounds memory).
constexpr std::size_t kPreparedAhead = 16;

// A bounded hand-over from the preparing thread to the writing one.
class PreparedQueue {
 public:
  explicit PreparedQueue(std::size_t capacity) : capacity_(capacity) {}
  // False when the consumer has given up.
  bool push(PreparedArticle item) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [this] { return items_.size() < capacity_ || cancelled_; });
    if (cancelled_) return false;
    items_.push_back(std::move(item));
    ready_.notify_one();
    return true;
  }
  std::optional<PreparedArticle> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    PreparedArticle item = std::move(items_.front());
    items_.pop_front();
    space_.notify_one();
    return item;
  }
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }
  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    space_.notify_all();
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<PreparedArticle> items_;
  bool closed_ = false;
  bool cancelled_ = false;
};

}  // namespace

void print_error(const Error& error) { std::cerr << "error: " << error.describe() << "\n"; }

IndexRun::IndexRun(IndexWriter& writer, std::size_t expected_inputs)
    : writer_(writer),
      expected_inputs_(expected_inputs),
      interactive_(isatty(STDERR_FILENO) != 0),
      started_(std::chrono::steady_clock::now()),
      last_progress_(started_) {}

void IndexRun::ingest(const ReadOutcome& outcome, const AliasTable& aliases) {
  for (const auto& warning : outcome.warnings) warn(warning);
  for (const auto& error : outcome.errors) fail(error);
  // Analysis and document building run on a second core, ahead of the single writer.
  PreparedQueue queue(kPreparedAhead);
  std::exception_ptr preparer_failure;
  std::thread preparer([&outcome, &aliases, &queue, &preparer_failure] {
    try {
      const ArticlePreparer prepare_one;
      for (Article article : outcome.articles) {
        article.content_hash = stored_hash(article.content_hash, aliases);
        if (!queue.push(prepare_one.prepare(article, aliases))) return;
      }
    } catch (...) {
      preparer_failure = std::current_exception();
    }
    queue.close();
  });
  try {
    while (auto prepared = queue.pop()) store(*prepared);
  } catch (...) {
    queue.cancel();
    preparer.join();
    throw;
  }
  preparer.join();
  if (preparer_failure) std::rethrow_exception(preparer_failure);
}

void IndexRun::store(const PreparedArticle& prepared) {
  const bool existed = find_article(writer_.database(), prepared.id).has_value();
  counts_.passages += writer_.apply(prepared);
  ++(existed ? counts_.updated : counts_.added);
  since_commit_ += prepared.documents.size();
  if (since_commit_ >= kDocumentsPerCommit) {
    writer_.commit();
    since_commit_ = 0;
  }
}

std::string IndexRun::stored_hash(const std::string& file_hash, const AliasTable& aliases) {
  const std::string fingerprint = aliases.fingerprint();
  return fingerprint.empty() ? file_hash : file_hash + "+aliases:" + fingerprint;
}

void IndexRun::remove(const std::string& id) {
  if (writer_.remove(id)) {
    ++counts_.removed;
  } else {
    fail(Error{ErrorCode::kNotFound, "no article with id '" + id + "'",
               "see `onrecord-index list`"});
  }
}

void IndexRun::fail(const Error& error) {
  clear_progress();
  print_error(error);
  ++counts_.failed;
}

void IndexRun::warn(const std::string& warning) {
  clear_progress();
  std::cerr << "warning: " << warning << "\n";
}

void IndexRun::tick() {
  ++inputs_done_;
  if (!interactive_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  std::fprintf(stderr, "\rindexing: %zu/%zu files, %zu articles, %zu passages", inputs_done_,
               expected_inputs_, counts_.added + counts_.updated, counts_.passages);
  progress_shown_ = true;
}

void IndexRun::clear_progress() {
  if (!progress_shown_) return;
  std::fprintf(stderr, "\r\033[K");
  progress_shown_ = false;
}

ExitCode IndexRun::finish(const std::string& verb) {
  writer_.commit();
  clear_progress();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  std::printf("%s: %zu added, %zu updated, %zu removed, %zu unchanged, %zu failed", verb.c_str(),
              counts_.added, counts_.updated, counts_.removed, counts_.unchanged, counts_.failed);
  if (counts_.skipped > 0) std::printf(", %zu skipped (not an article format)", counts_.skipped);
  std::printf(" — %zu passages in %.2f s\n", counts_.passages, seconds);
  return counts_.failed > 0 ? ExitCode::kSomeInputsFailed : ExitCode::kOk;
}

}  // namespace onrecord
