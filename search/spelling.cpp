#include "spelling.hpp"

#include <algorithm>

namespace onrecord {

std::optional<std::string> suggest_spelling(const Xapian::Database& db, const std::string& query,
                                            const std::vector<QueryWord>& words) {
  constexpr unsigned kMaxEditDistance = 2;
  std::string corrected = query;
  bool changed = false;
  // Replace from the end so earlier offsets stay valid.
  std::vector<QueryWord> ordered = words;
  std::sort(ordered.begin(), ordered.end(),
            [](const QueryWord& a, const QueryWord& b) { return a.offset > b.offset; });
  for (const auto& word : ordered) {
    if (db.get_termfreq(word.search_term) > 0 || db.get_termfreq(word.form) > 0) continue;
    const std::string suggestion = db.get_spelling_suggestion(word.form, kMaxEditDistance);
    // The spelling table can outlive removed articles; only offer words still indexed.
    if (suggestion.empty() || db.get_termfreq(suggestion) == 0) continue;
    if (corrected.compare(word.offset, word.typed.size(), word.typed) != 0) continue;
    corrected.replace(word.offset, word.typed.size(), suggestion);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return corrected;
}

}  // namespace onrecord
