// What the index holds, for the home page and `onrecord-search overview`: counts, the date span,
// the top speakers and sources, the latest articles. Built from term statistics and one browse
// of every passage (newest first), so its counts agree with the searches it links to; kept per
// database revision.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/result_model.hpp"
#include "engine/searcher.hpp"

namespace onrecord {

struct IndexOverview {
  std::size_t articles = 0;
  std::size_t passages = 0;
  std::size_t quotations = 0;
  std::size_t speakers = 0;
  std::string first_year, last_year;     // of the dated passages; empty when none is dated
  std::vector<FacetCount> top_speakers;  // by passages
  std::vector<FacetCount> top_sources;
  std::vector<FacetCount> years;  // dated passages per year, every year of the span
  std::vector<SearchHit> latest;  // the newest articles' first passages, newest first
};

Result<IndexOverview> index_overview(Searcher& searcher, std::size_t latest = 5);

}  // namespace onrecord
