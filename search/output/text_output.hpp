// The human-readable form of a search response, for terminals (bold, coloured matches) and
// pipes (matches between ** markers).
#pragma once

#include <ostream>
#include <string>

#include "engine/result_model.hpp"

namespace onrecord {

enum class MatchStyle { kAnsi, kMarkers };

void print_text(std::ostream& out, const SearchResponse& response, MatchStyle style);

// Who said a quotation, in words: "Jane Doe", "Jane Doe (uncertain)", "White House spokesman
// (unnamed)" or "speaker unknown".
std::string quote_source_text(const QuoteData& quote);

}  // namespace onrecord
