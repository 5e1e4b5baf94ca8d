// The human-readable form of a search response, for terminals (bold, coloured matches) and
// pipes (matches between ** markers).
#pragma once

#include <ostream>

#include "engine/result_model.hpp"

namespace onrecord {

enum class MatchStyle { kAnsi, kMarkers };

void print_text(std::ostream& out, const SearchResponse& response, MatchStyle style);

}  // namespace onrecord
