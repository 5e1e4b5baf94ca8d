#include "analysis/text_analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <unordered_map>

#include "index/error.hpp"
#include "index/schema.hpp"

namespace onrecord {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_hyphen(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }

// Typographic apostrophes and primes behave as the ASCII apostrophe, so Musk’s == Musk's.
void fold_apostrophes(icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s.charAt(i);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07 || c == 0x2032)
      s.setCharAt(i, u'\'');
  }
}

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw_internal("ICU: NFKC_Casefold normalizer unavailable");
  return *n;
}

// Removes combining marks that follow Latin, Greek or Cyrillic letters (café -> cafe) and
// leaves them elsewhere, where marks are letters' vowels (Devanagari, Thai...).
icu::UnicodeString strip_alphabetic_accents(const icu::UnicodeString& input) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return input;
  const icu::UnicodeString decomposed = nfd->normalize(input, status);
  icu::UnicodeString kept;
  UScriptCode base_script = USCRIPT_COMMON;
  bool removed = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK &&
        (base_script == USCRIPT_LATIN || base_script == USCRIPT_GREEK ||
         base_script == USCRIPT_CYRILLIC)) {
      removed = true;
      continue;
    }
    if (u_charType(c) != U_NON_SPACING_MARK) base_script = uscript_getScript(c, &status);
    kept.append(c);
  }
  if (!removed) return input;
  return nfc->normalize(kept, status);
}

std::string strip_chars(std::string_view s, char drop) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != drop) out.push_back(c);
  return out;
}

bool has_letter_before_dot(std::string_view s) {
  return s.find('.') != std::string_view::npos && std::any_of(s.begin(), s.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c));
         });
}

// Extra forms indexed beside a token so that the ways people type it all find it.
void add_aliases(Token& token) {
  const std::string& t = token.term;
  if (token.token_class == TokenClass::kWord && has_letter_before_dot(t)) {
    token.aliases.push_back(strip_chars(t, '.'));  // U.S. -> us
  }
  if (token.token_class == TokenClass::kNumber && t.find(',') != std::string::npos) {
    token.aliases.push_back(strip_chars(t, ','));  // 1,000 -> 1000
  }
  if (t.size() > 2 && t.ends_with("'s")) {
    token.aliases.push_back(t.substr(0, t.size() - 2));  // musk's -> musk (phrases)
  }
}

// Whether a word's normalized form may begin with a wanted byte. Only ASCII is judged by its
// first byte (lower-cased, as normalize_form does); other text may fold to anything.
bool may_begin_wanted(std::string_view piece, const FirstBytes& wanted) {
  const auto first = static_cast<unsigned char>(piece.front());
  return first >= 0x80 || wanted[static_cast<unsigned char>(std::tolower(first))];
}

}  // namespace

std::string TextAnalyzer::normalize_form(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  fold_apostrophes(s);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold().normalize(s, status);
  if (U_FAILURE(status)) folded = s;
  folded = strip_alphabetic_accents(folded);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

struct TextAnalyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  // Snowball costs about half a microsecond a word; news text repeats its words, so indexing
  // and highlighting mostly look stems up here. Cleared when full, which bounds memory.
  std::unordered_map<std::string, std::string> stems;
};

namespace {
constexpr std::size_t kStemCacheLimit = 200000;
constexpr std::size_t kKeptSegments = 1 << 16;  // the reused segment buffer of a thread
}  // namespace

TextAnalyzer::TextAnalyzer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw_internal("ICU: cannot create word break iterator");
}
TextAnalyzer::~TextAnalyzer() = default;
TextAnalyzer::TextAnalyzer(TextAnalyzer&&) noexcept = default;
TextAnalyzer& TextAnalyzer::operator=(TextAnalyzer&&) noexcept = default;

std::vector<WordSegment> TextAnalyzer::icu_word_segments(std::string_view utf8) const {
  std::vector<WordSegment> segments;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return segments;
  icu::BreakIterator& it = *impl_->words;
  it.setText(text, status);
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
    segments.push_back(
        {static_cast<std::size_t>(begin), static_cast<std::size_t>(end), it.getRuleStatus()});
  }
  utext_close(text);
  return segments;
}

std::vector<Token> TextAnalyzer::tokenize(std::string_view utf8) const {
  return tokenize_words(utf8, nullptr);
}

std::vector<Token> TextAnalyzer::tokenize(std::string_view utf8, const FirstBytes& wanted) const {
  return tokenize_words(utf8, &wanted);
}

std::vector<Token> TextAnalyzer::tokenize_words(std::string_view utf8,
                                                const FirstBytes* wanted) const {
  std::vector<Token> tokens;
  tokens.reserve(wanted == nullptr ? utf8.size() / 5 + 1 : 8);  // a word per six bytes of English
  thread_local std::vector<WordSegment> scanned;  // reused: highlighting scans every hit
  const bool fast = scan_word_segments(utf8, scanned);
  const std::vector<WordSegment> by_icu =
      fast ? std::vector<WordSegment>() : icu_word_segments(utf8);
  std::uint32_t position = 0;
  // The last word, kept or not: hyphenated compounds and "80%" attach to it.
  std::size_t last_end = std::string::npos;
  bool last_kept = false;
  std::string compound;                       // joined parts of a hyphenated word so far
  std::size_t hyphen_at = std::string::npos;  // byte offset of a hyphen right after the last word
  std::size_t compound_parts = 0;
  for (const WordSegment& segment : fast ? scanned : by_icu) {
    const std::size_t b = segment.begin;
    const std::size_t e = segment.end;
    const std::string_view piece = utf8.substr(b, e - b);
    const int32_t status_code = segment.rule_status;
    if (status_code < UBRK_WORD_NONE_LIMIT) {
      if (last_end == b) {
        Token* last = last_kept ? &tokens.back() : nullptr;
        if (piece == "%" && last != nullptr && last->token_class == TokenClass::kNumber &&
            last->aliases.empty()) {
          last->aliases.push_back(last->term);  // 80% also found as 80
          last->term += '%';
          last->end = last_end = e;
          continue;
        }
        if (is_hyphen(piece)) {
          hyphen_at = b;
          continue;
        }
      }
      hyphen_at = std::string::npos;
      compound.clear();
      compound_parts = 0;
      continue;
    }
    const bool continues_compound = hyphen_at != std::string::npos && last_end == hyphen_at &&
                                    hyphen_at + 1 <= b && b - hyphen_at <= 3;
    if (continues_compound && compound_parts == 0) {
      compound = last_kept ? tokens.back().term : std::string();  // empty: head not wanted
      compound_parts = 1;
    }
    const bool in_wanted_compound = continues_compound && !compound.empty();
    ++position;
    last_end = e;
    hyphen_at = std::string::npos;
    // Unwanted words keep their place (positions) but are not analysed or kept.
    last_kept = wanted == nullptr || in_wanted_compound || may_begin_wanted(piece, *wanted);
    if (!last_kept) {
      if (!continues_compound) {
        compound.clear();
        compound_parts = 0;
      }
      continue;
    }
    Token token;
    token.term = normalize_form(piece);
    token.begin = b;
    token.end = e;
    token.position = position;
    token.token_class =
        status_code < UBRK_WORD_NUMBER_LIMIT ? TokenClass::kNumber : TokenClass::kWord;
    add_aliases(token);
    if (in_wanted_compound) {
      compound += token.term;
      ++compound_parts;
      token.aliases.push_back(compound);  // e-mail also found as email
    } else if (!continues_compound) {
      compound.clear();
      compound_parts = 0;
    }
    tokens.push_back(std::move(token));
  }
  if (scanned.capacity() > kKeptSegments) scanned = {};  // a huge text's buffer is not kept
  return tokens;
}

bool TextAnalyzer::is_stemmable(std::string_view form) {
  if (form.empty()) return false;
  const auto first = static_cast<unsigned char>(form[0]);
  if (std::isdigit(first)) return false;
  return form.find('.') == std::string_view::npos && form.find('%') == std::string_view::npos;
}

const std::string& TextAnalyzer::stem(std::string_view form) const {
  auto& stems = impl_->stems;
  std::string key(form);
  if (auto it = stems.find(key); it != stems.end()) return it->second;
  if (stems.size() >= kStemCacheLimit) stems.clear();
  std::string stemmed = stemmer_(key);
  return stems.emplace(std::move(key), std::move(stemmed)).first->second;
}

std::string TextAnalyzer::search_term(std::string_view form, std::string_view prefix) const {
  // Through schema::term, which keeps an overlong word within Xapian's limit.
  if (!is_stemmable(form)) return schema::term(prefix, form);
  return schema::term(std::string(schema::prefix::kStem).append(prefix), stem(form));
}

std::string TextAnalyzer::fold_name(std::string_view utf8) {
  const std::string folded = normalize_form(utf8);
  std::string out;
  bool pending_space = false;
  std::size_t i = 0;
  while (i < folded.size()) {
    const std::size_t start = i;
    const UChar32 c = next_code_point(folded, i);
    const bool keep = c > 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                                u_charType(c) == U_COMBINING_SPACING_MARK);
    if (!keep) {
      // Apostrophes and dots inside names vanish (O'Brien -> obrien, J. -> j); others separate.
      if (c != '\'' && c != '.') pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(folded, start, i - start);
  }
  return out;
}

std::int32_t next_code_point(std::string_view utf8, std::size_t& i) {
  UChar32 c = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
  U8_NEXT(utf8.data(), i, utf8.size(), c);
#pragma GCC diagnostic pop
  return c;
}

std::vector<std::size_t> sentence_ends(std::string_view utf8) {
  // Creating a break iterator loads ICU's rules: far dearer than using one, so keep one per thread.
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) throw_internal("ICU: cannot create sentence break iterator");
    return it;
  }();
  std::vector<std::size_t> ends;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return {utf8.size()};
  iterator->setText(text, status);
  iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
    ends.push_back(static_cast<std::size_t>(end));
  }
  utext_close(text);
  return ends;
}

std::size_t count_code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t first_invalid_utf8(std::string_view utf8) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::size_t at = i;
    if (next_code_point(utf8, i) < 0) return at;
  }
  return std::string_view::npos;
}

}  // namespace onrecord
