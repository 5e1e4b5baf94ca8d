#include "quotes/date_resolver.hpp"

#include "quotes/date_anchoring.hpp"
#include "quotes/date_atoms.hpp"

namespace onrecord {

std::string DateMention::timex_value() const {
  switch (reference) {
    case DateReference::kPresent:
      return "PRESENT_REF";
    case DateReference::kPast:
      return "PAST_REF";
    case DateReference::kFuture:
      return "FUTURE_REF";
    case DateReference::kNone:
      break;
  }
  return value.iso();
}

std::vector<DateMention> DateResolver::resolve(std::string_view text, std::size_t base_offset) {
  std::vector<DateMention> mentions;
  const std::vector<DateWord> words = date_words(text, base_offset);
  for (const FoundDate& found : find_dates(words)) {
    const DateAnchors anchors{publication_, last_stated_, last_mentioned_};
    const auto anchored =
        anchor_date(found.expr, anchors, clause_tense(words, found.first_word, found.last_word));
    if (!anchored) continue;
    DateMention mention;
    mention.begin = words[found.first_word].begin;
    mention.end = words[found.last_word].end;
    mention.text =
        std::string(text.substr(mention.begin - base_offset, mention.end - mention.begin));
    mention.value = anchored->value;
    mention.reference = anchored->reference;
    mention.mod = found.expr.mod;
    if (mention.has_interval()) {
      last_mentioned_ = mention.value;
      if (found.expr.base == DateBase::kStated) last_stated_ = mention.value;
    }
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace onrecord
