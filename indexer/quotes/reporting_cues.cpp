#include "quotes/reporting_cues.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "quotes/english_words.hpp"

namespace onrecord {
namespace {

struct Forms {
  std::string_view past, present, participle;
};

// Each reporting verb in the forms news uses; a present form that is more often a noun
// ("comments", "protests", "estimates") is left out ("").
constexpr Forms kSpeechVerbs[] = {
    {"said", "says", "saying"},
    {"told", "tells", "telling"},
    {"stated", "states", "stating"},
    {"added", "adds", "adding"},
    {"wrote", "writes", "writing"},
    {"posted", "posts", "posting"},
    {"tweeted", "tweets", "tweeting"},
    {"warned", "warns", "warning"},
    {"denounced", "denounces", "denouncing"},
    {"acknowledged", "acknowledges", "acknowledging"},
    {"admitted", "admits", "admitting"},
    {"praised", "praises", "praising"},
    {"described", "describes", "describing"},
    {"called", "calls", "calling"},
    {"argued", "argues", "arguing"},
    {"insisted", "insists", "insisting"},
    {"asked", "asks", "asking"},
    {"replied", "replies", "replying"},
    {"declared", "declares", "declaring"},
    {"noted", "notes", "noting"},
    {"explained", "explains", "explaining"},
    {"predicted", "predicts", "predicting"},
    {"promised", "promises", "promising"},
    {"continued", "continues", "continuing"},
    {"recalled", "recalls", "recalling"},
    {"remarked", "remarks", "remarking"},
    {"responded", "responds", "responding"},
    {"answered", "answers", "answering"},
    {"announced", "announces", "announcing"},
    {"claimed", "claims", "claiming"},
    {"conceded", "concedes", "conceding"},
    {"countered", "counters", "countering"},
    {"joked", "jokes", "joking"},
    {"quipped", "quips", "quipping"},
    {"shouted", "shouts", "shouting"},
    {"testified", "testifies", "testifying"},
    {"complained", "complains", "complaining"},
    {"boasted", "boasts", "boasting"},
    {"vowed", "vows", "vowing"},
    {"urged", "urges", "urging"},
    {"pledged", "pledges", "pledging"},
    {"suggested", "suggests", "suggesting"},
    {"observed", "observes", "observing"},
    {"emphasized", "emphasizes", "emphasizing"},
    {"stressed", "stresses", "stressing"},
    {"concluded", "concludes", "concluding"},
    {"confirmed", "confirms", "confirming"},
    {"cautioned", "cautions", "cautioning"},
    {"agreed", "agrees", "agreeing"},
    {"lamented", "laments", "lamenting"},
    {"texted", "texts", "texting"},
    {"mocked", "mocks", "mocking"},
    {"criticized", "criticizes", "criticizing"},
    {"blasted", "blasts", "blasting"},
    {"wondered", "wonders", "wondering"},
    {"demanded", "demands", "demanding"},
    {"charged", "charges", "charging"},
    {"maintained", "maintains", "maintaining"},
    {"reported", "reports", "reporting"},
    {"stated", "states", "stating"},
    {"yelled", "yells", "yelling"},
    {"whispered", "whispers", "whispering"},
    {"thundered", "thunders", "thundering"},
    {"read", "reads", "reading"},
    {"thanked", "thanks", "thanking"},
    {"pleaded", "pleads", "pleading"},
    {"grumbled", "grumbles", "grumbling"},
    {"sighed", "sighs", "sighing"},
    {"groaned", "groans", "groaning"},
    {"gasped", "gasps", "gasping"},
    {"laughed", "laughs", "laughing"},
    {"chuckled", "chuckles", "chuckling"},
    {"cried", "", "crying"},
    {"barked", "barks", "barking"},
    {"growled", "growls", "growling"},
    {"roared", "roars", "roaring"},
    {"spoke", "speaks", "speaking"},
    {"reminded", "reminds", "reminding"},
    {"recommended", "recommends", "recommending"},
    {"commented", "", "commenting"},
    {"indicated", "indicates", "indicating"},
    {"confessed", "confesses", "confessing"},
    {"inquired", "inquires", "inquiring"},
    {"implored", "implores", "imploring"},
    {"gushed", "gushes", "gushing"},
    {"accused", "accuses", "accusing"},
    {"interjected", "interjects", "interjecting"},
    {"advised", "advises", "advising"},
    {"assured", "assures", "assuring"},
    {"revealed", "reveals", "revealing"},
    {"disclosed", "discloses", "disclosing"},
    {"proclaimed", "proclaims", "proclaiming"},
    {"reiterated", "reiterates", "reiterating"},
    {"affirmed", "affirms", "affirming"},
    {"asserted", "asserts", "asserting"},
    {"contended", "contends", "contending"},
    {"reasoned", "", "reasoning"},
    {"mused", "", "musing"},
    {"screamed", "screams", "screaming"},
    {"exclaimed", "exclaims", "exclaiming"},
    {"muttered", "mutters", "muttering"},
    {"murmured", "murmurs", "murmuring"},
    {"objected", "", "objecting"},
    {"protested", "", "protesting"},
    {"scoffed", "scoffs", "scoffing"},
    {"snapped", "", "snapping"},
    {"retorted", "retorts", "retorting"},
    {"elaborated", "elaborates", "elaborating"},
    {"hinted", "", "hinting"},
    {"recounted", "recounts", "recounting"},
    {"echoed", "", "echoing"},
    {"opined", "opines", "opining"},
    {"speculated", "speculates", "speculating"},
    {"apologized", "apologizes", "apologizing"},
    {"estimated", "", "estimating"},
    // Characterising verbs: "defined our task as “…”", "dismissed the plan as “…”".
    {"defined", "defines", "defining"},
    {"characterized", "characterizes", "characterizing"},
    {"characterised", "characterises", "characterising"},
    {"dismissed", "dismisses", "dismissing"},
    {"hailed", "hails", "hailing"},
    {"attacked", "", "attacking"},
    {"repeated", "repeats", "repeating"},
    {"shrieked", "shrieks", "shrieking"},
    {"hollered", "hollers", "hollering"},
    {"bellowed", "bellows", "bellowing"},
    {"snarled", "snarls", "snarling"},
    {"sobbed", "sobs", "sobbing"},
    {"wailed", "wails", "wailing"},
    {"stammered", "stammers", "stammering"},
    {"blurted", "blurts", "blurting"},
    {"drawled", "drawls", "drawling"},
    {"sputtered", "sputters", "sputtering"},
    {"stipulated", "stipulates", "stipulating"},
};

// Bare infinitives of reporting verbs, for "heard him describe", "let me explain", "did not
// deny", "will say": only verbs whose base form is seldom a noun ("call", "report", "answer",
// "promise", "shout", "state", "post" and "recall" are left out, being nouns as often: "the
// state said", "State Farm said", "Post Malone told").
constexpr std::string_view kBaseForms[] = {
    "describe", "declare",   "explain",   "insist",    "argue",   "admit",     "acknowledge",
    "predict",  "respond",   "announce",  "concede",   "testify", "complain",  "boast",
    "suggest",  "observe",   "emphasize", "conclude",  "confirm", "lament",    "maintain",
    "whisper",  "exclaim",   "mutter",    "murmur",    "retort",  "elaborate", "recount",
    "opine",    "speculate", "apologize", "reiterate", "affirm",  "assert",    "contend",
    "inquire",  "implore",   "confess",   "recommend", "remind",  "reveal",    "disclose",
    "proclaim", "advise",    "assure",    "interject", "accuse",  "plead",     "grumble",
    "chuckle",  "shriek",    "stammer",   "blurt",     "warn",    "urge",      "thank",
    "praise",   "denounce",  "criticize", "mock",      "scoff",   "yell",      "scream",
    "tweet",    "post"};

constexpr std::array<std::string_view, 16> kNamingVerbs{
    "termed",   "terms",  "dubbed",  "dubs",   "nicknamed",  "coined", "coins",  "labeled",
    "labelled", "labels", "branded", "brands", "christened", "styled", "titled", "entitled"};

constexpr std::array<std::string_view, 35> kModifiers{
    "also",     "later",      "then",     "again",     "once",       "often",     "repeatedly",
    "had",      "has",        "have",     "would",     "will",       "did",       "does",
    "can",      "could",      "may",      "might",     "should",     "long",      "previously",
    "recently", "eventually", "publicly", "privately", "reportedly", "allegedly", "famously",
    "simply",   "just",       "never",    "always",    "elsewhere",  "already",   "ever"};

const std::set<std::string_view>& finite_forms() {
  static const std::set<std::string_view> kForms = [] {
    std::set<std::string_view> s;
    for (const auto& f : kSpeechVerbs) {
      s.insert(f.past);
      s.insert(f.present);
    }
    s.insert("say");
    s.insert("tell");
    s.insert("ask");
    s.insert("add");
    s.insert("write");
    s.insert("speak");
    s.insert("repeat");  // "I repeat my words of March 4, 1933: “…”"
    for (const std::string_view base : kBaseForms) s.insert(base);
    return s;
  }();
  return kForms;
}

const std::set<std::string_view>& participles() {
  static const std::set<std::string_view> kForms = [] {
    std::set<std::string_view> s;
    for (const auto& f : kSpeechVerbs) s.insert(f.participle);
    return s;
  }();
  return kForms;
}

}  // namespace

CueKind classify_cue(std::string_view w) {
  if (std::find(kNamingVerbs.begin(), kNamingVerbs.end(), w) != kNamingVerbs.end())
    return CueKind::kNaming;
  if (finite_forms().contains(w)) return CueKind::kSpeech;
  if (participles().contains(w)) return CueKind::kParticiple;
  return CueKind::kNone;
}

bool is_labelling_verb(std::string_view w) {
  return w == "called" || w == "calls" || w == "calling" || w == "described" || w == "describes" ||
         w == "describing";
}

bool is_verb_modifier(std::string_view w) {
  if (w.size() > 3 && w.ends_with("ly")) return true;
  return std::find(kModifiers.begin(), kModifiers.end(), w) != kModifiers.end();
}

bool is_speech_noun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "interview", "statement",    "speech",   "letter",    "address",    "remarks",
      "testimony", "conference",   "briefing", "post",      "tweet",      "email",
      "e-mail",    "memo",         "hearing",  "broadcast", "appearance", "op-ed",
      "column",    "message",      "report",   "words",     "reply",      "answer",
      "pledge",    "announcement", "comment",  "comments",  "warning"};
  return listed(kNouns, w);
}

bool is_passive_auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" ||
         w == "be";
}

}  // namespace onrecord
