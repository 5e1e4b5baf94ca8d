// Word segmentation (UAX #29, as ICU's root word break iterator does it). News text is mostly
// ASCII letters, digits and a few typographic marks (curly quotes and apostrophes, dashes), for
// which the rules reduce to a small scanner several times faster than ICU's; any other character
// sends the whole text to ICU. A test checks the scanner against ICU on real and random text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace onrecord {

struct WordSegment {
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  std::int32_t rule_status = 0;  // ICU's UBRK_WORD_* status: < 100 none, < 200 number, else word
  friend bool operator==(const WordSegment&, const WordSegment&) = default;
};

// The scanner's segments, or nullopt when the text holds a character it does not handle.
std::optional<std::vector<WordSegment>> scan_word_segments(std::string_view utf8);
// The same into `out` (cleared first; its capacity is reused); false when unsupported.
bool scan_word_segments(std::string_view utf8, std::vector<WordSegment>& out);

}  // namespace onrecord
