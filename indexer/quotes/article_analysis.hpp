// What the indexer learns from an article's text beyond its words: every quotation with its
// kind, speaker and date, and every date expression resolved to a calendar date.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/partial_date.hpp"
#include "index/quote_kind.hpp"
#include "quotes/alias_table.hpp"
#include "quotes/date_resolver.hpp"

namespace onrecord {

struct Quotation {
  std::size_t paragraph = 0;
  std::size_t begin = 0;  // byte offsets in the body of the text inside the marks
  std::size_t end = 0;
  std::string text;
  QuoteKind kind = QuoteKind::kSpeech;
  std::string speaker;  // canonical name; empty when the text does not say (or is ambiguous)
  std::string cue;      // what attributed it: "said", "according to", "continuation", ...
  std::optional<PartialDate> date;
};

struct ArticleAnalysis {
  std::string body;                          // paragraphs joined by a blank line
  std::vector<std::size_t> paragraph_start;  // byte offset of each paragraph in the body
  std::vector<Quotation> quotes;
  std::vector<DateMention> dates;  // offsets in the body
};

ArticleAnalysis analyze_article(const std::vector<std::string>& paragraphs,
                                const std::string& publication_date, const AliasTable& aliases);

}  // namespace onrecord
