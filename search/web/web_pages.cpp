#include "web/web_pages.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "analysis/text_analyzer.hpp"
#include "output/json_output.hpp"
#include "output/text_output.hpp"
#include "web/page_parts.hpp"
#include "web/page_template.hpp"
#include "web/templates.hpp"
#include "web/timeline_svg.hpp"

namespace onrecord {
namespace {

std::string facet_list(const std::string& heading, const std::string& key,
                       const std::vector<FacetCount>& counts, const QueryParams& params) {
  // A name facet narrows to that name exactly, so the click finds the count it shows (a bare
  // "Roosevelt" would match every Roosevelt).
  auto filter = [&key](const std::string& value) {
    return key == "speaker" || key == "source" ? "\"" + value + "\"" : value;
  };
  return linked_counts(
      heading, counts,
      [&](const std::string& value) { return params.toggled(key, filter(value)).link("/search"); },
      [&](const std::string& value) { return params.has(key, filter(value)); });
}

// One bar of the date histogram: a year, a decade or a century (or, with a year chosen, a month),
// with the matches dated in it. A passage has one date of its own, so a decade's count is the sum
// of its years'.
struct DateBar {
  std::string label;   // "1863", "1860s", "1800s", "2025-06"
  std::string filter;  // the date filter it narrows to: "1863", "1860..1869", "2025-06"
  std::size_t count = 0;
};

// Bars on a linear time axis: every year (decade, century, month) between the first and the last
// has its place, empty or not, so 1821 never stands next to 1860; as many as fit a sidebar
// (kMaxBars) at any width.
std::vector<DateBar> date_bars(const std::vector<FacetCount>& counts,
                               const std::string& year_chosen) {
  constexpr int kMaxBars = 40;
  std::map<int, std::size_t> by_unit;  // year, or month number 1-12 in the chosen year
  for (const auto& c : counts) {
    if (!c.value) continue;
    const std::string& v = *c.value;
    if (year_chosen.empty() && v.size() == 4) by_unit[std::stoi(v)] += c.count;
    if (!year_chosen.empty() && v.size() == 7 && v.starts_with(year_chosen))
      by_unit[std::stoi(v.substr(5, 2))] += c.count;
  }
  std::vector<DateBar> bars;
  if (by_unit.empty()) return bars;
  if (!year_chosen.empty()) {
    for (int m = 1; m <= 12; ++m) {
      const std::string month = year_chosen + (m < 10 ? "-0" : "-") + std::to_string(m);
      bars.push_back({month, month, by_unit.contains(m) ? by_unit[m] : 0});
    }
    return bars;
  }
  const int first = by_unit.begin()->first;
  const int last = by_unit.rbegin()->first;
  int step = 1;
  for (const int s : {1, 10, 100, 1000}) {
    step = s;
    if ((last / s - first / s + 1) <= kMaxBars) break;
  }
  for (int start = first / step * step; start <= last; start += step) {
    const int end = start + step - 1;
    DateBar bar;
    bar.label = step == 1 ? std::to_string(start) : std::to_string(start) + "s";
    bar.filter = step == 1 ? bar.label : std::to_string(start) + ".." + std::to_string(end);
    for (auto it = by_unit.lower_bound(start); it != by_unit.end() && it->first <= end; ++it)
      bar.count += it->second;
    bars.push_back(std::move(bar));
  }
  return bars;
}

// Matches by when they were said or published, as bars on a linear axis (or, with one year
// chosen, its months); each bar narrows the date filter and carries its count in words (title
// and aria-label), and the busiest bar is named in text.
std::string date_histogram(const std::vector<FacetCount>& counts, const SearchPageModel& model) {
  std::string year_chosen;
  if (model.dates.size() == 1 && model.dates[0].size() == 4) year_chosen = model.dates[0];
  std::size_t undated = 0;
  for (const auto& c : counts)
    if (!c.value) undated = c.count;
  const std::vector<DateBar> bars = date_bars(counts, year_chosen);
  if (bars.empty()) return {};
  const DateBar* busiest = &bars.front();
  for (const auto& b : bars)
    if (b.count > busiest->count) busiest = &b;
  std::vector<TimelineBar> timeline;
  timeline.reserve(bars.size());
  for (const auto& b : bars) {
    timeline.push_back({b.label, b.count,
                        model.params.with("date", b.filter).without("page").link("/search"),
                        model.params.has("date", b.filter)});
  }
  TemplateData facet;
  facet.set("timeline", timeline_svg(timeline));
  facet.set("busiest", busiest->label);
  facet.set("busiest_count", std::to_string(busiest->count));
  facet.set("all_dates", model.dates.empty()
                             ? TemplateData(false)
                             : TemplateData(model.params.without("date").link("/search")));
  facet.set("undated", undated == 0 ? TemplateData(false) : TemplateData(std::to_string(undated)));
  return render_template(templates::kDateFacet, facet);
}

// The years the matching texts mention, most mentioned first; each narrows by `mentions`.
std::string mentioned_list(const std::vector<FacetCount>& counts, const QueryParams& params) {
  std::vector<FacetCount> years;
  for (const auto& c : counts)
    if (c.value && c.value->size() == 4) years.push_back(c);
  std::stable_sort(years.begin(), years.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return facet_list("Dates mentioned", "mentions", years, params);
}

// Searches taken from the index (its busiest speaker, source and year), so that every example
// finds something whatever was indexed.
TemplateList example_searches(const IndexOverview& o) {
  std::vector<std::pair<std::string, std::string>> examples;  // label, link
  if (!o.top_speakers.empty() && o.top_speakers[0].value) {
    const std::string& name = *o.top_speakers[0].value;
    examples.emplace_back("what " + name + " said",
                          QueryParams({{"speaker", "\"" + name + "\""}}).link("/search"));
  }
  if (!o.top_sources.empty() && o.top_sources[0].value) {
    const std::string& source = *o.top_sources[0].value;
    examples.emplace_back("everything in " + source,
                          QueryParams({{"source", "\"" + source + "\""}}).link("/search"));
  }
  if (!o.years.empty()) {
    const FacetCount* busiest = &o.years.front();
    for (const auto& y : o.years)
      if (y.count > busiest->count) busiest = &y;
    examples.emplace_back("the record of " + *busiest->value,
                          QueryParams({{"date", *busiest->value}}).link("/search"));
  }
  TemplateList list;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    TemplateData example;
    example.set("separator", i == 0 ? "" : i + 1 == examples.size() ? " or " : ", ");
    example.set("label", examples[i].first);
    example.set("link", examples[i].second);
    list.push_back(example);
  }
  return list;
}

// What the index holds: counts, its span, a timeline, the most heard and the latest articles.
TemplateData overview_data(const IndexOverview& o) {
  TemplateData data;
  data.set("articles", std::to_string(o.articles));
  data.set("passages", std::to_string(o.passages));
  data.set("quotations", std::to_string(o.quotations));
  data.set("speakers", std::to_string(o.speakers));
  data.set("span", text_or_false(o.first_year.empty() || o.first_year == o.last_year
                                     ? o.first_year
                                     : o.first_year + "\u2013" + o.last_year));
  const TemplateList examples = example_searches(o);
  data.set("has_examples", flag(!examples.empty()));
  data.set("examples", examples);
  std::vector<TimelineBar> bars;
  for (const auto& y : o.years)
    bars.push_back({*y.value, y.count, QueryParams({{"date", *y.value}}).link("/search"), false});
  data.set("timeline", text_or_false(timeline_svg(bars)));
  TemplateList speakers;
  for (const auto& s : o.top_speakers) {
    if (!s.value) continue;
    TemplateData speaker;
    speaker.set("link", speaker_page_link(*s.value));
    speaker.set("name", *s.value);
    speaker.set("count", std::to_string(s.count));
    speakers.push_back(speaker);
  }
  data.set("top_speakers", speakers);
  TemplateList latest;
  for (const auto& hit : o.latest) {
    TemplateData article;
    article.set("link", "/articles/" + url_encode(hit.article.id));
    article.set("title", hit.article.title.empty() ? hit.article.id : hit.article.title);
    article.set("meta", meta_line(hit.article));
    latest.push_back(article);
  }
  data.set("latest", latest);
  return data;
}

std::string front_page(const SearchPageModel& model) {
  TemplateData page;
  page.set("unknown", flag(!model.overview));
  page.set("empty", flag(model.overview && model.overview->articles == 0));
  page.set("writes", flag(model.writes == WriteAccess::kAllowWrites));
  if (model.overview && model.overview->articles > 0) {
    page.set("overview", overview_data(*model.overview));
  } else {
    page.set("overview", false);
  }
  return render_template(templates::kFront, page);
}

TemplateData pagination(const SearchPageModel& model, std::size_t groups) {
  const std::size_t pages = (groups + model.page_size - 1) / model.page_size;
  if (pages <= 1) return TemplateData(false);
  auto page_link = [&model](std::size_t p) {
    return model.params.with("page", std::to_string(p)).link("/search");
  };
  TemplateData nav;
  nav.set("previous",
          model.page > 1 ? TemplateData(page_link(model.page - 1)) : TemplateData(false));
  TemplateList numbers;
  const std::size_t first = model.page > 4 ? model.page - 4 : 1;
  for (std::size_t p = first; p <= pages && p < first + 9; ++p) {
    TemplateData number;
    number.set("number", std::to_string(p));
    number.set("current", flag(p == model.page));
    number.set("link", page_link(p));
    numbers.push_back(number);
  }
  nav.set("numbers", numbers);
  nav.set("next",
          model.page < pages ? TemplateData(page_link(model.page + 1)) : TemplateData(false));
  return nav;
}

// "3 passages in 2 articles match.", "No quotations match."
std::string result_summary(const SearchResponse& r, SearchScope scope) {
  const std::string unit = scope == SearchScope::kQuotes ? "quotation" : "passage";
  if (r.total == 0) return "No " + unit + "s match.";
  std::string summary = std::to_string(r.total) + " " + unit + (r.total == 1 ? "" : "s");
  summary += scope == SearchScope::kQuotes ? " (" + std::to_string(r.total_groups) + " distinct)"
                                           : " in " + std::to_string(r.total_groups) + " article" +
                                                 (r.total_groups == 1 ? "" : "s");
  return summary + " match.";
}

TemplateData response_data(const SearchResponse& r, const SearchPageModel& model) {
  TemplateData data;
  data.set("summary", result_summary(r, model.scope));
  if (r.total > 0) {
    // The whole result list, not just this page, for a spreadsheet or a script.
    TemplateData exports;
    exports.set("csv", model.params.link("/export.csv"));
    exports.set("jsonl", model.params.link("/export.jsonl"));
    data.set("export", exports);
  } else {
    data.set("export", false);
  }
  if (r.suggestion) {
    TemplateData suggestion;
    suggestion.set("link", model.params.with("q", *r.suggestion).without("page").link("/search"));
    suggestion.set("text", *r.suggestion);
    data.set("suggestion", suggestion);
  } else {
    data.set("suggestion", false);
  }
  data.set("relaxed", flag(r.relaxed));
  TemplateList warnings;
  for (const auto& w : r.warnings) warnings.emplace_back(w);
  data.set("warnings", warnings);
  TemplateList chips;
  for (const auto& [key, value] : model.params.entries()) {
    if (key != "speaker" && key != "date" && key != "source" && key != "mentions") continue;
    TemplateData chip;
    chip.set("link", model.params.toggled(key, value).link("/search"));
    chip.set("key", key);
    chip.set("value", value);
    chips.push_back(chip);
  }
  data.set("chips", chips);
  // What a name filter matched, each name a filter of its own; only fields the page filters by
  // (an author: in the query has no parameter to narrow).
  TemplateList matched;
  for (const auto& m : r.matched) {
    if (m.names.size() < 2 || (m.field != "speaker" && m.field != "source")) continue;
    TemplateList names;
    for (const auto& name : m.names) {
      TemplateData entry;
      entry.set("link", model.params.without(m.field)
                            .without("page")
                            .with(m.field, "\"" + name + "\"")
                            .link("/search"));
      entry.set("name", name);
      names.push_back(entry);
    }
    TemplateData field;
    field.set("field", m.field);
    field.set("names", names);
    matched.push_back(field);
  }
  data.set("matched", matched);
  std::string items;
  for (const auto& hit : r.results) items += hit.quote ? quote_item(hit) : passage_item(hit);
  data.set("items", items);
  data.set("pages", pagination(model, r.total_groups));
  return data;
}

}  // namespace

std::string render_search_page(const SearchPageModel& model) {
  TemplateData page;
  page.set("error", model.error ? TemplateData(*model.error) : TemplateData(false));
  page.set("front", !model.error && !model.response ? front_page(model) : std::string());
  if (!model.error && model.response) {
    const SearchResponse& r = *model.response;
    page.set("facets", facet_list("Speakers", "speaker", r.facets.speaker, model.params) +
                           date_histogram(r.facets.date, model) +
                           facet_list("Sources", "source", r.facets.source, model.params) +
                           mentioned_list(r.facets.mentioned, model.params));
    page.set("response", response_data(r, model));
  } else {
    page.set("facets", "");
    page.set("response", false);
  }
  const std::string title = model.query.empty() ? "onrecord" : model.query + " \u2014 onrecord";
  return layout(title, model.query, model.scope, render_template(templates::kSearch, page),
                model.writes);
}

namespace {

// One paragraph of an article, cut into the text between quotations and the quotations, each
// marked up with its source and, for speech, a link to its speaker's quotations.
TemplateList paragraph_pieces(const PassageData& p, const std::vector<QuoteData>& quotes) {
  TemplateList pieces;
  const std::size_t p_start = p.body_start;
  const std::size_t p_end = p_start + count_code_points(p.text);
  std::size_t byte = 0;
  std::size_t cp = p_start;
  auto byte_at = [&p](std::size_t from_byte, std::size_t code_points) {
    std::size_t b = from_byte;
    for (std::size_t n = 0; n < code_points && b < p.text.size(); ++n) next_code_point(p.text, b);
    return b;
  };
  for (const auto& q : quotes) {
    if (q.end <= p_start || q.start >= p_end) continue;
    const std::size_t q_begin = std::max(q.start, p_start);
    const std::size_t q_end = std::min(q.end, p_end);
    const std::size_t b_begin = byte_at(byte, q_begin - cp);
    const std::size_t b_end = byte_at(b_begin, q_end - q_begin);
    // The attribution link goes after the closing quote mark.
    std::size_t mark_end = b_end;
    if (p.text.compare(mark_end, 3, "\u201D") == 0) {
      mark_end += 3;
    } else if (mark_end < p.text.size() && p.text[mark_end] == '"') {
      mark_end += 1;
    }
    TemplateData quote;
    quote.set("kind", std::string(quote_kind_name(q.kind)));
    quote.set("title", quote_source_text(q) + (q.date.empty() ? "" : " \u00b7 " + q.date));
    quote.set("words", p.text.substr(b_begin, b_end - b_begin));
    quote.set("mark", p.text.substr(b_end, mark_end - b_end));
    if (!q.speaker.empty() && q.kind == QuoteKind::kSpeech) {
      TemplateData speaker;
      speaker.set("link", speaker_search(q.speaker, SearchScope::kQuotes));
      speaker.set("name", q.speaker);
      speaker.set("uncertain", flag(speaker_is_uncertain(q)));
      quote.set("speaker", speaker);
    } else {
      quote.set("speaker", false);
    }
    TemplateData piece;
    piece.set("text", p.text.substr(byte, b_begin - byte));
    piece.set("quote", quote);
    pieces.push_back(piece);
    cp = q_end + count_code_points(std::string_view(p.text).substr(b_end, mark_end - b_end));
    byte = mark_end;
  }
  TemplateData rest;
  rest.set("text", p.text.substr(byte));
  rest.set("quote", false);
  pieces.push_back(rest);
  return pieces;
}

}  // namespace

std::string render_article_page(const ArticleView& article, WriteAccess writes) {
  const ArticleFields& f = article.record.fields;
  TemplateData page;
  page.set("title", f.title.empty() ? f.id : f.title);
  page.set("meta", meta_line(f));
  // An article's url is whatever its file says: "javascript:", "data:" or a path is shown, never
  // a link.
  page.set("web_link", is_web_link(f.url) ? TemplateData(f.url) : TemplateData(false));
  page.set("plain_url", is_web_link(f.url) ? TemplateData(false) : text_or_false(f.url));
  if (!f.speaker.empty()) {
    TemplateData speaker;
    speaker.set("link", speaker_search(f.speaker, SearchScope::kPassages));
    speaker.set("name", f.speaker);
    page.set("speaker", speaker);
  } else {
    page.set("speaker", false);
  }
  TemplateList paragraphs;
  for (const auto& p : article.passages) {
    TemplateData paragraph;
    paragraph.set("index", std::to_string(p.index));
    paragraph.set("pieces", paragraph_pieces(p, article.quotes));
    paragraphs.push_back(paragraph);
  }
  page.set("paragraphs", paragraphs);
  return layout((f.title.empty() ? f.id : f.title) + " \u2014 onrecord", "", SearchScope::kPassages,
                render_template(templates::kArticle, page), writes);
}

std::string render_message_page(const std::string& title, const std::string& message) {
  TemplateData page;
  page.set("title", title);
  page.set("message", message);
  return layout(title + " \u2014 onrecord", "", SearchScope::kPassages,
                render_template(templates::kMessage, page), WriteAccess::kReadOnly);
}

std::string render_add_page(const std::string& message) {
  TemplateData page;
  page.set("message", text_or_false(message));
  return layout("Add an article \u2014 onrecord", "", SearchScope::kPassages,
                render_template(templates::kAdd, page), WriteAccess::kAllowWrites);
}

}  // namespace onrecord
