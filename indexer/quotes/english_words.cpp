#include "quotes/english_words.hpp"

#include <algorithm>
#include <cctype>

namespace onrecord {
namespace {

// Multi-byte characters that separate words rather than belong to them.
bool is_separator_sequence(std::string_view s, std::size_t at, std::size_t& length) {
  static constexpr std::string_view kSeparators[] = {"\u201C", "\u201D", "\u2018", "\u2019",
                                                     "\u2014", "\u2013", "\u2026", "\u00A0",
                                                     "\u00AB", "\u00BB", "\u2022"};
  for (auto sep : kSeparators) {
    if (s.compare(at, sep.size(), sep) == 0) {
      length = sep.size();
      return true;
    }
  }
  return false;
}

bool is_word_byte(std::string_view s, std::size_t at) {
  const auto c = static_cast<unsigned char>(s[at]);
  if (c >= 0x80) {
    std::size_t len = 0;
    return !is_separator_sequence(s, at, len);
  }
  return std::isalnum(c) != 0;
}

// Apostrophes, periods, hyphens and commas that sit between word characters join them
// (Musk's, U.S., well-meaning, 1,000). A period after a lone capital or common abbreviation
// stays with the word too (J., Jan., Sen.).
// Plain text types a dash as a hyphen: "Benjamin Franklin-the oldest delegate". After a
// capitalised word, a hyphen before a lowercase function word is a dash, not a compound
// ("Stratford-on-Avon" and "Jack-in-the-box" keep theirs: "on" and "in" are not listed).
bool hyphen_is_a_dash(std::string_view s, std::size_t word_begin, std::size_t next) {
  // The part right before the hyphen must be capitalised: "Jack-in-the-box" keeps its hyphens.
  const std::size_t hyphen = next - 1;
  const std::size_t previous_hyphen = s.substr(word_begin, hyphen - word_begin).rfind('-');
  const std::size_t part =
      previous_hyphen == std::string_view::npos ? word_begin : word_begin + previous_hyphen + 1;
  if (part >= hyphen || !std::isupper(static_cast<unsigned char>(s[part]))) return false;
  std::size_t end = next;
  while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
  static constexpr std::string_view kFunctionWords[] = {
      "the", "a",   "an",    "and", "but",  "or",    "who", "which", "whose", "that", "as",
      "his", "her", "their", "its", "this", "these", "he",  "she",   "they",  "we",   "it"};
  const std::string_view following = s.substr(next, end - next);
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), following) !=
         std::end(kFunctionWords);
}

bool joins(std::string_view s, std::size_t at, std::size_t& length, std::size_t word_begin) {
  length = 1;
  if (s.compare(at, 3, "\u2019") == 0) length = 3;
  const char c = s[at];
  if (length == 1 && c != '\'' && c != '.' && c != '-' && c != ',') return false;
  const std::size_t next = at + length;
  if (next >= s.size() || !is_word_byte(s, next)) return false;
  if (c == ',') {  // only inside numbers
    return at > 0 && std::isdigit(static_cast<unsigned char>(s[at - 1])) &&
           std::isdigit(static_cast<unsigned char>(s[next]));
  }
  if (c == '-' && hyphen_is_a_dash(s, word_begin, next)) return false;
  return true;
}

}  // namespace

bool Word::capitalized() const {
  return !text.empty() && std::isupper(static_cast<unsigned char>(text[0])) != 0;
}

bool Word::is_number() const {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.';
  });
}

std::vector<Word> scan_words(std::string_view text, std::size_t base_offset) {
  std::vector<Word> words;
  std::size_t i = 0;
  std::size_t gap_start = 0;
  while (i < text.size()) {
    if (!is_word_byte(text, i)) {
      std::size_t len = 1;
      if (static_cast<unsigned char>(text[i]) >= 0x80) is_separator_sequence(text, i, len);
      i += len;
      continue;
    }
    Word word;
    word.begin = i;
    while (i < text.size()) {
      if (is_word_byte(text, i)) {
        ++i;
        continue;
      }
      std::size_t len = 0;
      if (joins(text, i, len, word.begin)) {
        i += len;
        continue;
      }
      break;
    }
    // Keep an abbreviation's period: "Jan.", "Sen.", "J." (not a sentence's final period
    // after an ordinary word, which the caller sees in the next gap).
    std::string_view raw = text.substr(word.begin, i - word.begin);
    if (i < text.size() && text[i] == '.') {
      const bool initial = raw.size() == 1 && std::isupper(static_cast<unsigned char>(raw[0]));
      static constexpr std::string_view kAbbreviations[] = {
          "Jan",  "Feb",  "Mar", "Apr",  "Jun",  "Jul",  "Aug", "Sep",  "Sept", "Oct",
          "Nov",  "Dec",  "Mr",  "Mrs",  "Ms",   "Dr",   "Sen", "Rep",  "Gov",  "Gen",
          "Lt",   "Col",  "Sgt", "Capt", "Prof", "St",   "Jr",  "Sr",   "Mt",   "Ft",
          "Rev",  "Atty", "Co",  "Corp", "Inc",  "Assn", "Ltd", "Bros", "Hon",  "Messrs",
          "Sens", "Reps", "Adm", "Maj",  "Supt", "Det"};
      // Transcripts write titles in capitals: "MR.", "MS.", "SEN.".
      const bool abbreviation = std::any_of(
          std::begin(kAbbreviations), std::end(kAbbreviations), [&](std::string_view a) {
            return a.size() == raw.size() &&
                   std::equal(a.begin(), a.end(), raw.begin(),
                              [](char x, char y) {
                                return std::tolower(static_cast<unsigned char>(x)) ==
                                       std::tolower(static_cast<unsigned char>(y));
                              }) &&
                   (raw == a || std::all_of(raw.begin(), raw.end(), [](char c) {
                      return std::isupper(static_cast<unsigned char>(c));
                    }));
          });
      if (initial || abbreviation) ++i;
    }
    word.end = i;
    word.gap = std::string(text.substr(gap_start, word.begin - gap_start));
    std::string surface;
    const std::string_view raw_word = text.substr(word.begin, word.end - word.begin);
    for (std::size_t p = 0; p < raw_word.size(); ++p) {
      if (raw_word.compare(p, 3, "\u2019") == 0) {
        surface.push_back('\'');
        p += 2;
      } else {
        surface.push_back(raw_word[p]);
      }
    }
    word.text = surface;
    word.lower = surface;
    for (char& c : word.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    word.begin += base_offset;
    word.end += base_offset;
    gap_start = i;
    words.push_back(std::move(word));
  }
  return words;
}

bool is_opening_double_quote(std::string_view text, std::size_t at, std::size_t& length) {
  if (text.compare(at, kLeftDoubleQuote.size(), kLeftDoubleQuote) == 0) {
    length = kLeftDoubleQuote.size();
    return true;
  }
  if (text[at] != '"') return false;
  length = 1;
  // A straight quote opens when nothing word-like stands right before it and something does after.
  const bool before_ok =
      at == 0 || std::string_view(" \t\n([{\u2014").find(text[at - 1]) != std::string_view::npos ||
      static_cast<unsigned char>(text[at - 1]) >= 0x80;
  const bool after_ok = at + 1 < text.size() && text[at + 1] != ' ' && text[at + 1] != '\n';
  return before_ok && after_ok;
}

bool is_closing_double_quote(std::string_view text, std::size_t at, std::size_t& length) {
  if (text.compare(at, kRightDoubleQuote.size(), kRightDoubleQuote) == 0) {
    length = kRightDoubleQuote.size();
    return true;
  }
  if (text[at] != '"') return false;
  length = 1;
  return true;
}

}  // namespace onrecord
