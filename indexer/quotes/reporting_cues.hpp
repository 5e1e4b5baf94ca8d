// The words that attribute speech in news writing: reporting verbs ("said", "told", "warned"...),
// naming verbs that mark coined terms ("termed", "dubbed"...), and their forms.
#pragma once

#include <string_view>

namespace onrecord {

enum class CueKind {
  kNone,
  kSpeech,      // finite reporting verb: said, says, told, warned
  kParticiple,  // reporting verb in -ing form: saying, calling, warning
  kNaming,      // coins or names a term: termed, dubbed, nicknamed, branded
};

CueKind classify_cue(std::string_view lower_word);

// "called" and "described" introduce speech when what follows is a statement, a term when it
// is a short label ("described as a “lovely dinner”").
bool is_labelling_verb(std::string_view lower_word);

// Words that may stand between a subject and its verb: "Trump later said", "Musk had long argued".
bool is_verb_modifier(std::string_view lower_word);

// Nouns of speaking and writing: "statement", "interview", "letter", "remarks", "words".
bool is_speech_noun(std::string_view lower_word);

// "was", "were", "is", "been": a passive reporting verb names no speaker.
bool is_passive_auxiliary(std::string_view lower_word);

}  // namespace onrecord
