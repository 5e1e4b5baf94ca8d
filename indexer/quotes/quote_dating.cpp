#include "quotes/quote_dating.hpp"

#include <algorithm>
#include <string_view>

#include "quotes/english_words.hpp"
#include "quotes/reporting_cues.hpp"

namespace onrecord {
namespace {

// A date this many words at most from a reporting verb (or a noun of speaking) is the
// attribution's: "said on Tuesday", "told CNN on March 3", "in a 2019 interview".
constexpr std::size_t kAttributionReach = 4;

bool is_cue_word(std::string_view lower) {
  // "in a 2019 interview": a noun of speaking dates what was said, as a verb does.
  return classify_cue(lower) != CueKind::kNone || is_speech_noun(lower);
}

bool inside_any_quote(const ParagraphView& view, std::size_t at) {
  return std::any_of(view.quotes.begin(), view.quotes.end(),
                     [&](const QuoteSpan& q) { return at >= q.open && at < q.close_end; });
}

// Index of the first word of the view at or after byte `at`.
std::size_t word_at(const ParagraphView& view, std::size_t at) {
  return static_cast<std::size_t>(
      std::lower_bound(view.words.begin(), view.words.end(), at,
                       [](const Word& w, std::size_t offset) { return w.end <= offset; }) -
      view.words.begin());
}

// Whether a date expression at bytes [begin, end) of the paragraph sits by a reporting cue of
// its sentence.
bool by_a_cue(const ParagraphView& view, std::size_t sentence, std::size_t begin, std::size_t end) {
  const std::size_t first = word_at(view, begin);
  const std::size_t last = end > begin ? word_at(view, end - 1) : first;
  const std::size_t from = first > kAttributionReach ? first - kAttributionReach : 0;
  const std::size_t to = std::min(view.words.size(), last + kAttributionReach + 1);
  for (std::size_t i = from; i < to; ++i) {
    if (view.word_sentence[i] == sentence && is_cue_word(view.words[i].lower)) return true;
  }
  return false;
}

// "once said", "has long argued": said at some time the text does not give.
bool said_at_an_unsaid_time(const ParagraphView& view, std::size_t sentence) {
  for (std::size_t i = 0; i + 1 < view.words.size(); ++i) {
    if (view.word_sentence[i] != sentence) continue;
    const std::string& w = view.words[i].lower;
    if ((w == "once" || w == "famously") && classify_cue(view.words[i + 1].lower) != CueKind::kNone)
      return true;
  }
  return false;
}

bool after(const PartialDate& date, const std::optional<PartialDate>& limit) {
  return limit && date.first_day() > limit->last_day();
}

// A date said in a sentence outside its quotations: by its cue (the attribution's) or not.
std::optional<QuoteDate> date_in_sentence(const SentenceRef& where,
                                          const std::vector<DateMention>& dates,
                                          const DatingContext& context) {
  const ParagraphView& view = *where.view;
  const DateMention* in_sentence = nullptr;
  for (const auto& d : dates) {
    if (d.begin < where.paragraph_start || d.begin >= where.paragraph_start + view.text.size())
      continue;
    const std::size_t at = d.begin - where.paragraph_start;
    if (inside_any_quote(view, at) || view.sentence_at(at) != where.sentence) continue;
    // "now", "recently" give no date, and "the 1990s" no time of speaking.
    if (!d.has_interval() || d.value.precision == DatePrecision::kDecade ||
        d.value.precision == DatePrecision::kCentury)
      continue;
    if (after(d.value, context.article_date)) continue;  // a plan, not when it was said
    if (by_a_cue(view, where.sentence, at, d.end - where.paragraph_start))
      return QuoteDate{d.value, DateSource::kAttribution};
    if (!in_sentence) in_sentence = &d;
  }
  if (in_sentence) return QuoteDate{in_sentence->value, DateSource::kSentence};
  return std::nullopt;
}

}  // namespace

QuoteDate date_quote(const ParagraphView& view, std::size_t q, std::size_t paragraph_start,
                     const std::vector<DateMention>& dates, const DatingContext& context,
                     const std::optional<SentenceRef>& cue_sentence) {
  const std::size_t sentence = view.quote_sentence[q];
  if (auto own = date_in_sentence({&view, sentence, paragraph_start}, dates, context)) return *own;
  if (cue_sentence) {
    if (auto cued = date_in_sentence(*cue_sentence, dates, context)) return *cued;
  }
  if (said_at_an_unsaid_time(view, sentence)) return {};
  if (context.event_date) return {context.event_date, DateSource::kArticle};
  return {};
}

}  // namespace onrecord
