#include "web/quote_page.hpp"

#include "output/text_output.hpp"
#include "web/page_parts.hpp"
#include "web/page_template.hpp"
#include "web/templates.hpp"
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
  TemplateData page;
  page.set("text", q.text);
  if (!q.speaker.empty()) {
    page.set("speaker", q.speaker);
    page.set("speaker_link", speaker_page_link(q.speaker));
    page.set("uncertain", speaker_is_uncertain(q));
  } else {
    page.set("speaker", false);
  }
  page.set("source_text", quote_source_text(q));
  page.set("date", q.date.empty() ? TemplateData(false) : TemplateData(q.date));
  page.set("kind", q.kind == QuoteKind::kSpeech
                       ? TemplateData(false)
                       : TemplateData(std::string(quote_kind_name(q.kind))));
  page.set("cite", citation_text(hit));
  TemplateList reports;
  for (const auto& source : hit.quoted_in) {
    std::string meta;
    for (const std::string* part : {&source.date, &source.source})
      if (!part->empty()) meta += (meta.empty() ? "" : " \u00b7 ") + *part;
    TemplateData report;
    report.set("link", "/articles/" + url_encode(source.article_id));
    report.set("title", source.title.empty() ? source.article_id : source.title);
    report.set("meta", meta.empty() ? TemplateData(false) : TemplateData(meta));
    reports.push_back(report);
  }
  page.set("reports", reports);
  page.set("context",
           hit.passage_text.empty() ? TemplateData(false) : TemplateData(hit.passage_text));
  page.set("article_link", article_link(hit));
  page.set("article_title", hit.article.title.empty() ? hit.article.id : hit.article.title);
  return layout("\u201C" + q.text + "\u201D \u2014 onrecord", "", SearchScope::kQuotes,
                render_template(templates::kQuote, page), writes);
}

}  // namespace onrecord
