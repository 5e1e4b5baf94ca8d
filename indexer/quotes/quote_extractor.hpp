// Finds direct quotations in a paragraph: curly or straight double quotes (single quotes inside
// them are part of the quotation), quotes of several sentences, several quotes per paragraph, and
// the convention of quotes running across paragraphs (a paragraph that leaves a quote open
// continues in the next paragraph that opens one). A quote mark that never closes ends at its
// paragraph and is dropped unless the next paragraph continues it, so it never swallows the rest
// of the article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

struct QuoteSpan {
  std::size_t paragraph = 0;
  std::size_t open = 0;        // byte offset of the opening mark in the paragraph
  std::size_t text_begin = 0;  // first byte inside the marks
  std::size_t text_end = 0;    // one past the last byte inside the marks
  std::size_t close_end = 0;   // one past the closing mark (== text_end when left open)
  bool closed = true;
  bool continues_previous =
      false;  // continues a quote left open at the end of the previous paragraph
};

// Spans of every paragraph, in reading order.
std::vector<QuoteSpan> find_quotes(const std::vector<std::string>& paragraphs);

}  // namespace onrecord
