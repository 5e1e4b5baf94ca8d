#include "web/web_pages.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "analysis/text_analyzer.hpp"
#include "output/json_output.hpp"
#include "output/text_output.hpp"
#include "web/page_parts.hpp"
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
  for (const auto& b : bars) {
    timeline.push_back({b.label, b.count,
                        model.params.with("date", b.filter).without("page").link("/search"),
                        model.params.has("date", b.filter)});
  }
  std::string html = "<h2>Dates</h2>" + timeline_svg(timeline);
  html += "<p class=\"meta\">most: " + esc(busiest->label) + " (" + std::to_string(busiest->count) +
          ")</p>";
  if (!model.dates.empty())
    html += "<p><a href=\"" + esc(model.params.without("date").link("/search")) +
            "\">All dates</a></p>";
  if (undated > 0) html += "<p class=\"meta\">" + std::to_string(undated) + " undated</p>";
  return html;
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

// What the index holds, and searches taken from it (its busiest speaker, source and year), so
// that every example finds something whatever was indexed.
std::string front_page(const SearchPageModel& model) {
  std::string html = "<h1>Search what was said on the record</h1>";
  if (!model.overview) {
    return html +
           "<p>Search passages or only quotations by words, <q>exact phrases</q>, speaker "
           "and date.</p>";
  }
  if (model.overview->articles == 0) {
    return html +
           "<p>The index is empty: add articles with <code>onrecord-index sync "
           "FOLDER</code>" +
           std::string(model.writes == WriteAccess::kAllowWrites
                           ? " or <a href=\"/add\">add one here</a>"
                           : "") +
           ".</p>";
  }
  const IndexOverview& o = *model.overview;
  html += "<p class=\"summary\">" + std::to_string(o.articles) + " articles · " +
          std::to_string(o.passages) + " passages · " + std::to_string(o.quotations) +
          " quotations · <a href=\"/speakers\">" + std::to_string(o.speakers) + " speakers</a>";
  if (!o.first_year.empty())
    html += " · " + esc(o.first_year) + (o.first_year == o.last_year ? "" : "–" + esc(o.last_year));
  html += "</p>";
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
  if (!examples.empty()) {
    html +=
        "<p>Search passages or only quotations by words, <q>exact phrases</q>, speaker and "
        "date. Try ";
    for (std::size_t i = 0; i < examples.size(); ++i) {
      html += (i == 0                     ? ""
               : i + 1 == examples.size() ? " or "
                                          : ", ") +
              std::string("<a href=\"") + esc(examples[i].second) + "\">" + esc(examples[i].first) +
              "</a>";
    }
    html += ".</p>";
  }
  if (!o.years.empty()) {
    std::vector<TimelineBar> bars;
    for (const auto& y : o.years)
      bars.push_back({*y.value, y.count, QueryParams({{"date", *y.value}}).link("/search"), false});
    html += "<h2>By year</h2>" + timeline_svg(bars);
  }
  html += "<div class=\"columns\"><section><h2>Most heard</h2><ul class=\"plain\">";
  for (const auto& s : o.top_speakers)
    if (s.value)
      html += "<li><a href=\"" + esc(speaker_page_link(*s.value)) + "\">" + esc(*s.value) +
              "</a> <span class=\"count\">" + std::to_string(s.count) + "</span></li>";
  html += "</ul></section><section><h2>Latest articles</h2><ul class=\"plain\">";
  for (const auto& hit : o.latest)
    html += "<li><a href=\"/articles/" + esc(url_encode(hit.article.id)) + "\">" +
            esc(hit.article.title.empty() ? hit.article.id : hit.article.title) +
            "</a> <span class=\"meta\">" + meta_line(hit.article) + "</span></li>";
  return html + "</ul></section></div>";
}

std::string pagination(const SearchPageModel& model, std::size_t groups) {
  const std::size_t pages = (groups + model.page_size - 1) / model.page_size;
  if (pages <= 1) return {};
  std::string html = "<nav class=\"pages\" aria-label=\"Pages\">";
  if (model.page > 1) {
    html += "<a rel=\"prev\" href=\"" +
            esc(model.params.with("page", std::to_string(model.page - 1)).link("/search")) +
            "\">Previous</a>";
  }
  const std::size_t first = model.page > 4 ? model.page - 4 : 1;
  for (std::size_t p = first; p <= pages && p < first + 9; ++p) {
    if (p == model.page) {
      html += "<span class=\"current\">" + std::to_string(p) + "</span>";
    } else {
      html += "<a href=\"" + esc(model.params.with("page", std::to_string(p)).link("/search")) +
              "\">" + std::to_string(p) + "</a>";
    }
  }
  if (model.page < pages) {
    html += "<a rel=\"next\" href=\"" +
            esc(model.params.with("page", std::to_string(model.page + 1)).link("/search")) +
            "\">Next</a>";
  }
  return html + "</nav>";
}

}  // namespace

std::string render_search_page(const SearchPageModel& model) {
  std::string body = "<main class=\"layout\"><aside class=\"facets\" aria-label=\"Filters\">";
  std::string results;
  if (model.error) {
    results += "<p class=\"error\" role=\"alert\">" + esc(*model.error) + "</p>";
  } else if (!model.response) {
    results += front_page(model);
  } else {
    const SearchResponse& r = *model.response;
    body += facet_list("Speakers", "speaker", r.facets.speaker, model.params);
    body += date_histogram(r.facets.date, model);
    body += facet_list("Sources", "source", r.facets.source, model.params);
    body += mentioned_list(r.facets.mentioned, model.params);
    const std::string unit = model.scope == SearchScope::kQuotes ? "quotation" : "passage";
    results += "<p class=\"summary\">";
    if (r.total == 0) {
      results += "No " + unit + "s match.";
    } else {
      results += std::to_string(r.total) + " " + unit + (r.total == 1 ? "" : "s");
      results += model.scope == SearchScope::kQuotes
                     ? " (" + std::to_string(r.total_groups) + " distinct)"
                     : " in " + std::to_string(r.total_groups) + " article" +
                           (r.total_groups == 1 ? "" : "s");
      results += " match.";
      // The whole result list, not just this page, for a spreadsheet or a script.
      results += " <span class=\"export\">Download <a href=\"" +
                 esc(model.params.link("/export.csv")) + "\" download>CSV</a> · <a href=\"" +
                 esc(model.params.link("/export.jsonl")) + "\" download>JSON Lines</a></span>";
    }
    results += "</p>";
    if (r.suggestion) {
      results += "<p class=\"suggestion\">Did you mean <a href=\"" +
                 esc(model.params.with("q", *r.suggestion).without("page").link("/search")) +
                 "\">" + esc(*r.suggestion) + "</a>?</p>";
    }
    if (r.relaxed)
      results +=
          "<p class=\"meta\">Nothing holds every word; showing results with some of them.</p>";
    for (const auto& w : r.warnings) results += "<p class=\"meta\">" + esc(w) + "</p>";
    results += "<div class=\"chips\">";
    for (const auto& [key, value] : model.params.entries()) {
      if (key != "speaker" && key != "date" && key != "source" && key != "mentions") continue;
      results += "<a href=\"" + esc(model.params.toggled(key, value).link("/search")) +
                 "\" title=\"Remove this filter\">" + esc(key) + ": " + esc(value) + " \u00d7</a>";
    }
    results += "</div>";
    // What a name filter matched, each name a filter of its own.
    for (const auto& m : r.matched) {
      // Only fields the page filters by (an author: in the query has no parameter to narrow).
      if (m.names.size() < 2 || (m.field != "speaker" && m.field != "source")) continue;
      results +=
          "<div class=\"chips matched\"><span class=\"meta\">" + esc(m.field) + " matches:</span>";
      for (const auto& name : m.names) {
        results += "<a href=\"" +
                   esc(model.params.without(m.field)
                           .without("page")
                           .with(m.field, "\"" + name + "\"")
                           .link("/search")) +
                   "\" title=\"Only " + esc(name) + "\">" + esc(name) + "</a>";
      }
      results += "</div>";
    }
    results += "<ol class=\"results\">";
    for (const auto& hit : r.results) results += hit.quote ? quote_item(hit) : passage_item(hit);
    results += "</ol>" + pagination(model, r.total_groups);
  }
  body += "</aside><section class=\"results\">" + results + "</section></main>";
  const std::string title = model.query.empty() ? "onrecord" : model.query + " \u2014 onrecord";
  return layout(title, model.query, model.scope, body, model.writes);
}

std::string render_article_page(const ArticleView& article, WriteAccess writes) {
  const ArticleFields& f = article.record.fields;
  std::string body = "<main class=\"page\"><article class=\"full\"><h1>" +
                     esc(f.title.empty() ? f.id : f.title) + "</h1>";
  body += "<div class=\"meta\">" + meta_line(f);
  if (is_web_link(f.url)) {
    body += " \u00b7 <a href=\"" + esc(f.url) + "\" rel=\"nofollow noopener\">original</a>";
  } else if (!f.url.empty()) {
    body += " \u00b7 " + esc(f.url);  // "javascript:", "data:", a path: shown, never a link
  }
  if (!f.speaker.empty())
    body += " \u00b7 speaker: " + speaker_links({f.speaker}, SearchScope::kPassages);
  body += "</div>";
  for (const auto& p : article.passages) {
    const std::size_t p_start = p.body_start;
    const std::size_t p_end = p_start + count_code_points(p.text);
    // Walk the passage's text by code points, opening and closing quotation marks-up.
    std::string html;
    std::size_t byte = 0;
    std::size_t cp = p_start;
    auto byte_at = [&p](std::size_t from_byte, std::size_t code_points) {
      std::size_t b = from_byte;
      for (std::size_t n = 0; n < code_points && b < p.text.size(); ++n) next_code_point(p.text, b);
      return b;
    };
    for (const auto& q : article.quotes) {
      if (q.end <= p_start || q.start >= p_end) continue;
      const std::size_t q_begin = std::max(q.start, p_start);
      const std::size_t q_end = std::min(q.end, p_end);
      const std::size_t b_begin = byte_at(byte, q_begin - cp);
      const std::size_t b_end = byte_at(b_begin, q_end - q_begin);
      html += esc(p.text.substr(byte, b_begin - byte));
      std::string title = quote_source_text(q);
      if (!q.date.empty()) title += " \u00b7 " + q.date;
      html += "<q class=\"quotation " + std::string(quote_kind_name(q.kind)) + "\" title=\"" +
              esc(title) + "\">" + esc(p.text.substr(b_begin, b_end - b_begin)) + "</q>";
      // The attribution link goes after the closing quote mark.
      std::size_t mark_end = b_end;
      if (p.text.compare(mark_end, 3, "\u201D") == 0) {
        mark_end += 3;
      } else if (mark_end < p.text.size() && p.text[mark_end] == '"') {
        mark_end += 1;
      }
      html += esc(p.text.substr(b_end, mark_end - b_end));
      if (!q.speaker.empty() && q.kind == QuoteKind::kSpeech) {
        html += "<a class=\"speaker-link\" href=\"" +
                esc(speaker_search(q.speaker, SearchScope::kQuotes)) + "\">\u2014 " +
                esc(q.speaker) + (speaker_is_uncertain(q) ? " (uncertain)" : "") + "</a>";
      }
      cp = q_end + count_code_points(std::string_view(p.text).substr(b_end, mark_end - b_end));
      byte = mark_end;
    }
    html += esc(p.text.substr(byte));
    body += "<p id=\"p" + std::to_string(p.index) + "\">" + html + "</p>";
  }
  body += "</article></main>";
  return layout((f.title.empty() ? f.id : f.title) + " \u2014 onrecord", "", SearchScope::kPassages,
                body, writes);
}

std::string render_message_page(const std::string& title, const std::string& message) {
  return layout(title + " \u2014 onrecord", "", SearchScope::kPassages,
                "<main class=\"page\"><h1>" + esc(title) +
                    "</h1><p class=\"error\" role=\"alert\">" + esc(message) +
                    "</p><p><a href=\"/\">Back to search</a></p></main>",
                WriteAccess::kReadOnly);
}

std::string render_add_page(const std::string& message) {
  std::string body = "<main class=\"page\"><h1>Add an article</h1>";
  if (!message.empty()) body += "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>";
  body +=
      "<form class=\"add\" method=\"post\" action=\"/add\" enctype=\"multipart/form-data\">"
      "<label for=\"title\">Title</label><input id=\"title\" name=\"title\">"
      "<label for=\"date\">Date (YYYY, YYYY-MM or YYYY-MM-DD)</label><input id=\"date\" "
      "name=\"date\">"
      "<label for=\"author\">Author</label><input id=\"author\" name=\"author\">"
      "<label for=\"source\">Source</label><input id=\"source\" name=\"source\">"
      "<label for=\"speaker\">Speaker (transcripts and speeches)</label><input id=\"speaker\" "
      "name=\"speaker\">"
      "<label for=\"text\">Text</label><textarea id=\"text\" name=\"text\"></textarea>"
      "<label for=\"file\">or a file</label><input id=\"file\" type=\"file\" name=\"file\">"
      "<label for=\"token\">Write token</label><input id=\"token\" name=\"token\" "
      "type=\"password\" autocomplete=\"off\">"
      "<p><button type=\"submit\">Add</button></p></form></main>";
  return layout("Add an article \u2014 onrecord", "", SearchScope::kPassages, body,
                WriteAccess::kAllowWrites);
}

}  // namespace onrecord
