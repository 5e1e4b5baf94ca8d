#include "index/article.hpp"

#include <nlohmann/json.hpp>

namespace onrecord {

void to_json(nlohmann::json& json, const ArticleFields& fields) {
  json = nlohmann::json{{"id", fields.id},           {"title", fields.title},
                        {"author", fields.author},   {"date", fields.date},
                        {"source", fields.source},   {"url", fields.url},
                        {"speaker", fields.speaker}, {"language", fields.language}};
}

void from_json(const nlohmann::json& json, ArticleFields& fields) {
  fields.id = json.value("id", "");
  fields.title = json.value("title", "");
  fields.author = json.value("author", "");
  fields.date = json.value("date", "");
  fields.source = json.value("source", "");
  fields.url = json.value("url", "");
  fields.speaker = json.value("speaker", "");
  fields.language = json.value("language", "en");
}

void to_json(nlohmann::json& json, const ArticleRecord& record) {
  json = nlohmann::json{{"fields", record.fields},
                        {"origin", record.origin},
                        {"hash", record.content_hash},
                        {"passages", record.passage_count},
                        {"characters", record.characters}};
}

void from_json(const nlohmann::json& json, ArticleRecord& record) {
  record.fields = json.at("fields").get<ArticleFields>();
  record.origin = json.value("origin", "");
  record.content_hash = json.value("hash", "");
  record.passage_count = json.value("passages", std::size_t{0});
  record.characters = json.value("characters", std::size_t{0});
}

}  // namespace onrecord
