// The speaker pages: the list of everyone who speaks in the index (searchable by part of a name)
// and one speaker's page (counts, a timeline by year, outlets, who is quoted beside them, name
// variants, their quotations and passages newest first).
#include "web/speaker_pages.hpp"

#include "web/page_parts.hpp"
#include "web/page_template.hpp"
#include "web/templates.hpp"
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
                render_template(templates::kSpeakerList, page), writes);
}

std::string render_speaker_page(const SpeakerProfile& p, WriteAccess writes) {
  TemplateData page;
  page.set("name", p.name);
  page.set("summary", plural(p.quotations, "quotation", "quotations") + " (" +
                          std::to_string(p.distinct_quotations) + " distinct) \u00b7 " +
                          plural(p.passages, "passage", "passages") + " in " +
                          plural(p.articles, "article", "articles"));
  page.set("search", speaker_search(p.name, SearchScope::kQuotes));
  std::string others;
  for (const auto& v : p.variants)
    if (v != p.name) others += (others.empty() ? "" : ", ") + v;
  page.set("variants", text_or_false(others));
  std::vector<TimelineBar> bars;
  for (const auto& y : p.by_year) {
    bars.push_back(
        {*y.value, y.count,
         QueryParams({{"speaker", "\"" + p.name + "\""}, {"date", *y.value}}).link("/search"),
         false});
  }
  page.set("timeline", text_or_false(timeline_svg(bars)));
  page.set("outlets", name_list("Quoted by", p.outlets, "source"));
  page.set("beside", name_list("Quoted beside", p.quoted_beside, "speaker"));
  std::string quotations;
  for (const auto& hit : p.latest_quotations.results) quotations += quote_item(hit);
  page.set("quotations", text_or_false(quotations));
  std::string passages;
  for (const auto& hit : p.latest_passages.results) passages += passage_item(hit);
  page.set("passages", text_or_false(passages));
  return layout(p.name + " \u2014 onrecord", "", SearchScope::kPassages,
                render_template(templates::kSpeaker, page), writes);
}

}  // namespace onrecord
