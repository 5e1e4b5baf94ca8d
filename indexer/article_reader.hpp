// Reads article files in the three accepted forms (plain text, YAML front matter + text, JSON
// Lines) into Articles. Errors name the file and line; one bad article never hides the others.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "article.hpp"
#include "error.hpp"

namespace onrecord {

enum class ArticleFormat { kAuto, kText, kJsonLines };

// Values given on the command line; each one set replaces what the file says.
struct FieldOverrides {
  std::optional<std::string> id, title, author, date, source, url, speaker;
};

struct ReadOptions {
  ArticleFormat format = ArticleFormat::kAuto;
  FieldOverrides overrides;
  std::string default_id;  // used when the article names no id (derived from its path)
};

struct ReadOutcome {
  std::vector<Article> articles;
  std::vector<Error> errors;
  std::vector<std::string> warnings;
};

using OutcomeSink = std::function<void(ReadOutcome&&)>;

// Reads a file and hands its articles to `sink`, in batches: JSON Lines files are streamed line
// by line, so a file of any size is read in bounded memory.
void read_article_file(const std::filesystem::path& path, const ReadOptions& options,
                       const OutcomeSink& sink);

// The same, all at once (for small inputs and tests).
ReadOutcome read_article_file(const std::filesystem::path& path, const ReadOptions& options);

// `origin` names the input in messages ("-" for standard input).
ReadOutcome read_article_bytes(std::string bytes, const std::string& origin,
                               const ReadOptions& options);

// The id an article gets from its path when it names none: the file name without its extension,
// so `add` and `sync` give a file the same id wherever it is reached from.
std::string id_from_path(const std::filesystem::path& path);

bool looks_like_jsonl(const std::filesystem::path& path);

// Checks one article's fields; messages are prefixed with `where` (file and line).
Status validate_fields(const ArticleFields& fields, const std::string& where);

// Applies overrides, then validates.
Status finish_article(Article& article, const ReadOptions& options, const std::string& where);

// Splits a body into paragraphs: blocks separated by blank lines when the text has any (lines
// of a block joined), otherwise one paragraph per line.
std::vector<std::string> split_paragraphs(std::string_view body);

}  // namespace onrecord
