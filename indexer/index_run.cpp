#include "index_run.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "database.hpp"

namespace onrecord {
namespace {

// Bounded batches keep memory flat on big runs; a kill loses at most one batch.
constexpr std::size_t kArticlesPerCommit = 2000;

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
  for (Article article : outcome.articles) {
    article.content_hash = stored_hash(article.content_hash, aliases);
    const bool existed = find_article(writer_.database(), article.fields.id).has_value();
    counts_.passages += writer_.replace(article, aliases);
    ++(existed ? counts_.updated : counts_.added);
    if (++since_commit_ >= kArticlesPerCommit) {
      writer_.commit();
      since_commit_ = 0;
    }
  }
  tick();
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
