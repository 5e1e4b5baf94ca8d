// The speaker pages: the list of everyone who speaks in the index (searchable by part of a name)
// and one speaker's page (counts, a timeline by year, outlets, who is quoted beside them, name
// variants, their quotations and passages newest first).
#include "web/speaker_pages.hpp"

#include "web/page_parts.hpp"
#include "web/page_template.hpp"
#include "web/timeline_svg.hpp"
#include "web/url_query.hpp"

namespace onrecord {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string name_list(const std::string& heading, const std::vector<FacetCount>& counts,
                      const std::string& filter_key) {
  return linked_counts(heading, counts, [&filter_key](const std::string& name) {
    return filter_key == "speaker"
               ? speaker_page_link(name)
               : QueryParams({{filter_key, "\"" + name + "\""}}).link("/search");
  });
}

}  // namespace

constexpr std::string_view kSpeakerList = R"(<main class="page"><h1>Speakers</h1>
<form class="find" action="/speakers" method="get" role="search"><input type="search" name="find" aria-label="Find a speaker" placeholder="Part of a name" value="{{find}}"><button type="submit">Find</button></form>
<p class="summary">{{summary}}</p>
<table class="speakers"><thead><tr><th scope="col">Speaker</th><th scope="col">Passages</th><th scope="col">Quotations</th></tr></thead><tbody>
{{#speakers}}<tr><td><a href="{{link}}">{{name}}</a></td><td>{{passages}}</td><td>{{quotations}}</td></tr>
{{/speakers}}</tbody></table>
<nav class="pages" aria-label="Pages">{{#previous}}<a rel="prev" href="{{previous}}">Previous</a> {{/previous}}{{#next}}<a rel="next" href="{{next}}">Next</a>{{/next}}</nav></main>)";

std::string render_speaker_list_page(const SpeakerDirectory& directory, WriteAccess writes) {
  TemplateData page;
  page.set("find", directory.contains);
  std::string summary = plural(directory.total, "speaker", "speakers");
  if (!directory.contains.empty())
    summary += " whose name holds \u201C" + directory.contains + "\u201D";
  page.set("summary", summary + ".");
  TemplateList rows;
  for (const auto& s : directory.speakers) {
    TemplateData row;
    row.set("link", speaker_page_link(s.name));
    row.set("name", s.name);
    row.set("passages", std::to_string(s.passages));
    row.set("quotations", std::to_string(s.quotations));
    rows.push_back(row);
  }
  page.set("speakers", rows);
  QueryParams params;
  if (!directory.contains.empty()) params = params.with("find", directory.contains);
  const std::size_t next = directory.offset + directory.speakers.size();
  page.set(
      "previous",
      directory.offset == 0
          ? TemplateData(false)
          : TemplateData(params
                             .with("offset", std::to_string(directory.offset > directory.limit
                                                                ? directory.offset - directory.limit
                                                                : 0))
                             .link("/speakers")));
  page.set("next", next < directory.total
                       ? TemplateData(params.with("offset", std::to_string(next)).link("/speakers"))
                       : TemplateData(false));
  return layout("Speakers \u2014 onrecord", "", SearchScope::kPassages,
                render_template(kSpeakerList, page), writes);
}

std::string render_speaker_page(const SpeakerProfile& p, WriteAccess writes) {
  std::string body = "<main class=\"page speaker\"><h1>" + esc(p.name) + "</h1>";
  body += "<p class=\"summary\">" + plural(p.quotations, "quotation", "quotations") + " (" +
          std::to_string(p.distinct_quotations) + " distinct) \u00b7 " +
          plural(p.passages, "passage", "passages") + " in " +
          plural(p.articles, "article", "articles") + " \u00b7 <a href=\"" +
          esc(speaker_search(p.name, SearchScope::kQuotes)) + "\">search their quotations</a></p>";
  std::vector<std::string> others;
  for (const auto& v : p.variants)
    if (v != p.name) others.push_back(v);
  if (!others.empty()) {
    body += "<p class=\"meta\">Also written: ";
    for (std::size_t i = 0; i < others.size(); ++i) body += (i ? ", " : "") + esc(others[i]);
    body += "</p>";
  }
  if (!p.by_year.empty()) {
    std::vector<TimelineBar> bars;
    for (const auto& y : p.by_year) {
      bars.push_back(
          {*y.value, y.count,
           QueryParams({{"speaker", "\"" + p.name + "\""}, {"date", *y.value}}).link("/search"),
           false});
    }
    body += "<section class=\"timeline\"><h2>By year</h2>" + timeline_svg(bars) + "</section>";
  }
  body += "<div class=\"columns\"><aside class=\"facets\">" +
          name_list("Quoted by", p.outlets, "source") +
          name_list("Quoted beside", p.quoted_beside, "speaker") +
          "</aside><section class=\"results\">";
  if (!p.latest_quotations.results.empty()) {
    body += "<h2>Latest quotations</h2><ol class=\"results\">";
    for (const auto& hit : p.latest_quotations.results) body += quote_item(hit);
    body += "</ol>";
  }
  if (!p.latest_passages.results.empty()) {
    body += "<h2>Latest passages</h2><ol class=\"results\">";
    for (const auto& hit : p.latest_passages.results) body += passage_item(hit);
    body += "</ol>";
  }
  body += "</section></div></main>";
  return layout(p.name + " \u2014 onrecord", "", SearchScope::kPassages, body, writes);
}

}  // namespace onrecord
