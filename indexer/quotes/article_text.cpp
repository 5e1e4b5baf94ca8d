#include "quotes/article_text.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace onrecord {
namespace {

bool ends_sentence(std::string_view inner) {
  while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\'')) inner.remove_suffix(1);
  if (inner.ends_with("\u2019")) inner.remove_suffix(3);
  return !inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?');
}

// What follows position `at` starts a sentence: a capital, a digit or an opening quote.
bool starts_sentence(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[at]);
  std::size_t length = 0;
  // '\x01' marks a blanked-out quotation, which opens with a quote mark.
  return std::isupper(c) || std::isdigit(c) || text[at] == '\x01' ||
         is_opening_double_quote(text, at, length);
}

}  // namespace

std::vector<std::size_t> ParagraphView::words_between(std::size_t sentence, std::size_t from,
                                                      std::size_t to) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (word_sentence[i] == sentence && words[i].begin >= from && words[i].end <= to)
      out.push_back(i);
  }
  return out;
}

std::size_t ParagraphView::sentence_at(std::size_t at) const {
  // Words and quotations are in order: the last of each that starts at or before `at`.
  std::size_t sentence = 0;
  const auto word = std::upper_bound(words.begin(), words.end(), at,
                                     [](std::size_t a, const Word& w) { return a < w.begin; });
  if (word != words.begin())
    sentence = word_sentence[static_cast<std::size_t>(word - words.begin()) - 1];
  const auto quote = std::upper_bound(quotes.begin(), quotes.end(), at,
                                      [](std::size_t a, const QuoteSpan& q) { return a < q.open; });
  if (quote != quotes.begin())
    sentence =
        std::max(sentence, quote_sentence[static_cast<std::size_t>(quote - quotes.begin()) - 1]);
  return sentence;
}

std::vector<ParagraphView> view_paragraphs(const std::vector<std::string>& paragraphs,
                                           const std::vector<QuoteSpan>& quotes) {
  std::vector<ParagraphView> views(paragraphs.size());
  for (const auto& q : quotes) views[q.paragraph].quotes.push_back(q);
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    ParagraphView& view = views[p];
    view.text = paragraphs[p];
    // Blank out quotations so their words and punctuation do not count as the paragraph's own.
    std::string masked(paragraphs[p]);
    for (const auto& q : view.quotes) {
      for (std::size_t i = q.open; i < q.close_end; ++i) masked[i] = ' ';
      masked[q.open] = '\x01';
    }
    view.words = scan_words(masked);
    // Walk words and quotations in order, numbering sentences: a new one starts after a
    // terminator outside quotes, or after a quotation ending in one, when a capital follows.
    std::size_t sentence = 0;
    std::size_t previous_end = 0;
    bool after_terminal_quote = false;
    auto advance_to = [&](std::size_t begin) {
      const std::string_view between =
          std::string_view(masked).substr(previous_end, begin - previous_end);
      const bool terminator = between.find_first_of(".!?") != std::string_view::npos;
      if (previous_end > 0 && (terminator || after_terminal_quote) &&
          starts_sentence(masked, begin))
        ++sentence;
    };
    view.word_sentence.resize(view.words.size());
    view.quote_sentence.resize(view.quotes.size());
    std::size_t w = 0;
    std::size_t q = 0;
    while (w < view.words.size() || q < view.quotes.size()) {
      const bool quote_next = q < view.quotes.size() &&
                              (w >= view.words.size() || view.quotes[q].open < view.words[w].begin);
      if (quote_next) {
        const QuoteSpan& span = view.quotes[q];
        advance_to(span.open);
        view.quote_sentence[q] = sentence;
        after_terminal_quote =
            ends_sentence(view.text.substr(span.text_begin, span.text_end - span.text_begin));
        previous_end = span.close_end;
        ++q;
      } else {
        advance_to(view.words[w].begin);
        view.word_sentence[w] = sentence;
        after_terminal_quote = false;
        previous_end = view.words[w].end;
        ++w;
      }
    }
    view.sentence_count = sentence + 1;
  }
  return views;
}

}  // namespace onrecord
