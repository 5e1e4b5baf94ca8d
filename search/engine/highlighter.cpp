#include "engine/highlighter.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "index/schema.hpp"

namespace onrecord {
namespace {

// The plan's terms by number, looked up by a token's stem or bare form without building the
// term string: highlighting runs on every word of every hit.
class PlanTerms {
 public:
  explicit PlanTerms(const HighlightPlan& plan) : plan_(plan) {
    for (const auto& term : plan.search_terms) number(term);
    for (const auto& phrase : plan.phrases) {
      std::vector<int> numbers;
      for (const auto& term : phrase) numbers.push_back(number(term));
      phrases_.push_back(std::move(numbers));
    }
    for (const auto& term : plan.search_terms) words_.push_back(number(term));
    for (const auto& prefix : plan.prefixes) note_first_byte(prefix);
  }

  // The numbers of the plan terms a token is found by (its form's and its aliases').
  void of_token(const Token& token, const TextAnalyzer& analyzer, std::vector<int>& out) const {
    out.clear();
    add(token.term, analyzer, out);
    for (const auto& alias : token.aliases) add(alias, analyzer, out);
  }

  [[nodiscard]] bool is_word(int n) const {
    return std::find(words_.begin(), words_.end(), n) != words_.end();
  }
  [[nodiscard]] const std::vector<std::vector<int>>& phrases() const { return phrases_; }
  [[nodiscard]] const FirstBytes& first_bytes() const { return first_bytes_; }
  static constexpr int kPrefixMatch = -1;

 private:
  // English stems begin with their word's first letter (Snowball only changes endings; checked
  // on every word of the State of the Union addresses), so a word whose first byte starts no
  // plan term is not looked up at all.
  void note_first_byte(const std::string& term) {
    const std::size_t at = schema::stem_prefix_size(term);
    if (term.size() > at) first_bytes_[static_cast<unsigned char>(term[at])] = true;
  }

  int number(const std::string& term) {
    note_first_byte(term);
    const std::size_t prefix = schema::stem_prefix_size(term);
    auto& table = prefix > 0 ? stems_ : bare_;
    const std::string key = term.substr(prefix);
    return table.try_emplace(key, static_cast<int>(stems_.size() + bare_.size())).first->second;
  }

  void add(const std::string& form, const TextAnalyzer& analyzer, std::vector<int>& out) const {
    if (form.empty() || !first_bytes_[static_cast<unsigned char>(form[0])]) return;
    const bool stemmable = TextAnalyzer::is_stemmable(form);
    const std::string& key = stemmable ? analyzer.stem(form) : form;
    const auto& table = stemmable ? stems_ : bare_;
    if (auto it = table.find(key); it != table.end()) out.push_back(it->second);
    for (const auto& prefix : plan_.prefixes) {
      const std::size_t skip = schema::stem_prefix_size(prefix);
      if ((skip > 0) == stemmable &&
          std::string_view(key).starts_with(std::string_view(prefix).substr(skip)))
        out.push_back(kPrefixMatch);
    }
  }

  const HighlightPlan& plan_;
  std::unordered_map<std::string, int> stems_;  // plan terms under Z, by stem
  std::unordered_map<std::string, int> bare_;   // unstemmable plan terms, by form
  std::vector<int> words_;
  std::vector<std::vector<int>> phrases_;
  FirstBytes first_bytes_{};
};

// Whether `phrase` starts at token i: its terms at consecutive positions. (Tokens that cannot
// match any plan term are not kept, so consecutive tokens need not be consecutive words.)
bool phrase_at(const std::vector<Token>& tokens, const std::vector<std::vector<int>>& numbers,
               std::size_t i, const std::vector<int>& phrase) {
  if (i + phrase.size() > numbers.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (tokens[i + k].position != tokens[i].position + k) return false;
    const auto& at = numbers[i + k];
    if (std::find(at.begin(), at.end(), phrase[k]) == at.end()) return false;
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
  const PlanTerms terms(plan);
  const auto tokens = analyzer.tokenize(text, terms.first_bytes());
  std::vector<std::vector<int>> numbers(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) terms.of_token(tokens[i], analyzer, numbers[i]);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (std::any_of(numbers[i].begin(), numbers[i].end(),
                    [&terms](int n) { return n == PlanTerms::kPrefixMatch || terms.is_word(n); }))
      spans.push_back({tokens[i].begin, tokens[i].end});
    for (const auto& phrase : terms.phrases()) {
      if (phrase_at(tokens, numbers, i, phrase))
        spans.push_back({tokens[i].begin, tokens[i + phrase.size() - 1].end});
    }
  }
  return merge(std::move(spans));
}

}  // namespace onrecord
