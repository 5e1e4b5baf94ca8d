// What the indexer learns from an article's text beyond its words: every quotation with its
// kind, speaker and date, and every date expression resolved to a calendar date.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/article.hpp"
#include "index/partial_date.hpp"
#include "index/quote_kind.hpp"
#include "quotes/alias_table.hpp"
#include "quotes/date_resolver.hpp"
#include "quotes/speaker_attribution.hpp"

namespace onrecord {

struct Quotation {
  std::size_t paragraph = 0;
  std::size_t begin = 0;  // byte offsets in the body of the text inside the marks
  std::size_t end = 0;
  std::string text;
  QuoteKind kind = QuoteKind::kSpeech;
  std::string speaker;       // canonical name; empty when the text does not say (or is ambiguous)
  std::string speaker_role;  // "a White House spokesman": the source when the text only
                             // describes it
  std::uint8_t confidence = 0;  // in the speaker (or role), percent; 0 when there is none
  std::string cue;              // what attributed it: "said", "according to", "continuation", ...
  std::optional<PartialDate> date;  // when the words were said
  DateSource date_source = DateSource::kNone;
  std::vector<Evidence> evidence;  // what the speaker rests on (see attribution_evidence.hpp)
};

struct ArticleAnalysis {
  std::string body;                          // paragraphs joined by a blank line
  std::vector<std::size_t> paragraph_start;  // byte offset of each paragraph in the body
  std::vector<Quotation> quotes;
  std::vector<DateMention> dates;  // offsets in the body
};

// What the article says of itself: its date (ISO, or empty), and for speeches and transcripts
// its speaker (else its author), whom "I" outside the marks names.
struct ArticleContext {
  std::string date;
  std::string speaker;
  UnsureSpeakers unsure = UnsureSpeakers::kDrop;
};

ArticleAnalysis analyze_article(const std::vector<std::string>& paragraphs,
                                const ArticleContext& context, const AliasTable& aliases);

// The context of an article as read: its date, its speaker or else its author.
inline ArticleContext article_context(const ArticleFields& fields,
                                      UnsureSpeakers unsure = UnsureSpeakers::kDrop) {
  return {fields.date, fields.speaker.empty() ? fields.author : fields.speaker, unsure};
}

}  // namespace onrecord
