#include "pipeline/index_run.hpp"

#include <unistd.h>
#include <xapian.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <thread>

#include "index/database.hpp"
#include "index/shard_set.hpp"
#include "pipeline/bounded_queue.hpp"

namespace onrecord {
namespace {

// Bounded batches keep memory flat and the writer fast on big runs (Xapian's unflushed changes
// grow superlinearly in cost); a kill loses at most one batch, never half an article.
constexpr std::size_t kDocumentsPerCommit = 1000;

// How many prepared articles may wait for the writer (bounds memory).
constexpr std::size_t kPreparedAhead = 16;

}  // namespace

IndexRun::IndexRun(IndexWriter& writer, std::size_t expected_inputs, std::uintmax_t expected_bytes)
    : writer_(writer),
      expected_inputs_(expected_inputs),
      expected_bytes_(expected_bytes),
      interactive_(isatty(STDERR_FILENO) != 0),
      started_(std::chrono::steady_clock::now()),
      last_progress_(started_) {}

Status IndexRun::use_bulk_build_if_empty(const std::filesystem::path& db) {
  if (writer_.database().get_doccount() > 0) return ok_status();
  // Shards on servers, or elsewhere: written in place.
  if (!has_own_layout(db)) return ok_status();
  auto bulk =
      BulkBuild::start(db, stub_file_of(db) ? TargetLayout::kShards : TargetLayout::kDatabase,
                       writer_.shard_count());
  if (!bulk) return bulk.error();
  bulk_ = std::move(*bulk);
  return ok_status();
}

void IndexRun::ingest(const ReadOutcome& outcome, const AliasTable& aliases) {
  if (stopped_) return;  // the database cannot take more
  for (const auto& warning : outcome.warnings) warn(warning);
  for (const auto& error : outcome.errors) fail(error);
  if (bulk_) {
    try {
      for (const Article& article : outcome.articles)
        ++(bulk_->add(as_stored(article, aliases), aliases) ? counts_.added : counts_.updated);
    } catch (...) {
      stop_on_database_failure();
    }
    return;
  }
  // Analysis and document building run on a second core, ahead of the single writer.
  BoundedQueue<PreparedArticle> queue(kPreparedAhead);
  std::exception_ptr preparer_failure;
  std::thread preparer([&outcome, &aliases, &queue, &preparer_failure,
                        codec = PassageCodec::of(writer_.database())] {
    try {
      const ArticlePreparer prepare_one({}, codec);
      for (const Article& article : outcome.articles) {
        if (!queue.push(prepare_one.prepare(as_stored(article, aliases), aliases))) return;
      }
    } catch (...) {
      preparer_failure = std::current_exception();
    }
    queue.close();
  });
  try {
    while (auto prepared = queue.pop()) store(std::move(*prepared));
  } catch (...) {
    queue.cancel();
    preparer.join();
    stop_on_database_failure();
    return;
  }
  preparer.join();
  if (preparer_failure) std::rethrow_exception(preparer_failure);
}

void IndexRun::store(PreparedArticle prepared) {
  const std::size_t documents = prepared.documents.size();
  const AppliedArticle applied = writer_.apply(std::move(prepared));
  counts_.passages += applied.passages;
  ++(applied.change == ArticleChange::kReplaced ? counts_.updated : counts_.added);
  since_commit_ += documents;
  if (since_commit_ >= kDocumentsPerCommit) {
    writer_.commit();
    since_commit_ = 0;
    committed_ = counts_.added + counts_.updated;
  }
}

void IndexRun::stop_on_database_failure() {
  try {
    throw;
  } catch (const Xapian::Error&) {
    stopped_ = error_from_current_exception();
  }
}

Article IndexRun::as_stored(Article article, const AliasTable& aliases) {
  article.content_hash = stored_hash(article.content_hash, aliases);
  return article;
}

std::string IndexRun::stored_hash(const std::string& file_hash, const AliasTable& aliases) {
  const std::string fingerprint = aliases.fingerprint();
  return fingerprint.empty() ? file_hash : file_hash + "+aliases:" + fingerprint;
}

void IndexRun::remove(const std::string& id) {
  if (const auto removed = writer_.remove(id)) {
    ++counts_.removed;
    counts_.passages_removed += removed->passages;
    clear_progress();
    std::printf("removed %s%s%s: %zu passage%s, %zu quotation%s\n", removed->id.c_str(),
                removed->title.empty() ? "" : " — ", removed->title.c_str(), removed->passages,
                removed->passages == 1 ? "" : "s", removed->quotations,
                removed->quotations == 1 ? "" : "s");
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

std::string IndexRun::progress_of_bytes(std::chrono::steady_clock::time_point now) const {
  constexpr double kMegabyte = 1e6;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes_done_) / seconds : 0;
  char text[160];
  int length = std::snprintf(text, sizeof text, ", %.1f/%.1f MB, %.1f MB/s",
                             static_cast<double>(bytes_done_) / kMegabyte,
                             static_cast<double>(expected_bytes_) / kMegabyte, rate / kMegabyte);
  if (rate > 0 && expected_bytes_ > bytes_done_ && length > 0) {
    const double left = static_cast<double>(expected_bytes_ - bytes_done_) / rate;
    std::snprintf(text + length, sizeof text - static_cast<std::size_t>(length),
                  left >= 120 ? ", about %.0f min left" : ", about %.0f s left",
                  left >= 120 ? left / 60 : left);
  }
  return text;
}

void IndexRun::tick() {
  ++inputs_done_;
  if (!interactive_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  std::string line = "indexing: " + std::to_string(inputs_done_) + "/" +
                     std::to_string(expected_inputs_) + " files";
  if (expected_bytes_ > 0) line += progress_of_bytes(now);
  line += ", " + std::to_string(counts_.added + counts_.updated) + " articles, " +
          std::to_string(bulk_ ? bulk_->passages() : counts_.passages) + " passages";
  std::fprintf(stderr, "\r\033[K%s", line.c_str());
  progress_shown_ = true;
}

void IndexRun::clear_progress() {
  if (!progress_shown_) return;
  std::fprintf(stderr, "\r\033[K");
  progress_shown_ = false;
}

ExitCode IndexRun::finish(const std::string& verb) {
  if (!stopped_ && !bulk_) {
    try {
      writer_.commit();
      committed_ = counts_.added + counts_.updated;
    } catch (...) {
      stop_on_database_failure();
    }
  }
  if (stopped_) {
    bulk_.reset();  // its shards and work folder are removed; the database is as it was
    clear_progress();
    print_error(*stopped_);
    if (committed_ == 0) {
      std::printf("%s: nothing written\n", verb.c_str());
      return ExitCode::kNothingDone;
    }
    std::printf(
        "%s: stopped after %zu articles were committed; the ones after them were not "
        "written (run it again to index them)\n",
        verb.c_str(), committed_);
    return ExitCode::kSomeInputsFailed;
  }
  if (bulk_) {
    const Status built = bulk_->finish();
    counts_.passages = bulk_->passages();
    bulk_.reset();
    if (!built) {
      clear_progress();
      print_error(built.error());
      std::printf("%s: nothing written\n", verb.c_str());
      return ExitCode::kSomeInputsFailed;
    }
  }
  clear_progress();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  std::printf("%s: %zu added, %zu updated, %zu removed, %zu unchanged, %zu failed", verb.c_str(),
              counts_.added, counts_.updated, counts_.removed, counts_.unchanged, counts_.failed);
  if (counts_.passages_removed > 0)
    std::printf(" (%zu passages removed)", counts_.passages_removed);
  if (counts_.skipped > 0) std::printf(", %zu skipped", counts_.skipped);
  std::printf(" — %zu passages in %.2f s\n", counts_.passages, seconds);
  for (const auto& [reason, files] : skipped_) {
    std::printf("skipped, %s:", reason.c_str());
    for (const auto& file : files) std::printf(" %s", file.c_str());
    std::printf("\n");
  }
  return counts_.failed > 0 ? ExitCode::kSomeInputsFailed : ExitCode::kOk;
}

}  // namespace onrecord
