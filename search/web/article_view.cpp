#include "web/article_view.hpp"

#include <algorithm>

#include "index/database.hpp"
#include "index/json_values.hpp"
#include "index/schema.hpp"
#include "output/json_output.hpp"

namespace onrecord {
namespace {

// Passages carry no kind term.
std::string kind_of(const Xapian::Document& doc) {
  const std::string prefix(schema::prefix::kKind);
  auto it = doc.termlist_begin();
  it.skip_to(prefix);
  if (it == doc.termlist_end() || !(*it).starts_with(prefix))
    return std::string(schema::kind_name(schema::DocKind::kPassage));
  return (*it).substr(prefix.size());
}

}  // namespace

std::optional<ArticleView> load_article(const Xapian::Database& db, const std::string& id) {
  auto record = find_article(db, id);
  if (!record) return std::nullopt;
  ArticleView view;
  view.record = std::move(*record);
  const std::string term = schema::term(schema::prefix::kArticle, view.record.key);
  const auto codec = PassageCodec::of(db);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    const std::string kind = kind_of(doc);
    if (kind == schema::kind_name(schema::DocKind::kPassage)) {
      if (auto passage = decode_passage_data(doc.get_data(), id, codec.get()))
        view.passages.push_back(std::move(*passage));
    }
    if (kind == schema::kind_name(schema::DocKind::kQuote)) {
      if (auto quote = decode_quote_data(doc.get_data(), id))
        view.quotes.push_back(std::move(*quote));
    }
  }
  std::sort(view.passages.begin(), view.passages.end(),
            [](const PassageData& a, const PassageData& b) { return a.index < b.index; });
  std::sort(view.quotes.begin(), view.quotes.end(),
            [](const QuoteData& a, const QuoteData& b) { return a.start < b.start; });
  return view;
}

nlohmann::ordered_json article_to_json(const ArticleView& view) {
  const ArticleFields& f = view.record.fields;
  nlohmann::ordered_json passages = nlohmann::ordered_json::array();
  for (const auto& p : view.passages)
    passages.push_back({{"index", p.index}, {"start", p.body_start}, {"text", p.text}});
  nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
  for (const auto& q : view.quotes) {
    nlohmann::ordered_json quote = quote_json(q);
    quote["passage"] = q.passage;
    quotes.push_back(std::move(quote));
  }
  return {{"version", kJsonSchemaVersion},
          {"article",
           {{"id", f.id},
            {"title", nullable(f.title)},
            {"author", nullable(f.author)},
            {"date", nullable(f.date)},
            {"source", nullable(f.source)},
            {"url", nullable(f.url)},
            {"speaker", nullable(f.speaker)},
            {"language", f.language}}},
          {"passages", passages},
          {"quotes", quotes}};
}

}  // namespace onrecord
