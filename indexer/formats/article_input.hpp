// What every article reader shares: the options a read takes, what it gives back, and the last
// steps each format ends with (command-line overrides, field checks, paragraphs).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/article.hpp"
#include "index/error.hpp"

namespace onrecord {

// kAuto: by the file's first bytes (PDF, zip, HTML), else by its extension, else plain text.
enum class ArticleFormat { kAuto, kText, kJsonLines, kMarkdown, kHtml, kPdf, kDocx };

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

// Checks one article's fields; messages are prefixed with `where` (file and line).
Status validate_fields(const ArticleFields& fields, const std::string& where);

// Applies overrides, then validates.
Status finish_article(Article& article, const ReadOptions& options, const std::string& where);

// Splits a body into paragraphs: blocks separated by blank lines when the text has any (lines
// of a block joined), otherwise one paragraph per line.
std::vector<std::string> split_paragraphs(std::string_view body);

// The text without leading and trailing white space.
std::string_view trim_blank(std::string_view s);

}  // namespace onrecord
