#include "document_builder.hpp"

#include <nlohmann/json.hpp>

#include "schema.hpp"

namespace onrecord {
namespace {

void add_name_term(Xapian::Document& doc, std::string_view prefix, const std::string& name) {
  const std::string folded = TextAnalyzer::fold_name(name);
  if (!folded.empty()) doc.add_boolean_term(schema::term(prefix, folded));
}

}  // namespace

void index_text(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                const TextAnalyzer& analyzer) {
  const std::string stem_prefix = std::string(schema::prefix::kStem) + prefix;
  for (const Token& token : tokens) {
    doc.add_posting(prefix + token.term, token.position);
    if (TextAnalyzer::is_stemmable(token.term))
      doc.add_term(stem_prefix + analyzer.stem(token.term));
    for (const std::string& alias : token.aliases) {
      doc.add_posting(prefix + alias, token.position);
      if (TextAnalyzer::is_stemmable(alias)) doc.add_term(stem_prefix + analyzer.stem(alias));
    }
  }
}

Xapian::Document build_passage_document(const Article& article, const Passage& passage,
                                        const TextAnalyzer& analyzer, const WordSink& words) {
  const ArticleFields& f = article.fields;
  Xapian::Document doc;
  doc.add_boolean_term(schema::passage_unique_term(f.id, passage.index));
  doc.add_boolean_term(schema::term(schema::prefix::kArticle, f.id));
  doc.add_boolean_term(schema::kind_term(schema::DocKind::kPassage));

  const auto tokens = analyzer.tokenize(passage.text);
  index_text(doc, tokens, "", analyzer);
  if (words) {
    for (const Token& token : tokens)
      if (token.token_class == TokenClass::kWord) words(token.term);
  }
  index_text(doc, analyzer.tokenize(f.title), std::string(schema::prefix::kTitle), analyzer);

  std::vector<std::string> speakers;
  if (!f.speaker.empty()) {
    speakers.push_back(f.speaker);
    add_name_term(doc, schema::prefix::kSpeaker, f.speaker);
  }
  std::vector<std::string> dates;
  if (!f.date.empty()) {
    dates.push_back(f.date);
    doc.add_boolean_term(schema::term(schema::prefix::kDate, f.date));
  }
  add_name_term(doc, schema::prefix::kSource, f.source);
  add_name_term(doc, schema::prefix::kAuthor, f.author);

  doc.add_value(schema::slot::kArticleId, f.id);
  doc.add_value(schema::slot::kSortDate, f.date);
  doc.add_value(schema::slot::kSpeakers, join_list(speakers));
  doc.add_value(schema::slot::kDates, join_list(dates));
  doc.add_value(schema::slot::kSource, f.source);
  doc.set_data(encode_passage_data({f.id, passage.index, passage.body_start, passage.text}));
  return doc;
}

Xapian::Document build_article_document(const Article& article, std::size_t passage_count,
                                        std::size_t characters) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::article_unique_term(article.fields.id));
  doc.add_boolean_term(schema::term(schema::prefix::kArticle, article.fields.id));
  doc.add_boolean_term(schema::kind_term(schema::DocKind::kArticle));
  ArticleRecord record{article.fields, article.origin, article.content_hash, passage_count,
                       characters};
  doc.set_data(nlohmann::json(record).dump());
  return doc;
}

std::string encode_passage_data(const PassageData& data) {
  return nlohmann::json{
      {"a", data.article_id}, {"i", data.index}, {"s", data.body_start}, {"t", data.text}}
      .dump();
}

PassageData decode_passage_data(const std::string& data) {
  const auto json = nlohmann::json::parse(data);
  return PassageData{json.at("a").get<std::string>(), json.at("i").get<std::uint32_t>(),
                     json.at("s").get<std::size_t>(), json.at("t").get<std::string>()};
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out.push_back(schema::kListSeparator);
    out += item;
  }
  return out;
}

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto sep = joined.find(schema::kListSeparator, start);
    if (sep == std::string::npos) sep = joined.size();
    items.push_back(joined.substr(start, sep - start));
    start = sep + 1;
  }
  return items;
}

}  // namespace onrecord
