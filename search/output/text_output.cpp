#include "output/text_output.hpp"

#include "index/partial_date.hpp"

namespace onrecord {
namespace {

constexpr std::string_view kAnsiMatch = "\033[1;33m";
constexpr std::string_view kAnsiDim = "\033[2m";
constexpr std::string_view kAnsiBold = "\033[1m";
constexpr std::string_view kAnsiReset = "\033[0m";

class Styler {
 public:
  explicit Styler(MatchStyle style) : ansi_(style == MatchStyle::kAnsi) {}
  [[nodiscard]] std::string match(const std::string& s) const {
    return ansi_ ? std::string(kAnsiMatch) + s + std::string(kAnsiReset) : "**" + s + "**";
  }
  [[nodiscard]] std::string bold(const std::string& s) const { return wrap(kAnsiBold, s); }
  [[nodiscard]] std::string dim(const std::string& s) const { return wrap(kAnsiDim, s); }

 private:
  [[nodiscard]] std::string wrap(std::string_view code, const std::string& s) const {
    return ansi_ ? std::string(code) + s + std::string(kAnsiReset) : s;
  }
  bool ansi_;
};

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string header_line(const SearchHit& hit) {
  std::string line = hit.article.id + " \u00b7 passage " + std::to_string(hit.passage_index + 1);
  if (hit.passage_count > 0) line += "/" + std::to_string(hit.passage_count);
  if (!hit.article.date.empty()) line += " \u00b7 " + hit.article.date;
  if (!hit.article.source.empty()) line += " \u00b7 " + hit.article.source;
  if (!hit.article.author.empty()) line += " \u00b7 by " + hit.article.author;
  if (!hit.speakers.empty()) {
    line += " \u00b7 speaker: ";
    for (std::size_t i = 0; i < hit.speakers.size(); ++i) line += (i ? ", " : "") + hit.speakers[i];
  }
  return line;
}

void print_facet(std::ostream& out, const Styler& s, const std::string& name,
                 const std::vector<FacetCount>& counts) {
  if (counts.empty()) return;
  out << s.dim(name + ":");
  constexpr std::size_t kShown = 8;
  for (std::size_t i = 0; i < counts.size() && i < kShown; ++i) {
    out << " " << counts[i].value.value_or("undated") << " (" << counts[i].count << ")";
  }
  if (counts.size() > kShown) out << " …";
  out << "\n";
}

void print_snippet(std::ostream& out, const Styler& s, const Snippet& snippet) {
  if (snippet.cut_before) out << "\u2026";
  for (const auto& part : snippet.parts)
    out << (part.mark == Mark::kMatch ? s.match(part.text) : part.text);
  if (ellipsis_after(snippet)) out << "\u2026";
}

void print_passage_hit(std::ostream& out, const Styler& s, const SearchHit& hit) {
  out << s.bold(std::to_string(hit.rank) + ". " +
                (hit.article.title.empty() ? hit.article.id : hit.article.title))
      << "\n";
  out << "   " << s.dim(header_line(hit)) << "\n";
  if (!hit.snippet.parts.empty()) {  // none with --no-snippets
    out << "   ";
    print_snippet(out, s, hit.snippet);
    out << "\n";
  }
  if (hit.also_in_article > 0) {
    out << "   "
        << s.dim("+" + plural(hit.also_in_article, "more passage", "more passages") +
                 " in this article")
        << "\n";
  }
}

void print_quote_hit(std::ostream& out, const Styler& s, const SearchHit& hit) {
  const QuoteData& q = *hit.quote;
  out << s.bold(std::to_string(hit.rank) + ".") << " \u201C";
  if (hit.snippet.parts.empty()) {  // --no-snippets: the quotation as stored
    out << q.text;
  } else {
    print_snippet(out, s, hit.snippet);
  }
  out << "\u201D\n";
  std::string who = quote_source_text(q);
  if (!q.date.empty())
    who += " \u00b7 " + readable_date(q.date) +
           (q.date_source == DateSource::kArticle ? " (article's date)" : "");
  who += " \u00b7 " + std::string(quote_kind_name(q.kind));
  out << "   " << s.bold(who) << "\n";
  out << "   "
      << s.dim("in " + (hit.article.title.empty() ? hit.article.id : hit.article.title) + " (" +
               hit.article.id + ", passage " + std::to_string(hit.passage_index + 1) + ")")
      << "\n";
  if (hit.quoted_in.size() > 1) {
    std::string sources = "quoted in " + std::to_string(hit.quoted_in.size()) + " articles:";
    for (const auto& src : hit.quoted_in)
      sources += " " + src.article_id + (src.date.empty() ? "" : " (" + src.date + ")");
    out << "   " << s.dim(sources) << "\n";
  }
}

}  // namespace

std::string quote_source_text(const QuoteData& quote) {
  if (!quote.speaker.empty())
    return speaker_is_uncertain(quote) ? quote.speaker + " (uncertain)" : quote.speaker;
  if (!quote.speaker_role.empty()) return quote.speaker_role + " (unnamed)";
  return "speaker unknown";
}

void print_text(std::ostream& out, const SearchResponse& response, MatchStyle style) {
  const Styler s(style);
  const bool quotes = response.scope == SearchScope::kQuotes;
  for (const auto& warning : response.warnings) out << "note: " << warning << "\n";
  for (const auto& m : response.matched) {
    if (m.names.size() < 2) continue;  // one name: the filter meant what it said
    std::string names;
    for (const auto& name : m.names) names += (names.empty() ? "" : ", ") + name;
    out << "note: " << m.field << " matches " << names << "\n";
  }
  if (response.relaxed)
    out << "note: nothing holds every word; showing results with some of them\n";
  for (const auto& hit : response.results) {
    if (quotes && hit.quote) {
      print_quote_hit(out, s, hit);
    } else {
      print_passage_hit(out, s, hit);
    }
    out << "\n";
  }
  const std::string unit = quotes ? "quotation" : "passage";
  if (response.total == 0) {
    out << "No " << unit << "s match '" << response.query << "'.\n";
  } else {
    const std::size_t last = response.offset + response.results.size();
    out << plural(response.total, unit, unit + "s");
    if (quotes) {
      out << " (" << plural(response.total_groups, "distinct quotation", "distinct quotations")
          << ") match";
    } else {
      out << " in " << plural(response.total_groups, "article", "articles") << " match";
    }
    if (response.results.empty()) {
      out << " (none at offset " << response.offset << ")";
    } else {
      out << "; showing " << response.offset + 1 << "-" << last;
    }
    out << ".\n";
  }
  print_facet(out, s, "speakers", response.facets.speaker);
  print_facet(out, s, "dates", response.facets.date);
  print_facet(out, s, "mentioned", response.facets.mentioned);
  print_facet(out, s, "sources", response.facets.source);
  if (response.suggestion) out << "Did you mean: " << s.bold(*response.suggestion) << "\n";
}

}  // namespace onrecord
