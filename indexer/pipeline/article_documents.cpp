#include "pipeline/article_documents.hpp"

#include <algorithm>

#include "index/schema.hpp"
#include "pipeline/document_builder.hpp"
#include "quotes/article_analysis.hpp"

namespace onrecord {
namespace {

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

// Which passage holds a byte offset of the body.
std::size_t passage_of(const std::vector<Passage>& passages, std::size_t byte) {
  std::size_t index = 0;
  for (std::size_t i = 0; i < passages.size() && passages[i].body_byte <= byte; ++i) index = i;
  return index;
}

}  // namespace

PreparedArticle ArticlePreparer::prepare(const Article& article, const AliasTable& aliases) const {
  const ArticleFields& f = article.fields;
  PreparedArticle prepared;
  prepared.id = f.id;
  const auto passages = split_passages(article.paragraphs, limits_);
  const ArticleAnalysis analysis = analyze_article(article.paragraphs, article_context(f), aliases);

  std::vector<PassageFacts> facts(passages.size());
  for (auto& fact : facts) {
    add_unique(fact.speakers, f.speaker);
    add_unique(fact.dates, f.date);
  }
  for (const auto& date : analysis.dates)
    if (date.has_interval())
      add_unique(facts[passage_of(passages, date.begin)].mentioned, date.value.iso());
  std::size_t chars_before = 0;
  std::size_t bytes_before = 0;
  auto chars_at = [&](std::size_t byte) {  // offsets grow monotonically: count incrementally
    chars_before += count_code_points(
        std::string_view(analysis.body).substr(bytes_before, byte - bytes_before));
    bytes_before = byte;
    return chars_before;
  };
  for (const auto& quote : analysis.quotes) {
    const std::size_t passage = passage_of(passages, quote.begin);
    add_unique(facts[passage].speakers, quote.speaker);
    add_unique(facts[passage].roles, quote.speaker_role);
    QuoteData data;
    data.article_id = f.id;
    data.passage = static_cast<std::uint32_t>(passage);
    data.text = quote.text;
    data.speaker = quote.speaker;
    data.date = quote.date ? quote.date->iso() : std::string();
    data.kind = quote.kind;
    data.cue = quote.cue;
    data.start = chars_at(quote.begin);
    data.end = chars_at(quote.end);
    data.speaker_role = quote.speaker_role;
    data.confidence = quote.confidence;
    data.date_source = quote.date_source;
    std::vector<std::string> mentioned;  // the dates inside the quotation's words
    for (const auto& date : analysis.dates)
      if (date.has_interval() && date.begin >= quote.begin && date.end <= quote.end)
        add_unique(mentioned, date.value.iso());
    prepared.documents.push_back(build_quote_document(article, data, mentioned, analyzer_));
  }

  std::size_t characters = 0;
  for (std::size_t i = 0; i < passages.size(); ++i) {
    prepared.documents.push_back(
        build_passage_document(article, passages[i], facts[i], analyzer_, codec_.get()));
    characters += count_code_points(passages[i].text);
  }
  prepared.documents.push_back(
      build_article_document(article, passages.size(), characters, analyzer_));
  prepared.passages = passages.size();
  return prepared;
}

void assign_article_key(PreparedArticle& prepared, const std::string& key) {
  const std::string article_term = schema::term(schema::prefix::kArticle, key);
  for (Xapian::Document& doc : prepared.documents) {
    doc.add_boolean_term(article_term);
    doc.add_value(schema::slot::kArticleKey, key);
  }
  if (!prepared.documents.empty())
    prepared.documents.back().add_boolean_term(schema::term(schema::prefix::kRecord, key));
}

}  // namespace onrecord
