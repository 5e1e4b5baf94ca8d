#include "formats/jsonl_articles.hpp"

#include <nlohmann/json.hpp>

namespace onrecord {
namespace {

constexpr std::string_view kJsonlHint =
    R"(each line is one JSON object such as {"id": "a1", "title": "...", "text": "..."})";

Error line_error(const std::string& where, const std::string& what) {
  return Error{ErrorCode::kInvalidInput, where + ": " + what, std::string(kJsonlHint)};
}

}  // namespace

void read_jsonl_line(std::string_view line, std::size_t line_number, const std::string& origin,
                     const std::string& hash, const ReadOptions& options, ReadOutcome& outcome) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  const std::string where = origin + ":" + std::to_string(line_number);
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    outcome.errors.push_back(line_error(where, std::string("malformed JSON: ") + e.what()));
    return;
  }
  if (!json.is_object()) {
    outcome.errors.push_back(line_error(where, "not a JSON object"));
    return;
  }
  Article article;
  article.origin = origin;
  article.origin_line = line_number;
  article.content_hash = hash;
  std::string body;
  bool well_typed = true;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string() && !value.is_null()) {
      outcome.errors.push_back(line_error(where, "field '" + key + "' must be a string"));
      well_typed = false;
      break;
    }
  }
  if (!well_typed) return;
  try {
    article.fields = json.get<ArticleFields>();
    body = json.value("text", "");
  } catch (const nlohmann::json::exception& e) {
    outcome.errors.push_back(line_error(where, e.what()));
    return;
  }
  article.paragraphs = split_paragraphs(body);
  ReadOptions line_options = options;
  line_options.default_id = options.default_id + ":" + std::to_string(line_number);
  if (auto status = finish_article(article, line_options, where); !status) {
    outcome.errors.push_back(status.error());
    return;
  }
  outcome.articles.push_back(std::move(article));
}

void read_jsonl_articles(std::string_view text, const std::string& origin, const std::string& hash,
                         const ReadOptions& options, ReadOutcome& outcome) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    const std::string_view line =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? text.size() : nl + 1;
    read_jsonl_line(line, ++line_number, origin, hash, options, outcome);
  }
}

}  // namespace onrecord
