#include "quotes/described_source.hpp"

#include <algorithm>

#include "quotes/name_registry.hpp"
#include "quotes/reporting_cues.hpp"

namespace onrecord {
namespace {

// Words that open a description of a person or a group.
bool is_determiner(std::string_view lower) {
  static constexpr std::string_view kDeterminers[] = {
      "a",       "an",   "the",   "one",   "many",  "most",  "some",  "several",
      "my",      "our",  "his",   "her",   "their", "your",  "these", "those",
      "another", "each", "every", "other", "two",   "three", "four",  "dozens"};
  return listed(kDeterminers, lower);
}

// Words that never head or modify such a phrase: pronouns, conjunctions, prepositions, verbs of
// the clause. A phrase meeting one has ended.
bool ends_phrase(const Word& w) {
  static constexpr std::string_view kStops[] = {
      "and",  "or",   "but",   "who",    "which", "that",  "whom", "he",      "she",  "it",
      "they", "we",   "i",     "you",    "me",    "him",   "them", "us",      "is",   "was",
      "are",  "were", "be",    "been",   "has",   "have",  "had",  "would",   "will", "could",
      "can",  "may",  "might", "should", "did",   "does",  "do",   "not",     "then", "also",
      "to",   "as",   "after", "before", "when",  "while", "if",   "because", "than", "so"};
  return listed(kStops, w.lower) || classify_cue(w.lower) != CueKind::kNone;
}

bool is_plain_word(const Word& w) {
  if (w.lower.empty() || w.is_number()) return false;
  for (const char c : w.lower)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
  return true;
}

// A break in punctuation between two words (a comma, a dash, a colon) ends a phrase.
bool separated(const Word& w) { return w.gap.find_first_not_of(' ') != std::string::npos; }

// Prepositions that extend a description: "a woman in Baghdad", "the people of London", "a
// spokeswoman for the airline".
bool is_attaching_preposition(std::string_view lower) {
  static constexpr std::string_view kPrepositions[] = {"of", "in", "from", "at", "for", "with"};
  return listed(kPrepositions, lower);
}

constexpr std::size_t kModifiers = 3;      // "a struggling small-business owner"
constexpr std::size_t kAttachedWords = 4;  // "of one of our great railroad systems"

// The phrase whose determiner is word `det`: its head is the last plain lower-case word of at
// most kModifiers + 1 after it (modifiers may be capitalised: "an Iraqi interpreter"), then an
// optional prepositional phrase. Its end, or nullopt.
std::optional<std::size_t> phrase_from(const std::vector<Word>& words,
                                       const std::vector<std::size_t>& sentence_of, std::size_t det,
                                       std::size_t limit) {
  if (!is_determiner(words[det].lower)) return std::nullopt;
  std::optional<std::size_t> head;
  for (std::size_t k = det + 1; k < limit && k <= det + kModifiers + 1; ++k) {
    if (sentence_of[k] != sentence_of[det] || separated(words[k]) || ends_phrase(words[k]) ||
        is_determiner(words[k].lower) || is_attaching_preposition(words[k].lower) ||
        !is_plain_word(words[k]))
      break;
    if (!words[k].capitalized()) head = k;
  }
  if (!head) return std::nullopt;
  std::size_t end = *head;
  if (end + 2 < limit && is_attaching_preposition(words[end + 1].lower) &&
      !separated(words[end + 1])) {
    std::size_t k = end + 2;
    while (k < limit && k <= end + 1 + kAttachedWords && sentence_of[k] == sentence_of[det] &&
           !separated(words[k]) && !ends_phrase(words[k]) && is_plain_word(words[k]))
      ++k;
    if (k > end + 2) end = k - 1;
  }
  return end;
}

// Auxiliaries, adverbs and relative pronouns between a subject and its reporting verb.
bool between_subject_and_verb(const Word& w) {
  static constexpr std::string_view kBetween[] = {
      "who",  "that", "has",   "have",   "had",   "would",   "will",   "then",
      "once", "also", "often", "always", "later", "finally", "simply", "now"};
  return listed(kBetween, w.lower) || (!w.capitalized() && is_verb_modifier(w.lower));
}

// The phrase ending right before word `end` (exclusive), opened by a determiner at most
// kModifiers + 2 + kAttachedWords words back.
std::optional<WordRange> phrase_ending_at(const std::vector<Word>& words,
                                          const std::vector<std::size_t>& sentence_of,
                                          std::size_t end) {
  constexpr std::size_t kReach = kModifiers + 2 + kAttachedWords;
  for (std::size_t back = 1; back <= kReach && back <= end; ++back) {
    const std::size_t det = end - back;
    if (sentence_of[det] != sentence_of[end - 1]) break;
    const auto last = phrase_from(words, sentence_of, det, end);
    if (last && *last + 1 == end) return WordRange{det, *last};
  }
  return std::nullopt;
}

}  // namespace

std::optional<WordRange> described_subject(const std::vector<Word>& words,
                                           const std::vector<std::size_t>& sentence_of,
                                           std::size_t verb, VerbPlace place) {
  if (verb >= words.size()) return std::nullopt;
  const std::size_t sentence = sentence_of[verb];
  // Before the verb: "a man who said", "the people of London have said".
  std::size_t k = verb;
  while (k > 0 && sentence_of[k - 1] == sentence && !separated(words[k]) &&
         between_subject_and_verb(words[k - 1]))
    --k;
  if (k > 0 && sentence_of[k - 1] == sentence && !separated(words[k])) {
    const bool relative = words[k].lower == "who";  // "… from the ones who wrote"
    auto phrase = phrase_ending_at(words, sentence_of, k);
    // "someone familiar with the situation said": the object of a preposition is not the
    // subject, unless a relative clause makes it one.
    const bool object =
        phrase && phrase->first > 0 && !relative && sentence_of[phrase->first - 1] == sentence &&
        !separated(words[phrase->first]) &&
        (is_attaching_preposition(words[phrase->first - 1].lower) ||
         words[phrase->first - 1].lower == "by" || words[phrase->first - 1].lower == "to" ||
         words[phrase->first - 1].lower == "about");
    if (phrase && !object) return phrase;
  }
  // A clause joined by "and": "One woman wrote to me and said" (the first clause's subject opens
  // the sentence and is followed by its verb).
  constexpr std::size_t kFirstClauseWords = 8;
  if (k > 0 && words[k - 1].lower == "and") {
    for (std::size_t start = k - 1; start-- > 0 && start + kFirstClauseWords >= k;) {
      if (sentence_of[start] != sentence) break;
      if (start > 0 && sentence_of[start - 1] == sentence && !separated(words[start])) continue;
      const auto last = phrase_from(words, sentence_of, start, k - 1);
      if (last && *last + 1 < k - 1 && classify_cue(words[*last + 1].lower) == CueKind::kSpeech)
        return WordRange{start, *last};
      break;
    }
  }
  // After the verb: "said the writer", "cried one professor after months of tantrums"; the
  // phrase ends its clause ("said the plan would fail" is what was said, not who said it).
  static constexpr std::string_view kObjectVerbs[] = {"told", "tell", "tells", "telling"};
  const bool opens_sentence = verb == 0 || sentence_of[verb - 1] != sentence;
  const bool inverts = !listed(kObjectVerbs, words[verb].lower) &&
                       (place == VerbPlace::kAfterQuotation || opens_sentence);
  if (inverts && verb + 1 < words.size() && sentence_of[verb + 1] == sentence &&
      !separated(words[verb + 1])) {
    const auto last = phrase_from(words, sentence_of, verb + 1, words.size());
    static constexpr std::string_view kClauseGoesOn[] = {"after",  "in",     "on",   "at",   "as",
                                                         "during", "before", "when", "while"};
    const bool clause_ends =
        last && (*last + 1 >= words.size() || sentence_of[*last + 1] != sentence ||
                 separated(words[*last + 1]) || listed(kClauseGoesOn, words[*last + 1].lower));
    if (clause_ends) return WordRange{verb + 1, *last};
  }
  return std::nullopt;
}

namespace {

// The gender a described person's head noun gives ("a young woman", "the small boy"), or
// nullopt when the noun names no person ("the report", "a sticker").
std::optional<Gender> person_noun_gender(std::string_view head) {
  static constexpr std::string_view kWomen[] = {
      "woman",  "girl",        "mother",      "daughter",      "wife",
      "sister", "lady",        "grandmother", "actress",       "widow",
      "aunt",   "spokeswoman", "chairwoman",  "businesswoman", "congresswoman"};
  static constexpr std::string_view kMen[] = {
      "man",   "boy",       "father",   "son",         "husband",     "brother",   "grandfather",
      "uncle", "spokesman", "chairman", "businessman", "congressman", "gentleman", "dad"};
  static constexpr std::string_view kPeople[] = {
      "person",  "child",       "kid",        "teenager", "youngster", "parent",
      "mom",     "interpreter", "translator", "official", "aide",      "soldier",
      "officer", "doctor",      "professor",  "cadet",    "friend"};
  if (listed(kWomen, head) || head == "mom") return Gender::kFemale;
  if (listed(kMen, head)) return Gender::kMale;
  if (listed(kPeople, head) || is_source_noun(head) || is_people_noun(head))
    return Gender::kUnknown;
  return std::nullopt;
}

// Agent nouns by their ending: a retiree, a protester, a pensioner, an activist, a historian, a
// participant. Looser than the lists (an "answer" is no one), so only where a preposition's
// object competes with the description, never for a pronoun's antecedent.
bool is_agent_noun(std::string_view head) {
  static constexpr std::string_view kAgentEndings[] = {"ee", "er", "or", "ist", "ian", "ant"};
  static constexpr std::string_view kThings[] = {
      "answer", "paper",   "letter", "number", "order",  "corner", "center", "matter", "power",
      "water",  "chapter", "border", "error",  "sector", "factor", "mirror", "report"};
  const std::string_view singular = head.ends_with('s') ? head.substr(0, head.size() - 1) : head;
  constexpr std::size_t kShortest = 5;  // not "her", "or", "per"
  if (singular.size() < kShortest || listed(kThings, singular)) return false;
  return std::any_of(std::begin(kAgentEndings), std::end(kAgentEndings),
                     [&](std::string_view ending) { return singular.ends_with(ending); });
}

// The head of the phrase first..last: its last lower-case word before a prepositional phrase.
std::size_t head_of(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  std::size_t head = first + 1;
  for (std::size_t k = first + 1; k <= last && !is_attaching_preposition(words[k].lower); ++k)
    if (!words[k].capitalized()) head = k;
  return head;
}

}  // namespace

std::optional<WordRange> described_person_before(const std::vector<Word>& words,
                                                 const std::vector<std::size_t>& sentence_of,
                                                 std::size_t from, std::size_t before,
                                                 Gender wanted) {
  for (std::size_t det = std::min(before, words.size()); det-- > from;) {
    const auto end = phrase_from(words, sentence_of, det, before);
    if (!end) continue;
    const auto gender = person_noun_gender(words[head_of(words, det, *end)].lower);
    if (!gender) continue;
    // "the ECB president Jean-Claude Trichet", "a spokesperson, Ana Ruiz,": a description that
    // introduces a name is that person's, and the name is what a pronoun refers to.
    // So is one in apposition after a name ("Dan Cook, the senior analyst at IG Markets,").
    if (*end + 1 < words.size() && sentence_of[*end + 1] == sentence_of[det] &&
        words[*end + 1].capitalized() && words[*end + 1].lower != "i" &&
        (words[*end + 1].gap == " " || words[*end + 1].gap == ", "))
      continue;
    if (det > 0 && sentence_of[det - 1] == sentence_of[det] && words[det].gap == ", " &&
        words[det - 1].capitalized())
      continue;
    if (wanted != Gender::kUnknown && *gender != Gender::kUnknown && *gender != wanted) continue;
    return WordRange{det, *end};
  }
  return std::nullopt;
}

std::optional<std::size_t> reporting_verb_after_description(
    const std::vector<Word>& words, const std::vector<std::size_t>& sentence_of, std::size_t first,
    std::size_t last) {
  if (first > last || last >= words.size()) return std::nullopt;
  const auto end = phrase_from(words, sentence_of, first, last + 1);
  if (!end) return std::nullopt;
  std::size_t k = *end + 1;
  while (k <= last && !separated(words[k]) && between_subject_and_verb(words[k]) &&
         words[k].lower != "who")
    ++k;
  if (k > last || separated(words[k]) || classify_cue(words[k].lower) != CueKind::kSpeech)
    return std::nullopt;
  return k;
}

bool describes_people(const std::vector<Word>& words, WordRange phrase) {
  if (phrase.first >= phrase.last || phrase.last >= words.size()) return false;
  const std::string& head = words[head_of(words, phrase.first, phrase.last)].lower;
  return person_noun_gender(head).has_value() || is_agent_noun(head);
}

}  // namespace onrecord
