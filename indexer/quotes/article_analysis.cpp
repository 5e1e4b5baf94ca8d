#include "quotes/article_analysis.hpp"

#include <algorithm>
#include <chrono>

#include "analysis/passage_splitter.hpp"
#include "quotes/article_text.hpp"
#include "quotes/quote_dating.hpp"
#include "quotes/quote_extractor.hpp"
#include "quotes/speaker_attribution.hpp"

namespace onrecord {
namespace {

// A story's lead reports the last few weeks at most.
constexpr int kEventDaysBefore = 31;

std::chrono::sys_days day_of(const PartialDate& date) {
  return std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
      std::chrono::day(static_cast<unsigned>(date.day))));
}

bool is_recent_day(const PartialDate& date, const std::optional<PartialDate>& article_date) {
  if (date.precision != DatePrecision::kDay) return false;
  if (!article_date) return true;
  if (date.first_day() > article_date->last_day()) return false;
  // Within the month before the article's first day (the article's last day for a day date).
  PartialDate start = *article_date;
  if (start.precision != DatePrecision::kDay) {
    start.month = std::max(start.month, 1);
    start.day = 1;
    start.precision = DatePrecision::kDay;
  }
  const auto reference =
      article_date->precision == DatePrecision::kDay ? day_of(*article_date) : day_of(start);
  return reference - day_of(date) <= std::chrono::days(kEventDaysBefore) ||
         date.first_day() >= start.first_day();
}

}  // namespace

ArticleAnalysis analyze_article(const std::vector<std::string>& paragraphs,
                                const ArticleContext& context, const AliasTable& aliases) {
  const std::string& publication_date = context.date;
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

  // News leads say when the story happened ("walked on the moon yesterday", "died on
  // Saturday"); quotations with no date of their own were most likely said then, not on the
  // publication date. Only a day of the last weeks counts: "her 1961 cantata" is history.
  std::optional<PartialDate> event_date = article_date;
  for (const auto& d : analysis.dates) {
    if (paragraphs.empty() || d.begin >= paragraphs.front().size()) break;
    if (d.has_interval() && is_recent_day(d.value, article_date)) {
      event_date = d.value;
      break;
    }
  }
  const auto spans = find_quotes(paragraphs);
  const auto views = view_paragraphs(paragraphs, spans);
  const auto attributed = attribute_quotes(views, {context.speaker, context.unsure}, aliases);
  const DatingContext dating{article_date, event_date};
  QuoteDate turn_date;  // of the last speech quotation
  std::string turn_speaker;
  std::size_t turn_paragraph = 0;
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
      quote.speaker_role = attributed[p][q].speaker_role;
      quote.confidence = attributed[p][q].confidence;
      quote.cue = attributed[p][q].cue;
      quote.evidence = attributed[p][q].evidence;
      // Every kind is dated: a term or scare quote by when the text used it.
      std::optional<SentenceRef> cue_sentence;
      if (const auto& cp = attributed[p][q].cue_paragraph) {
        cue_sentence = SentenceRef{&views[*cp], views[*cp].sentence_at(attributed[p][q].cue_at),
                                   analysis.paragraph_start[*cp]};
      }
      QuoteDate said = date_quote(views[p], q, analysis.paragraph_start[p], analysis.dates, dating,
                                  cue_sentence);
      // A quotation that continues a turn was said when the turn was, unless it says.
      const bool own_date =
          said.source == DateSource::kAttribution || said.source == DateSource::kSentence;
      if (quote.cue == kContinuationCue && !own_date) said = turn_date;
      // "X declared on October 26 that “…”. But X conceded that “…”. Then it added: “…”": the
      // same source quoted again in the paragraph, with no date of its own, is the same occasion
      // (a new paragraph may leave a flashback: "In March she had said …").
      const bool turn_dated =
          turn_date.source == DateSource::kAttribution || turn_date.source == DateSource::kSentence;
      if (!own_date && turn_dated && quote.kind == QuoteKind::kSpeech && !quote.speaker.empty() &&
          quote.speaker == turn_speaker && p == turn_paragraph)
        said = turn_date;
      quote.date = said.date;
      quote.date_source = said.source;
      if (quote.kind == QuoteKind::kSpeech) {
        turn_date = said;
        turn_speaker = quote.speaker;
        turn_paragraph = p;
      }
      analysis.quotes.push_back(std::move(quote));
    }
  }
  return analysis;
}

}  // namespace onrecord
