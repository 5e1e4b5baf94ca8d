// The search library every front end calls: a query and filters in, one page of ranked passages
// with snippets, exact totals and facets, and a spelling suggestion out.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "error.hpp"
#include "result_model.hpp"
#include "text_analyzer.hpp"

namespace onrecord {

enum class SortOrder { kRelevance, kDate };

struct SearchRequest {
  std::string query;
  std::vector<std::string> speakers;  // OR within a filter, AND across filters
  std::vector<std::string> dates;     // ranges such as 2025-06..2025-07
  std::vector<std::string> sources;
  std::size_t limit = 10;
  std::size_t offset = 0;
  std::optional<SortOrder> sort;  // default: relevance; newest first when there are no words
};

class Searcher {
 public:
  static Result<Searcher> open(const std::filesystem::path& path);

  // Re-reads the database if another process changed it since the last call.
  Result<SearchResponse> search(const SearchRequest& request);

 private:
  Searcher(Xapian::Database db, std::filesystem::path path)
      : db_(std::move(db)), path_(std::move(path)) {}
  Result<SearchResponse> search_once(const SearchRequest& request);

  Xapian::Database db_;
  std::filesystem::path path_;
  TextAnalyzer analyzer_;
};

}  // namespace onrecord
