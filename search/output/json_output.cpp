#include "output/json_output.hpp"

#include "analysis/text_analyzer.hpp"
#include "index/json_values.hpp"

namespace onrecord {
namespace {

nlohmann::ordered_json article_json(const ArticleFields& a) {
  return {{"id", a.id},
          {"title", nullable(a.title)},
          {"author", nullable(a.author)},
          {"date", nullable(a.date)},
          {"source", nullable(a.source)},
          {"url", nullable(a.url)},
          {"speaker", nullable(a.speaker)}};
}

nlohmann::ordered_json facet_json(const std::vector<FacetCount>& counts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : counts)
    out.push_back(
        {{"value", c.value ? nlohmann::ordered_json(*c.value) : nlohmann::ordered_json(nullptr)},
         {"count", c.count}});
  return out;
}

}  // namespace

nlohmann::ordered_json hit_json(const SearchHit& hit, Snippets snippets) {
  nlohmann::ordered_json matches = nlohmann::ordered_json::array();
  for (const auto& m : hit.matches)
    matches.push_back({{"start", m.start}, {"end", m.end}, {"text", m.text}});
  const bool highlighted = snippets == Snippets::kHighlighted;
  nlohmann::ordered_json json{
      {"rank", hit.rank},
      {"score", hit.score},
      {"article", article_json(hit.article)},
      {"passage",
       {{"index", hit.passage_index},
        {"count", hit.passage_count},
        {"start", hit.passage_start},
        {"text", hit.passage_text}}},
      {"snippet", highlighted ? nlohmann::ordered_json(snippet_html(hit.snippet))
                              : nlohmann::ordered_json(nullptr)},
      {"matches", highlighted ? matches : nlohmann::ordered_json(nullptr)},
      {"speakers", hit.speakers},
      {"dates", hit.dates},
      {"mentioned", hit.mentioned},
      {"also_in_article", hit.also_in_article}};
  if (hit.quote) {
    const QuoteData& q = *hit.quote;
    json["quote"] = quote_json(q);
    json["quote"]["id"] = hit.quote_id;  // its permalink: /quotes/ID
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const auto& s : hit.quoted_in) {
      sources.push_back({{"id", s.article_id},
                         {"title", nullable(s.title)},
                         {"date", nullable(s.date)},
                         {"source", nullable(s.source)}});
    }
    json["quoted_in"] = sources;
  }
  return json;
}

nlohmann::ordered_json quote_json(const QuoteData& q) {
  return {{"text", q.text},
          {"speaker", nullable(q.speaker)},
          {"speaker_role", nullable(q.speaker_role)},
          {"confidence", confidence_json(q.confidence)},
          {"date", nullable(q.date)},
          {"date_source", date_source_json(q.date_source)},
          {"kind", quote_kind_name(q.kind)},
          {"cue", nullable(q.cue)},
          {"start", q.start},
          {"end", q.end}};
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      // A page never carries a byte that is not UTF-8 (a typed %ff): U+FFFD in its place.
      const std::size_t start = i;
      out.append(next_code_point(text, i) < 0 ? std::string_view("\uFFFD")
                                              : text.substr(start, i - start));
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string snippet_html(const Snippet& snippet) {
  std::string out = snippet.cut_before ? "\u2026" : "";
  for (const auto& part : snippet.parts) {
    if (part.mark == Mark::kMatch) {
      out += "<mark>" + html_escape(part.text) + "</mark>";
    } else {
      out += html_escape(part.text);
    }
  }
  if (ellipsis_after(snippet)) out += "\u2026";
  return out;
}

// {"speaker": ["Franklin D Roosevelt", "Theodore Roosevelt"]}: what each name filter matched.
nlohmann::ordered_json matched_json(const std::vector<MatchedNames>& matched) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& m : matched) out[m.field] = m.names;
  return out;
}

nlohmann::ordered_json to_json(const SearchResponse& response) {
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const auto& hit : response.results) results.push_back(hit_json(hit, response.snippets));
  return {{"version", kJsonSchemaVersion},
          {"query", response.query},
          {"total", response.total},
          {"mode", response.scope == SearchScope::kQuotes ? "quotes" : "passages"},
          {"total_articles", response.scope == SearchScope::kPassages
                                 ? nlohmann::ordered_json(response.total_groups)
                                 : nlohmann::ordered_json(nullptr)},
          {"total_quotations", response.scope == SearchScope::kQuotes
                                   ? nlohmann::ordered_json(response.total_groups)
                                   : nlohmann::ordered_json(nullptr)},
          {"offset", response.offset},
          {"limit", response.limit},
          {"relaxed", response.relaxed},
          {"exact", response.exact},
          {"results", results},
          {"facets",
           {{"speaker", facet_json(response.facets.speaker)},
            {"date", facet_json(response.facets.date)},
            {"source", facet_json(response.facets.source)},
            {"mentioned", facet_json(response.facets.mentioned)}}},
          {"suggestion", response.suggestion ? nlohmann::ordered_json(*response.suggestion)
                                             : nlohmann::ordered_json(nullptr)},
          {"matched", matched_json(response.matched)},
          {"warnings", response.warnings},
          {"took_ms", response.took_ms}};
}

nlohmann::ordered_json error_json(const Error& error) {
  return {{"message", error.message}, {"hint", nullable(error.hint)}};
}

nlohmann::ordered_json error_to_json(const std::string& query, const Error& error) {
  return {{"version", kJsonSchemaVersion}, {"query", query}, {"error", error_json(error)}};
}

std::string json_text(const nlohmann::ordered_json& json, int indent) {
  return json.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace onrecord
