#include "highlighter.hpp"

#include <algorithm>

namespace onrecord {
namespace {

bool has_form(const Token& token, const std::string& form) {
  return token.term == form ||
         std::find(token.aliases.begin(), token.aliases.end(), form) != token.aliases.end();
}

bool matches_word(const Token& token, const HighlightPlan& plan, const TextAnalyzer& analyzer) {
  auto form_matches = [&](const std::string& form) {
    if (plan.exact_forms.contains(form)) return true;
    if (plan.search_terms.contains(analyzer.search_term(form))) return true;
    return std::any_of(plan.prefixes.begin(), plan.prefixes.end(),
                       [&form](const std::string& p) { return form.starts_with(p); });
  };
  return form_matches(token.term) ||
         std::any_of(token.aliases.begin(), token.aliases.end(), form_matches);
}

bool phrase_at(const std::vector<Token>& tokens, std::size_t i,
               const std::vector<std::string>& phrase) {
  if (i + phrase.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (!has_form(tokens[i + k], phrase[k])) return false;
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
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (matches_word(tokens[i], plan, analyzer)) spans.push_back({tokens[i].begin, tokens[i].end});
    for (const auto& phrase : plan.phrases) {
      if (phrase_at(tokens, i, phrase))
        spans.push_back({tokens[i].begin, tokens[i + phrase.size() - 1].end});
    }
  }
  return merge(std::move(spans));
}

}  // namespace onrecord
