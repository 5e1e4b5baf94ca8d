#include "highlighter.hpp"

#include <algorithm>

namespace onrecord {
namespace {

// The search terms a token is found by: its own and its aliases' (U.S. is also "us").
std::vector<std::string> token_terms(const Token& token, const TextAnalyzer& analyzer) {
  std::vector<std::string> terms{analyzer.search_term(token.term)};
  for (const auto& alias : token.aliases) terms.push_back(analyzer.search_term(alias));
  return terms;
}

bool has_term(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

bool matches_word(const std::vector<std::string>& terms, const HighlightPlan& plan) {
  return std::any_of(terms.begin(), terms.end(), [&plan](const std::string& term) {
    return plan.search_terms.contains(term) ||
           std::any_of(plan.prefixes.begin(), plan.prefixes.end(),
                       [&term](const std::string& p) { return term.starts_with(p); });
  });
}

bool phrase_at(const std::vector<std::vector<std::string>>& terms, std::size_t i,
               const std::vector<std::string>& phrase) {
  if (i + phrase.size() > terms.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (!has_term(terms[i + k], phrase[k])) return false;
  }
  return true;
}

std::vector<ByteSpan> merge(std::vector<ByteSpan> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  std::vector<ByteSpan> merged;
  for (const auto& span : spans) {
    if (!merged.empty() && span.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

}  // namespace

std::vector<ByteSpan> find_matches(std::string_view text, const HighlightPlan& plan,
                                   const TextAnalyzer& analyzer) {
  std::vector<ByteSpan> spans;
  if (plan.empty()) return spans;
  const auto tokens = analyzer.tokenize(text);
  std::vector<std::vector<std::string>> terms;
  terms.reserve(tokens.size());
  for (const auto& token : tokens) terms.push_back(token_terms(token, analyzer));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (matches_word(terms[i], plan)) spans.push_back({tokens[i].begin, tokens[i].end});
    for (const auto& phrase : plan.phrases) {
      if (phrase_at(terms, i, phrase))
        spans.push_back({tokens[i].begin, tokens[i + phrase.size() - 1].end});
    }
  }
  return merge(std::move(spans));
}

}  // namespace onrecord
