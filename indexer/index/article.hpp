// The article model: what the readers of every article format produce and what the index
// stores about each article.
#pragma once

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace onrecord {

// Metadata an article may carry; every format uses these names (front matter, JSON Lines,
// command-line overrides). `date` is a validated partial ISO date or empty.
struct ArticleFields {
  std::string id;
  std::string title;
  std::string author;
  std::string date;
  std::string source;
  std::string url;
  std::string speaker;  // who speaks the whole text (transcripts, speeches)
  std::string language = "en";
};

struct Article {
  ArticleFields fields;
  std::vector<std::string> paragraphs;
  std::string origin;           // the file it came from, "-" for standard input
  std::size_t origin_line = 0;  // line within origin (JSON Lines), 0 for whole files
  std::string content_hash;     // of the origin file's bytes; drives `sync`
};

// What the index keeps of an article (document kind `article`).
struct ArticleRecord {
  ArticleFields fields;
  std::string origin;
  std::string content_hash;
  std::size_t passage_count = 0;
  std::size_t characters = 0;
  std::string key;  // the database's short name for the article (slot 0); not in the JSON
};

void to_json(nlohmann::json& json, const ArticleFields& fields);
void from_json(const nlohmann::json& json, ArticleFields& fields);
void to_json(nlohmann::json& json, const ArticleRecord& record);
void from_json(const nlohmann::json& json, ArticleRecord& record);

}  // namespace onrecord
