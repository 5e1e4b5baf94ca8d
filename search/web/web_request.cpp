#include "web/web_request.hpp"

#include <charconv>
#include <optional>

namespace onrecord {
namespace {

Error bad(const std::string& message, const std::string& hint) {
  return Error{ErrorCode::kBadQuery, message, hint};
}

Result<std::size_t> number(const httplib::Request& req, const std::string& key,
                           std::size_t fallback, std::size_t lo, std::size_t hi) {
  if (!req.has_param(key)) return fallback;
  const std::string v = req.get_param_value(key);
  std::size_t n = 0;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || ptr != v.data() + v.size() || n < lo || n > hi) {
    return bad(
        "invalid " + key + " '" + v + "'",
        key + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
  }
  return n;
}

// An on/off parameter (1, true, on / 0, false, off); nullopt when absent or empty.
Result<std::optional<bool>> switch_param(const httplib::Request& req, const std::string& key) {
  const std::string v = req.get_param_value(key);
  if (v.empty()) return std::optional<bool>();
  if (v == "1" || v == "true" || v == "on") return std::optional<bool>(true);
  if (v == "0" || v == "false" || v == "off") return std::optional<bool>(false);
  return bad("invalid " + key + " '" + v + "'", key + " is 1 or 0");
}

std::vector<std::string> values(const httplib::Request& req, const std::string& key) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < req.get_param_value_count(key); ++i) {
    std::string v = req.get_param_value(key, i);
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

Result<WebSearch> parse_web_search(const httplib::Request& req, std::size_t max_query_bytes) {
  WebSearch web;
  SearchRequest& r = web.request;
  r.query = req.get_param_value("q");
  if (r.query.size() > max_query_bytes) {
    return bad("the query is too long (" + std::to_string(r.query.size()) + " bytes)",
               "keep it under " + std::to_string(max_query_bytes) + " bytes");
  }
  r.speakers = values(req, "speaker");
  r.dates = values(req, "date");
  r.sources = values(req, "source");
  r.mentions = values(req, "mentions");
  auto quotes = switch_param(req, "quotes");
  if (!quotes) return quotes.error();
  if (quotes->value_or(false)) r.scope = SearchScope::kQuotes;
  auto facets = switch_param(req, "facets");
  if (!facets) return facets.error();
  if (!facets->value_or(true)) r.counting = Counting::kEstimate;
  auto snippets = switch_param(req, "snippets");
  if (!snippets) return snippets.error();
  if (!snippets->value_or(true)) r.snippets = Snippets::kNone;
  const std::string sort = req.get_param_value("sort");
  if (sort == "relevance")
    r.sort = SortOrder::kRelevance;
  else if (sort == "date")
    r.sort = SortOrder::kDate;
  else if (!sort.empty())
    return bad("invalid sort '" + sort + "'", "sort is relevance or date");
  auto limit = number(req, "limit", kDefaultLimit, 1, kMaxLimit);
  if (!limit) return limit.error();
  auto page = number(req, "page", 1, 1, kMaxOffset / *limit + 1);
  if (!page) return page.error();
  auto offset = number(req, "offset", (*page - 1) * *limit, 0, kMaxOffset);
  if (!offset) return offset.error();
  r.limit = *limit;
  r.offset = *offset;
  web.page = *page;

  std::vector<std::pair<std::string, std::string>> params;
  if (!r.query.empty()) params.emplace_back("q", r.query);
  if (r.scope == SearchScope::kQuotes) params.emplace_back("quotes", "1");
  for (const auto& s : r.speakers) params.emplace_back("speaker", s);
  for (const auto& d : r.dates) params.emplace_back("date", d);
  for (const auto& s : r.sources) params.emplace_back("source", s);
  for (const auto& m : r.mentions) params.emplace_back("mentions", m);
  if (!sort.empty()) params.emplace_back("sort", sort);
  if (req.has_param("limit")) params.emplace_back("limit", std::to_string(r.limit));
  web.params = QueryParams(std::move(params));
  web.has_input = !r.query.empty() || !r.speakers.empty() || !r.dates.empty() ||
                  !r.sources.empty() || !r.mentions.empty();
  return web;
}

SearchPageModel search_page_model(const WebSearch& web, WriteAccess writes) {
  SearchPageModel model;
  model.writes = writes;
  model.params = web.params;
  model.query = web.request.query;
  model.scope = web.request.scope;
  model.dates = web.request.dates;
  model.page = web.page;
  model.page_size = web.request.limit;
  return model;
}

}  // namespace onrecord
