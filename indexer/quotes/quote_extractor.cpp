#include "quotes/quote_extractor.hpp"

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

// One past the last non-space byte before `at`.
std::size_t end_of_words(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at;
}

// Whether the mark at `at`, inside a quotation that began at `begin`, opens a new paragraph of
// it: an opening mark after a finished sentence and a space, where a closing one would follow
// the sentence's stop directly ("history. \"1945" opens; "history.\" 1945" closes).
bool reopens_after_sentence(std::string_view text, std::size_t begin, std::size_t at,
                            std::size_t& length) {
  const bool curly = text.compare(at, kLeftDoubleQuote.size(), kLeftDoubleQuote) == 0;
  if (!curly && text[at] != '"') return false;
  const std::size_t words_end = end_of_words(text, at);
  if (words_end == at || words_end <= begin) return false;
  if (std::string_view(".?!").find(text[words_end - 1]) == std::string_view::npos) return false;
  if (curly) {
    length = kLeftDoubleQuote.size();
    return true;
  }
  return is_opening_double_quote(text, at, length);
}

struct ParagraphScan {
  std::vector<QuoteSpan> spans;
  bool left_open = false;  // the last span runs to the paragraph's end
};

ParagraphScan scan_paragraph(std::string_view text, std::size_t paragraph) {
  ParagraphScan scan;
  bool inside = false;
  QuoteSpan current;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    if (inside && reopens_after_sentence(text, current.text_begin, i, length)) {
      // Paragraphs of one quotation run together ("…history. “1945 can…"): the part so far is
      // a quotation of its own, and the next continues it.
      current.text_end = current.close_end = end_of_words(text, i);
      current.closed = false;
      scan.spans.push_back(current);
      current = QuoteSpan{paragraph, i, i + length, 0, 0, true, false};
      i += length;
      continue;
    }
    if (inside && text.compare(i, kLeftDoubleQuote.size(), kLeftDoubleQuote) == 0) {
      // A second opening mark before any closing one: the first was never closed. Restart here.
      current = QuoteSpan{paragraph, i, i + kLeftDoubleQuote.size(), 0, 0, true, false};
      i += kLeftDoubleQuote.size();
      continue;
    }
    if (inside && is_closing_double_quote(text, i, length)) {
      current.text_end = i;
      current.close_end = i + length;
      if (current.text_end > current.text_begin) scan.spans.push_back(current);
      inside = false;
      i += length;
      continue;
    }
    if (!inside && is_opening_double_quote(text, i, length)) {
      current = QuoteSpan{paragraph, i, i + length, 0, 0, true, false};
      inside = true;
      i += length;
      continue;
    }
    ++i;
  }
  if (inside) {
    current.text_end = text.size();
    current.close_end = text.size();
    current.closed = false;
    if (current.text_end > current.text_begin) {
      scan.spans.push_back(current);
      scan.left_open = true;
    }
  }
  return scan;
}

bool opens_with_quote(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  std::size_t length = 0;
  return first != std::string_view::npos && is_opening_double_quote(text, first, length);
}

}  // namespace

std::vector<QuoteSpan> find_quotes(const std::vector<std::string>& paragraphs) {
  std::vector<QuoteSpan> quotes;
  bool previous_left_open = false;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    ParagraphScan scan = scan_paragraph(paragraphs[p], p);
    const bool continued = previous_left_open && opens_with_quote(paragraphs[p]);
    if (previous_left_open && !continued) {
      quotes.pop_back();  // left open and not continued: an unbalanced mark, not a quotation
    }
    if (continued && !scan.spans.empty()) scan.spans.front().continues_previous = true;
    quotes.insert(quotes.end(), scan.spans.begin(), scan.spans.end());
    previous_left_open = scan.left_open;
  }
  if (previous_left_open) quotes.pop_back();
  return quotes;
}

}  // namespace onrecord
