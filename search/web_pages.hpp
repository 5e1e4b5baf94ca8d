// Server-rendered HTML of the web front end. Everything printed is HTML-escaped; every view is a
// link (filters live in the query string), so the pages work without JavaScript.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "article_view.hpp"
#include "result_model.hpp"
#include "url_query.hpp"

namespace onrecord {

struct SearchPageModel {
  QueryParams params;  // the current view's parameters, without the page
  std::string query;
  bool quotes = false;
  std::vector<std::string> dates;  // active date filters
  std::size_t page = 1;
  std::size_t page_size = 10;
  std::optional<SearchResponse> response;  // absent on the front page
  std::optional<std::string> error;
  bool allow_writes = false;
};

std::string render_search_page(const SearchPageModel& model);
std::string render_article_page(const ArticleView& article, bool allow_writes);
std::string render_message_page(const std::string& title, const std::string& message);
std::string render_add_page(const std::string& message);

}  // namespace onrecord
