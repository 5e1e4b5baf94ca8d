// When a quotation was said: from its attribution ("said Tuesday", "told CNN on March 3", "in a
// 2019 interview"), else from the narrative of its sentence outside the marks, else the
// article's date (a speech's, or the day the story happened). Never from a date inside any
// quotation, never after the article, and none for words said at an unsaid time ("once said").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "index/partial_date.hpp"
#include "index/quote_kind.hpp"
#include "quotes/article_text.hpp"
#include "quotes/date_resolver.hpp"

namespace onrecord {

struct QuoteDate {
  std::optional<PartialDate> date;
  DateSource source = DateSource::kNone;
};

struct DatingContext {
  std::optional<PartialDate> article_date;  // publication (or speech) date: the latest possible
  std::optional<PartialDate> event_date;    // the day the story happened, when the lead says
};

// A sentence of the article: its paragraph's view, its number there, and the paragraph's
// offset in the body.
struct SentenceRef {
  const ParagraphView* view = nullptr;
  std::size_t sentence = 0;
  std::size_t paragraph_start = 0;
};

// The date of quotation `q` of paragraph `view`; `dates` are the article's date expressions
// (offsets in the body), `paragraph_start` the paragraph's offset in the body. `cue_sentence`
// is the attribution's sentence when it stands outside the quotation's own ("the 1611 version
// reads:" closing the paragraph before).
QuoteDate date_quote(const ParagraphView& view, std::size_t q, std::size_t paragraph_start,
                     const std::vector<DateMention>& dates, const DatingContext& context,
                     const std::optional<SentenceRef>& cue_sentence = std::nullopt);

}  // namespace onrecord
