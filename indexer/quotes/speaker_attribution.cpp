#include "quotes/speaker_attribution.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "quotes/attribution_evidence.hpp"
#include "quotes/described_source.hpp"
#include "quotes/given_names.hpp"
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
  std::string word;  // the cue word, or "according to", "label", "words"
  CueKind kind = CueKind::kNone;
  bool passive = false;
  std::size_t paragraph = 0;
  std::size_t at = 0;  // byte offset of the cue in its paragraph (for pronouns)
  Evidence arrangement = Evidence::kHeadNameVerb;
};

// Who a cue names, and on what evidence.
struct Source {
  std::string speaker;
  std::string role;
  std::vector<Evidence> evidence;
  std::string entity_name;     // the article's name for the speaker, when it is one of its entities
  std::uint8_t ceiling = 100;  // a continued turn is no surer than the turn it continues
};

// A cue word this many words at most into the text after a quotation, with no comma before it,
// still attributes it ("“…” he said.", "“…” Mr. Adler asked"); further on it is a new clause.
constexpr std::size_t kBareTailReach = 3;
// ... and the clause ends within this many words after the verb ("he said in a statement on
// Tuesday"); "he said he would return to …" is a sentence of its own.
constexpr std::size_t kBareTailAfterVerb = 6;

struct Mention {
  std::size_t paragraph = 0;
  std::size_t sentence = 0;
  std::size_t at = 0;
  std::size_t entity = 0;
  bool possessive = false;  // "Selkirk's agents": the name owns, it does not act
};

std::size_t word_count(std::string_view text) { return scan_words(text).size(); }

// Strips spaces and the closing marks of quotations nested at the end ("… normal,’”").
std::string_view without_closing_marks(std::string_view inner) {
  while (!inner.empty()) {
    if (inner.back() == ' ' || inner.back() == '\'') {
      inner.remove_suffix(1);
    } else if (inner.ends_with("\u2019")) {
      inner.remove_suffix(3);
    } else {
      break;
    }
  }
  return inner;
}

bool ends_open_for_attribution(std::string_view inner) {
  inner = without_closing_marks(inner);
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
    const bool small = i > 0 && listed(kSmall, words[i].lower);
    if (!small && !words[i].capitalized()) return false;
  }
  return true;
}

bool gap_has(const Word& w, char c) { return w.gap.find(c) != std::string::npos; }

// A pronoun looks back this many paragraphs for its antecedent, and within its own paragraph
// this many sentences; further than that news names the speaker again.
constexpr std::size_t kPronounParagraphs = 2;
constexpr std::size_t kNearSentences = 2;  // a quotation's own sentence counts as one
// How far back a pronoun's named antecedent may be, in sentences: a speech's or a feature's long
// paragraphs would otherwise reach a name from minutes before ("Our Constitution declares …").
constexpr std::size_t kPronounSentences = 6;

// How a pronoun found its person: named within reach, or as the last speaker, named nowhere near.
enum class PronounReach { kMentioned, kLastSpeaker };

// "later", "also", "repeatedly" between a subject and its verb; never a capitalised word
// ("Mulally" is no adverb).
bool is_modifier_word(const Word& w) { return !w.capitalized() && is_verb_modifier(w.lower); }

bool is_preposition(std::string_view lower) {
  static constexpr std::string_view kPrepositions[] = {
      "at", "in",   "on",   "from",   "to",     "of",      "for",  "with",
      "by", "near", "into", "aboard", "inside", "outside", "about"};
  return listed(kPrepositions, lower);
}

// "made clear that", "made it clear": the verb of a cue that ends in "clear" at `at`.
std::optional<std::size_t> made_clear_at(const std::vector<Word>& words, std::size_t from,
                                         std::size_t at) {
  if (words[at].lower != "clear" || at == from) return std::nullopt;
  std::size_t verb = at - 1;
  if (words[verb].lower == "it" && verb > from) --verb;
  static constexpr std::string_view kMake[] = {"made", "make", "makes", "making"};
  if (!listed(kMake, words[verb].lower)) return std::nullopt;
  return verb;
}

// "points out", "pointed out", "chimed in", "spoke out": a particle after a reporting verb.
bool is_particle_after_cue(const std::vector<Word>& words, std::size_t at) {
  if (at == 0) return false;
  const std::string& particle = words[at].lower;
  if (particle != "out" && particle != "in" && particle != "up") return false;
  static constexpr std::string_view kVerbs[] = {"pointed", "points", "point",  "blurted",
                                                "blurts",  "chimed", "chimes", "spoke",
                                                "speaks",  "summed", "sums",   "cried"};
  return listed(kVerbs, words[at - 1].lower);
}

// The head of a description of a company: "the company", "the auto firm", "the carmaker".
bool is_company_noun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {
      "company",      "firm",        "automaker",   "carmaker",     "airline", "bank",
      "manufacturer", "retailer",    "corporation", "maker",        "insurer", "lender",
      "giant",        "broadcaster", "publisher",   "conglomerate", "startup", "chain"};
  return listed(kNouns, lower);
}

bool is_preposition_of_place(std::string_view lower) {
  static constexpr std::string_view kPlaces[] = {"at",     "in",      "on",     "near", "into",
                                                 "inside", "outside", "aboard", "from"};
  return listed(kPlaces, lower);
}

// A line of Title-Case words with no sentence punctuation: a headline or subhead.
bool is_headline(const ParagraphView& view) {
  constexpr std::size_t kShortest = 3;
  constexpr double kCapitalShare = 0.75;
  if (view.words.size() < kShortest || !view.quotes.empty()) return false;
  if (view.text.find_first_of(".!?:;") != std::string_view::npos) return false;
  const auto capitals = std::count_if(view.words.begin(), view.words.end(),
                                      [](const Word& w) { return w.capitalized(); });
  return static_cast<double>(capitals) >= kCapitalShare * static_cast<double>(view.words.size());
}

void add_name_evidence(const NamePhrase& name, std::vector<Evidence>& evidence) {
  if (name.kind == NameKind::kOrganization) evidence.push_back(Evidence::kOrganization);
  if (name.kind == NameKind::kPerson || name.kind == NameKind::kOrganization)
    evidence.push_back(name.tokens.size() >= 2 ? Evidence::kFullName : Evidence::kSingleName);
}

class Attributor {
 public:
  Attributor(const std::vector<ParagraphView>& views, const AttributionContext& context,
             const AliasTable& aliases)
      : views_(views), context_(context), aliases_(aliases) {
    // A Title-Case headline ("Harper Heads Into Toledo") would make people of its words.
    for (const auto& view : views_) {
      if (is_headline(view)) continue;
      registry_.observe(view.words);
      for (const auto& span : view.quotes)
        registry_.observe_quoted(
            scan_words(view.text.substr(span.text_begin, span.text_end - span.text_begin)));
    }
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
      if (is_headline(views_[p])) continue;
      const auto& words = views_[p].words;
      for (std::size_t i = 0; i < words.size();) {
        auto phrase = read_name_at(words, i);
        if (!phrase) {
          ++i;
          continue;
        }
        const bool after_preposition = i > 0 && is_preposition(words[i - 1].lower);
        // After a preposition of place a name is often a place ("in Geneva", "at Mission
        // Control"); one with a first name or a title is a person's, and so is a full name
        // after "with", "to" or "by" ("spoke with Gianna Floyd").
        const bool person_like =
            given_name_gender(phrase->tokens.front()).has_value() ||
            phrase->gender != Gender::kUnknown || !phrase->title.empty() ||
            (phrase->tokens.size() >= 2 && i > 0 && !is_preposition_of_place(words[i - 1].lower));
        const auto entity = registry_.resolve(*phrase);
        if (entity && is_person(*entity) && (person_like || !after_preposition)) {
          const std::string& last = words[phrase->last_word].text;
          mentions_.push_back({p, views_[p].word_sentence[i], words[i].begin, *entity,
                               last.ends_with("'s") || last.ends_with("s'")});
        } else if (entity && registry_.entity(*entity).kind == NameKind::kOrganization) {
          organisation_mentions_.push_back(
              {p, views_[p].word_sentence[i], words[i].begin, *entity});
        }
        i = phrase->last_word + 1;
      }
    }
  }

  [[nodiscard]] bool is_person(std::size_t entity) const {
    const Entity& e = registry_.entity(entity);
    // One word is a person's name when something says so: a title, a gender, or speaking.
    return e.kind == NameKind::kPerson &&
           (e.tokens.size() >= 2 || !e.roles.empty() || e.gender != Gender::kUnknown ||
            e.sayings > 0 || spoke_.contains(entity));
  }

  // The cue of a quotation: after it, before it, or a label ("X: “Q”").
  std::optional<Cue> find_cue(std::size_t p, std::size_t q, std::string_view inner) {
    const ParagraphView& view = views_[p];
    const QuoteSpan& span = view.quotes[q];
    const std::size_t sentence = view.quote_sentence[q];
    const std::size_t head_from =
        q > 0 && view.quote_sentence[q - 1] == sentence ? view.quotes[q - 1].close_end : 0;
    const std::size_t tail_to =
        q + 1 < view.quotes.size() ? view.quotes[q + 1].open : view.text.size();
    const auto head = view.words_between(sentence, head_from, span.open);
    auto tail = view.words_between(sentence, span.close_end, tail_to);
    std::optional<Cue> cue;
    const bool tail_attaches = !tail.empty() && (ends_open_for_attribution(inner) ||
                                                 gap_has(view.words[tail.front()], ','));
    if (tail_attaches) cue = cue_after(p, tail);
    if (!cue && !tail_attaches) {
      // "“…” he said.", and "“Where did it go?” Mr. Adler asked", split off as a sentence
      // (but not "“…”. Pryce said he would …", a sentence of its own).
      if (tail.empty()) {
        tail = view.words_between(sentence + 1, span.close_end, tail_to);
        if (!tail.empty() &&
            view.text.substr(span.close_end, view.words[tail.front()].begin - span.close_end)
                    .find('.') != std::string_view::npos)
          tail.clear();
      }
      if (!tail.empty()) cue = bare_cue_after(p, tail);
    }
    if (!cue && !head.empty()) cue = cue_before(p, sentence, head);
    // "After declaring, in an article, that the tests “carry grave risks”, he gave an
    // estimate": a participle's subject is the main clause's, after the quotation.
    if (cue && !cue->name && cue->kind == CueKind::kParticiple && !tail.empty() &&
        gap_has(view.words[tail.front()], ',')) {
      if (auto subject = read_name_at(view.words, tail.front());
          subject && names_person(*subject) && subject->last_word < tail.back())
        cue->name = subject;
    }
    if (!cue && !head.empty()) cue = label_before(p, head, span);
    if (!cue && !head.empty()) cue = colon_clause_before(p, sentence, head, span);
    if (!cue && !head.empty()) cue = words_of(p, head);
    if (!cue && head.empty() && q == 0) cue = cue_ending_previous_paragraph(p);
    if (!cue && (q == 0 || view.quote_sentence[q - 1] != sentence))
      cue = cue_in_sentence_before(p, sentence, head);
    return cue;
  }

  // "He has said that they ought not to discourage anyone. For discouragement, “would show
  // …”": reported speech in the sentence before, with no quotation of its own, and no one
  // else named before this quotation.
  std::optional<Cue> cue_in_sentence_before(std::size_t p, std::size_t sentence,
                                            const std::vector<std::size_t>& head) {
    const ParagraphView& view = views_[p];
    if (sentence == 0) return std::nullopt;
    const std::size_t before = sentence - 1;
    if (std::find(view.quote_sentence.begin(), view.quote_sentence.end(), before) !=
        view.quote_sentence.end())
      return std::nullopt;
    for (const std::size_t w : head)
      if (read_name_at(view.words, w)) return std::nullopt;
    const auto words = view.words_between(before, 0, view.text.size());
    if (words.empty()) return std::nullopt;
    auto cue = cue_before(p, before, words);
    if (!cue || !cue->name || cue->passive || cue->kind != CueKind::kSpeech) return std::nullopt;
    cue->arrangement = Evidence::kPreviousSentence;
    return cue;
  }

  // "Mr. Kennedy replied:" or "… in these words:" closing a paragraph, and the quotation
  // opening the next.
  std::optional<Cue> cue_ending_previous_paragraph(std::size_t p) {
    if (p == 0) return std::nullopt;
    const ParagraphView& previous = views_[p - 1];
    std::string_view text = previous.text;
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (!text.ends_with(':') || previous.words.empty() ||
        (!previous.quotes.empty() && previous.quotes.back().close_end >= text.size()))
      return std::nullopt;
    const std::size_t last_sentence = previous.word_sentence.back();
    const auto head = previous.words_between(last_sentence, 0, text.size());
    if (head.empty()) return std::nullopt;
    auto cue = cue_before(p - 1, last_sentence, head);
    if (!cue) cue = words_of(p - 1, head);
    // "TASS from Moscow in English to Europe:": a short line naming the source.
    constexpr std::size_t kLabelWords = 12;
    if (!cue && head.size() <= kLabelWords && head.front() == 0) {
      if (auto name = sentence_subject(previous.words, 0, head.back() + 1);
          name && name->kind != NameKind::kPronoun) {
        cue = Cue{name,
                  "label",
                  CueKind::kSpeech,
                  false,
                  p - 1,
                  previous.words[name->first_word].begin,
                  Evidence::kLabel};
      }
    }
    return cue;
  }

  // "in Mr. Kennedy's own words, “…”", "in the words of Winston Churchill, “…”", "Gen.
  // Maxwell Taylor's statement that he is “…”".
  std::optional<Cue> words_of(std::size_t p, const std::vector<std::size_t>& head) {
    const auto& words = views_[p].words;
    for (auto it = head.rbegin(); it != head.rend(); ++it) {
      const std::size_t w = *it;
      if (w == 0 || !is_speech_noun(words[w].lower)) continue;
      std::optional<NamePhrase> name;
      if (w + 2 < words.size() && words[w + 1].lower == "of") name = read_name_at(words, w + 2);
      const std::string& before = words[w - 1].lower;
      if (!name && (before == "these" || before == "following" || before == "his" ||
                    before == "her" || before == "their")) {
        // "he had set forth his view in these words:": whoever the clause is about.
        const std::size_t sentence = views_[p].word_sentence[w];
        const std::size_t from = first_word_of(p, sentence);
        name = sentence_subject(words, from, w);
        // "my only reference to it was in these words:": the speaker's own.
        for (std::size_t k = from; !name && k < w; ++k)
          if (words[k].lower == "my") name = first_person(w);
      }
      std::size_t owner = w - 1;
      if (words[owner].lower == "own" && owner > 0) --owner;
      if (!name && (words[owner].text.ends_with("'s") || words[owner].text.ends_with("s'")))
        name = read_name_ending_at(words, owner);
      if (!name) {
        if (words[w].lower == "words") return std::nullopt;
        continue;  // "the statement": look further back
      }
      return Cue{name, words[w].lower, CueKind::kSpeech,       false,
                 p,    words[w].begin, Evidence::kHeadNameVerb};
    }
    return std::nullopt;
  }

  Attributed attribute(std::size_t p, std::size_t q) {
    const ParagraphView& view = views_[p];
    const QuoteSpan& span = view.quotes[q];
    const std::string_view inner =
        view.text.substr(span.text_begin, span.text_end - span.text_begin);
    const std::size_t sentence = view.quote_sentence[q];
    const std::size_t head_from =
        q > 0 && view.quote_sentence[q - 1] == sentence ? view.quotes[q - 1].close_end : 0;
    const bool has_head = !view.words_between(sentence, head_from, span.open).empty();

    const std::optional<Cue> cue = find_cue(p, q, inner);
    // "promises of “tightening up” and “economizing”", "defined our “task” as “leaving …”":
    // a quotation with no cue of its own, joined to the one before it, shares its source.
    if (!cue && q > 0 && previous_.paragraph == p && joined_to_previous(p, q)) {
      previous_.result.cue_paragraph.reset();
      return previous_.result;
    }
    const bool fragment = word_count(inner) <= kFragmentWords && !ends_with_terminator(inner) &&
                          has_head &&
                          (!cue || cue->kind != CueKind::kSpeech || is_labelling_verb(cue->word));
    const bool work = names_a_work(view, sentence, head_from, span, inner);
    Attributed result;
    Source source;
    if (work) {
      result.kind = QuoteKind::kTerm;  // a programme or publication: nobody's words
    } else if (cue) {
      result.cue = cue->word;
      if (cue->paragraph != p) {
        result.cue_paragraph = cue->paragraph;
        result.cue_at = cue->at;
      }
      if (cue->kind == CueKind::kNaming || (fragment && is_labelling_verb(cue->word)))
        result.kind = QuoteKind::kTerm;
      if (!cue->passive && cue->name) source = source_of(*cue);
      // "the residents of Dover have said", "One retiree wrote to the council and said": a name
      // after a preposition is no subject; the description holding it is.
      if (!cue->passive && cue->name && result.kind == QuoteKind::kSpeech &&
          follows_preposition(*cue) && cue->arrangement != Evidence::kAccordingTo &&
          cue->arrangement != Evidence::kPassiveAgent) {
        // "A statement from Apple stated": a thing that speaks for the name is not its subject.
        if (Source described = described_source(*cue, PeopleOnly::kYes); !described.role.empty())
          source = std::move(described);
      }
      if (!cue->passive && !cue->name && cue->kind == CueKind::kSpeech &&
          result.kind == QuoteKind::kSpeech)
        source = described_source(*cue, PeopleOnly::kNo);
    } else if (fragment) {
      const auto head = view.words_between(sentence, head_from, span.open);
      result.kind = preceded_by_so_called(view, head) || is_title_case(inner) ? QuoteKind::kTerm
                                                                              : QuoteKind::kScare;
    }
    if (result.kind == QuoteKind::kSpeech && source.speaker.empty() && source.role.empty() &&
        !cue && continues_turn(p, q, span)) {
      source.speaker = last_speaker_;
      source.role = last_role_;
      source.entity_name = last_speaker_entity_name_;
      source.ceiling = last_confidence_;
      source.evidence = {last_speaker_paragraph_ == p ? Evidence::kContinuation
                                                      : Evidence::kContinuationNextParagraph};
      result.cue = kContinuationCue;
    }
    const std::string entity_name = source.entity_name;
    decide(source, result);
    if (result.kind == QuoteKind::kSpeech) {
      // The turn, for continuations and pronouns: whoever this quotation was given to.
      last_speaker_ = result.speaker;
      last_role_ = result.speaker_role;
      last_speaker_entity_name_ = result.speaker.empty() ? std::string() : entity_name;
      last_confidence_ = result.confidence;
      last_speaker_paragraph_ = p;
      last_quote_end_ = span.close_end;
    }
    previous_ = {p, result};
    return result;
  }

  // Whether only a few joining words ("and", "as a", "or the") stand between quotation `q` and
  // the one before it, in one sentence.
  [[nodiscard]] bool joined_to_previous(std::size_t p, std::size_t q) const {
    const ParagraphView& view = views_[p];
    if (view.quote_sentence[q - 1] != view.quote_sentence[q]) return false;
    const auto between = view.words_between(view.quote_sentence[q], view.quotes[q - 1].close_end,
                                            view.quotes[q].open);
    constexpr std::size_t kJoiningWords = 3;
    if (between.empty() || between.size() > kJoiningWords) return false;
    static constexpr std::string_view kJoining[] = {"and", "or", "but", "nor", "as",
                                                    "a",   "an", "the", "then"};
    return std::all_of(between.begin(), between.end(), [&](std::size_t w) {
      return std::find(std::begin(kJoining), std::end(kJoining), view.words[w].lower) !=
             std::end(kJoining);
    });
  }

  // Keeps the source when the evidence is strong enough, else abstains.
  void decide(Source& source, Attributed& result) const {
    if (source.speaker.empty() && source.role.empty()) return;
    result.evidence = source.evidence;
    const std::uint8_t confidence =
        std::min(attribution_confidence(source.evidence), source.ceiling);
    if (confidence < kAbstainBelowPercent && context_.unsure == UnsureSpeakers::kDrop) return;
    result.speaker = std::move(source.speaker);
    result.speaker_role = std::move(source.role);
    result.confidence = confidence;
  }

  // "told “Meet the Press”", "wrote in “The Atlantic”", "appeared on “This Week”": a
  // Title-Case name right after a cue or preposition is a programme or publication.
  static bool names_a_work(const ParagraphView& view, std::size_t sentence, std::size_t head_from,
                           const QuoteSpan& span, std::string_view inner) {
    const auto head = view.words_between(sentence, head_from, span.open);
    if (head.empty() || !is_title_case(inner) || ends_with_terminator(inner)) return false;
    static constexpr std::string_view kBefore[] = {"told", "tells", "on", "in", "to", "with"};
    const std::string& last = view.words[head.back()].lower;
    return listed(kBefore, last);
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
    if (last_speaker_.empty() && last_role_.empty()) return false;
    if (last_speaker_paragraph_ != p &&
        !(last_speaker_paragraph_ + 1 == p && (q == 0 || span.continues_previous)))
      return false;
    if (other_gender_since_last_turn(p, span)) return false;
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

  // Whether the narrative since the last turn has "he" or "she" where the last speaker is known
  // to be the other: "“You didn't tell me …”. ¶ He urged her … “to make her look …”" is not
  // hers.
  [[nodiscard]] bool other_gender_since_last_turn(std::size_t p, const QuoteSpan& span) const {
    const auto last = last_speaker_entity();
    if (!last) return false;
    // The last "he" or "she" before the quotation decides: "Her husband worked there until he
    // was laid off. She now cleans offices. “…”" is still hers.
    Gender last_said = Gender::kUnknown;
    for (std::size_t para = last_speaker_paragraph_; para <= p; ++para) {
      for (const Word& w : views_[para].words) {
        if (para == last_speaker_paragraph_ && w.begin < last_quote_end_) continue;
        if (para == p && w.begin >= span.open) break;
        if (const Gender said = pronoun_gender(w.lower); said != Gender::kUnknown) last_said = said;
      }
    }
    return last_said != Gender::kUnknown && !gender_fits(*last, last_said);
  }

  [[nodiscard]] bool names_person(const NamePhrase& name) const {
    if (name.kind == NameKind::kPronoun) return true;
    if (name.kind != NameKind::kPerson) return false;
    const auto entity = registry_.resolve(name);
    return entity && registry_.entity(*entity).kind == NameKind::kPerson;
  }

  // "“Q,” X said", "“Q,” said X", "“Q,” according to X", "“Q,” X, the mayor, said",
  // "“Q,” said the firm's chief executive, Alan Mulally".
  std::optional<Cue> cue_after(std::size_t p, const std::vector<std::size_t>& tail) {
    const auto& words = views_[p].words;
    const std::size_t first = tail.front();
    const std::size_t last = tail.back();
    if (words[first].lower == "according" && first + 1 <= last && words[first + 1].lower == "to") {
      auto name = read_name_at(words, first + 2);
      // "according to a statement from Apple": whose statement.
      if (name && name->kind == NameKind::kGroup && name->last_word + 2 <= last &&
          (words[name->last_word + 1].lower == "from" || words[name->last_word + 1].lower == "by" ||
           words[name->last_word + 1].lower == "of")) {
        if (auto owner = read_name_at(words, name->last_word + 2)) name = owner;
      }
      if (name)
        return Cue{name, "according to",     CueKind::kSpeech,      false,
                   p,    words[first].begin, Evidence::kAccordingTo};
    }
    if (classify_cue(words[first].lower) == CueKind::kSpeech && first + 1 <= last) {
      if (auto cue = cue_with_subject_after(p, first, last)) return cue;
      // "“…,” said the young engineer, closing her laptop": a source described after its verb.
      if (described_subject(words, views_[p].word_sentence, first, VerbPlace::kAfterQuotation))
        return Cue{std::nullopt,       words[first].lower,     CueKind::kSpeech, false, p,
                   words[first].begin, Evidence::kTailVerbName};
    }
    auto name = read_name_at(words, first);
    if (!name) {
      // "“…”, the young man noted": a source described, found from its verb.
      const auto verb =
          reporting_verb_after_description(words, views_[p].word_sentence, first, last);
      if (!verb) return std::nullopt;
      return Cue{std::nullopt,       words[*verb].lower,     CueKind::kSpeech, false, p,
                 words[*verb].begin, Evidence::kTailNameVerb};
    }
    std::size_t i = name->last_word + 1;
    if (auto role = role_after(words, *name, last)) {
      // "a Senate aide said", "a White House spokesman said": who, not a name.
      name = role;
      i = name->last_word + 1;
    } else if (name->kind == NameKind::kGroup || name->kind == NameKind::kRole) {
      // "the jury foreman said", "the company spokesman said": the head noun is the speaker.
      std::size_t k = i;
      while (k <= last && k < i + kHeadNounWords && !words[k].capitalized() &&
             classify_cue(words[k].lower) == CueKind::kNone && !is_modifier_word(words[k])) {
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
      // "the spokesman, John Doe, said": a name in apposition to a role is the speaker.
      if (name->kind == NameKind::kRole) {
        if (auto named = read_name_at(words, i); named && named->kind == NameKind::kPerson &&
                                                 named->last_word + 1 <= last &&
                                                 gap_has(words[named->last_word + 1], ','))
          name = named;
      }
      std::size_t j = i;
      while (j <= last && j < i + kAppositiveWords && !(j > i && gap_has(words[j], ','))) ++j;
      if (j <= last && j < i + kAppositiveWords) i = j;
    } else if (i <= last &&
               (words[i].lower == "of" || words[i].lower == "at" || words[i].lower == "from") &&
               (name->kind == NameKind::kPerson || name->kind == NameKind::kGroup)) {
      // "Peter Smith of Fooco Capital said": the organisation someone is from.
      constexpr std::size_t kAffiliationWords = 5;
      std::size_t j = i + 1;
      while (j <= last && j <= i + kAffiliationWords &&
             (words[j].capitalized() || words[j].lower == "the" || words[j].lower == "of"))
        ++j;
      if (j > i + 1) i = j;
    }
    while (i <= last && is_modifier_word(words[i])) ++i;
    if (i <= last && classify_cue(words[i].lower) == CueKind::kSpeech) {
      return Cue{name,
                 words[i].lower,
                 CueKind::kSpeech,
                 false,
                 p,
                 words[name->first_word].begin,
                 Evidence::kTailNameVerb};
    }
    return std::nullopt;
  }

  // "GM's sales, service and marketing vice president": someone of the named organisation,
  // described, not the organisation.
  static std::optional<NamePhrase> owned_role(const std::vector<Word>& words,
                                              const NamePhrase& owner, std::size_t last) {
    constexpr std::size_t kRoleWords = 6;
    const std::size_t at = owner.last_word;
    if (at >= words.size() || !(words[at].text.ends_with("'s") || words[at].text.ends_with("s'")))
      return std::nullopt;
    for (std::size_t k = at + 1; k <= last && k <= at + kRoleWords; ++k) {
      if (words[k].capitalized() || classify_cue(words[k].lower) != CueKind::kNone) break;
      if (!is_source_noun(words[k].lower)) continue;
      NamePhrase role;
      role.kind = NameKind::kRole;  // no title: an owned role names no one the article has
      role.tokens = {words[k].lower};
      role.first_word = owner.first_word;
      role.last_word = k;
      return role;
    }
    return std::nullopt;
  }

  // The longest name that starts at or after `from` and ends exactly at `last`.
  static std::optional<NamePhrase> name_ending_clause(const std::vector<Word>& words,
                                                      std::size_t from, std::size_t last) {
    for (std::size_t start = from; start <= last; ++start) {
      auto phrase = read_name_at(words, start);
      if (phrase && phrase->last_word == last) return phrase;
    }
    return std::nullopt;
  }

  // "a Senate aide", "the White House spokesman": an organisation read after an article, then
  // a noun of who speaks, before the verb.
  static std::optional<NamePhrase> role_after(const std::vector<Word>& words,
                                              const NamePhrase& name, std::size_t last) {
    if (name.kind != NameKind::kOrganization || name.first_word >= words.size())
      return std::nullopt;
    const std::string& article = words[name.first_word].lower;
    if (article != "a" && article != "an" && article != "the") return std::nullopt;
    std::size_t k = name.last_word + 1;
    std::size_t head = k;
    while (k <= last && k < name.last_word + 1 + kHeadNounWords && !words[k].capitalized() &&
           classify_cue(words[k].lower) == CueKind::kNone && !is_modifier_word(words[k])) {
      head = k;
      ++k;
    }
    if (head > last || words[head].capitalized() || !is_source_noun(words[head].lower))
      return std::nullopt;
    std::size_t verb = head + 1;
    while (verb <= last && is_modifier_word(words[verb])) ++verb;
    if (verb > last || classify_cue(words[verb].lower) != CueKind::kSpeech) return std::nullopt;
    NamePhrase role;
    role.kind = NameKind::kRole;
    role.title = words[head].lower;
    role.tokens = {role.title};
    role.first_word = name.first_word;
    role.last_word = head;
    return role;
  }

  // "said X", "said the senior strategist for Invesco, Fritz Meyer", "said American president
  // Obama", "said GM's vice president": the verb at `verb`, its subject after it up to `last`.
  std::optional<Cue> cue_with_subject_after(std::size_t p, std::size_t verb, std::size_t last) {
    const auto& words = views_[p].words;
    // "said Sen. Ann Varga (D., Ore.)": a parenthesis closing the clause is an aside.
    for (std::size_t k = verb + 2; k <= last; ++k) {
      if (gap_has(words[k], '(')) {
        last = k - 1;
        break;
      }
    }
    auto name = read_name_at(words, verb + 1);
    // The name that ends the clause, after a description of who.
    auto ending = name_ending_clause(words, verb + 2, last);
    if (ending && ending->first_word > verb + 1 &&
        (ending->kind == NameKind::kPerson || ending->kind == NameKind::kOrganization) &&
        (!name || name->last_word < ending->first_word) &&
        (gap_has(words[ending->first_word], ',') || !name || !names_person(*name))) {
      return Cue{ending, words[verb].lower, CueKind::kSpeech,         false,
                 p,      words[verb].begin, Evidence::kTailApposition};
    }
    if (!name) return std::nullopt;
    if (auto owned = owned_role(words, *name, last)) name = owned;
    return Cue{name, words[verb].lower, CueKind::kSpeech,       false,
               p,    words[verb].begin, Evidence::kTailVerbName};
  }

  // "“…” he said." with no comma: only a short subject and verb right after the marks.
  std::optional<Cue> bare_cue_after(std::size_t p, const std::vector<std::size_t>& tail) {
    auto cue = cue_after(p, tail);
    if (!cue) return std::nullopt;
    const auto& words = views_[p].words;
    std::size_t verb = tail.front();  // "according to" opens the tail
    while (verb <= tail.back() && words[verb].lower != cue->word && cue->word != "according to")
      ++verb;
    // The clause ends at the first comma after the verb's subject: "Exclaimed Vera Adams,
    // batting her eyes" is one clause and a participle, not a sentence of its own.
    std::size_t clause_end = tail.back();
    for (std::size_t k = verb + 2; k <= tail.back(); ++k) {
      if (gap_has(words[k], ',')) {
        clause_end = k - 1;
        break;
      }
    }
    if (verb > tail.front() + kBareTailReach || clause_end > verb + kBareTailAfterVerb)
      return std::nullopt;
    // Only "“…” he said." lacks its comma; "said X" and "according to X" keep their evidence.
    if (cue->arrangement == Evidence::kTailNameVerb) cue->arrangement = Evidence::kTailNoComma;
    return cue;
  }

  // "Secretary of the Air Force James Roche: “Q”": a name right before a colon and the marks.
  // Whether only a colon (and spaces) stands between the head's last word and the quotation.
  static bool colon_right_before(const ParagraphView& view, const std::vector<std::size_t>& head,
                                 const QuoteSpan& span) {
    const Word& last = view.words[head.back()];
    const std::string_view between = view.text.substr(last.end, span.open - last.end);
    return between.find(':') != std::string_view::npos &&
           between.find_first_not_of(": ") == std::string_view::npos;
  }

  std::optional<Cue> label_before(std::size_t p, const std::vector<std::size_t>& head,
                                  const QuoteSpan& span) {
    const auto& view = views_[p];
    if (!colon_right_before(view, head, span)) return std::nullopt;
    auto name = read_name_ending_at(view.words, head.back());
    if (!name || (name->kind != NameKind::kPerson && name->kind != NameKind::kOrganization))
      return std::nullopt;
    // A round-up's "Paul Krugman, The New York Times: “…”": the person, not the outlet.
    if (name->kind == NameKind::kOrganization && name->first_word > 0 &&
        gap_has(view.words[name->first_word], ',')) {
      std::size_t before = name->first_word - 1;
      if (auto person = read_name_ending_at(view.words, before);
          person && person->kind == NameKind::kPerson)
        name = person;
    }
    return Cue{name,
               "label",
               CueKind::kSpeech,
               false,
               p,
               view.words[name->first_word].begin,
               Evidence::kLabel};
  }

  // "President Truman was very blunt: “…”", "She had a warning: “…”": a short sentence whose
  // subject is a name or a personal pronoun ("it" is mostly no one: "It was cold: “…”"),
  // closed by a colon right before the quotation.
  std::optional<Cue> colon_clause_before(std::size_t p, std::size_t sentence,
                                         const std::vector<std::size_t>& head,
                                         const QuoteSpan& span) {
    constexpr std::size_t kClauseWords = 12;
    const auto& view = views_[p];
    if (!colon_right_before(view, head, span) || head.size() > kClauseWords ||
        head.front() != first_word_of(p, sentence))
      return std::nullopt;
    auto name = read_name_at(view.words, head.front());
    if (!name || name->last_word >= head.back() ||
        (name->kind != NameKind::kPerson && name->kind != NameKind::kOrganization &&
         name->kind != NameKind::kPronoun) ||
        (name->kind == NameKind::kPronoun && view.words[name->first_word].lower == "it"))
      return std::nullopt;
    // The name is the subject: a lowercase word follows it, not a preposition or a list.
    const Word& next = view.words[name->last_word + 1];
    static constexpr std::string_view kNotVerbs[] = {"of", "in", "and",  "or",   "for", "at",
                                                     "on", "to", "with", "from", "by"};
    if (next.capitalized() || listed(kNotVerbs, next.lower) || gap_has(next, ','))
      return std::nullopt;
    return Cue{name,
               "colon",
               CueKind::kSpeech,
               false,
               p,
               view.words[name->first_word].begin,
               Evidence::kColonClause};
  }

  // "X said: “Q”", "X told reporters, “Q”", "X said that … “Q”", "X described it as “Q”",
  // "…, calling him “Q”", "what X termed his “Q”", "according to X, “Q”", "praised by X as “Q”".
  std::optional<Cue> cue_before(std::size_t p, std::size_t sentence,
                                const std::vector<std::size_t>& head) {
    const auto& words = views_[p].words;
    for (auto it = head.rbegin(); it != head.rend(); ++it) {
      const std::size_t v = *it;
      if (words[v].lower == "according" && v + 2 <= head.back() && words[v + 1].lower == "to") {
        if (auto name = read_name_at(words, v + 2))
          return Cue{name, "according to", CueKind::kSpeech,      false,
                     p,    words[v].begin, Evidence::kAccordingTo};
        continue;
      }
      std::size_t verb = v;
      if (is_particle_after_cue(words, v)) --verb;  // "points out", "chimed in"
      if (const auto made = made_clear_at(words, head.front(), v)) verb = *made;
      const CueKind kind = verb != v ? CueKind::kSpeech : classify_cue(words[verb].lower);
      // "the United States": a capitalised word inside a sentence is a name, not a verb.
      if (kind == CueKind::kNone || (words[verb].capitalized() && verb > head.front())) continue;
      Cue cue{std::nullopt,      words[verb].lower,      kind, false, p,
              words[verb].begin, Evidence::kHeadNameVerb};
      std::size_t s = verb;
      // "what Mr. Johnston has to say": the subject stands before "has to".
      if (s >= 2 && s - 2 >= head.front() && words[s - 1].lower == "to" &&
          (words[s - 2].lower == "has" || words[s - 2].lower == "had" ||
           words[s - 2].lower == "have"))
        s -= 2;
      while (s > head.front() && is_modifier_word(words[s - 1]) && !gap_has(words[s], ',')) --s;
      // "the Council in 1949 declared", "Smith on Tuesday said": a time between name and verb.
      s = before_time_phrase(words, head.front(), s);
      // "Sen. Ann Varga (D., Ore.) said": the name ends before the parenthesis.
      if (s > head.front() && gap_has(words[s], ')')) {
        std::size_t open = s - 1;
        while (open > head.front() && !gap_has(words[open], '(')) --open;
        if (gap_has(words[open], '(') && open > head.front()) s = open;
      }
      // "was told", not "was speaking" (progressive, active).
      if (s > head.front() && kind != CueKind::kParticiple &&
          is_passive_auxiliary(words[s - 1].lower)) {
        cue.passive = true;
        // "was praised by Jobs as “…”": the agent said it.
        if (verb + 2 <= head.back() && words[verb + 1].lower == "by") {
          if (auto agent = read_name_at(words, verb + 2)) {
            cue.name = agent;
            cue.passive = false;
            cue.arrangement = Evidence::kPassiveAgent;
          }
        }
        return cue;
      }
      const bool coordinated =
          s > head.front() && (words[s - 1].lower == "and" || words[s - 1].lower == "but");
      if (coordinated) {
        // "Carrow thanked volunteers and promised to “…”": the subject of the first verb.
        cue.name = sentence_subject(words, first_word_of(p, sentence), v);
        cue.arrangement = Evidence::kClauseSubject;
      } else if (s == head.front() && verb + 1 <= head.back()) {
        // "“A,” said X, “B”": the verb opens what stands between two quotations.
        if (auto after = cue_with_subject_after(p, verb, head.back())) {
          cue.name = after->name;
          cue.arrangement = after->arrangement;
        }
      } else if (s > head.front() && words[s - 1].lower == "who" && gap_has(words[s - 1], ',')) {
        // "X, a management expert at Stanford, who stated, “Q”": the name before "who".
        cue.name = name_before_relative_clause(words, head.front(), s);
      } else if (s > head.front() && !gap_has(words[s], ',')) {
        cue.name = read_name_ending_at(words, s - 1);
        // "a letter to the board of directors stating", "the announcements issued in Moscow
        // emphasized": a place after a preposition is where, not who.
        const bool after_preposition = cue.name && cue.name->kind == NameKind::kPlace &&
                                       follows_preposition(words, cue.name->first_word);
        if (cue.name && (after_preposition ||
                         (kind == CueKind::kParticiple && (cue.name->kind == NameKind::kGroup ||
                                                           cue.name->kind == NameKind::kRole))))
          cue.name.reset();
      } else if (s > head.front()) {
        cue.name = name_before_relative_clause(words, head.front(), s);
        // "Housewives find new uses, says Mr. Alden, because craftsmen had “…”": the subject
        // after a verb that follows a comma.
        if (!cue.name && s == verb && kind == CueKind::kSpeech && verb + 1 <= head.back()) {
          if (auto after = read_name_at(words, verb + 1);
              after && after->kind != NameKind::kPronoun && names_person(*after))
            cue.name = after;
        }
      }
      if (!cue.name && (kind == CueKind::kParticiple || gap_has(words[v], ','))) {
        cue.name = sentence_subject(words, first_word_of(p, sentence), v);
        cue.arrangement = Evidence::kClauseSubject;
      }
      if (!cue.name) cue.name = sentence_subject_in(p, sentence, v);
      if (!cue.name && in_my_own_words(words, verb, head.back())) {
        // "As stated in my special Message to the last Congress: “…”".
        cue.name = first_person(verb);
      }
      return cue;
    }
    return std::nullopt;
  }

  // The start of a time phrase ending right before word `s` ("in 1949", "on Tuesday",
  // "yesterday", "last week"), or `s` when there is none.
  static std::size_t before_time_phrase(const std::vector<Word>& words, std::size_t from,
                                        std::size_t s) {
    static constexpr std::string_view kTimeWords[] = {
        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday",
        "sunday",    "week",  "month",  "year",    "night",     "morning",  "afternoon", "evening"};
    if (s <= from || gap_has(words[s], ',')) return s;
    const Word& last = words[s - 1];
    const bool time = last.is_number() || listed(kTimeWords, last.lower);
    if (!time) return s;
    std::size_t k = s - 1;
    if (k > from && (words[k - 1].lower == "in" || words[k - 1].lower == "on" ||
                     words[k - 1].lower == "last" || words[k - 1].lower == "this"))
      --k;
    else if (last.lower != "yesterday" && last.lower != "today")
      return s;
    return k > from ? k : s;
  }

  // Whether the name starting at word `first` stands after a preposition, coordinated names
  // included ("issued in Washington and Moscow").
  static bool follows_preposition(const std::vector<Word>& words, std::size_t first) {
    std::size_t k = first;
    while (k >= 2 && (words[k - 1].lower == "and" || words[k - 1].lower == "or")) {
      auto before = read_name_ending_at(words, k - 2);
      if (!before) break;
      k = before->first_word;
    }
    return k > 0 && is_preposition(words[k - 1].lower);
  }

  // "I", as if written at word `at`.
  static NamePhrase first_person(std::size_t at) {
    NamePhrase i;
    i.tokens = {"i"};
    i.kind = NameKind::kPronoun;
    i.first_word = at;
    i.last_word = at;
    return i;
  }

  // "stated in my Message", "said in my letter": a cue with no subject of its own, followed by
  // the speaker's own document.
  static bool in_my_own_words(const std::vector<Word>& words, std::size_t verb, std::size_t last) {
    for (std::size_t i = verb + 1; i + 1 <= last && i < verb + kAppositiveWords; ++i) {
      if (words[i].lower != "my") continue;
      for (std::size_t k = i + 1; k <= last && k < i + 4; ++k)
        if (is_speech_noun(words[k].lower)) return true;
    }
    return false;
  }

  // "X, who spoke to reporters, said": the name before the clause that ends at the verb.
  std::optional<NamePhrase> name_before_relative_clause(const std::vector<Word>& words,
                                                        std::size_t from, std::size_t verb) const {
    for (std::size_t j = verb; j-- > from;) {
      if (!gap_has(words[j], ',')) continue;
      // An appositive name right before the verb: "Pryce's barrister, Helen Achebe, said".
      if (auto appositive = read_name_at(words, j);
          appositive && appositive->last_word + 1 == verb && appositive->kind != NameKind::kGroup) {
        return appositive;
      }
      if (j == from) return std::nullopt;  // the name would stand before the head
      const std::string& opener = words[j].lower;
      if (opener == "who") {
        // "X, a management expert at Stanford University, who stated": past the appositive.
        auto before = read_name_ending_at(words, j - 1);
        if (before && names_person(*before)) return before;
        for (std::size_t k = j; k-- > from && k + kAppositiveWords > j;) {
          if (!gap_has(words[k], ',') || k == 0) continue;
          auto earlier = read_name_ending_at(words, k - 1);
          if (earlier && names_person(*earlier)) return earlier;
          break;
        }
        return before;
      }
      if (opener == "which" || opener == "the" || opener == "a" || opener == "an" ||
          opener == "in" || opener == "whose" || opener == "speaking") {
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
  // him". Only names the article knows count, so a capitalized first word ("Speaking ...") is
  // skipped; so are places and roles that only describe ("the US automaker Ford").
  std::optional<NamePhrase> sentence_subject(const std::vector<Word>& words, std::size_t from,
                                             std::size_t to) const {
    // Inside a role's title ("Assistant Secretary of the Air Force for Acquisition …") an
    // organisation is part of the title, not the subject.
    bool in_role_title = false;
    std::optional<NamePhrase> role;  // "The former President was speaking": when no name follows
    for (std::size_t i = from; i < to; ++i) {
      auto name = read_name_at(words, i);
      if (!name || name->last_word >= to) {
        const std::string& w = words[i].lower;
        if (w != "of" && w != "for" && w != "the" && w != "and") in_role_title = false;
        continue;
      }
      if (name->kind == NameKind::kPlace || name->kind == NameKind::kRole ||
          (in_role_title && name->kind == NameKind::kOrganization)) {
        in_role_title = in_role_title || name->kind == NameKind::kRole;
        if (name->kind == NameKind::kRole && !role) role = name;
        i = name->last_word;
        continue;
      }
      if (name->kind == NameKind::kPronoun || name->kind == NameKind::kGroup ||
          registry_.resolve(*name))
        return name;
      i = name->last_word;
    }
    return role;
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
        while (k < to && is_modifier_word(view.words[k])) ++k;
        if (k == to) return name;
      }
      break;
    }
    return std::nullopt;
  }

  // A phrase as written: "a Senate aide", "GM's sales, service, and marketing vice president".
  [[nodiscard]] std::string phrase_text(std::size_t p, const NamePhrase& name) const {
    const auto& view = views_[p];
    if (name.first_word > name.last_word || name.last_word >= view.words.size()) return {};
    const std::size_t begin = view.words[name.first_word].begin;
    return std::string(view.text.substr(begin, view.words[name.last_word].end - begin));
  }

  Source source_of(const Cue& cue) {
    const NamePhrase& name = *cue.name;
    Source source;
    source.evidence.push_back(cue.arrangement);
    std::optional<std::size_t> entity;
    PronounReach pronoun_reach = PronounReach::kMentioned;
    switch (name.kind) {
      case NameKind::kGroup: {
        // "officials said", "analysts said": several people, described; "police said": a body.
        const std::string& group = name.tokens.front();
        const std::string head = group.substr(group.rfind(' ') + 1);
        if (is_people_noun(head)) {
          source.role = phrase_text(cue.paragraph, name);
          source.evidence.push_back(Evidence::kRoleOnly);
          return source;
        }
        if (is_company_noun(head)) {
          // "the auto firm announced": the organisation just named, else a description.
          if (const auto named = recent_organisation(cue)) {
            source.evidence.push_back(Evidence::kRoleResolved);
            source.speaker = aliases_.canonical(registry_.entity(*named).name());
            return source;
          }
          source.role = phrase_text(cue.paragraph, name);
          source.evidence.push_back(Evidence::kRoleOnly);
          return source;
        }
        source.evidence.push_back(Evidence::kGroup);
        source.speaker = aliases_.canonical(group);
        return source;
      }
      case NameKind::kPlace:
        // "North Korea said": a country speaks for its government when it is the verb's own
        // subject; found any other way (a fronted "in the US, …") it is no speaker.
        if (cue.arrangement == Evidence::kClauseSubject || cue.arrangement == Evidence::kLabel)
          return {};
        entity = registry_.resolve(name);
        if (!entity) return {};
        source.evidence.push_back(Evidence::kOrganization);
        spoke_.insert(*entity);
        source.entity_name = registry_.entity(*entity).name();
        source.speaker = aliases_.canonical(source.entity_name);
        return source;
      case NameKind::kPronoun:
        if (name.tokens.front() == "i") {
          // "as I told the Congress, “…”": outside the marks, "I" is the speech's speaker.
          source.speaker = aliases_.canonical(context_.speaker);
          source.evidence.push_back(Evidence::kFirstPerson);
          if (source.speaker.empty()) return {};
          return source;
        }
        source.evidence.push_back(Evidence::kPronoun);
        // "they" is a group or several people, never one person of the article.
        if (name.tokens.front() == "they") return {};
        if (name.tokens.front() == "it") {
          // "Then it added: “…”": the organisation just named.
          entity = recent_organisation(cue);
          if (!entity) return {};
          source.evidence.push_back(Evidence::kOrganization);
          break;
        }
        entity = resolve_pronoun(cue, source.evidence, pronoun_reach);
        if (pronoun_gender(name.tokens.front()) != Gender::kUnknown) {
          // "A young woman in Baghdad told of …. She said": someone described, nearer than
          // anyone named.
          auto described = described_antecedent(cue, pronoun_gender(name.tokens.front()));
          // Only where no one named in reach fits: a named person mentioned a few sentences back
          // keeps the pronoun ("President Joe Biden arrived …. An official said …. “…,” he
          // said"); the last speaker, named nowhere near, does not ("A retired teacher who
          // wrote to me, “…,” he said").
          if (described && (!entity || pronoun_reach == PronounReach::kLastSpeaker)) {
            source.role = std::move(*described);
            source.evidence = {cue.arrangement, Evidence::kPronoun, Evidence::kRoleOnly};
            return source;
          }
        }
        if (entity && pronoun_gender(name.tokens.front()) != Gender::kUnknown)
          genders_[*entity] = pronoun_gender(name.tokens.front());
        break;
      case NameKind::kRole:
        entity = registry_.resolve(name);
        if (!entity && !name.title.empty()) {
          // "the former President" beside two presidents: the one mentioned last.
          entity = last_mentioned_with_role(cue, name.title);
          if (entity) source.evidence.push_back(Evidence::kPronounCompeting);
        }
        if (!entity) {
          source.role = phrase_text(cue.paragraph, name);
          source.evidence.push_back(Evidence::kRoleOnly);
          return source;
        }
        source.evidence.push_back(Evidence::kRoleResolved);
        break;
      case NameKind::kPerson:
      case NameKind::kOrganization:
        entity = registry_.resolve(name);
        add_name_evidence(name, source.evidence);
        break;
    }
    // A name the registry finds ambiguous ("Trump" beside two Trumps) names nobody.
    if (!entity || registry_.entity(*entity).kind == NameKind::kPlace) return {};
    spoke_.insert(*entity);
    source.entity_name = registry_.entity(*entity).name();
    source.speaker = aliases_.canonical(source.entity_name);
    return source;
  }

  // Whether the cue's name is the object of a preposition ("to the council", "of Dover").
  [[nodiscard]] bool follows_preposition(const Cue& cue) const {
    const auto& words = views_[cue.paragraph].words;
    const std::size_t first = cue.name->first_word;
    return first > 0 && first < words.size() && !gap_has(words[first], ',') &&
           is_preposition(words[first - 1].lower);
  }

  // "a man who said", "said the writer": a source described, not named; its description is the
  // role.
  enum class PeopleOnly { kNo, kYes };  // whether the description must be of people
  [[nodiscard]] Source described_source(const Cue& cue, PeopleOnly people) const {
    const ParagraphView& view = views_[cue.paragraph];
    const auto verb = std::find_if(view.words.begin(), view.words.end(),
                                   [&cue](const Word& w) { return w.begin == cue.at; });
    if (verb == view.words.end()) return {};
    const bool tail =
        cue.arrangement == Evidence::kTailVerbName || cue.arrangement == Evidence::kTailNameVerb ||
        cue.arrangement == Evidence::kTailNoComma || cue.arrangement == Evidence::kTailApposition;
    const auto phrase = described_subject(
        view.words, view.word_sentence, static_cast<std::size_t>(verb - view.words.begin()),
        tail ? VerbPlace::kAfterQuotation : VerbPlace::kBeforeQuotation);
    if (!phrase) return {};
    // Over a name, only a description of people that is the verb's subject before it, holding
    // the name or ahead of it: "the residents of Dover have said", "One retiree wrote to the
    // council and said" (never "bystanders said the driver …": an object).
    const auto verb_index = static_cast<std::size_t>(verb - view.words.begin());
    if (people == PeopleOnly::kYes &&
        (!describes_people(view.words, *phrase) || !cue.name || phrase->last >= verb_index ||
         cue.name->first_word <= phrase->first))
      return {};
    Source source;
    source.evidence = {cue.arrangement, Evidence::kRoleOnly};
    const std::size_t begin = view.words[phrase->first].begin;
    source.role = std::string(view.text.substr(begin, view.words[phrase->last].end - begin));
    return source;
  }

  // The description of a person nearest before a pronoun's cue, within the pronoun's reach: this
  // sentence and the kNearSentences before it, or the last sentence of the paragraph before.
  [[nodiscard]] std::optional<std::string> described_antecedent(const Cue& cue,
                                                                Gender wanted) const {
    const auto in_paragraph = [&](std::size_t p, std::size_t from_sentence,
                                  std::size_t before) -> std::optional<std::string> {
      const ParagraphView& view = views_[p];
      const auto phrase = described_person_before(view.words, view.word_sentence,
                                                  first_word_of(p, from_sentence), before, wanted);
      if (!phrase) return std::nullopt;
      const std::size_t begin = view.words[phrase->first].begin;
      return std::string(view.text.substr(begin, view.words[phrase->last].end - begin));
    };
    const ParagraphView& view = views_[cue.paragraph];
    const std::size_t cue_word =
        static_cast<std::size_t>(std::find_if(view.words.begin(), view.words.end(),
                                              [&cue](const Word& w) { return w.begin >= cue.at; }) -
                                 view.words.begin());
    const std::size_t sentence = view.sentence_at(cue.at);
    const std::size_t from = sentence > kNearSentences ? sentence - kNearSentences : 0;
    if (auto described = in_paragraph(cue.paragraph, from, cue_word)) return described;
    if (sentence > 0 || cue.paragraph == 0) return std::nullopt;
    const std::size_t previous = cue.paragraph - 1;
    const ParagraphView& before = views_[previous];
    if (before.sentence_count == 0) return std::nullopt;
    return in_paragraph(previous, before.sentence_count - 1, before.words.size());
  }

  // The person holding `role` ("president") named last before the cue, within the pronouns'
  // reach.
  [[nodiscard]] std::optional<std::size_t> last_mentioned_with_role(const Cue& cue,
                                                                    const std::string& role) const {
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (!before_cue(*it, cue)) continue;
      if (it->paragraph + kPronounParagraphs < cue.paragraph) break;
      if (registry_.entity(it->entity).roles.contains(role)) return it->entity;
    }
    return std::nullopt;
  }

  // The organisation named last before the cue: in its sentence or the one before, or in the
  // last sentence of the paragraph before when the cue opens its own.
  [[nodiscard]] std::optional<std::size_t> recent_organisation(const Cue& cue) const {
    const std::size_t sentence = views_[cue.paragraph].sentence_at(cue.at);
    for (auto it = organisation_mentions_.rbegin(); it != organisation_mentions_.rend(); ++it) {
      if (!before_cue(*it, cue)) continue;
      if (it->paragraph == cue.paragraph && it->sentence + 1 >= sentence) return it->entity;
      if (sentence == 0 && it->paragraph + 1 == cue.paragraph &&
          it->sentence + 1 >= views_[it->paragraph].sentence_count)
        return it->entity;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The entity the last turn was given to, if it was a named one.
  [[nodiscard]] std::optional<std::size_t> last_speaker_entity() const {
    if (last_speaker_entity_name_.empty()) return std::nullopt;
    for (std::size_t i = 0; i < registry_.size(); ++i)
      if (registry_.entity(i).name() == last_speaker_entity_name_) return i;
    return std::nullopt;
  }

  // Whether a person the pronoun fits, other than the last speaker, is named between the last
  // turn and the cue (beyond the pronoun's reach): then the last speaker is no safer a guess.
  [[nodiscard]] bool someone_else_fits_since_last_turn(const Cue& cue, Gender wanted) const {
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      const Mention& m = *it;
      if (!before_cue(m, cue)) continue;
      const bool after_last_turn =
          m.paragraph > last_speaker_paragraph_ ||
          (m.paragraph == last_speaker_paragraph_ && m.at >= last_quote_end_);
      if (!after_last_turn) return false;
      if (is_person(m.entity) && gender_fits(m.entity, wanted) &&
          registry_.entity(m.entity).name() != last_speaker_entity_name_)
        return true;
    }
    return false;
  }

  // Sentences from (p, sentence) forward to (to_p, to_sentence), the paragraphs' between counted.
  [[nodiscard]] std::size_t sentences_back(std::size_t p, std::size_t sentence, std::size_t to_p,
                                           std::size_t to_sentence) const {
    if (p == to_p) return to_sentence - std::min(sentence, to_sentence);
    std::size_t n = views_[p].sentence_count - std::min(sentence, views_[p].sentence_count);
    for (std::size_t k = p + 1; k < to_p; ++k) n += views_[k].sentence_count;
    return n + to_sentence;
  }

  [[nodiscard]] bool before_cue(const Mention& m, const Cue& cue) const {
    return m.paragraph < cue.paragraph || (m.paragraph == cue.paragraph && m.at < cue.at);
  }

  // "he" / "she": the person the nearest sentence before the cue (this paragraph, or
  // the two before) mentions and whom the pronoun fits; where that sentence names several, the
  // one who spoke last, else the first named (its subject). With no one in reach, the last
  // speaker when they fit.
  std::optional<std::size_t> resolve_pronoun(const Cue& cue, std::vector<Evidence>& evidence,
                                             PronounReach& reach) const {
    const Gender wanted = pronoun_gender(cue.name->tokens.front());
    const std::size_t cue_sentence = views_[cue.paragraph].sentence_at(cue.at);
    std::vector<std::size_t> found;
    std::vector<std::size_t> found_at;
    std::vector<bool> found_possessive;
    std::size_t found_paragraph = 0;
    std::size_t found_sentence = 0;
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      const Mention& m = *it;
      if (!before_cue(m, cue)) continue;
      if (m.paragraph + kPronounParagraphs < cue.paragraph) break;
      if (sentences_back(m.paragraph, m.sentence, cue.paragraph, cue_sentence) > kPronounSentences)
        break;
      if (!found.empty() && (m.paragraph != found_paragraph || m.sentence != found_sentence)) break;
      if (!is_person(m.entity) || !gender_fits(m.entity, wanted)) continue;
      found_paragraph = m.paragraph;
      found_sentence = m.sentence;
      // Reading backwards: the sentence's first-named person ends up at the front.
      bool only_possessive = m.possessive;
      if (const auto seen = std::find(found.begin(), found.end(), m.entity); seen != found.end()) {
        const auto k = seen - found.begin();
        only_possessive = only_possessive && found_possessive[static_cast<std::size_t>(k)];
        found_at.erase(found_at.begin() + k);
        found_possessive.erase(found_possessive.begin() + k);
        found.erase(seen);
      }
      found.insert(found.begin(), m.entity);
      found_at.insert(found_at.begin(), m.at);
      found_possessive.insert(found_possessive.begin(), only_possessive);
    }
    // "Accordingly Selkirk's agents ordered …, and John Halkett had torn down …. “…”, he wrote":
    // a pronoun's subject is someone the sentence names as acting, not only as an owner.
    if (std::find(found_possessive.begin(), found_possessive.end(), false) !=
        found_possessive.end()) {
      for (std::size_t k = found.size(); k-- > 0;) {
        if (!found_possessive[k]) continue;
        const auto at = static_cast<std::ptrdiff_t>(k);
        found.erase(found.begin() + at);
        found_at.erase(found_at.begin() + at);
        found_possessive.erase(found_possessive.begin() + at);
      }
    }
    // "When Premier Khrushchev hinted …, Mr. Kennedy was confronted …": the subject of the
    // main clause, after a fronted subordinate one.
    if (found.size() > 1) {
      const std::size_t main = main_clause_start(found_paragraph, found_sentence);
      for (std::size_t k = 0; k < found.size(); ++k) {
        if (found_at[k] < main) continue;
        std::rotate(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(k),
                    found.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        break;
      }
    }
    if (found.empty()) {
      if (last_speaker_entity_name_.empty() ||
          last_speaker_paragraph_ + kPronounParagraphs < cue.paragraph ||
          someone_else_fits_since_last_turn(cue, wanted))
        return std::nullopt;
      const auto last = last_speaker_entity();
      if (!last || !gender_fits(*last, wanted)) return std::nullopt;
      evidence.push_back(Evidence::kPronounDistant);
      reach = PronounReach::kLastSpeaker;
      return last;
    }
    const bool near = found_paragraph == cue.paragraph
                          ? found_sentence + kNearSentences >= cue_sentence
                          : cue_sentence == 0 && found_paragraph + 1 == cue.paragraph &&
                                found_sentence + 1 >= views_[found_paragraph].sentence_count;
    if (!near) evidence.push_back(Evidence::kPronounDistant);
    if (found.size() == 1) return found.front();
    evidence.push_back(Evidence::kPronounCompeting);
    for (auto c : found)
      if (registry_.entity(c).name() == last_speaker_entity_name_) return c;
    return found.front();
  }

  // Byte offset where a sentence's main clause starts: after the first comma when the sentence
  // opens with a subordinate clause ("When …, ", "Although …, "), else its start.
  [[nodiscard]] std::size_t main_clause_start(std::size_t p, std::size_t sentence) const {
    static constexpr std::string_view kSubordinators[] = {
        "when",    "while", "after",  "as",   "although", "though", "if",
        "because", "since", "before", "once", "until",    "whereas"};
    // A subordinator within the first few words ("Thus when", "And then, as"); further in, it
    // opens a clause of its own.
    constexpr std::size_t kOpeningWords = 4;
    const auto& view = views_[p];
    const std::size_t first = first_word_of(p, sentence);
    std::size_t i = first;
    while (i < view.words.size() && i < first + kOpeningWords &&
           view.word_sentence[i] == sentence && !listed(kSubordinators, view.words[i].lower))
      ++i;
    if (i >= view.words.size() || i >= first + kOpeningWords || view.word_sentence[i] != sentence)
      return 0;
    for (std::size_t k = i + 1; k < view.words.size() && view.word_sentence[k] == sentence; ++k)
      if (gap_has(view.words[k], ',')) return view.words[k].begin;
    return 0;
  }

  static Gender pronoun_gender(const std::string& pronoun) {
    if (pronoun == "he") return Gender::kMale;
    if (pronoun == "she") return Gender::kFemale;
    return Gender::kUnknown;
  }

  // A person fits a pronoun unless a title, a first name or an earlier pronoun gave them the
  // other gender.
  [[nodiscard]] bool gender_fits(std::size_t entity, Gender wanted) const {
    if (wanted == Gender::kUnknown) return true;
    Gender known = registry_.entity(entity).gender;
    if (const auto it = genders_.find(entity); it != genders_.end()) known = it->second;
    return known == Gender::kUnknown || known == wanted;
  }

  const std::vector<ParagraphView>& views_;
  const AttributionContext& context_;
  const AliasTable& aliases_;
  NameRegistry registry_;
  std::vector<Mention> mentions_;               // of people
  std::vector<Mention> organisation_mentions_;  // for "the company said"
  std::set<std::size_t> spoke_;
  std::map<std::size_t, Gender> genders_;  // learnt from pronouns that resolved to a person
  std::string last_speaker_;
  std::string last_role_;  // when the last speaker was only described
  std::string last_speaker_entity_name_;
  std::uint8_t last_confidence_ = 0;
  std::size_t last_speaker_paragraph_ = 0;
  std::size_t last_quote_end_ = 0;
  // The quotation attributed last and its paragraph, for quotations joined to it.
  struct Previous {
    std::size_t paragraph = static_cast<std::size_t>(-1);
    Attributed result;
  } previous_;
};

}  // namespace

std::vector<std::vector<Attributed>> attribute_quotes(const std::vector<ParagraphView>& views,
                                                      const AttributionContext& context,
                                                      const AliasTable& aliases) {
  return Attributor(views, context, aliases).run();
}

}  // namespace onrecord
