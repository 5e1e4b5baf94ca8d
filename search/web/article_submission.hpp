// Adding an article over HTTP: the same reader and writer as onrecord-index add, one writer at a
// time, while searches go on.
#pragma once

#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "formats/article_reader.hpp"
#include "index/error.hpp"

namespace onrecord {

struct ArticleSubmission {
  std::string text;  // the article: plain text, optionally with front matter
  FieldOverrides fields;
};

// Indexes the submission; returns {"id", "passages", "quotes"}. kLocked when another writer
// holds the database.
Result<nlohmann::ordered_json> submit_article(const std::filesystem::path& db,
                                              std::mutex& writer_lock,
                                              const ArticleSubmission& submission);

}  // namespace onrecord
