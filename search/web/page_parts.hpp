// The pieces every page of the web front end is made of: the frame with the search box, and the
// results as the search page lists them (also on speaker pages).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/result_model.hpp"
#include "output/json_output.hpp"
#include "web/web_pages.hpp"

namespace onrecord {

std::string layout(const std::string& title, const std::string& query, SearchScope scope,
                   const std::string& body, WriteAccess writes);
// Where a speaker's name leads from a result: their words (or, from a quotation, their
// quotations), by the name exactly.
std::string speaker_search(const std::string& speaker, SearchScope scope);
// A speaker's own page.
std::string speaker_page_link(const std::string& speaker);
bool is_web_link(std::string_view url);
std::string article_link(const SearchHit& hit);
// "2025-06-10 · Metro Daily · by Ana Ruiz", as text (templates escape it).
std::string meta_line(const ArticleFields& a);
std::string passage_item(const SearchHit& hit);
// A heading and the first dozen named counts, each a link (`href_of` the value), those for which
// `on` holds marked as the filter in force.
std::string linked_counts(const std::string& heading, const std::vector<FacetCount>& counts,
                          const std::function<std::string(const std::string&)>& href_of,
                          const std::function<bool(const std::string&)>& on = {});
std::string quote_item(const SearchHit& hit);

}  // namespace onrecord
