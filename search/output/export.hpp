// Every result of a search written out for a spreadsheet or a script: CSV (RFC 4180, one row per
// result) or JSON Lines (one result object per line). The export pages through the searcher
// itself, so it holds all results whatever the page size, in the order the pages show them.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "engine/searcher.hpp"

namespace onrecord {

enum class ExportFormat { kCsv, kJsonLines };

// Receives the export piece by piece; returns false to stop (the reader went away).
using ExportSink = std::function<bool(std::string_view)>;

struct ExportSummary {
  std::size_t rows = 0;      // results written
  std::size_t expected = 0;  // the search's total of results (articles or quotations)
  bool stopped = false;      // the sink refused more, or the offset limit cut the export short
};

// Writes every result of `request` from `request.offset` on (at most `max_rows` when set), the
// CSV header first, once the first page is searched. Fails with the search's error (having
// written nothing); a search that matches nothing writes only the header (CSV) or nothing
// (JSON Lines).
Result<ExportSummary> export_results(Searcher& searcher, SearchRequest request, ExportFormat format,
                                     const ExportSink& sink,
                                     std::optional<std::size_t> max_rows = std::nullopt);

// The CSV columns, and one result as a CSV row (with its line end).
std::string csv_header();
std::string csv_row(const SearchHit& hit);

}  // namespace onrecord
