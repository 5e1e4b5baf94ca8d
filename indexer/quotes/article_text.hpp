// One paragraph seen the way the attribution rules need it: its words outside quotations, the
// sentences those words and quotations belong to (a sentence ends at . ! ? outside quotes, or
// after a quotation that ends one, before a capital), and its quotations.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "quotes/english_words.hpp"
#include "quotes/quote_extractor.hpp"

namespace onrecord {

struct ParagraphView {
  std::string_view text;
  std::vector<Word> words;                 // outside quotations, offsets in the paragraph
  std::vector<std::size_t> word_sentence;  // sentence number of each word
  std::vector<QuoteSpan> quotes;
  std::vector<std::size_t> quote_sentence;
  std::size_t sentence_count = 0;

  // Words of sentence `s` lying in the byte range [from, to).
  [[nodiscard]] std::vector<std::size_t> words_between(std::size_t sentence, std::size_t from,
                                                       std::size_t to) const;
  // The sentence holding byte offset `at` (outside quotes) or the quotation starting there.
  [[nodiscard]] std::size_t sentence_at(std::size_t at) const;
};

// Views of every paragraph; `quotes` are find_quotes() of the same paragraphs.
std::vector<ParagraphView> view_paragraphs(const std::vector<std::string>& paragraphs,
                                           const std::vector<QuoteSpan>& quotes);

}  // namespace onrecord
