#include "web/quote_page.hpp"

#include "output/text_output.hpp"
#include "web/page_parts.hpp"
#include "web/url_query.hpp"

namespace onrecord {

std::string citation_text(const SearchHit& hit) {
  const QuoteData& q = *hit.quote;
  std::string who = q.speaker.empty() ? q.speaker_role : q.speaker;
  if (who.empty()) who = "Unknown speaker";
  // The quotation's own closing comma or period stays inside the marks and is the separator, as
  // newsrooms cite ("… worker,” Metro Daily, 2025-06-10").
  std::string cite = who + ", \u201C" + q.text + "\u201D";
  const bool punctuated =
      !q.text.empty() && std::string_view(",.;!?").find(q.text.back()) != std::string_view::npos;
  const ArticleFields& a = hit.article;
  bool first = true;
  for (const std::string* part : {&a.source, &a.date, &a.url}) {
    if (part->empty()) continue;
    cite += (first && punctuated ? " " : ", ") + *part;
    first = false;
  }
  if (a.source.empty() && !a.title.empty()) cite += ", in \u201C" + a.title + "\u201D";
  return cite;
}

std::string render_quote_page(const SearchHit& hit, WriteAccess writes) {
  const QuoteData& q = *hit.quote;
  std::string body = "<main class=\"page quotation\"><blockquote class=\"quote big\">\u201C" +
                     esc(q.text) + "\u201D</blockquote><p class=\"attribution\">\u2014 ";
  if (q.speaker.empty()) {
    body += "<span class=\"meta\">" + esc(quote_source_text(q)) + "</span>";
  } else {
    body += "<a href=\"" + esc(speaker_page_link(q.speaker)) + "\">" + esc(q.speaker) + "</a>";
    if (speaker_is_uncertain(q))
      body +=
          " <span class=\"meta uncertain\" title=\"attributed with low confidence\">"
          "(uncertain)</span>";
  }
  if (!q.date.empty()) body += ", " + esc(q.date);
  if (q.kind != QuoteKind::kSpeech)
    body += " <span class=\"meta\">(" + std::string(quote_kind_name(q.kind)) + ")</span>";
  body += "</p>";
  body += "<h2>Cite</h2><p><output class=\"cite\">" + esc(citation_text(hit)) + "</output></p>";
  body += "<h2>Reported in</h2><ol class=\"plain\">";
  for (const auto& source : hit.quoted_in) {
    body += "<li><a href=\"/articles/" + esc(url_encode(source.article_id)) + "\">" +
            esc(source.title.empty() ? source.article_id : source.title) + "</a>";
    std::string meta;
    for (const std::string* part : {&source.date, &source.source})
      if (!part->empty()) meta += (meta.empty() ? "" : " \u00b7 ") + esc(*part);
    if (!meta.empty()) body += " <span class=\"meta\">" + meta + "</span>";
    body += "</li>";
  }
  body += "</ol>";
  if (!hit.passage_text.empty()) {
    body += "<h2>In context</h2><p class=\"context\"><a href=\"" + esc(article_link(hit)) + "\">" +
            esc(hit.article.title.empty() ? hit.article.id : hit.article.title) +
            "</a>: " + esc(hit.passage_text) + "</p>";
  }
  body += "</main>";
  return layout("\u201C" + q.text + "\u201D \u2014 onrecord", "", SearchScope::kQuotes, body,
                writes);
}

}  // namespace onrecord
