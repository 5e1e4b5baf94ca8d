#include "analysis/word_segments.hpp"

#include <array>

namespace onrecord {
namespace {

constexpr std::int32_t kNoWordStatus = 0;
constexpr std::int32_t kNumberStatus = 100;
constexpr std::int32_t kLetterStatus = 200;

enum class CharClass {
  kLetter,      // ALetter
  kDigit,       // Numeric
  kMidNumLet,   // . and the apostrophes: join letters to letters, digits to digits
  kMidNum,      // , ; join digits to digits
  kSpace,       // runs of spaces stay one segment (WB3d)
  kNewline,     // CR LF stays one segment (WB3)
  kOther,       // a segment of its own
  kUnsupported  // leave the text to ICU
};

struct Char {
  CharClass type;
  std::size_t length;  // in bytes
};

constexpr CharClass ascii_class(unsigned char c) {
  // ICU counts '@' as a letter (so e-mail addresses hold together).
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '.' || c == '\'') return CharClass::kMidNumLet;
  if (c == ',' || c == ';') return CharClass::kMidNum;
  if (c == ' ') return CharClass::kSpace;
  if (c == '\r' || c == '\n') return CharClass::kNewline;
  // Underscore joins words (ExtendNumLet), and control characters have rules of their own.
  if (c == '_' || c < 0x20 || c == 0x7f) return CharClass::kUnsupported;
  return CharClass::kOther;
}

// Every word of every hit is scanned: a table instead of a chain of comparisons.
constexpr auto kAsciiClasses = [] {
  std::array<CharClass, 128> table{};
  for (unsigned c = 0; c < table.size(); ++c) table[c] = ascii_class(static_cast<unsigned char>(c));
  return table;
}();

inline Char classify(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {kAsciiClasses[c], 1};
  // U+2018/U+2019 (curly apostrophes) are MidNumLet; curly double quotes, en and em dashes and
  // the ellipsis stand alone.
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto third = static_cast<unsigned char>(s[i + 2]);
    if (third == 0x98 || third == 0x99) return {CharClass::kMidNumLet, 3};
    if (third == 0x9C || third == 0x9D || third == 0x93 || third == 0x94 || third == 0xA6)
      return {CharClass::kOther, 3};
  }
  return {CharClass::kUnsupported, 1};
}

}  // namespace

std::optional<std::vector<WordSegment>> scan_word_segments(std::string_view s) {
  std::vector<WordSegment> segments;
  if (!scan_word_segments(s, segments)) return std::nullopt;
  return segments;
}

bool scan_word_segments(std::string_view s, std::vector<WordSegment>& segments) {
  segments.clear();
  segments.reserve(s.size() / 3 + 1);  // words and the spaces between them
  std::size_t i = 0;
  while (i < s.size()) {
    const Char first = classify(s, i);
    const std::size_t begin = i;
    switch (first.type) {
      case CharClass::kUnsupported:
        return false;
      case CharClass::kLetter:
      case CharClass::kDigit: {
        CharClass last = first.type;
        i += first.length;
        while (i < s.size()) {
          const Char next = classify(s, i);
          if (next.type == CharClass::kUnsupported) return false;
          if (next.type == CharClass::kLetter || next.type == CharClass::kDigit) {  // WB5, 8-10
            last = next.type;
            i += next.length;
            continue;
          }
          const bool mid = next.type == CharClass::kMidNumLet ||
                           (next.type == CharClass::kMidNum && last == CharClass::kDigit);
          if (!mid || i + next.length >= s.size()) break;
          const Char after = classify(s, i + next.length);
          if (after.type == CharClass::kUnsupported) return false;
          if (after.type != last) break;  // WB6/7 letter-mid-letter, WB11/12 digit-mid-digit
          i += next.length + after.length;
        }
        // ICU's status follows the segment's last character: "Z0" is a number, "0Z" a word.
        segments.push_back({begin, i, last == CharClass::kLetter ? kLetterStatus : kNumberStatus});
        break;
      }
      case CharClass::kSpace:
        while (i < s.size() && s[i] == ' ') ++i;
        segments.push_back({begin, i, kNoWordStatus});
        break;
      case CharClass::kNewline:
        i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
        segments.push_back({begin, i, kNoWordStatus});
        break;
      default:
        i += first.length;
        segments.push_back({begin, i, kNoWordStatus});
        break;
    }
  }
  return true;
}

}  // namespace onrecord
