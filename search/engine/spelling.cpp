#include "engine/spelling.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "index/schema.hpp"
#include "index/shard_set.hpp"
#include "index/stored_data.hpp"
#include "index/value_list.hpp"

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

// How many documents hold each of `terms` (those in none left out). Over shards, one query's
// statistics, gathered in a round trip per shard, instead of a round trip per term and shard
// (hundreds for one misspelt word).
std::map<std::string, Xapian::doccount> term_frequencies(const Xapian::Database& db,
                                                         const std::set<std::string>& terms) {
  std::map<std::string, Xapian::doccount> found;
  if (terms.empty()) return found;
  if (single_revision(db)) {
    for (const auto& term : terms)
      if (const Xapian::doccount frequency = db.get_termfreq(term); frequency > 0)
        found.emplace(term, frequency);
    return found;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
  const Xapian::MSet statistics = enquire.get_mset(0, 0);
  for (const auto& term : terms)
    if (const Xapian::doccount frequency = statistics.get_termfreq(term); frequency > 0)
      found.emplace(term, frequency);
  return found;
}

// The indexed search terms of the words one edit (a letter deleted, inserted, changed or two
// swapped) away from an ASCII `form`, most frequent first. An edit need not be a word
// ("economly" stems like "economic"), so callers check the words really indexed.
std::vector<std::string> terms_one_edit_away(const Xapian::Database& db, const std::string& form,
                                             const TextAnalyzer& analyzer) {
  if (form.size() < 3 ||
      !std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  std::vector<std::string> edits;
  for (std::size_t i = 0; i <= form.size(); ++i) {
    if (i < form.size()) edits.push_back(form.substr(0, i) + form.substr(i + 1));
    if (i + 1 < form.size()) {
      std::string swapped = form;
      std::swap(swapped[i], swapped[i + 1]);
      edits.push_back(std::move(swapped));
    }
    for (char c = 'a'; c <= 'z'; ++c) {
      edits.push_back(form.substr(0, i) + c + form.substr(i));
      if (i < form.size() && form[i] != c) {
        std::string changed = form;
        changed[i] = c;
        edits.push_back(std::move(changed));
      }
    }
  }
  std::set<std::string> candidates;
  for (const auto& edit : edits) candidates.insert(analyzer.search_term(edit));
  const auto found = term_frequencies(db, candidates);
  std::vector<std::pair<std::string, Xapian::doccount>> ranked(found.begin(), found.end());
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> terms;
  for (auto& [term, frequency] : ranked) terms.push_back(term);
  return terms;
}

// The indexed search term closest to `term` (a stem under the stem prefix): the vocabulary is
// read from the index itself (terms sharing its first letter), so the suggestion can never name a
// word that is no longer indexed, and indexing pays nothing for it.
std::string closest_indexed_term(const Xapian::Database& db, const std::string& term) {
  const std::size_t prefix_size = schema::prefix::kStem.size();
  const std::string_view stem = std::string_view(term).substr(std::min(prefix_size, term.size()));
  if (!term.starts_with(schema::prefix::kStem) || stem.size() < 3) return {};
  const unsigned limit = stem.size() <= 5 ? 1 : 2;
  const std::string first = term.substr(0, prefix_size + 1);
  std::string best;
  unsigned best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string candidate = *it;
    if (candidate.find_first_of(".%'") != std::string::npos) continue;
    const unsigned distance =
        edit_distance(stem, std::string_view(candidate).substr(prefix_size), limit);
    if (distance == 0 || distance > limit) continue;
    const Xapian::doccount frequency = it.get_termfreq();
    if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
      best = candidate;
      best_distance = distance;
      best_frequency = frequency;
    }
  }
  return best;
}

// A stem is not a word to show: the word as written in the first few documents holding `term`,
// the one closest to what was typed (so "goverment" gets "government", not "governing").
std::string surface_word(const Xapian::Database& db, const std::string& term,
                         const std::string& typed, const TextAnalyzer& analyzer) {
  constexpr int kDocumentsToRead = 20;  // or until a word one edit away turns up
  std::string best;
  unsigned best_distance = 0;
  int read = 0;
  const auto codec = PassageCodec::of(db);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term) && read < kDocumentsToRead;
       ++it, ++read) {
    if (!best.empty() && best_distance <= 1) break;
    const auto passage = decode_passage_data(
        db.get_document(*it, Xapian::DOC_ASSUME_VALID).get_data(), "", codec.get());
    if (!passage) continue;  // quotations repeat their passage's words
    for (const auto& token : analyzer.tokenize(passage->text)) {
      if (analyzer.search_term(token.term) != term) continue;
      const unsigned distance = edit_distance(typed, token.term, 64);
      if (best.empty() || distance < best_distance) {
        best = token.term;
        best_distance = distance;
      }
    }
  }
  return best;
}

// The indexed word nearest to `form` among the words of the terms one edit away (the most
// frequent few): nearest by edit distance, then by frequency.
std::string closest_surface_word(const Xapian::Database& db, const std::string& form,
                                 const TextAnalyzer& analyzer) {
  constexpr std::size_t kTermsToCheck = 4;
  std::string best;
  unsigned best_distance = 0;
  const auto terms = terms_one_edit_away(db, form, analyzer);
  for (std::size_t i = 0; i < terms.size() && i < kTermsToCheck; ++i) {
    const std::string word = surface_word(db, terms[i], form, analyzer);
    if (word.empty()) continue;
    const unsigned distance = edit_distance(form, word, 64);
    if (best.empty() || distance < best_distance) {
      best = word;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

std::optional<std::string> suggest_spelling(const Xapian::Database& db, const std::string& query,
                                            const std::vector<QueryWord>& words,
                                            const TextAnalyzer& analyzer) {
  std::string corrected = query;
  bool changed = false;
  // Replace from the end so earlier offsets stay valid.
  std::vector<QueryWord> ordered = words;
  std::sort(ordered.begin(), ordered.end(),
            [](const QueryWord& a, const QueryWord& b) { return a.offset > b.offset; });
  // No misspelt word is this long; a longer one (a pasted blob) would cost time and memory
  // growing with its length for every candidate (a 3,000-letter word: 6 s and 1.5 GB).
  constexpr std::size_t kLongestSuggestedWord = 40;
  // Which words are indexed, in one batch (over shards one round trip, not one per word and shard).
  std::set<std::string> searched;
  for (const auto& word : ordered)
    if (word.form.size() <= kLongestSuggestedWord) searched.insert(word.search_term);
  const auto indexed = term_frequencies(db, searched);
  for (const auto& word : ordered) {
    if (word.form.size() > kLongestSuggestedWord) continue;
    if (indexed.contains(word.search_term)) continue;
    std::string suggestion = closest_surface_word(db, word.form, analyzer);
    if (suggestion.empty()) {
      const std::string close = closest_indexed_term(db, word.search_term);
      if (!close.empty()) suggestion = surface_word(db, close, word.form, analyzer);
    }
    if (suggestion.empty()) continue;
    if (corrected.compare(word.offset, word.typed.size(), word.typed) != 0) continue;
    corrected.replace(word.offset, word.typed.size(), suggestion);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return corrected;
}

}  // namespace onrecord
