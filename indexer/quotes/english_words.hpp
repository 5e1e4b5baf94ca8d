// A light word scanner for the English-language rules (dates, quotations, attributions): words
// with their byte offsets, case shape, and the punctuation between them. Search analysis uses
// ICU (text_analyzer); these rules need surface forms such as "Jan." and "4th" kept whole.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace onrecord {

struct Word {
  std::string text;       // as written, typographic apostrophes folded to '
  std::string lower;      // ASCII-lowercased text
  std::size_t begin = 0;  // byte offsets in the scanned text (plus the base offset given)
  std::size_t end = 0;
  std::string gap;  // the characters between the previous word and this one
  [[nodiscard]] bool capitalized() const;
  [[nodiscard]] bool is_number() const;
};

std::vector<Word> scan_words(std::string_view text, std::size_t base_offset = 0);

// The rules' word lists: a long one as a set, looked up in constant time; a short one searched.
using WordSet = std::unordered_set<std::string_view>;
template <std::size_t N>
WordSet make_word_set(const std::string_view (&list)[N]) {
  return WordSet(std::begin(list), std::end(list));
}
template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Quotation marks as they appear in news text.
bool is_opening_double_quote(std::string_view text, std::size_t at, std::size_t& length);
bool is_closing_double_quote(std::string_view text, std::size_t at, std::size_t& length);
inline constexpr std::string_view kLeftDoubleQuote = "\u201C";
inline constexpr std::string_view kRightDoubleQuote = "\u201D";

}  // namespace onrecord
