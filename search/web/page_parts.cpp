#include "web/page_parts.hpp"

#include <cctype>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"
#include "output/text_output.hpp"
#include "web/page_template.hpp"
#include "web/templates.hpp"
#include "web/url_query.hpp"

namespace onrecord {

std::string layout(const std::string& title, const std::string& query, SearchScope scope,
                   const std::string& body, WriteAccess writes) {
  TemplateData page;
  page.set("title", title);
  page.set("query", query);
  page.set("quotes", flag(scope == SearchScope::kQuotes));
  page.set("writes", flag(writes == WriteAccess::kAllowWrites));
  page.set("body", body);
  return render_template(templates::kLayout, page);
}

// Where a speaker's name leads: that speaker's words, by the name exactly (a link to
// "Roosevelt" is not one to every Roosevelt): the passages they speak and those quoting them,
// or, from a quotation, their quotations.
std::string speaker_search(const std::string& speaker, SearchScope scope) {
  QueryParams params({{"speaker", "\"" + speaker + "\""}});
  if (scope == SearchScope::kQuotes) params = params.with("quotes", "1");
  return params.link("/search");
}

// Only http and https addresses become links: an article's url is whatever its file says.
bool is_web_link(std::string_view url) {
  std::string scheme;
  for (const char c : url.substr(0, url.find(':')))
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return url.find(':') != std::string_view::npos && (scheme == "http" || scheme == "https");
}

std::string article_link(const SearchHit& hit) {
  return "/articles/" + url_encode(hit.article.id) + "#p" + std::to_string(hit.passage_index);
}

std::string meta_line(const ArticleFields& a) {
  std::string parts;
  auto add = [&parts](const std::string& s) {
    if (!s.empty()) parts += (parts.empty() ? "" : " \u00b7 ") + s;
  };
  add(a.date);
  add(a.source);
  if (!a.author.empty()) add("by " + a.author);
  return parts;
}

std::string passage_item(const SearchHit& hit) {
  TemplateData item;
  item.set("link", article_link(hit));
  item.set("title", hit.article.title.empty() ? hit.article.id : hit.article.title);
  const std::string meta = meta_line(hit.article);
  item.set("meta", meta);
  TemplateList speakers;
  for (const auto& name : hit.speakers) {
    TemplateData speaker;
    speaker.set("separator", !speakers.empty() ? ", "
                             : meta.empty()    ? "speakers: "
                                               : " \u00b7 speakers: ");
    speaker.set("link", speaker_search(name, SearchScope::kPassages));
    speaker.set("name", name);
    speakers.push_back(speaker);
  }
  item.set("speakers", speakers);
  item.set("snippet", snippet_html(hit.snippet));
  if (hit.also_in_article > 0) {
    TemplateData more;
    more.set("count", std::to_string(hit.also_in_article));
    more.set("unit", hit.also_in_article == 1 ? "passage" : "passages");
    item.set("more", more);
  } else {
    item.set("more", false);
  }
  return render_template(templates::kPassageItem, item);
}

std::string quote_item(const SearchHit& hit) {
  const QuoteData& q = *hit.quote;
  TemplateData item;
  item.set("snippet", snippet_html(hit.snippet));
  if (q.speaker.empty()) {
    item.set("speaker", false);
  } else {
    TemplateData speaker;
    speaker.set("name", q.speaker);
    speaker.set("search", speaker_search(q.speaker, SearchScope::kQuotes));
    speaker.set("profile", speaker_page_link(q.speaker));
    speaker.set("uncertain", flag(speaker_is_uncertain(q)));
    item.set("speaker", speaker);
  }
  item.set("source_text", quote_source_text(q));
  item.set("date", text_or_false(q.date.empty() ? std::string() : readable_date(q.date)));
  item.set("kind", q.kind == QuoteKind::kSpeech
                       ? TemplateData(false)
                       : TemplateData(std::string(quote_kind_name(q.kind))));
  item.set("permalink",
           text_or_false(hit.quote_id.empty() ? std::string() : "/quotes/" + hit.quote_id));
  item.set("article_link", article_link(hit));
  item.set("article_title", hit.article.title.empty() ? hit.article.id : hit.article.title);
  if (hit.quoted_in.size() > 1) {
    TemplateData reports;
    reports.set("count", std::to_string(hit.quoted_in.size()));
    TemplateList articles;
    for (const auto& s : hit.quoted_in) {
      TemplateData article;
      article.set("link", "/articles/" + url_encode(s.article_id));
      article.set("title", s.title.empty() ? s.article_id : s.title);
      article.set("date", text_or_false(s.date));
      articles.push_back(article);
    }
    reports.set("articles", articles);
    item.set("reports", reports);
  } else {
    item.set("reports", false);
  }
  return render_template(templates::kQuoteItem, item);
}

std::string linked_counts(const std::string& heading, const std::vector<FacetCount>& counts,
                          const std::function<std::string(const std::string&)>& href_of,
                          const std::function<bool(const std::string&)>& on) {
  if (counts.empty()) return {};
  constexpr std::size_t kShown = 12;
  TemplateList items;
  for (std::size_t i = 0; i < counts.size() && i < kShown; ++i) {
    if (!counts[i].value) continue;
    const std::string& value = *counts[i].value;
    TemplateData item;
    item.set("on", flag(on && on(value)));
    item.set("href", href_of(value));
    item.set("value", value);
    item.set("count", std::to_string(counts[i].count));
    items.push_back(item);
  }
  TemplateData list;
  list.set("heading", heading);
  list.set("items", items);
  return render_template(templates::kCounts, list);
}

std::string speaker_page_link(const std::string& speaker) {
  return "/speakers/" + url_encode(speaker);
}

}  // namespace onrecord
