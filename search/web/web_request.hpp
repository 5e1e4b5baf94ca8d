// Reading search parameters from a web request, the same for pages and /api/search. A bad value
// is an error the handler answers with 400.
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

#include "engine/searcher.hpp"
#include "index/error.hpp"
#include "web/url_query.hpp"
#include "web/web_pages.hpp"

namespace onrecord {

struct WebSearch {
  SearchRequest request;
  std::size_t page = 1;
  QueryParams params;      // for links: everything but the page
  bool has_input = false;  // any query or filter given (else: the front page)
};

Result<WebSearch> parse_web_search(const httplib::Request& req, std::size_t max_query_bytes);

// The search page's model for a parsed request, before its search runs (no response yet).
SearchPageModel search_page_model(const WebSearch& web, WriteAccess writes);

}  // namespace onrecord
