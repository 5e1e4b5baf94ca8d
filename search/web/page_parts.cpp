#include "web/page_parts.hpp"

#include <cctype>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"
#include "output/text_output.hpp"
#include "web/url_query.hpp"

namespace onrecord {

std::string layout(const std::string& title, const std::string& query, SearchScope scope,
                   const std::string& body, WriteAccess writes) {
  std::string html =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" +
      esc(title) +
      "</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>"
      "<header class=\"top\"><a class=\"brand\" href=\"/\">onrecord</a>"
      "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
      "<input type=\"search\" name=\"q\" aria-label=\"Search\" placeholder=\"Words, &quot;a "
      "phrase&quot;, speaker:Musk, date:2025\" value=\"" +
      esc(query) +
      "\">"
      "<label class=\"check\"><input type=\"checkbox\" name=\"quotes\" value=\"1\"" +
      (scope == SearchScope::kQuotes ? " checked" : "") +
      "> quotations only</label><button type=\"submit\">Search</button></form>";
  html += "<a href=\"/speakers\">Speakers</a>";
  if (writes == WriteAccess::kAllowWrites) html += " <a href=\"/add\">Add an article</a>";
  html += "</header>" + body + "</body></html>";
  return html;
}

// Where a speaker's name leads: that speaker's words, by the name exactly (a link to
// "Roosevelt" is not one to every Roosevelt): the passages they speak and those quoting them,
// or, from a quotation, their quotations.
std::string speaker_search(const std::string& speaker, SearchScope scope) {
  QueryParams params({{"speaker", "\"" + speaker + "\""}});
  if (scope == SearchScope::kQuotes) params = params.with("quotes", "1");
  return params.link("/search");
}

std::string speaker_links(const std::vector<std::string>& speakers, SearchScope scope) {
  std::string html;
  for (const auto& s : speakers) {
    html += (html.empty() ? "" : ", ") + std::string("<a href=\"") + esc(speaker_search(s, scope)) +
            "\">" + esc(s) + "</a>";
  }
  return html;
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
    if (!s.empty()) parts += (parts.empty() ? "" : " \u00b7 ") + esc(s);
  };
  add(a.date);
  add(a.source);
  if (!a.author.empty()) add("by " + a.author);
  return parts;
}

std::string passage_item(const SearchHit& hit) {
  std::string html = "<li><h3><a href=\"" + esc(article_link(hit)) + "\">" +
                     esc(hit.article.title.empty() ? hit.article.id : hit.article.title) +
                     "</a></h3>";
  const std::string meta = meta_line(hit.article);
  html += "<div class=\"meta\">" + meta;
  if (!hit.speakers.empty())
    html += (meta.empty() ? "" : " \u00b7 ") + std::string("speakers: ") +
            speaker_links(hit.speakers, SearchScope::kPassages);
  html += "</div><p class=\"snippet\">" + snippet_html(hit.snippet) + "</p>";
  if (hit.also_in_article > 0) {
    html += "<div class=\"more\">+" + std::to_string(hit.also_in_article) +
            " more matching passage" + (hit.also_in_article == 1 ? "" : "s") +
            " in this article</div>";
  }
  return html + "</li>";
}

std::string quote_item(const SearchHit& hit) {
  const QuoteData& q = *hit.quote;
  std::string html =
      "<li><blockquote class=\"quote\">\u201C" + snippet_html(hit.snippet) + "\u201D</blockquote>";
  html += "<p class=\"attribution\">\u2014 ";
  if (q.speaker.empty()) {
    html += "<span class=\"meta\">" + esc(quote_source_text(q)) + "</span>";
  } else {
    html += speaker_links({q.speaker}, SearchScope::kQuotes);
    html += " <a class=\"profile\" href=\"" + esc(speaker_page_link(q.speaker)) +
            "\" title=\"everything " + esc(q.speaker) + " said\">profile</a>";
    if (speaker_is_uncertain(q))
      html +=
          " <span class=\"meta uncertain\" title=\"attributed with low "
          "confidence\">(uncertain)</span>";
  }
  if (!q.date.empty()) html += ", " + esc(readable_date(q.date));
  if (q.kind != QuoteKind::kSpeech)
    html += " <span class=\"meta\">(" + std::string(quote_kind_name(q.kind)) + ")</span>";
  if (!hit.quote_id.empty())
    html += " <a class=\"permalink\" href=\"/quotes/" + esc(hit.quote_id) +
            "\" title=\"this quotation's own page, with a citation\">link</a>";
  html += "</p><div class=\"meta\">in <a href=\"" + esc(article_link(hit)) + "\">" +
          esc(hit.article.title.empty() ? hit.article.id : hit.article.title) + "</a>";
  if (hit.quoted_in.size() > 1) {
    html += " \u00b7 quoted in " + std::to_string(hit.quoted_in.size()) + " articles:";
    for (const auto& s : hit.quoted_in) {
      html += " <a href=\"/articles/" + esc(url_encode(s.article_id)) + "\">" +
              esc(s.title.empty() ? s.article_id : s.title) + "</a>" +
              (s.date.empty() ? "" : " (" + esc(s.date) + ")");
    }
  }
  return html + "</div></li>";
}

std::string linked_counts(const std::string& heading, const std::vector<FacetCount>& counts,
                          const std::function<std::string(const std::string&)>& href_of,
                          const std::function<bool(const std::string&)>& on) {
  if (counts.empty()) return {};
  std::string html = "<h2>" + esc(heading) + "</h2><ul>";
  constexpr std::size_t kShown = 12;
  for (std::size_t i = 0; i < counts.size() && i < kShown; ++i) {
    if (!counts[i].value) continue;
    const std::string& value = *counts[i].value;
    const bool active = on && on(value);
    html += "<li><a" + std::string(active ? " class=\"on\"" : "") + " href=\"" +
            esc(href_of(value)) + "\"><span>" + esc(value) + "</span><span class=\"count\">" +
            std::to_string(counts[i].count) + "</span></a></li>";
  }
  return html + "</ul>";
}

std::string speaker_page_link(const std::string& speaker) {
  return "/speakers/" + url_encode(speaker);
}

}  // namespace onrecord
