#include "quotes/speaker_attribution.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "quotes/reporting_cues.hpp"

namespace onrecord {
namespace {

// An appositive between a name and its verb ("X, the city's longest-serving mayor, said") is
// this many words at most; a longer stretch between commas is a clause of its own.
constexpr std::size_t kAppositiveWords = 10;
// A group or role name takes at most this many lower-case head words ("the jury foreman").
constexpr std::size_t kHeadNounWords = 2;
constexpr std::size_t kFragmentWords = 4;  // quotations this short, inside a sentence, are labels

struct Cue {
  std::optional<NamePhrase> name;
  std::string word;  // the cue word, or "according to", "continuation"
  CueKind kind = CueKind::kNone;
  bool passive = false;
  std::size_t paragraph = 0;
  std::size_t at = 0;  // byte offset of the cue in its paragraph (for pronouns)
};

struct Mention {
  std::size_t paragraph = 0;
  std::size_t sentence = 0;
  std::size_t at = 0;
  std::size_t entity = 0;
};

std::size_t word_count(std::string_view text) { return scan_words(text).size(); }

bool ends_open_for_attribution(std::string_view inner) {
  while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
  if (inner.empty()) return false;
  const char last = inner.back();
  return last == ',' || last == '?' || last == '!' || last == '-' || inner.ends_with("\u2014") ||
         inner.ends_with("\u2013");
}

bool ends_with_terminator(std::string_view inner) {
  while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\'')) inner.remove_suffix(1);
  if (inner.ends_with("\u2019")) inner.remove_suffix(3);
  return !inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?');
}

// "The Long Night", "Gone With the Wind": a work's title rather than a scare quote.
bool is_title_case(std::string_view inner) {
  const auto words = scan_words(inner);
  if (words.empty()) return false;
  static constexpr std::string_view kSmall[] = {"a",  "an",   "the", "of",  "in", "on", "and",
                                                "or", "with", "to",  "for", "at", "by"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool small = i > 0 && std::find(std::begin(kSmall), std::end(kSmall), words[i].lower) !=
                                    std::end(kSmall);
    if (!small && !words[i].capitalized()) return false;
  }
  return true;
}

bool gap_has(const Word& w, char c) { return w.gap.find(c) != std::string::npos; }

class Attributor {
 public:
  Attributor(const std::vector<ParagraphView>& views, const AliasTable& aliases)
      : views_(views), aliases_(aliases) {
    for (const auto& view : views_) registry_.observe(view.words);
    registry_.finish();
    collect_mentions();
  }

  std::vector<std::vector<Attributed>> run() {
    std::vector<std::vector<Attributed>> out(views_.size());
    for (std::size_t p = 0; p < views_.size(); ++p) {
      for (std::size_t q = 0; q < views_[p].quotes.size(); ++q) out[p].push_back(attribute(p, q));
    }
    return out;
  }

 private:
  // Names outside quotations, in reading order, for pronouns and turn-taking.
  void collect_mentions() {
    for (std::size_t p = 0; p < views_.size(); ++p) {
      const auto& words = views_[p].words;
      for (std::size_t i = 0; i < words.size();) {
        auto phrase = read_name_at(words, i);
        if (!phrase) {
          ++i;
          continue;
        }
        static constexpr std::string_view kPrepositions[] = {
            "at", "in",   "on",   "from",   "to",     "of",      "for",  "with",
            "by", "near", "into", "aboard", "inside", "outside", "about"};
        const bool after_preposition =
            i > 0 && std::find(std::begin(kPrepositions), std::end(kPrepositions),
                               words[i - 1].lower) != std::end(kPrepositions);
        if (auto entity = registry_.resolve(*phrase);
            entity && is_person(*entity) && !after_preposition) {
          mentions_.push_back({p, views_[p].word_sentence[i], words[i].begin, *entity});
        }
        i = phrase->last_word + 1;
      }
    }
  }

  [[nodiscard]] bool is_person(std::size_t entity) const {
    const Entity& e = registry_.entity(entity);
    return e.kind == NameKind::kPerson &&
           (e.tokens.size() >= 2 || !e.roles.empty() || spoke_.contains(entity));
  }

  Attributed attribute(std::size_t p, std::size_t q) {
    const ParagraphView& view = views_[p];
    const QuoteSpan& span = view.quotes[q];
    const std::string_view inner =
        view.text.substr(span.text_begin, span.text_end - span.text_begin);
    const std::size_t sentence = view.quote_sentence[q];
    const std::size_t head_from =
        q > 0 && view.quote_sentence[q - 1] == sentence ? view.quotes[q - 1].close_end : 0;
    const std::size_t tail_to =
        q + 1 < view.quotes.size() ? view.quotes[q + 1].open : view.text.size();
    const auto head = view.words_between(sentence, head_from, span.open);
    const auto tail = view.words_between(sentence, span.close_end, tail_to);

    std::optional<Cue> cue;
    const bool tail_attaches = !tail.empty() && (ends_open_for_attribution(inner) ||
                                                 gap_has(view.words[tail.front()], ','));
    if (tail_attaches) cue = cue_after(p, tail);
    if (!cue && !head.empty()) cue = cue_before(p, sentence, head);

    const bool fragment = word_count(inner) <= kFragmentWords && !ends_with_terminator(inner) &&
                          !head.empty() &&
                          (!cue || cue->kind != CueKind::kSpeech || is_labelling_verb(cue->word));
    Attributed result;
    if (cue) {
      result.cue = cue->word;
      if (cue->kind == CueKind::kNaming || (fragment && is_labelling_verb(cue->word)))
        result.kind = QuoteKind::kTerm;
      if (!cue->passive && cue->name) result.speaker = speaker_name(*cue);
    } else if (fragment) {
      result.kind = preceded_by_so_called(view, head) || is_title_case(inner) ? QuoteKind::kTerm
                                                                              : QuoteKind::kScare;
    }
    if (result.kind == QuoteKind::kSpeech && result.speaker.empty() && !cue &&
        continues_turn(p, q, span)) {
      result.speaker = last_speaker_;
      result.cue = "continuation";
    }
    if (result.kind == QuoteKind::kSpeech) {
      last_speaker_ = result.speaker;
      last_speaker_paragraph_ = p;
      last_quote_end_ = span.close_end;
    }
    return result;
  }

  static bool preceded_by_so_called(const ParagraphView& view,
                                    const std::vector<std::size_t>& head) {
    return !head.empty() &&
           (view.words[head.back()].lower == "so-called" || view.words[head.back()].lower == "as" ||
            view.words[head.back()].lower == "titled");
  }

  // A quotation with no cue of its own continues the last speaker's turn when it follows that
  // speaker's quotation in the same or the next paragraph, with no one else named in between.
  bool continues_turn(std::size_t p, std::size_t q, const QuoteSpan& span) const {
    if (last_speaker_.empty()) return false;
    if (last_speaker_paragraph_ != p &&
        !(last_speaker_paragraph_ + 1 == p && (q == 0 || span.continues_previous)))
      return false;
    const std::size_t from_para = last_speaker_paragraph_;
    for (const auto& m : mentions_) {
      const bool after_last =
          m.paragraph > from_para || (m.paragraph == from_para && m.at >= last_quote_end_);
      const bool before_this = m.paragraph < p || (m.paragraph == p && m.at < span.open);
      if (after_last && before_this &&
          registry_.entity(m.entity).name() != last_speaker_entity_name_)
        return false;
    }
    return true;
  }

  // "“Q,” X said", "“Q,” said X", "“Q,” according to X", "“Q,” X, the mayor, said".
  std::optional<Cue> cue_after(std::size_t p, const std::vector<std::size_t>& tail) {
    const auto& words = views_[p].words;
    const std::size_t first = tail.front();
    const std::size_t last = tail.back();
    if (words[first].lower == "according" && first + 1 <= last && words[first + 1].lower == "to") {
      auto name = read_name_at(words, first + 2);
      if (name) return Cue{name, "according to", CueKind::kSpeech, false, p, words[first].begin};
    }
    if (classify_cue(words[first].lower) == CueKind::kSpeech && first + 1 <= last) {
      auto name = read_name_at(words, first + 1);
      if (name)
        return Cue{name, words[first].lower, CueKind::kSpeech, false, p, words[first].begin};
    }
    auto name = read_name_at(words, first);
    if (!name) return std::nullopt;
    std::size_t i = name->last_word + 1;
    if (name->kind == NameKind::kGroup || name->kind == NameKind::kRole) {
      // "the jury foreman said", "the company spokesman said": the head noun is the speaker.
      std::size_t k = i;
      while (k <= last && k < i + kHeadNounWords && !words[k].capitalized() &&
             classify_cue(words[k].lower) == CueKind::kNone && !is_verb_modifier(words[k].lower)) {
        ++k;
      }
      if (k > i && k <= last && classify_cue(words[k].lower) == CueKind::kSpeech) {
        std::string phrase = name->tokens.front();
        for (std::size_t m = i; m < k; ++m) phrase += " " + words[m].lower;
        name->kind = NameKind::kGroup;
        name->tokens = {phrase};
        name->last_word = k - 1;
        i = k;
      }
    }
    if (i <= last && gap_has(words[i], ',')) {  // an appositive: "X, the mayor, said"
      std::size_t j = i;
      while (j <= last && j < i + kAppositiveWords && !(j > i && gap_has(words[j], ','))) ++j;
      if (j <= last && j < i + kAppositiveWords) i = j;
    }
    while (i <= last && is_verb_modifier(words[i].lower)) ++i;
    if (i <= last && classify_cue(words[i].lower) == CueKind::kSpeech) {
      return Cue{name, words[i].lower, CueKind::kSpeech, false, p, words[name->first_word].begin};
    }
    return std::nullopt;
  }

  // "X said: “Q”", "X told reporters, “Q”", "X said that … “Q”", "X described it as “Q”",
  // "…, calling him “Q”", "what X termed his “Q”", "according to X, “Q”".
  std::optional<Cue> cue_before(std::size_t p, std::size_t sentence,
                                const std::vector<std::size_t>& head) {
    const auto& words = views_[p].words;
    for (auto it = head.rbegin(); it != head.rend(); ++it) {
      const std::size_t v = *it;
      if (words[v].lower == "according" && v + 1 < words.size() && words[v + 1].lower == "to") {
        if (auto name = read_name_at(words, v + 2))
          return Cue{name, "according to", CueKind::kSpeech, false, p, words[v].begin};
        continue;
      }
      const CueKind kind = classify_cue(words[v].lower);
      if (kind == CueKind::kNone) continue;
      Cue cue{std::nullopt, words[v].lower, kind, false, p, words[v].begin};
      std::size_t s = v;
      while (s > head.front() && is_verb_modifier(words[s - 1].lower) && !gap_has(words[s], ','))
        --s;
      if (s > head.front() && is_passive_auxiliary(words[s - 1].lower)) {
        cue.passive = true;
        return cue;
      }
      const bool coordinated =
          s > head.front() && (words[s - 1].lower == "and" || words[s - 1].lower == "but");
      if (coordinated) {
        // "Carrow thanked volunteers and promised to “…”": the subject of the first verb.
        cue.name = sentence_subject(words, first_word_of(p, sentence), v);
      } else if (s > 0 && !gap_has(words[s], ',')) {
        cue.name = read_name_ending_at(words, s - 1);
      } else if (s > 0) {
        cue.name = name_before_relative_clause(words, head.front(), s);
      }
      if (!cue.name && (kind == CueKind::kParticiple || gap_has(words[v], ','))) {
        cue.name = sentence_subject(words, first_word_of(p, sentence), v);
      }
      if (!cue.name) cue.name = sentence_subject_in(p, sentence, v);
      return cue;
    }
    return std::nullopt;
  }

  // "X, who spoke to reporters, said": the name before the clause that ends at the verb.
  static std::optional<NamePhrase> name_before_relative_clause(const std::vector<Word>& words,
                                                               std::size_t from, std::size_t verb) {
    for (std::size_t j = verb; j-- > from;) {
      if (!gap_has(words[j], ',')) continue;
      // An appositive name right before the verb: "Pryce's barrister, Helen Achebe, said".
      if (auto appositive = read_name_at(words, j);
          appositive && appositive->last_word + 1 == verb && appositive->kind != NameKind::kGroup) {
        return appositive;
      }
      if (j == 0) return std::nullopt;
      const std::string& opener = words[j].lower;
      if (opener == "who" || opener == "which" || opener == "the" || opener == "a" ||
          opener == "an" || opener == "in" || opener == "whose" || opener == "speaking") {
        return read_name_ending_at(words, j - 1);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  [[nodiscard]] std::size_t first_word_of(std::size_t p, std::size_t sentence) const {
    const auto& ws = views_[p].word_sentence;
    return static_cast<std::size_t>(std::find(ws.begin(), ws.end(), sentence) - ws.begin());
  }

  // The first name in the clause before a participle: "President Trump had praised Musk, calling
  // him".
  // Only names the article knows count, so a capitalized first word ("Speaking ...") is skipped.
  std::optional<NamePhrase> sentence_subject(const std::vector<Word>& words, std::size_t from,
                                             std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) {
      auto name = read_name_at(words, i);
      if (!name || name->last_word >= to) continue;
      if (name->kind == NameKind::kPronoun || name->kind == NameKind::kGroup ||
          registry_.resolve(*name))
        return name;
      i = name->last_word;
    }
    return std::nullopt;
  }

  std::optional<NamePhrase> sentence_subject_in(std::size_t p, std::size_t sentence,
                                                std::size_t to) const {
    const auto& view = views_[p];
    for (std::size_t i = 0; i < to && i < view.words.size(); ++i) {
      if (view.word_sentence[i] != sentence) continue;
      auto name = read_name_at(view.words, i);
      if (name && name->last_word < to && name->kind != NameKind::kGroup) {
        // Only a name that is the verb's subject: right before it, modifiers aside.
        std::size_t k = name->last_word + 1;
        while (k < to && is_verb_modifier(view.words[k].lower)) ++k;
        if (k == to) return name;
      }
      break;
    }
    return std::nullopt;
  }

  std::string speaker_name(const Cue& cue) {
    const NamePhrase& name = *cue.name;
    std::optional<std::size_t> entity;
    if (name.kind == NameKind::kGroup) return aliases_.canonical(name.tokens.front());
    if (name.kind == NameKind::kPronoun) {
      entity = resolve_pronoun(cue);
      if (entity && pronoun_gender(name.tokens.front()) != Gender::kUnknown)
        genders_[*entity] = pronoun_gender(name.tokens.front());
    } else {
      entity = registry_.resolve(name);
    }
    if (!entity) {
      if (name.kind == NameKind::kPerson || name.kind == NameKind::kOrganization) {
        // A name the registry finds ambiguous ("Trump" beside two Trumps) names nobody.
        return {};
      }
      return {};
    }
    spoke_.insert(*entity);
    last_speaker_entity_name_ = registry_.entity(*entity).name();
    return aliases_.canonical(registry_.entity(*entity).name());
  }

  // "he" / "she" / "they": the person named in this sentence before the cue or in the previous
  // sentence; with several, the one who spoke last, else nobody.
  std::optional<std::size_t> resolve_pronoun(const Cue& cue) const {
    const auto& view = views_[cue.paragraph];
    const std::size_t sentence = view.sentence_at(cue.at);
    std::vector<std::size_t> candidates;
    for (const auto& m : mentions_) {
      const bool same_paragraph_window =
          m.paragraph == cue.paragraph && m.at < cue.at && m.sentence + 1 >= sentence;
      const bool previous_paragraph_end = sentence == 0 && m.paragraph + 1 == cue.paragraph &&
                                          m.sentence + 1 >= views_[m.paragraph].sentence_count;
      if ((same_paragraph_window || previous_paragraph_end) && is_person(m.entity) &&
          std::find(candidates.begin(), candidates.end(), m.entity) == candidates.end()) {
        candidates.push_back(m.entity);
      }
    }
    const Gender wanted = pronoun_gender(cue.name->tokens.front());
    std::erase_if(candidates, [&](std::size_t c) { return !gender_fits(c, wanted); });
    if (candidates.size() == 1) return candidates.front();
    for (auto c : candidates)
      if (registry_.entity(c).name() == last_speaker_entity_name_) return c;
    if (candidates.empty() && !last_speaker_entity_name_.empty()) {
      for (std::size_t i = 0; i < registry_.size(); ++i)
        if (registry_.entity(i).name() == last_speaker_entity_name_ && gender_fits(i, wanted))
          return i;
    }
    return std::nullopt;
  }

  static Gender pronoun_gender(const std::string& pronoun) {
    if (pronoun == "he") return Gender::kMale;
    if (pronoun == "she") return Gender::kFemale;
    return Gender::kUnknown;
  }

  // A person fits a pronoun unless a title or an earlier pronoun gave them the other gender.
  [[nodiscard]] bool gender_fits(std::size_t entity, Gender wanted) const {
    if (wanted == Gender::kUnknown) return true;
    Gender known = registry_.entity(entity).gender;
    if (const auto it = genders_.find(entity); it != genders_.end()) known = it->second;
    return known == Gender::kUnknown || known == wanted;
  }

  const std::vector<ParagraphView>& views_;
  const AliasTable& aliases_;
  NameRegistry registry_;
  std::vector<Mention> mentions_;
  std::set<std::size_t> spoke_;
  std::map<std::size_t, Gender> genders_;  // learnt from pronouns that resolved to a person
  std::string last_speaker_;
  std::string last_speaker_entity_name_;
  std::size_t last_speaker_paragraph_ = 0;
  std::size_t last_quote_end_ = 0;
};

}  // namespace

std::vector<std::vector<Attributed>> attribute_quotes(const std::vector<ParagraphView>& views,
                                                      const AliasTable& aliases) {
  return Attributor(views, aliases).run();
}

}  // namespace onrecord
