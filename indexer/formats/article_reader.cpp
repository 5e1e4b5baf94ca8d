#include "formats/article_reader.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "formats/article_input.hpp"
#include "formats/front_matter.hpp"
#include "formats/jsonl_articles.hpp"
#include "formats/text_decoding.hpp"
#include "index/content_hash.hpp"
#include "index/partial_date.hpp"

namespace onrecord {
namespace {

// Takes the title line and an optional "By NAME" line off the top of a plain body.
std::string_view take_title_and_byline(std::string_view body, ArticleFields& fields) {
  auto next_line = [&body]() -> std::string_view {
    while (!body.empty()) {
      const auto nl = body.find('\n');
      const std::string_view line = body.substr(0, nl);
      body = nl == std::string_view::npos ? std::string_view{} : body.substr(nl + 1);
      if (!trim_blank(line).empty()) return trim_blank(line);
    }
    return {};
  };
  if (fields.title.empty()) fields.title = std::string(next_line());
  const std::string_view rest = body;
  const std::string_view line = next_line();
  if (line.size() > 3 && line.starts_with("By ") && fields.author.empty()) {
    fields.author = std::string(trim_blank(line.substr(3)));
    return body;
  }
  return rest;
}

}  // namespace

std::string id_from_path(const std::filesystem::path& path) { return path.stem().string(); }

bool looks_like_jsonl(const std::filesystem::path& path) {
  const auto ext = path.extension();
  return ext == ".jsonl" || ext == ".ndjson";
}

ReadOutcome read_article_bytes(std::string bytes, const std::string& origin,
                               const ReadOptions& options) {
  ReadOutcome outcome;
  const std::string hash = content_hash(bytes);
  auto decoded = decode_text(bytes, origin, outcome.warnings);
  if (!decoded) {
    outcome.errors.push_back(decoded.error());
    return outcome;
  }
  const std::string& text = *decoded;
  if (trim_blank(text).empty()) {
    outcome.errors.push_back(Error{ErrorCode::kInvalidInput,
                                   origin + ": empty file, nothing to index",
                                   "write the article's title and text into it, or remove it"});
    return outcome;
  }
  if (options.format == ArticleFormat::kJsonLines) {
    read_jsonl_articles(text, origin, hash, options, outcome);
    return outcome;
  }
  Article article;
  article.origin = origin;
  article.content_hash = hash;
  std::string_view body = text;
  if (starts_with_front_matter(text)) {
    auto front = parse_front_matter(text, origin, outcome.warnings);
    if (!front) {
      outcome.errors.push_back(front.error());
      return outcome;
    }
    article.fields = front->fields;
    body = std::string_view(text).substr(front->body_offset);
  }
  body = take_title_and_byline(body, article.fields);
  article.paragraphs = split_paragraphs(body);
  if (auto status = finish_article(article, options, origin); !status) {
    outcome.errors.push_back(status.error());
    return outcome;
  }
  outcome.articles.push_back(std::move(article));
  return outcome;
}

namespace {

constexpr std::size_t kArticlesPerBatch = 256;
constexpr std::size_t kBinaryProbeBytes = 8192;

void stream_jsonl(std::istream& in, const std::string& origin, const ReadOptions& options,
                  const OutcomeSink& sink) {
  const std::string hash = content_hash(in);
  in.clear();
  in.seekg(0);
  std::string probe(kBinaryProbeBytes, '\0');
  in.read(probe.data(), static_cast<std::streamsize>(probe.size()));
  probe.resize(static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  ReadOutcome batch;
  if (const auto nul = probe.find('\0'); nul != std::string::npos) {
    batch.errors.push_back(Error{
        ErrorCode::kInvalidInput,
        origin + ": looks like a binary file (NUL byte at offset " + std::to_string(nul) + ")",
        "articles are UTF-8 text; remove the file or move it out of the folder"});
    sink(std::move(batch));
    return;
  }
  std::size_t line_number = 0;
  bool any_text = false;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    any_text = true;
    auto decoded = decode_text(line, origin + ":" + std::to_string(line_number), batch.warnings);
    if (!decoded) {
      batch.errors.push_back(decoded.error());
      continue;
    }
    read_jsonl_line(*decoded, line_number, origin, hash, options, batch);
    if (batch.articles.size() >= kArticlesPerBatch) {
      sink(std::move(batch));
      batch = ReadOutcome{};
    }
  }
  if (!any_text) {
    batch.errors.push_back(Error{ErrorCode::kInvalidInput,
                                 origin + ": empty file, nothing to index",
                                 "write one JSON object per line, or remove the file"});
  }
  sink(std::move(batch));
}

}  // namespace

void read_article_file(const std::filesystem::path& path, const ReadOptions& options,
                       const OutcomeSink& sink) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    ReadOutcome outcome;
    outcome.errors.push_back(Error{ErrorCode::kInvalidInput, path.string() + ": is a directory",
                                   "use `onrecord-index sync DIR` for folders"});
    sink(std::move(outcome));
    return;
  }
  if (!in) {
    ReadOutcome outcome;
    const bool exists = std::filesystem::exists(path, ec);
    outcome.errors.push_back(
        Error{exists ? ErrorCode::kIo : ErrorCode::kNotFound,
              path.string() +
                  ": cannot read: " + (exists ? "permission denied or unreadable" : "no such file"),
              exists ? "check the file's permissions" : "check the path"});
    sink(std::move(outcome));
    return;
  }
  ReadOptions effective = options;
  if (effective.format == ArticleFormat::kAuto) {
    effective.format = looks_like_jsonl(path) ? ArticleFormat::kJsonLines : ArticleFormat::kText;
  }
  if (effective.format == ArticleFormat::kJsonLines) {
    stream_jsonl(in, path.string(), effective, sink);
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  sink(read_article_bytes(buffer.str(), path.string(), effective));
}

ReadOutcome read_article_file(const std::filesystem::path& path, const ReadOptions& options) {
  ReadOutcome all;
  read_article_file(path, options, [&all](ReadOutcome&& part) {
    std::move(part.articles.begin(), part.articles.end(), std::back_inserter(all.articles));
    all.errors.insert(all.errors.end(), part.errors.begin(), part.errors.end());
    all.warnings.insert(all.warnings.end(), part.warnings.begin(), part.warnings.end());
  });
  return all;
}

}  // namespace onrecord
