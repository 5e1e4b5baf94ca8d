// Text analysis shared by indexing, querying and highlighting, so that all three see the same
// words: ICU UAX #29 word boundaries, NFKC case folding, typographic apostrophes folded, Latin
// accents removed, and English Snowball stems.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/word_segments.hpp"

namespace onrecord {

enum class TokenClass { kWord, kNumber };

struct Token {
  std::string term;                  // normalized surface form, unstemmed
  std::vector<std::string> aliases;  // other forms indexed at the same position (U.S. -> us)
  std::uint32_t position = 0;        // 1-based word position within the analysed text
  std::size_t begin = 0;             // byte range in the analysed UTF-8 text
  std::size_t end = 0;
  TokenClass token_class = TokenClass::kWord;
};

// The first bytes of the normalized forms a caller looks for (true = wanted).
using FirstBytes = std::array<bool, 256>;

// Not thread-safe (it caches stems and keeps an ICU iterator): one analyzer per thread.
class TextAnalyzer {
 public:
  TextAnalyzer();
  ~TextAnalyzer();
  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;
  TextAnalyzer(TextAnalyzer&&) noexcept;
  TextAnalyzer& operator=(TextAnalyzer&&) noexcept;

  // Splits UTF-8 text into normalized tokens. Invalid UTF-8 is tolerated (replaced).
  [[nodiscard]] std::vector<Token> tokenize(std::string_view utf8) const;
  // Only the tokens whose form may begin with a wanted byte (others are skipped, positions
  // counting them all). Highlighting looks for a few terms in every word of every hit, and most
  // words cannot be one of them.
  [[nodiscard]] std::vector<Token> tokenize(std::string_view utf8, const FirstBytes& wanted) const;
  // ICU's own word segments, which tokenize() reproduces faster for common text (for tests).
  [[nodiscard]] std::vector<WordSegment> icu_word_segments(std::string_view utf8) const;

  // The term a word is indexed and searched by, with its positions: the stem prefix (schema) +
  // prefix + stem for stemmable words, prefix + the form itself otherwise (numbers, U.S.). Index
  // and query both call this, which is what keeps them in agreement.
  [[nodiscard]] std::string search_term(std::string_view form, std::string_view prefix = "") const;
  [[nodiscard]] static bool is_stemmable(std::string_view form);
  // The form's English stem; valid until the next call (stems are cached per analyzer).
  [[nodiscard]] const std::string& stem(std::string_view form) const;

  // Folding for names compared whole (speakers, sources, authors): case, accents and
  // punctuation ignored, spaces collapsed. "Donald J. Trump" -> "donald j trump".
  [[nodiscard]] static std::string fold_name(std::string_view utf8);

  // Normalizes one word-like string as tokenize() would (case, width, apostrophes, accents).
  [[nodiscard]] static std::string normalize_form(std::string_view utf8);

 private:
  std::vector<Token> tokenize_words(std::string_view utf8, const FirstBytes* wanted) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Xapian::Stem stemmer_{"english"};
};

// Byte offsets where ICU's sentence boundaries fall in `utf8` (each the end of a sentence, the
// last one the text's end). The iterator is created once per thread.
std::vector<std::size_t> sentence_ends(std::string_view utf8);

// Utilities over UTF-8 offsets, for reporting character (code point) positions.
std::size_t count_code_points(std::string_view utf8);

// Decodes the code point at byte offset i and advances i; returns a negative value for an
// invalid sequence (skipping it).
std::int32_t next_code_point(std::string_view utf8, std::size_t& i);

// The byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t first_invalid_utf8(std::string_view utf8);

}  // namespace onrecord
