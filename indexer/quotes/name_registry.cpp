#include "quotes/name_registry.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "quotes/given_names.hpp"
#include "quotes/reporting_cues.hpp"

namespace onrecord {
namespace {

bool in(const WordSet& set, std::string_view word) { return set.contains(word); }
// Listed as is or as its singular: "Community Health Centers", "the Boys Clubs".
bool in_or_plural(const WordSet& set, std::string_view word) {
  return in(set, word) ||
         (word.size() > 3 && word.ends_with('s') && in(set, word.substr(0, word.size() - 1)));
}

constexpr std::string_view kTitles[] = {"president",
                                        "sen.",
                                        "senator",
                                        "rep.",
                                        "representative",
                                        "gov.",
                                        "governor",
                                        "mayor",
                                        "judge",
                                        "justice",
                                        "dr.",
                                        "mr.",
                                        "mrs.",
                                        "ms.",
                                        "prof.",
                                        "professor",
                                        "gen.",
                                        "general",
                                        "col.",
                                        "lt.",
                                        "mr",
                                        "mrs",
                                        "ms",
                                        "dr",
                                        "prof",
                                        "sen",
                                        "gov",
                                        "rep",
                                        "gen",
                                        "lt",
                                        "sgt",
                                        "capt",
                                        "col",
                                        "sgt.",
                                        "capt.",
                                        "captain",
                                        "chancellor",
                                        "minister",
                                        "secretary",
                                        "pope",
                                        "king",
                                        "queen",
                                        "prince",
                                        "princess",
                                        "sheriff",
                                        "officer",
                                        "detective",
                                        "ambassador",
                                        "speaker",
                                        "chairman",
                                        "chairwoman",
                                        "coach",
                                        "vice",
                                        "councilwoman",
                                        "councilman",
                                        "councilmember",
                                        "commissioner",
                                        "superintendent",
                                        "inspector",
                                        "chief",
                                        "director",
                                        "sergeant",
                                        "lieutenant",
                                        "colonel",
                                        "assemblywoman",
                                        "assemblyman",
                                        "congressman",
                                        "congresswoman",
                                        "attorney",
                                        "deputy",
                                        "premier",
                                        "rabbi",
                                        "rev.",
                                        "reverend",
                                        "bishop",
                                        "cardinal",
                                        "father",
                                        "sister",
                                        "engineer"};
const WordSet kTitlesSet = make_word_set(kTitles);

// Capitalized words that start sentences or name things other than speakers.
constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "if", "when", "while", "after",
    "before", "as", "at", "by", "in", "on", "of", "to", "from", "with", "without", "into", "during",
    "since", "until", "despite", "although", "though", "because", "however", "meanwhile", "still",
    "then", "there", "here", "this", "that", "these", "those", "it", "its", "his", "her", "their",
    "our", "my", "your", "he", "she", "they", "we", "i", "you", "who", "what", "where", "why",
    "how", "which", "both", "neither", "either", "each", "every", "all", "some", "many", "most",
    "one", "two", "three", "no", "not", "even", "also", "just", "only", "earlier", "later", "last",
    "next", "first", "once", "now", "today", "yesterday", "tomorrow", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "take", "consider", "asked", "said", "according", "like", "other", "signs", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    // Prepositions that open sentences: "Across Iraq, …", "Throughout Europe …".
    "across", "among", "amid", "against", "along", "around", "throughout", "within", "toward",
    "towards", "upon", "beneath", "besides", "underneath",
    // "Nobody spoke for a while." ("Someone close to …" is a description: see described_source.)
    "nobody", "none",
    // A transcript's stage directions: "(Applause.)", "[Laughter]".
    "applause", "laughter", "cheers", "cheering", "booing", "boos", "inaudible", "crosstalk"};
const WordSet kNotNamesSet = make_word_set(kNotNames);

constexpr std::string_view kOrganizationWords[] = {
    "house",      "department",   "party",        "company",      "corporation", "inc.",
    "university", "court",        "senate",       "congress",     "pentagon",    "ministry",
    "agency",     "association",  "committee",    "council",      "commission",  "bureau",
    "police",     "times",        "post",         "news",         "foundation",  "institute",
    "bank",       "group",        "union",        "board",        "office",      "administration",
    "government", "kremlin",      "project",      "federation",   "league",      "society",
    "college",    "academy",      "church",       "alliance",     "fund",        "network",
    "center",     "centre",       "organization", "organisation", "corp.",       "co.",
    "ltd.",       "motors",       "airlines",     "airways",      "investments", "partners",
    "holdings",   "capital",      "securities",   "associates",   "services",    "industries",
    "systems",    "technologies", "chapter",      "division",     "branch"};
const WordSet kOrganizationWordsSet = make_word_set(kOrganizationWords);

// Last words of names of places, vehicles and things, which do not speak.
constexpr std::string_view kThingWords[] = {
    "one",      "force",    "airport",     "street",  "avenue", "road",     "square",
    "park",     "center",   "centre",      "hall",    "bridge", "river",    "lake",
    "mountain", "island",   "islands",     "valley",  "county", "city",     "state",
    "states",   "republic", "gigafactory", "stadium", "tower",  "building", "station",
    "act",      "bill",     "war",         "day",     "prize",  "awards"};
const WordSet kThingWordsSet = make_word_set(kThingWords);
// Last words of documents' names: "Our Constitution declares" may be quoted, but "he" is never
// one, and "the King James Bible" keeps its title word.
constexpr std::string_view kDocumentWords[] = {"constitution", "charter",  "treaty",
                                               "bible",        "gospel",   "testament",
                                               "manifesto",    "covenant", "amendment"};

constexpr std::string_view kDescriptors[] = {
    "resident",    "witness",    "neighbor",   "neighbour", "student",  "teacher",    "voter",
    "owner",       "farmer",     "worker",     "nurse",     "author",   "writer",     "actor",
    "actress",     "singer",     "artist",     "activist",  "analyst",  "economist",  "historian",
    "scientist",   "researcher", "lawyer",     "founder",   "manager",  "player",     "fan",
    "passenger",   "driver",     "pilot",      "veteran",   "survivor", "victim",     "conductor",
    "composer",    "striker",    "goalkeeper", "forward",   "defender", "midfielder", "rookie",
    "quarterback", "candidate",  "challenger", "incumbent", "host",     "chef",       "pastor"};
const WordSet kDescriptorsSet = make_word_set(kDescriptors);

// Titles as written, to the role they name ("Gov." -> governor).
std::string role_of_title(std::string title) {
  if (title.ends_with('.')) title.pop_back();
  static const std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"gov", "governor"}, {"sen", "senator"},   {"rep", "representative"},
      {"gen", "general"},  {"lt", "lieutenant"}, {"sgt", "sergeant"},
      {"capt", "captain"}, {"col", "colonel"},   {"prof", "professor"},
      {"dr", "doctor"},    {"mr", ""},           {"mrs", ""},
      {"ms", ""},          {"rev", "reverend"}};
  for (const auto& [abbreviation, role] : kAbbreviations)
    if (title == abbreviation) return std::string(role);
  return title;
}

constexpr std::string_view kGroupNouns[] = {
    "police",      "jury",      "officials",   "prosecutors",  "investigators",  "authorities",
    "company",     "agency",    "department",  "campaign",     "administration", "ministry",
    "court",       "committee", "council",     "government",   "military",       "army",
    "navy",        "spokesman", "spokeswoman", "spokesperson", "statement",      "team",
    "club",        "union",     "board",       "firm",         "hospital",       "school",
    "prosecution", "defense",   "defence",     "foreman",      "forewoman",      "panel",
    "commission",  "ministry"};
const WordSet kGroupNounsSet = make_word_set(kGroupNouns);

constexpr std::string_view kPersonRoles[] = {
    "spokesman", "spokeswoman", "spokesperson", "president", "mayor", "governor", "senator",
    "judge",     "minister",    "chancellor",   "secretary", "ceo",   "chairman", "chairwoman",
    "coach",     "sheriff",     "pope",         "king",      "queen"};
const WordSet kPersonRolesSet = make_word_set(kPersonRoles);

constexpr std::string_view kParticles[] = {"bin", "de",  "van", "von", "al",
                                           "da",  "del", "la",  "le",  "du"};
const WordSet kParticlesSet = make_word_set(kParticles);

bool joined_by_space(const Word& w) { return w.gap == " "; }

// A surname written with its particle joined by a hyphen: "al-Suhail", "el-Sisi", "bin-Talal".
bool is_particle_surname(const Word& w) {
  static constexpr std::string_view kJoined[] = {"al-", "el-",  "ad-",  "as-",  "ash-", "at-",
                                                 "az-", "bin-", "ibn-", "abu-", "ben-"};
  for (const auto prefix : kJoined) {
    if (w.lower.starts_with(prefix) && w.text.size() > prefix.size() &&
        std::isupper(static_cast<unsigned char>(w.text[prefix.size()])))
      return true;
  }
  return false;
}

bool is_name_word(const Word& w) {
  if (!w.capitalized()) return false;
  if (in(kNotNamesSet, w.lower)) return false;
  return !w.is_number();
}

std::string strip_possessive(std::string s) {
  if (s.size() > 2 && s.ends_with("'s"))
    s.resize(s.size() - 2);
  else if (s.size() > 1 && s.ends_with("s'"))
    s.resize(s.size() - 1);
  return s;
}

bool is_initial(const std::string& token) { return token.size() == 2 && token[1] == '.'; }

bool is_suffix(const std::string& token) {
  return token == "Jr." || token == "Sr." || token == "Jr" || token == "Sr" || token == "II" ||
         token == "III" || token == "IV";
}

// The tokens that identify a person: no middle initials, no generational suffix.
std::vector<std::string> without_initials(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens)
    if (!is_initial(t) && !is_suffix(t)) out.push_back(t);
  return out;
}

bool is_acronym(const std::string& token) {
  // Two capitals at least: "GM", "U.S.", "AT&T"; an initial ("T.") is a name's, not one.
  const auto capitals = std::count_if(token.begin(), token.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
  return capitals >= 2 && std::all_of(token.begin(), token.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == '&';
         });
}

// Job words that end a role written before a name ("Chief Executive", "Competition
// Commissioner", "Apple employee"), beside the person roles and titles above.
constexpr std::string_view kJobWords[] = {"executive", "officer",   "director", "commissioner",
                                          "employee",  "economist", "analyst",  "strategist",
                                          "founder",   "chief",     "treasurer"};
const WordSet kJobWordsSet = make_word_set(kJobWords);

// Whether a name was read after "the", "a" or "an" ("the jury", "a spokesperson").
enum class Determiner { kNone, kArticle };

std::string ascii_lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// "CLINTON" -> "Clinton", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones".
std::string title_case(const std::string& token) {
  std::string out = token;
  bool start = true;
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else {
      start = c == '-' || c == '\'';
    }
  }
  return out;
}

bool is_given_name(const std::string& token) { return given_name_gender(token).has_value(); }

bool all_places(const std::vector<std::string>& tokens) {
  // "North Korea", "South Africa", "East Asia": a direction before a place is part of it.
  static constexpr std::string_view kDirections[] = {"north",    "south",    "east",   "west",
                                                     "northern", "southern", "central"};
  std::size_t first = 0;
  if (tokens.size() >= 2 && listed(kDirections, ascii_lower(tokens.front()))) first = 1;
  return std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(first), tokens.end(),
                     [](const std::string& t) { return is_place_or_people(ascii_lower(t)); });
}

NameKind kind_of(const std::vector<std::string>& tokens, Determiner determiner) {
  if (all_places(tokens) && !(tokens.size() >= 2 && is_given_name(tokens.front())))
    return NameKind::kPlace;
  const std::string last = ascii_lower(tokens.back());
  if (tokens.size() >= 2 && (in(kPersonRolesSet, last) || in(kJobWordsSet, last) || last == "ceo"))
    return NameKind::kRole;  // "Ryanair CEO", "Apple spokesman": who, not a name
  // "the Air Force's James Roche" aside, a name that opens with a first name is a person's.
  if (tokens.size() >= 2 && is_given_name(tokens.front())) return NameKind::kPerson;
  for (const auto& t : tokens) {
    if (in_or_plural(kOrganizationWordsSet, ascii_lower(t)) || (is_acronym(t) && !is_suffix(t)))
      return NameKind::kOrganization;
  }
  if (in_or_plural(kThingWordsSet, ascii_lower(tokens.back())) ||
      listed(kDocumentWords, ascii_lower(tokens.back())))
    return NameKind::kOrganization;
  return determiner == Determiner::kArticle ? NameKind::kOrganization : NameKind::kPerson;
}

// Role words written before a name as part of one capitalised run ("Spokeswoman Sandy Angers",
// "Republican Senator Bob Corker", "Boeing Commercial Airplanes CEO Scott Carson"): the name is
// what follows the last of them; the role is kept as the title.
// Whether a run of capitalised words ends as a document's or an organisation's name does ("King
// James Bible", "Royal Dutch Shell Group"): the words before are part of it, not a title or a
// separate name. (Places and buildings are left out: "Mayor Helen Park", "Rep. Tom Hall" are
// people; so is a run opening with a given name before an organisation word, "Senator Jim
// Banks".)
bool names_a_thing(const std::vector<std::string>& tokens) {
  const std::string last = ascii_lower(tokens.back());
  if (listed(kDocumentWords, last)) return true;
  return in_or_plural(kOrganizationWordsSet, last) && !is_given_name(tokens.front());
}

void drop_leading_roles(NamePhrase& phrase) {
  if (names_a_thing(phrase.tokens)) return;
  std::size_t cut = 0;
  for (std::size_t k = 0; k + 1 < phrase.tokens.size(); ++k) {
    const std::string lower = ascii_lower(phrase.tokens[k]);
    if (in(kPersonRolesSet, lower) || in(kTitlesSet, lower) || in(kJobWordsSet, lower)) cut = k + 1;
  }
  if (cut == 0) return;
  if (phrase.title.empty()) phrase.title = ascii_lower(phrase.tokens[cut - 1]);
  phrase.tokens.erase(phrase.tokens.begin(),
                      phrase.tokens.begin() + static_cast<std::ptrdiff_t>(cut));
}

constexpr std::string_view kParties[] = {"republican",  "democrat", "democratic", "conservative",
                                         "labour",      "liberal",  "socialist",  "communist",
                                         "independent", "tory"};
const WordSet kPartiesSet = make_word_set(kParties);

// "Republican Judd Gregg", "Democrat Ann Varga": a party before a person's name says what they
// are (a party word before an organisation's, "Republican National Committee", stays).
void drop_leading_party(NamePhrase& phrase) {
  constexpr std::size_t kShortestName = 2;
  if (phrase.tokens.size() < kShortestName + 1 || !in(kPartiesSet, ascii_lower(phrase.tokens[0])))
    return;
  for (std::size_t k = 1; k < phrase.tokens.size(); ++k)
    if (in_or_plural(kOrganizationWordsSet, ascii_lower(phrase.tokens[k]))) return;
  // "Liberal Democrats Leader Ed Davey", "Labour Leader Keir Starmer": a party's name or a role
  // comes next, not the person.
  const std::string next = ascii_lower(phrase.tokens[1]);
  if (in_or_plural(kPartiesSet, next) || in(kTitlesSet, next) || in(kPersonRolesSet, next) ||
      in(kJobWordsSet, next))
    return;
  phrase.tokens.erase(phrase.tokens.begin());
}

// An organisation or role written before a person's name in one capitalised run ("Air Force
// James Roche", "Ford Australia Marc Bale"): the person starts at the first given name that
// follows a word which is not one. Runs of two words are left alone ("Ford Mustang").
void drop_leading_organisation(NamePhrase& phrase) {
  constexpr std::size_t kShortestRun = 3;
  if (phrase.tokens.size() < kShortestRun || names_a_thing(phrase.tokens)) return;
  for (std::size_t k = 1; k + 1 < phrase.tokens.size(); ++k) {
    if (!is_given_name(phrase.tokens[k]) || is_given_name(phrase.tokens[k - 1]) ||
        is_initial(phrase.tokens[k - 1]))
      continue;
    phrase.tokens.erase(phrase.tokens.begin(),
                        phrase.tokens.begin() + static_cast<std::ptrdiff_t>(k));
    return;
  }
}

// "Commissioner for Competition Neelie Kroes", "Secretary of State Hillary Clinton": a run
// right after a title and "for"/"of" ends the title before the person; with no first name to
// tell where, the person is the run's last two words.
void drop_end_of_role_title(const std::vector<Word>& words, std::size_t start, NamePhrase& phrase) {
  constexpr std::size_t kPersonTokens = 2;
  if (phrase.tokens.size() <= kPersonTokens || start < 2) return;
  std::size_t k = start - 1;
  if (words[k].lower == "the" && k > 0) --k;
  if (words[k].lower != "for" && words[k].lower != "of") return;
  if (k == 0) return;
  const std::string& role = words[k - 1].lower;
  if (!words[k - 1].capitalized() ||
      !(in(kTitlesSet, role) || in(kPersonRolesSet, role) || in(kJobWordsSet, role)))
    return;
  phrase.tokens.erase(phrase.tokens.begin(), phrase.tokens.end() - kPersonTokens);
}

// "Paul K. Moss R-Essex": a party and district written after a name are not part of it.
void drop_affiliations(NamePhrase& phrase) {
  while (!phrase.tokens.empty()) {
    const std::string& last = phrase.tokens.back();
    const bool party =
        last.size() >= 3 && last[1] == '-' && (last[0] == 'R' || last[0] == 'D' || last[0] == 'I');
    if (!party) break;
    phrase.tokens.pop_back();
  }
}

// Nouns that name an unnamed source after "a" or "the": "a Senate aide", "the analyst".
constexpr std::string_view kSourceNouns[] = {
    "official",   "aide",       "source",         "adviser",     "advisor",      "expert",
    "insider",    "diplomat",   "lawmaker",       "legislator",  "executive",    "analyst",
    "economist",  "strategist", "spokesman",      "spokeswoman", "spokesperson", "chief",
    "officer",    "director",   "representative", "researcher",  "witness",      "resident",
    "observer",   "employee",   "worker",         "manager",     "commentator",  "investigator",
    "prosecutor", "trader",     "investor"};
const WordSet kSourceNounsSet = make_word_set(kSourceNouns);

// Lower-case words inside an organisation's name: "Project on Government Oversight", "Bank of
// England". They join the name only after one of the organisation words.
bool joins_organisation_name(const std::vector<std::string>& tokens_so_far, const Word& word,
                             const Word* next, const Word* after_next) {
  if (word.lower != "of" && word.lower != "on" && word.lower != "for") return false;
  if (tokens_so_far.empty() || next == nullptr) return false;
  // "… of Government Oversight", "… of the American Association …"
  const bool continues = next->capitalized() || (next->lower == "the" && after_next != nullptr &&
                                                 after_next->capitalized());
  if (!continues) return false;
  return in(kOrganizationWordsSet, ascii_lower(tokens_so_far.back()));
}

// Whether the words from `at` go on as a speaker's would: a reporting verb (after modifiers),
// or ", who".
bool in_attribution_position(const std::vector<Word>& words, std::size_t at) {
  if (at >= words.size()) return false;
  if (words[at].lower == "who" && words[at].gap.find(',') != std::string::npos) return true;
  while (at < words.size() && !words[at].capitalized() && is_verb_modifier(words[at].lower)) ++at;
  return at < words.size() && classify_cue(words[at].lower) == CueKind::kSpeech;
}

}  // namespace

bool is_title_word(std::string_view lower) { return in(kTitlesSet, lower); }

bool is_source_noun(std::string_view lower) {
  return in(kSourceNounsSet, lower) || in(kPersonRolesSet, lower) || in(kDescriptorsSet, lower);
}

bool is_people_noun(std::string_view lower) {
  if (lower.ends_with("es") && is_source_noun(lower.substr(0, lower.size() - 2))) return true;
  return lower.ends_with('s') && is_source_noun(lower.substr(0, lower.size() - 1));
}

std::string Entity::name() const {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// "Accordingly Selkirk's agents", "Apparently Jones had …": a sentence adverb opening a
// sentence before a name is no first name. A list, not the ending: "Shelly", "Reilly" are names.
bool is_opening_adverb(const std::vector<Word>& words, std::size_t i) {
  static constexpr std::string_view kSentenceAdverbs[] = {
      "accordingly",    "actually",   "additionally",   "admittedly",   "allegedly",
      "apparently",     "basically",  "certainly",      "clearly",      "consequently",
      "curiously",      "currently",  "definitely",     "essentially",  "eventually",
      "evidently",      "finally",    "fortunately",    "frankly",      "generally",
      "happily",        "honestly",   "hopefully",      "ideally",      "importantly",
      "increasingly",   "initially",  "interestingly",  "ironically",   "lately",
      "luckily",        "naturally",  "normally",       "notably",      "obviously",
      "occasionally",   "officially", "originally",     "personally",   "possibly",
      "presumably",     "previously", "privately",      "probably",     "publicly",
      "rarely",         "really",     "recently",       "reportedly",   "sadly",
      "seemingly",      "separately", "seriously",      "similarly",    "strangely",
      "subsequently",   "suddenly",   "surely",         "surprisingly", "thankfully",
      "typically",      "ultimately", "understandably", "undoubtedly",  "unfortunately",
      "unsurprisingly", "usually"};
  const Word& w = words[i];
  const bool opens_sentence = i == 0 || w.gap.find_first_of(".!?\x01") != std::string::npos;
  const bool before_name =
      i + 1 < words.size() && joined_by_space(words[i + 1]) && words[i + 1].capitalized();
  return opens_sentence && before_name && w.capitalized() && listed(kSentenceAdverbs, w.lower);
}

std::optional<NamePhrase> read_name_at(const std::vector<Word>& words, std::size_t i) {
  if (i >= words.size() || is_opening_adverb(words, i)) return std::nullopt;
  NamePhrase phrase;
  phrase.first_word = i;
  // "he", "she'd", "I'll": the pronoun without its contraction.
  const std::string& written = words[i].lower;
  const std::string w = written.substr(0, written.find('\''));
  if (w == "he" || w == "she" || w == "they" || w == "it" ||
      (w == "i" && words[i].text[0] == 'I')) {
    phrase.kind = NameKind::kPronoun;
    phrase.tokens = {w};
    phrase.last_word = i;
    return phrase;
  }
  // Lower-case descriptors before a name: "council member Ana López", "tech billionaire Elon Musk".
  if (!words[i].capitalized() && !in(kNotNamesSet, w)) {
    // At most three descriptor words ("former tech billionaire"): more is a clause, not a label.
    constexpr std::size_t kDescriptorWords = 3;
    for (std::size_t k = i + 1;
         k < words.size() && k <= i + kDescriptorWords && joined_by_space(words[k]); ++k) {
      if (in(kNotNamesSet, words[k].lower)) break;
      if (words[k].capitalized()) {
        auto named = read_name_at(words, k);
        if (named && (named->kind == NameKind::kPerson || named->kind == NameKind::kOrganization)) {
          named->first_word = i;
          // "bank chief Ben Bernanke": what he is, so that "the bank chief" finds him later.
          if (named->title.empty() && named->kind == NameKind::kPerson &&
              is_source_noun(words[k - 1].lower))
            named->title = words[k - 1].lower;
          return named;
        }
        break;
      }
    }
  }
  bool had_article = false;
  std::size_t j = i;
  if (w == "the" || w == "a" || w == "an") {
    had_article = true;
    ++j;
    // "the president", "the jury", "a spokesperson", "the company's lawyers" (not handled)
    if (j < words.size() && !words[j].capitalized()) {
      std::size_t k = j;
      // Allow one or two modifiers: "the former president", "the state attorney general".
      for (std::size_t n = 0; n < 3 && k < words.size(); ++n, ++k) {
        const std::string& lw = words[k].lower;
        if (in(kPersonRolesSet, lw) || in(kSourceNounsSet, lw) || in(kDescriptorsSet, lw)) {
          // "the conductor Anders Lie": the role introduces a name.
          if (k + 1 < words.size() && words[k + 1].capitalized() && joined_by_space(words[k + 1])) {
            auto named = read_name_at(words, k);
            if (named && named->kind == NameKind::kPerson) {
              named->first_word = i;
              return named;
            }
          }
          phrase.kind = NameKind::kRole;
          phrase.title = lw;
          phrase.tokens = {lw};
          phrase.last_word = k;
          return phrase;
        }
        if (in(kGroupNounsSet, lw) && k + 1 < words.size() && joined_by_space(words[k + 1]) &&
            !words[k + 1].capitalized() && is_source_noun(words[k + 1].lower)) {
          // "a top administration official": a person of the group, unnamed.
          phrase.kind = NameKind::kRole;
          phrase.title = words[k + 1].lower;
          phrase.tokens = {phrase.title};
          phrase.last_word = k + 1;
          return phrase;
        }
        if (in(kGroupNounsSet, lw) || is_people_noun(lw)) {
          phrase.kind = NameKind::kGroup;  // "the jury", "the fire department", "the analysts"
          std::string group = w == "the" ? "the" : "";
          for (std::size_t m = j; m <= k; ++m) group += (group.empty() ? "" : " ") + words[m].lower;
          phrase.tokens = {group};
          phrase.last_word = k;
          return phrase;
        }
        // "the former President", "the new Secretary": a title after modifiers, with no name.
        if (k > j && words[k].capitalized() && is_title_word(lw) && joined_by_space(words[k]) &&
            !(k + 1 < words.size() && words[k + 1].capitalized() &&
              joined_by_space(words[k + 1]))) {
          phrase.kind = NameKind::kRole;
          phrase.title = role_of_title(lw);
          phrase.tokens = {phrase.title};
          phrase.last_word = k;
          return phrase;
        }
        if (words[k].capitalized() || (k > j && !joined_by_space(words[k]))) break;
      }
      return std::nullopt;
    }
  } else if (!words[i].capitalized() && (in(kGroupNounsSet, w) || is_people_noun(w))) {
    phrase.kind = NameKind::kGroup;  // "police said"
    phrase.tokens = {w};
    phrase.last_word = i;
    return phrase;
  }
  // A qualifier before a title: "State Rep. Arturo Bellamy", "Former President Jimmy Carter".
  static constexpr std::string_view kTitleQualifiers[] = {
      "state", "former", "acting", "federal", "county", "city", "deputy", "interim", "then"};
  if (j + 1 < words.size() && words[j].capitalized() && listed(kTitleQualifiers, words[j].lower) &&
      joined_by_space(words[j + 1]) && is_title_word(words[j + 1].lower)) {
    ++j;
  }
  // Titles: "President Donald Trump", "Sen. Ana López", "Prime Minister Keir Starmer".
  const std::size_t title_from = j;
  while (j < words.size() && (is_title_word(words[j].lower) || words[j].lower == "prime") &&
         words[j].capitalized()) {
    const std::string t = role_of_title(words[j].lower);
    if (words[j].lower.starts_with("mr"))
      phrase.gender = words[j].lower.starts_with("mrs") ? Gender::kFemale : Gender::kMale;
    if (words[j].lower.starts_with("ms") || words[j].lower == "miss")
      phrase.gender = Gender::kFemale;
    if (!t.empty()) phrase.title = phrase.title.empty() ? t : phrase.title + " " + t;
    if (j + 1 >= words.size() || !joined_by_space(words[j + 1])) break;
    ++j;
  }
  // A capitalized descriptor before a name: "Resident Omar Haddad", "Conductor Anders Lie".
  if (j + 1 < words.size() && in(kDescriptorsSet, words[j].lower) && words[j].capitalized() &&
      joined_by_space(words[j + 1]) && words[j + 1].capitalized()) {
    ++j;
  }
  // "“Not again!” Groaned Pell": a reporting verb capitalised after "!" is no part of a name.
  if (j + 1 < words.size() && words[j].capitalized() &&
      classify_cue(words[j].lower) != CueKind::kNone && joined_by_space(words[j + 1]) &&
      words[j + 1].capitalized() && j == i) {
    return std::nullopt;
  }
  std::size_t start = j;
  while (j < words.size()) {
    const Word& word = words[j];
    if (j > start && !joined_by_space(word)) break;
    const Word* next = j + 1 < words.size() ? &words[j + 1] : nullptr;
    const Word* after_next = j + 2 < words.size() ? &words[j + 2] : nullptr;
    if (j > start && joins_organisation_name(phrase.tokens, word, next, after_next)) {
      phrase.tokens.push_back(word.lower);
      ++j;
      if (j + 1 < words.size() && words[j].lower == "the" && words[j + 1].capitalized()) {
        phrase.tokens.push_back("the");
        ++j;
      }
      continue;
    }
    if (is_name_word(word) || (j > start && is_particle_surname(word)) ||
        (j > start && in(kParticlesSet, word.lower) && j + 1 < words.size() &&
         words[j + 1].capitalized())) {
      phrase.tokens.push_back(strip_possessive(word.text));
      if (word.text.ends_with("'s")) {
        ++j;
        break;  // "Trump's company": the name ends at the possessive
      }
      ++j;
      continue;
    }
    break;
  }
  if (phrase.tokens.empty()) {
    if (!phrase.title.empty() && had_article) {  // "the President"
      phrase.kind = NameKind::kRole;
      phrase.tokens = {phrase.title};
      phrase.last_word = j - 1;
      return phrase;
    }
    return std::nullopt;
  }
  phrase.last_word = j - 1;
  // "Assistant coach Ben Okoro", "Former chairman Lena Hart": a capitalised word before a
  // lower-case role and a name qualifies the role.
  if (phrase.tokens.size() == 1 && phrase.title.empty() && j + 1 < words.size() &&
      joined_by_space(words[j]) && !words[j].capitalized() &&
      (is_title_word(words[j].lower) || is_source_noun(words[j].lower)) &&
      joined_by_space(words[j + 1]) && words[j + 1].capitalized()) {
    if (auto named = read_name_at(words, j); named && named->kind == NameKind::kPerson) {
      named->first_word = i;
      return named;
    }
  }
  // "General Motors", "General Electric": a company, where "General Ana Ruiz" is an officer.
  if (phrase.tokens.size() == 1 && start > 0 && words[start - 1].text == "General" &&
      phrase.title.ends_with("general")) {
    phrase.tokens.insert(phrase.tokens.begin(), "General");
    phrase.title.clear();
    phrase.kind = NameKind::kOrganization;
    return phrase;
  }
  // "the King James Bible": the title is part of a document's name.
  const std::size_t spanned = phrase.last_word + 1 - title_from;
  if (!phrase.title.empty() && phrase.gender == Gender::kUnknown && !phrase.tokens.empty() &&
      spanned > phrase.tokens.size()) {
    if (names_a_thing(phrase.tokens)) {
      std::vector<std::string> named;
      for (std::size_t k = title_from; k < title_from + spanned - phrase.tokens.size(); ++k)
        named.push_back(words[k].text);
      named.insert(named.end(), phrase.tokens.begin(), phrase.tokens.end());
      phrase.tokens = std::move(named);
      phrase.title.clear();
    }
  }
  drop_leading_roles(phrase);
  drop_leading_party(phrase);
  drop_leading_organisation(phrase);
  drop_end_of_role_title(words, start, phrase);
  drop_affiliations(phrase);
  if (phrase.tokens.empty()) return std::nullopt;
  // Transcripts' "MS. CLINTON:", "SEN. VARGA:": a surname in capitals after a title.
  if (phrase.gender != Gender::kUnknown || !phrase.title.empty()) {
    for (auto& token : phrase.tokens)
      if (token.size() > 2 && is_acronym(token)) token = title_case(token);
  }
  // "the President's advisers", "a 44-year-old President (…)": a title alone is no name.
  if (phrase.tokens.size() == 1 && is_title_word(ascii_lower(phrase.tokens.front()))) {
    if (!had_article) return std::nullopt;
    phrase.kind = NameKind::kRole;
    phrase.title = role_of_title(ascii_lower(phrase.tokens.front()));
    phrase.tokens = {phrase.title};
    return phrase;
  }
  // "the Rev. Jesse Jackson": a title makes a person, article or not.
  const bool titled = !phrase.title.empty() || phrase.gender != Gender::kUnknown;
  phrase.kind =
      kind_of(phrase.tokens, had_article && !titled ? Determiner::kArticle : Determiner::kNone);
  return phrase;
}

std::optional<NamePhrase> read_name_ending_at(const std::vector<Word>& words, std::size_t i) {
  if (i >= words.size()) return std::nullopt;
  // Try starts from a few words back; keep the longest phrase that ends exactly at i. Six words
  // cover the longest names with titles ("Prime Minister Sir Keir Rodney Starmer").
  constexpr std::size_t kLongestName = 6;
  const std::size_t from = i >= kLongestName ? i - kLongestName : 0;
  for (std::size_t start = from; start <= i; ++start) {
    // A name does not run on across a possessive: "Apple's CEO Tim Cook".
    const bool after_possessive = start > 0 && (words[start - 1].text.ends_with("'s") ||
                                                words[start - 1].text.ends_with("s'"));
    if (start > from && start > 0 && joined_by_space(words[start]) && !after_possessive &&
        (words[start - 1].capitalized() || is_title_word(words[start - 1].lower) ||
         words[start - 1].lower == "the")) {
      // Not a maximal start: the word before would extend the name.
      if ((!in(kNotNamesSet, words[start - 1].lower) && !is_opening_adverb(words, start - 1)) ||
          words[start - 1].lower == "the")
        continue;
    }
    auto phrase = read_name_at(words, start);
    if (phrase && phrase->last_word == i) return phrase;
  }
  return std::nullopt;
}

void NameRegistry::observe(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size();) {
    auto phrase = read_name_at(words, i);
    if (!phrase || phrase->kind == NameKind::kPronoun || phrase->kind == NameKind::kGroup ||
        phrase->kind == NameKind::kRole) {
      ++i;
      continue;
    }
    const bool opens_sentence =
        i == 0 || words[i].gap.find_first_of(".!?\x01") != std::string::npos;
    if (in_attribution_position(words, phrase->last_word + 1)) phrase->says = 1;
    // A lone capitalised word opening a sentence may be no name; "Mr MacFarlane" is one, and
    // so is a word that says something ("Boeing said", "Jobs told the crowd", "Mulally, who").
    if (phrase->tokens.size() == 1 && phrase->title.empty() && phrase->gender == Gender::kUnknown &&
        opens_sentence && !is_acronym(phrase->tokens.front()) &&
        !in_attribution_position(words, phrase->last_word + 1)) {
      phrase->sentence_initial = true;
    } else {
      for (const auto& t : phrase->tokens) mid_sentence_tokens_.insert(t);
    }
    observed_.push_back(*phrase);
    observe_shared_surname(words, *phrase);
    i = phrase->last_word + 1;
  }
}

// "Rebekah and Ben Erler", "Janet and Bill Norwood": the first given name shares the surname, so
// the article names "Rebekah Erler" too, and a later "Rebekah wrote" is hers.
void NameRegistry::observe_shared_surname(const std::vector<Word>& words, const NamePhrase& first) {
  const std::size_t and_at = first.last_word + 1;
  if (first.tokens.size() != 1 || first.kind != NameKind::kPerson || and_at + 1 >= words.size() ||
      words[and_at].lower != "and")
    return;
  const auto second = read_name_at(words, and_at + 1);
  if (!second || second->kind != NameKind::kPerson || second->tokens.size() < 2 ||
      !is_given_name(second->tokens.front()))
    return;
  NamePhrase shared = first;
  shared.tokens.insert(shared.tokens.end(), second->tokens.begin() + 1, second->tokens.end());
  shared.sentence_initial = false;
  shared_surnames_.push_back(std::move(shared));
}

void NameRegistry::finish() {
  // A shared surname is kept when the first name is a known given name, or at least is nobody's
  // surname in the article ("Clinton and Barack Obama" is two people, not "Clinton Obama").
  for (auto& shared : shared_surnames_) {
    const std::string& given = shared.tokens.front();
    const bool someones_surname = std::any_of(
        observed_.begin(), observed_.end(),
        [&given](const NamePhrase& p) { return p.tokens.size() >= 2 && p.tokens.back() == given; });
    if (!is_given_name(given) && someones_surname) continue;
    for (const auto& t : shared.tokens) mid_sentence_tokens_.insert(t);
    observed_.push_back(std::move(shared));
  }
  shared_surnames_.clear();
  std::stable_sort(observed_.begin(), observed_.end(),
                   [](const NamePhrase& a, const NamePhrase& b) {
                     return without_initials(a.tokens).size() > without_initials(b.tokens).size();
                   });
  for (const auto& phrase : observed_) add(phrase);
  observed_.clear();
  complete_from_quotations();
}

void NameRegistry::observe_quoted(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size();) {
    const auto phrase = read_name_at(words, i);
    if (!phrase) {
      ++i;
      continue;
    }
    if (phrase->kind == NameKind::kPerson && without_initials(phrase->tokens).size() >= 2 &&
        is_given_name(phrase->tokens.front()))
      quoted_names_.push_back(phrase->tokens);
    i = phrase->last_word + 1;
  }
}

void NameRegistry::complete_from_quotations() {
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    const Entity& entity = entities_[e];
    if (entity.kind != NameKind::kPerson || entity.core.size() != 1) continue;
    const std::string& token = entity.core.front();
    const std::vector<std::string>* full = nullptr;
    bool unique = true;
    // By first name only: a surname in a quotation is as often a relative's ("“Jill Biden and
    // I …,” Mr. Biden said"), and the name's gender must agree with what the article says.
    const auto given = given_name_gender(token);
    if (!given || (entity.gender != Gender::kUnknown && entity.gender != *given)) continue;
    for (const auto& quoted : quoted_names_) {
      if (quoted.front() != token) continue;
      if (full != nullptr && *full != quoted) unique = false;
      full = &quoted;
    }
    // Another entity already holding the full name's other words would make two people one.
    if (full == nullptr || !unique) continue;
    const bool taken = std::any_of(full->begin(), full->end(), [&](const std::string& t) {
      if (t == token) return false;
      const auto it = by_token_.find(t);
      return it != by_token_.end() && !it->second.empty();
    });
    if (!taken) set_tokens(e, *full);
  }
  quoted_names_.clear();
}

void NameRegistry::set_tokens(std::size_t entity, const std::vector<std::string>& tokens) {
  Entity& e = entities_[entity];
  e.tokens = tokens;
  e.core = without_initials(tokens);
  for (const auto& t : e.core) {
    auto& list = by_token_[t];
    if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
  }
}

std::vector<std::size_t> NameRegistry::candidates(const std::vector<std::string>& tokens) const {
  std::vector<std::size_t> out;
  for (const auto& t : tokens) {
    const auto it = by_token_.find(t);
    if (it == by_token_.end()) continue;
    for (std::size_t e : it->second)
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void NameRegistry::add(const NamePhrase& phrase) {
  const auto core = without_initials(phrase.tokens);
  if (core.empty()) return;
  if (core.size() == 1) {
    const std::vector<std::size_t> matches = single_name_matches(phrase, core.front());
    if (matches.size() == 1 && !phrase.title.empty())
      entities_[matches.front()].roles.insert(phrase.title);
    if (matches.size() == 1 && phrase.gender != Gender::kUnknown)
      entities_[matches.front()].gender = phrase.gender;
    if (matches.size() == 1) entities_[matches.front()].sayings += phrase.says;
    if (!matches.empty()) return;  // joins the one it names, or stays ambiguous
    // "Dr. Franklin" beside only Franklin Roosevelt: a titled single name is a surname, so
    // someone else, not Roosevelt under another title.
    if (!phrase.title.empty() && !candidates(core).empty()) {
      add_entity(phrase, core);
      return;
    }
    // "Speaking to supporters, ...": a sentence's first word is a name only if it is one elsewhere.
    if (phrase.sentence_initial && !mid_sentence_tokens_.contains(core.front())) return;
  }
  for (std::size_t i : candidates(core)) {
    Entity& e = entities_[i];
    const auto& known = e.core;
    // Same person when one name's tokens are the other's ("Trump" in "Donald Trump").
    const bool contained =
        std::search(known.begin(), known.end(), core.begin(), core.end()) != known.end();
    const bool contains =
        std::search(core.begin(), core.end(), known.begin(), known.end()) != core.end();
    if (contained || contains) {
      if (phrase.tokens.size() > e.tokens.size()) set_tokens(i, phrase.tokens);
      if (!phrase.title.empty()) e.roles.insert(phrase.title);
      if (phrase.gender != Gender::kUnknown) e.gender = phrase.gender;
      e.sayings += phrase.says;
      return;
    }
  }
  if (core.size() == 1 && is_acronym(core.front()) && expansion_of(core.front())) return;
  add_entity(phrase, core);
}

void NameRegistry::add_entity(const NamePhrase& phrase, const std::vector<std::string>& core) {
  Entity entity;
  entity.kind = phrase.kind;
  entity.gender = phrase.gender;
  entity.sayings = phrase.says;
  if (entity.gender == Gender::kUnknown && core.size() >= 2 && phrase.kind == NameKind::kPerson)
    entity.gender = given_name_gender(core.front()).value_or(Gender::kUnknown);
  if (!phrase.title.empty()) entity.roles.insert(phrase.title);
  entities_.push_back(std::move(entity));
  set_tokens(entities_.size() - 1, phrase.tokens);
}

std::vector<std::size_t> NameRegistry::single_name_matches(const NamePhrase& phrase,
                                                           const std::string& name) const {
  // A single name is a surname ("Dr. Franklin" beside Benjamin Franklin and Franklin Roosevelt),
  // else, without a title, a first name the article has established ("Hillary").
  std::vector<std::size_t> surnames;
  std::vector<std::size_t> first_names;
  for (std::size_t i : candidates({name})) {
    const auto& known = entities_[i].core;
    if (known.back() == name) {
      surnames.push_back(i);
    } else if (known.front() == name) {
      first_names.push_back(i);
    }
  }
  if (!surnames.empty() || !phrase.title.empty()) return surnames;
  return first_names;
}

std::optional<std::size_t> NameRegistry::resolve(const NamePhrase& phrase) const {
  if (phrase.kind == NameKind::kPronoun || phrase.kind == NameKind::kGroup) return std::nullopt;
  std::vector<std::size_t> matches;
  if (phrase.kind == NameKind::kRole) {
    for (std::size_t i = 0; i < entities_.size(); ++i)
      if (entities_[i].roles.contains(phrase.title)) matches.push_back(i);
    return matches.size() == 1 ? std::optional(matches.front()) : std::nullopt;
  }
  const auto core = without_initials(phrase.tokens);
  if (core.empty()) return std::nullopt;
  if (core.size() == 1 && is_acronym(core.front())) {
    if (auto expanded = expansion_of(core.front())) return expanded;
  }
  if (core.size() == 1) {
    matches = single_name_matches(phrase, core.front());
  } else {
    for (std::size_t i : candidates(core)) {
      const auto& known = entities_[i].core;
      if (std::search(known.begin(), known.end(), core.begin(), core.end()) != known.end())
        matches.push_back(i);
    }
  }
  if (matches.size() > 1) narrow_ambiguous(phrase, matches);
  if (matches.size() == 1) return matches.front();
  return std::nullopt;
}

void NameRegistry::narrow_ambiguous(const NamePhrase& phrase,
                                    std::vector<std::size_t>& matches) const {
  // "Mrs. Varga" beside Ann and Tom Varga: the one whose gender the title gives.
  if (phrase.gender != Gender::kUnknown) {
    std::vector<std::size_t> fitting;
    for (std::size_t m : matches)
      if (entities_[m].gender == phrase.gender) fitting.push_back(m);
    if (fitting.size() == 1) {
      matches = fitting;
      return;
    }
  }
  // "Ford" beside Dana Ford and the Ford Foundation: the only person.
  std::vector<std::size_t> people;
  for (std::size_t m : matches)
    if (entities_[m].kind == NameKind::kPerson) people.push_back(m);
  if (people.size() == 1) matches = people;
}

std::optional<std::size_t> NameRegistry::expansion_of(const std::string& acronym) const {
  std::string letters;
  for (char c : acronym)
    if (std::isupper(static_cast<unsigned char>(c))) letters += c;
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const Entity& e = entities_[i];
    if (e.kind != NameKind::kOrganization || e.core.size() < 2) continue;
    std::string initials;
    for (const auto& t : e.core)
      if (std::isupper(static_cast<unsigned char>(t.front()))) initials += t.front();
    if (initials != letters) continue;
    if (found) return std::nullopt;  // two organisations spell it: neither
    found = i;
  }
  return found;
}

}  // namespace onrecord
