#include "pipeline/document_builder.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "index/partial_date.hpp"
#include "index/schema.hpp"
#include "index/value_list.hpp"

namespace onrecord {
namespace {

void add_name_term(Xapian::Document& doc, std::string_view prefix, const std::string& name) {
  const std::string folded = TextAnalyzer::fold_name(name);
  if (!folded.empty()) doc.add_boolean_term(schema::term(prefix, folded));
}

void add_date_terms(Xapian::Document& doc, const std::vector<std::string>& dates,
                    schema::DateRole role) {
  for (const auto& date : dates) {
    doc.add_boolean_term(schema::date_term(date, role));
    const auto value = parse_partial_date(date);
    if (!value) continue;  // the readers and the resolver give valid dates only
    for (int year = value->first_day() / 10000; year <= value->last_day() / 10000; ++year)
      doc.add_boolean_term(schema::year_term(year, role));
  }
}

// A quotation's date as the sort slot holds dates: ISO, so that a week sorts by its Monday.
std::string sort_key(const std::string& date) {
  const auto value = parse_partial_date(date);
  return value && !is_calendar_grain(value->precision) ? start_iso(*value) : date;
}

}  // namespace

void index_text(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                const TextAnalyzer& analyzer) {
  // One term per word, its search term (the stem), with positions: a second, exact-form term
  // per word would cost a quarter of the indexing time and a fifth of the database.
  for (const Token& token : tokens) {
    const std::string positional = analyzer.search_term(token.term, prefix);
    doc.add_posting(positional, token.position);
    for (const std::string& alias : token.aliases) {
      const std::string alias_positional = analyzer.search_term(alias, prefix);
      if (alias_positional != positional) doc.add_posting(alias_positional, token.position);
    }
  }
}

Xapian::Document build_passage_document(const Article& article, const Passage& passage,
                                        const PassageFacts& facts, const TextAnalyzer& analyzer,
                                        const PassageCodec* codec) {
  const ArticleFields& f = article.fields;
  Xapian::Document doc;
  const auto tokens = analyzer.tokenize(passage.text);
  index_text(doc, tokens, "", analyzer);

  for (const auto& speaker : facts.speakers) add_name_term(doc, schema::prefix::kSpeaker, speaker);
  for (const auto& role : facts.roles) add_name_term(doc, schema::prefix::kRole, role);
  add_date_terms(doc, facts.dates, schema::DateRole::kOwn);
  add_date_terms(doc, facts.mentioned, schema::DateRole::kMentioned);
  add_name_term(doc, schema::prefix::kSource, f.source);
  add_name_term(doc, schema::prefix::kAuthor, f.author);

  doc.add_value(schema::slot::kSortDate, f.date);
  doc.add_value(schema::slot::kSpeakers, join_list(facts.speakers));
  doc.add_value(schema::slot::kDates, join_list(facts.dates));
  doc.add_value(schema::slot::kMentioned, join_list(facts.mentioned));
  doc.add_value(schema::slot::kSource, f.source);
  doc.set_data(encode_passage_data({f.id, passage.index, passage.body_start, passage.text}, codec));
  return doc;
}

Xapian::Document build_article_document(const Article& article, std::size_t passage_count,
                                        std::size_t characters, const TextAnalyzer& analyzer) {
  Xapian::Document doc;
  // Title words live here once; title: filters select the article's passages by its id.
  index_text(doc, analyzer.tokenize(article.fields.title), std::string(schema::prefix::kTitle),
             analyzer);
  doc.add_boolean_term(schema::article_unique_term(article.fields.id));
  doc.add_boolean_term(schema::kind_term(schema::DocKind::kArticle));
  ArticleRecord record{article.fields, article.origin, article.content_hash,
                       passage_count,  characters,     ""};  // the key is the writer's to give
  doc.set_data(nlohmann::json(record).dump());
  return doc;
}

Xapian::Document build_quote_document(const Article& article, const QuoteData& quote,
                                      const std::vector<std::string>& mentioned,
                                      const TextAnalyzer& analyzer) {
  const ArticleFields& f = article.fields;
  Xapian::Document doc;
  doc.add_boolean_term(schema::kind_term(schema::DocKind::kQuote));
  doc.add_boolean_term(schema::term(schema::prefix::kQuoteKind, quote_kind_name(quote.kind)));
  const std::string hash = quote_hash(quote.text, analyzer);
  doc.add_boolean_term(schema::term(schema::prefix::kQuoteHash, hash));
  index_text(doc, analyzer.tokenize(quote.text), "", analyzer);
  if (!quote.speaker.empty()) add_name_term(doc, schema::prefix::kSpeaker, quote.speaker);
  if (!quote.speaker_role.empty()) add_name_term(doc, schema::prefix::kRole, quote.speaker_role);
  if (!quote.date.empty()) add_date_terms(doc, {quote.date}, schema::DateRole::kOwn);
  add_date_terms(doc, mentioned, schema::DateRole::kMentioned);
  add_name_term(doc, schema::prefix::kSource, f.source);
  add_name_term(doc, schema::prefix::kAuthor, f.author);
  doc.add_value(schema::slot::kSortDate, quote.date.empty() ? f.date : sort_key(quote.date));
  doc.add_value(schema::slot::kSpeakers, quote.speaker);
  doc.add_value(schema::slot::kDates, quote.date);
  doc.add_value(schema::slot::kMentioned, join_list(mentioned));
  doc.add_value(schema::slot::kSource, f.source);
  doc.add_value(schema::slot::kQuoteHash, hash);
  doc.set_data(encode_quote_data(quote));
  return doc;
}

std::string quote_hash(std::string_view text, const TextAnalyzer& analyzer) {
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a over the analysed words
  for (const auto& token : analyzer.tokenize(text)) {
    for (char c : token.term) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    hash ^= ' ';
    hash *= 1099511628211ULL;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace onrecord
