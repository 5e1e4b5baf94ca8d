// libFuzzer target: text through the analysis every article takes. The fast word scanner agrees
// with ICU wherever it answers; passages are slices of the article body, in order, within the
// size limit.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "analysis/text_analyzer.hpp"
#include "analysis/word_segments.hpp"
#include "fuzz_require.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  using fuzz::require;
  static const TextAnalyzer analyzer;
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (first_invalid_utf8(text) != std::string::npos) return 0;  // decoded before analysis
  if (const auto fast = scan_word_segments(text)) {
    const auto icu = analyzer.icu_word_segments(text);
    require(fast->size() == icu.size());
    for (std::size_t i = 0; i < icu.size(); ++i) require((*fast)[i] == icu[i]);
  }
  // Paragraphs as the readers give them: split at blank lines, none empty.
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto blank = text.find("\n\n", start);
    const auto end = blank == std::string::npos ? text.size() : blank;
    if (end > start) paragraphs.push_back(text.substr(start, end - start));
    if (blank == std::string::npos) break;
    start = blank + 2;
  }
  if (paragraphs.empty()) return 0;
  const std::string body = article_body(paragraphs);
  const PassageLimits limits;
  std::size_t previous_end = 0;
  for (const Passage& p : split_passages(paragraphs, limits)) {
    require(p.body_byte >= previous_end && p.body_byte + p.text.size() <= body.size());
    require(body.compare(p.body_byte, p.text.size(), p.text) == 0);
    require(p.text.size() <= limits.max_bytes + 4);  // a cut moves to a code point's end
    previous_end = p.body_byte + p.text.size();
  }
  return 0;
}
