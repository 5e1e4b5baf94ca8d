#include "quotes/article_analysis.hpp"

#include "analysis/passage_splitter.hpp"
#include "quotes/article_text.hpp"
#include "quotes/quote_extractor.hpp"
#include "quotes/speaker_attribution.hpp"

namespace onrecord {
namespace {

// The date a quotation was said: a date expression of its own sentence (outside the quotation),
// else the nearest one before it in its paragraph (else after it), else the article's date.
std::optional<PartialDate> date_of_quote(const ParagraphView& view, std::size_t q,
                                         std::size_t paragraph_start,
                                         const std::vector<DateMention>& dates,
                                         const std::optional<PartialDate>& fallback) {
  const QuoteSpan& span = view.quotes[q];
  const std::size_t sentence = view.quote_sentence[q];
  auto inside_any_quote = [&](std::size_t at) {
    for (const auto& other : view.quotes)
      if (at >= other.open && at < other.close_end) return true;
    return false;
  };
  const DateMention* before = nullptr;
  const DateMention* after = nullptr;
  for (const auto& d : dates) {
    if (d.begin < paragraph_start || d.begin >= paragraph_start + view.text.size()) continue;
    const std::size_t at = d.begin - paragraph_start;
    if (inside_any_quote(at)) continue;
    if (view.sentence_at(at) == sentence) return d.value;
    if (at < span.open)
      before = &d;
    else if (!after)
      after = &d;
  }
  if (before) return before->value;
  if (after) return after->value;
  return fallback;
}

}  // namespace

ArticleAnalysis analyze_article(const std::vector<std::string>& paragraphs,
                                const std::string& publication_date, const AliasTable& aliases) {
  ArticleAnalysis analysis;
  analysis.body = article_body(paragraphs);
  std::size_t offset = 0;
  for (const auto& p : paragraphs) {
    analysis.paragraph_start.push_back(offset);
    offset += p.size() + 2;
  }
  std::optional<PartialDate> article_date;
  if (auto parsed = parse_partial_date(publication_date); !publication_date.empty() && parsed)
    article_date = *parsed;

  DateResolver resolver(article_date);
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    auto found = resolver.resolve(paragraphs[p], analysis.paragraph_start[p]);
    analysis.dates.insert(analysis.dates.end(), found.begin(), found.end());
  }

  // News leads say when the story happened ("walked on the moon yesterday"); quotations with no
  // date of their own were most likely said then, not on the publication date.
  std::optional<PartialDate> event_date = article_date;
  if (!analysis.dates.empty() && !paragraphs.empty() &&
      analysis.dates.front().begin < paragraphs.front().size()) {
    const PartialDate& lead = analysis.dates.front().value;
    if (!article_date || lead.first_day() <= article_date->last_day()) event_date = lead;
  }
  const auto spans = find_quotes(paragraphs);
  const auto views = view_paragraphs(paragraphs, spans);
  const auto attributed = attribute_quotes(views, aliases);
  for (std::size_t p = 0; p < views.size(); ++p) {
    for (std::size_t q = 0; q < views[p].quotes.size(); ++q) {
      const QuoteSpan& span = views[p].quotes[q];
      Quotation quote;
      quote.paragraph = p;
      quote.begin = analysis.paragraph_start[p] + span.text_begin;
      quote.end = analysis.paragraph_start[p] + span.text_end;
      quote.text = paragraphs[p].substr(span.text_begin, span.text_end - span.text_begin);
      quote.kind = attributed[p][q].kind;
      quote.speaker = attributed[p][q].speaker;
      quote.cue = attributed[p][q].cue;
      quote.date =
          date_of_quote(views[p], q, analysis.paragraph_start[p], analysis.dates, event_date);
      analysis.quotes.push_back(std::move(quote));
    }
  }
  return analysis;
}

}  // namespace onrecord
