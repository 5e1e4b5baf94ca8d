#include "index_writer.hpp"

#include <algorithm>

#include "document_builder.hpp"
#include "schema.hpp"

namespace onrecord {

IndexWriter::IndexWriter(Xapian::WritableDatabase db, PassageLimits limits)
    : db_(std::move(db)), limits_(limits) {}

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

std::size_t IndexWriter::replace(const Article& article, const AliasTable& aliases) {
  const ArticleFields& f = article.fields;
  db_.delete_document(schema::term(schema::prefix::kArticle, f.id));
  const auto passages = split_passages(article.paragraphs, limits_);
  const ArticleAnalysis analysis = analyze_article(article.paragraphs, f.date, aliases);

  std::vector<PassageFacts> facts(passages.size());
  for (auto& fact : facts) {
    add_unique(fact.speakers, f.speaker);
    add_unique(fact.dates, f.date);
  }
  for (const auto& date : analysis.dates)
    add_unique(facts[passage_of(passages, date.begin)].dates, date.value.iso());
  std::size_t chars_before = 0;
  std::size_t bytes_before = 0;
  auto chars_at = [&](std::size_t byte) {  // offsets grow monotonically: count incrementally
    chars_before += count_code_points(
        std::string_view(analysis.body).substr(bytes_before, byte - bytes_before));
    bytes_before = byte;
    return chars_before;
  };
  std::uint32_t quote_index = 0;
  for (const auto& quote : analysis.quotes) {
    const std::size_t passage = passage_of(passages, quote.begin);
    add_unique(facts[passage].speakers, quote.speaker);
    QuoteData data{f.id,
                   static_cast<std::uint32_t>(passage),
                   quote.text,
                   quote.speaker,
                   quote.date ? quote.date->iso() : std::string(),
                   std::string(quote_kind_name(quote.kind)),
                   quote.cue,
                   0,
                   0};
    data.start = chars_at(quote.begin);
    data.end = chars_at(quote.end);
    db_.add_document(build_quote_document(article, quote_index++, data, analyzer_));
  }

  const WordSink spelling = [this](const std::string& word) { db_.add_spelling(word); };
  std::size_t characters = 0;
  for (std::size_t i = 0; i < passages.size(); ++i) {
    db_.add_document(build_passage_document(article, passages[i], facts[i], analyzer_, spelling));
    characters += count_code_points(passages[i].text);
  }
  db_.add_document(build_article_document(article, passages.size(), characters));
  return passages.size();
}

bool IndexWriter::remove(std::string_view id) {
  const std::string term = schema::term(schema::prefix::kArticle, id);
  if (db_.get_termfreq(term) == 0) return false;
  db_.delete_document(term);
  return true;
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace onrecord
