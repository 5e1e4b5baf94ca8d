// Server-rendered HTML of the web front end. Everything printed is HTML-escaped; every view is a
// link (filters live in the query string), so the pages work without JavaScript.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/index_overview.hpp"
#include "engine/result_model.hpp"
#include "engine/search_request.hpp"
#include "web/article_view.hpp"
#include "web/url_query.hpp"

namespace onrecord {

// Whether the server takes new articles (then its pages link the form that adds one).
enum class WriteAccess { kReadOnly, kAllowWrites };

struct SearchPageModel {
  QueryParams params;  // the current view's parameters, without the page
  std::string query;
  SearchScope scope = SearchScope::kPassages;
  std::vector<std::string> dates;  // active date filters
  std::size_t page = 1;
  std::size_t page_size = kDefaultLimit;
  std::optional<SearchResponse> response;  // absent on the front page
  std::optional<IndexOverview> overview;   // the front page's: what the index holds
  std::optional<std::string> error;
  WriteAccess writes = WriteAccess::kReadOnly;
};

std::string render_search_page(const SearchPageModel& model);
std::string render_article_page(const ArticleView& article, WriteAccess writes);
std::string render_message_page(const std::string& title, const std::string& message);
std::string render_add_page(const std::string& message);

}  // namespace onrecord
