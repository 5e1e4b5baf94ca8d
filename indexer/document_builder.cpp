#include "document_builder.hpp"

#include <cstdio>
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
  for (const auto& date : facts.dates) {
    doc.add_boolean_term(schema::date_term(date));
    doc.add_boolean_term(schema::year_term(date));
  }
  add_name_term(doc, schema::prefix::kSource, f.source);
  add_name_term(doc, schema::prefix::kAuthor, f.author);

  doc.add_value(schema::slot::kSortDate, f.date);
  doc.add_value(schema::slot::kSpeakers, join_list(facts.speakers));
  doc.add_value(schema::slot::kDates, join_list(facts.dates));
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
  ArticleRecord record{article.fields, article.origin, article.content_hash, passage_count,
                       characters, ""};  // the key is the writer's to give
  doc.set_data(nlohmann::json(record).dump());
  return doc;
}

Xapian::Document build_quote_document(const Article& article, const QuoteData& quote,
                                      const TextAnalyzer& analyzer) {
  const ArticleFields& f = article.fields;
  Xapian::Document doc;
  doc.add_boolean_term(schema::kind_term(schema::DocKind::kQuote));
  doc.add_boolean_term(schema::term(schema::prefix::kQuoteKind, quote.kind));
  const std::string hash = quote_hash(quote.text, analyzer);
  doc.add_boolean_term(schema::term(schema::prefix::kQuoteHash, hash));
  index_text(doc, analyzer.tokenize(quote.text), "", analyzer);
  if (!quote.speaker.empty()) add_name_term(doc, schema::prefix::kSpeaker, quote.speaker);
  if (!quote.date.empty()) {
    doc.add_boolean_term(schema::date_term(quote.date));
    doc.add_boolean_term(schema::year_term(quote.date));
  }
  add_name_term(doc, schema::prefix::kSource, f.source);
  add_name_term(doc, schema::prefix::kAuthor, f.author);
  doc.add_value(schema::slot::kSortDate, quote.date.empty() ? f.date : quote.date);
  doc.add_value(schema::slot::kSpeakers, quote.speaker);
  doc.add_value(schema::slot::kDates, quote.date);
  doc.add_value(schema::slot::kSource, f.source);
  doc.add_value(schema::slot::kQuoteHash, hash);
  doc.set_data(encode_quote_data(quote));
  return doc;
}

std::string encode_quote_data(const QuoteData& d) {
  return nlohmann::json{{"a", d.article_id}, {"p", d.passage}, {"t", d.text},
                        {"s", d.speaker},    {"d", d.date},    {"k", d.kind},
                        {"c", d.cue},        {"b", d.start},   {"e", d.end}}
      .dump();
}

QuoteData decode_quote_data(const std::string& data) {
  const auto j = nlohmann::json::parse(data);
  return QuoteData{
      j.at("a").get<std::string>(), j.at("p").get<std::uint32_t>(), j.at("t").get<std::string>(),
      j.at("s").get<std::string>(), j.at("d").get<std::string>(),   j.at("k").get<std::string>(),
      j.at("c").get<std::string>(), j.at("b").get<std::size_t>(),   j.at("e").get<std::size_t>()};
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

namespace {

// JSON data (articles, quotations) starts with '{'.
constexpr char kPlainPassageTag = 'P';
constexpr char kCompressedPassageTag = 'C';

void append_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::optional<std::uint64_t> read_varint(std::string_view data, std::size_t& at) {
  std::uint64_t value = 0;
  for (int shift = 0; at < data.size() && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(data[at++]);
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string encode_passage_data(const PassageData& data, const PassageCodec* codec) {
  std::string out(1, codec != nullptr ? kCompressedPassageTag : kPlainPassageTag);
  append_varint(out, data.index);
  append_varint(out, data.body_start);
  out += codec != nullptr ? codec->compress(data.text) : data.text;
  return out;
}

std::optional<PassageData> decode_passage_data(const std::string& data, std::string article_id,
                                               const PassageCodec* codec) {
  if (data.empty() || (data.front() != kPlainPassageTag && data.front() != kCompressedPassageTag))
    return std::nullopt;
  std::size_t at = 1;
  const auto index = read_varint(data, at);
  const auto body_start = read_varint(data, at);
  if (!index || !body_start) return std::nullopt;
  PassageData passage{std::move(article_id), static_cast<std::uint32_t>(*index),
                      static_cast<std::size_t>(*body_start), ""};
  if (data.front() == kPlainPassageTag) {
    passage.text = data.substr(at);
    return passage;
  }
  auto text =
      codec != nullptr ? codec->decompress(std::string_view(data).substr(at)) : std::nullopt;
  if (!text) {
    // A Xapian error, so that both tools report it as a damaged database.
    throw Xapian::DatabaseCorruptError("a passage of article '" + passage.article_id +
                                       "' cannot be decompressed with the database's dictionary; "
                                       "rebuild the database");
  }
  passage.text = std::move(*text);
  return passage;
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
