#include "spelling.hpp"

#include <algorithm>
#include <vector>

namespace onrecord {
namespace {

// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up past
// `limit`.
unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::vector<unsigned>> d(n + 1, std::vector<unsigned>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<unsigned>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<unsigned>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    unsigned row_min = limit + 1;
    for (std::size_t j = 1; j <= m; ++j) {
      const unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return d[n][m];
}

// The indexed word closest to `form`: the vocabulary is read from the index itself (words
// sharing its first letter), so the suggestion can never name a word that is no longer indexed
// and indexing pays nothing for it.
std::string closest_indexed_word(const Xapian::Database& db, const std::string& form) {
  if (form.size() < 3) return {};
  const unsigned limit = form.size() <= 5 ? 1 : 2;
  const std::string first(form.substr(0, 1));
  std::string best;
  unsigned best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string term = *it;
    if (term.find_first_of(".%'") != std::string::npos) continue;
    const unsigned distance = edit_distance(form, term, limit);
    if (distance == 0 || distance > limit) continue;
    const Xapian::doccount frequency = it.get_termfreq();
    if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
      best = term;
      best_distance = distance;
      best_frequency = frequency;
    }
  }
  return best;
}

}  // namespace

std::optional<std::string> suggest_spelling(const Xapian::Database& db, const std::string& query,
                                            const std::vector<QueryWord>& words) {
  std::string corrected = query;
  bool changed = false;
  // Replace from the end so earlier offsets stay valid.
  std::vector<QueryWord> ordered = words;
  std::sort(ordered.begin(), ordered.end(),
            [](const QueryWord& a, const QueryWord& b) { return a.offset > b.offset; });
  for (const auto& word : ordered) {
    if (db.get_termfreq(word.search_term) > 0 || db.get_termfreq(word.form) > 0) continue;
    const std::string suggestion = closest_indexed_word(db, word.form);
    if (suggestion.empty()) continue;
    if (corrected.compare(word.offset, word.typed.size(), word.typed) != 0) continue;
    corrected.replace(word.offset, word.typed.size(), suggestion);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return corrected;
}

}  // namespace onrecord
