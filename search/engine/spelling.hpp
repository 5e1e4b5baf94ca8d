// "Did you mean": for query words the index does not know, the closest indexed spelling.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "query/query_builder.hpp"

namespace onrecord {

// The query with each unknown word replaced by its suggestion; nullopt when every word is known
// or nothing close is indexed.
std::optional<std::string> suggest_spelling(const Xapian::Database& db, const std::string& query,
                                            const std::vector<QueryWord>& words,
                                            const TextAnalyzer& analyzer);

}  // namespace onrecord
