#include "output/export.hpp"

#include <algorithm>

#include "analysis/text_analyzer.hpp"
#include "output/json_output.hpp"

namespace onrecord {
namespace {

// One field, quoted when it holds a separator, a quote or a line break (RFC 4180); a field a
// spreadsheet would run as a formula ("=cmd|…", "+1", "@SUM") gets a leading apostrophe.
std::string csv_field(std::string_view value) {
  std::string text(value);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r'))
    text.insert(text.begin(), '\'');
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string csv_line(std::initializer_list<std::string> fields) {
  std::string line;
  for (const auto& field : fields) {
    if (!line.empty()) line += ',';
    line += csv_field(field);
  }
  return line + "\r\n";
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

}  // namespace

std::string csv_header() {
  return csv_line({"rank", "text", "speaker", "speaker_role", "date", "kind", "article_id",
                   "article_title", "article_date", "source", "url", "start", "end",
                   "other_passages", "reported_by"});
}

std::string csv_row(const SearchHit& hit) {
  const ArticleFields& a = hit.article;
  if (hit.quote) {
    const QuoteData& q = *hit.quote;
    return csv_line({std::to_string(hit.rank), q.text, q.speaker, q.speaker_role, q.date,
                     std::string(quote_kind_name(q.kind)), a.id, a.title, a.date, a.source, a.url,
                     std::to_string(q.start), std::to_string(q.end),
                     std::to_string(hit.also_in_article), std::to_string(hit.quoted_in.size())});
  }
  const std::size_t length = count_code_points(hit.passage_text);
  return csv_line({std::to_string(hit.rank), hit.passage_text, joined(hit.speakers), "",
                   joined(hit.dates), "passage", a.id, a.title, a.date, a.source, a.url,
                   std::to_string(hit.passage_start), std::to_string(hit.passage_start + length),
                   std::to_string(hit.also_in_article), ""});
}

Result<ExportSummary> export_results(Searcher& searcher, SearchRequest request, ExportFormat format,
                                     const ExportSink& sink, std::optional<std::size_t> max_rows) {
  ExportSummary summary;
  const std::size_t wanted = max_rows.value_or(kMaxOffset + kMaxLimit);
  if (format == ExportFormat::kCsv) request.snippets = Snippets::kNone;  // CSV has no snippets
  bool first_page = true;
  while (summary.rows < wanted) {
    request.limit = std::min(kMaxLimit, wanted - summary.rows);
    auto page = searcher.search(request);
    if (!page) return page.error();
    std::string chunk;
    if (first_page) {
      // The first page counts exactly (the total to export); later pages rank the same way
      // without a pass over every match, which would make an export quadratic in its pages.
      summary.expected = page->total_groups;
      request.counting = Counting::kEstimate;
      if (format == ExportFormat::kCsv) chunk = csv_header();  // only once the search is good
      first_page = false;
    }
    for (const SearchHit& hit : page->results) {
      chunk += format == ExportFormat::kCsv ? csv_row(hit)
                                            : json_text(hit_json(hit, page->snippets)) + "\n";
    }
    summary.rows += page->results.size();
    if (!chunk.empty() && !sink(chunk)) {
      summary.stopped = true;
      return summary;
    }
    if (page->results.size() < request.limit) break;
    if (request.offset + request.limit > kMaxOffset) {
      summary.stopped = summary.rows < summary.expected;
      break;
    }
    request.offset += request.limit;
  }
  return summary;
}

}  // namespace onrecord
