// A light word scanner for the English-language rules (dates, quotations, attributions): words
// with their byte offsets, case shape, and the punctuation between them. Search analysis uses
// ICU (text_analyzer); these rules need surface forms such as "Jan." and "4th" kept whole.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
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

// Quotation marks as they appear in news text.
bool is_opening_double_quote(std::string_view text, std::size_t at, std::size_t& length);
bool is_closing_double_quote(std::string_view text, std::size_t at, std::size_t& length);
inline constexpr std::string_view kLeftDoubleQuote = "\u201C";
inline constexpr std::string_view kRightDoubleQuote = "\u201D";

}  // namespace onrecord
