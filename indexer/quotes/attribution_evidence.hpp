// What an attribution rests on, and how much each piece of evidence is worth: the one place the
// confidence of a speaker is decided. Each attribution collects its evidence (the arrangement of
// cue and name, what kind of name, how far a pronoun reached); its confidence is the logistic
// of the bias plus their weights. The weights between the FITTED markers are written by
// `scripts/fit_attribution_weights.py` from the development splits only (never the test
// splits); the threshold below which a quotation gets no speaker is chosen there too, so that
// at most one in twenty speech quotations with a named source gets a wrong speaker.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "index/enum_names.hpp"

namespace onrecord {

enum class Evidence : std::uint8_t {
  kTailNameVerb,    // “Q,” X said
  kTailVerbName,    // “Q,” said X
  kTailApposition,  // “Q,” said the firm's chief, X
  kTailNoComma,     // “Q” he said.
  kAccordingTo,     // according to X
  kHeadNameVerb,    // X said: “Q”, X said that … “Q”
  kClauseSubject,   // the subject of the clause before a participle or a second verb
  kLabel,           // X: “Q” (round-ups, e-mails, transcripts)
  kColonClause,     // X was very blunt: “Q” (a clause with X as subject, then a colon)
  kPassiveAgent,    // praised by X as “Q”
  kContinuation,    // no cue: continues the last speaker's turn in the paragraph
  kContinuationNextParagraph,
  kPreviousSentence,  // X said that … . “Q” (reported speech the sentence before, no cue here)
  kPronoun,           // he, she, they
  kPronounDistant,    // its antecedent more than a sentence back
  kPronounCompeting,  // another person fitted the pronoun in the antecedent's sentence
  kFirstPerson,       // "I" outside the marks in a speech or transcript: its speaker
  kSingleName,        // one word ("Roche"), resolved to the article's fullest name
  kFullName,          // two words or more
  kOrganization,
  kGroup,         // "police", "the jury foreman"
  kRoleResolved,  // "the bank chief": the one person the article calls so
  kRoleOnly,      // "a Senate aide": no name, the role is kept
};

inline constexpr std::array<EnumName<Evidence>, 23> kEvidenceNames{{
    {Evidence::kTailNameVerb, "tail-name-verb"},
    {Evidence::kTailVerbName, "tail-verb-name"},
    {Evidence::kTailApposition, "tail-apposition"},
    {Evidence::kTailNoComma, "tail-no-comma"},
    {Evidence::kAccordingTo, "according-to"},
    {Evidence::kHeadNameVerb, "head-name-verb"},
    {Evidence::kClauseSubject, "clause-subject"},
    {Evidence::kLabel, "label"},
    {Evidence::kColonClause, "colon-clause"},
    {Evidence::kPassiveAgent, "passive-agent"},
    {Evidence::kContinuation, "continuation"},
    {Evidence::kContinuationNextParagraph, "continuation-next-paragraph"},
    {Evidence::kPreviousSentence, "previous-sentence"},
    {Evidence::kPronoun, "pronoun"},
    {Evidence::kPronounDistant, "pronoun-distant"},
    {Evidence::kPronounCompeting, "pronoun-competing"},
    {Evidence::kFirstPerson, "first-person"},
    {Evidence::kSingleName, "single-name"},
    {Evidence::kFullName, "full-name"},
    {Evidence::kOrganization, "organization"},
    {Evidence::kGroup, "group"},
    {Evidence::kRoleResolved, "role-resolved"},
    {Evidence::kRoleOnly, "role-only"},
}};

constexpr std::string_view evidence_name(Evidence e) { return name_of(kEvidenceNames, e); }
constexpr std::optional<Evidence> evidence_named(std::string_view name) {
  return enum_named(kEvidenceNames, name);
}

struct EvidenceWeight {
  Evidence evidence;
  double weight;  // log-odds that the attribution is right
};

// FITTED (scripts/fit_attribution_weights.py) — begin
inline constexpr double kAttributionBias = 1.57;
inline constexpr std::uint8_t kAbstainBelowPercent = 53;
inline constexpr std::array<EvidenceWeight, 23> kEvidenceWeights{{
    {Evidence::kTailNameVerb, 0.89},
    {Evidence::kTailVerbName, 0.64},
    {Evidence::kTailApposition, -0.99},
    {Evidence::kTailNoComma, 0.27},
    {Evidence::kAccordingTo, 0.30},
    {Evidence::kHeadNameVerb, 0.84},
    {Evidence::kClauseSubject, -0.03},
    {Evidence::kLabel, -1.78},
    {Evidence::kColonClause, 0.26},
    {Evidence::kPassiveAgent, 0.26},
    {Evidence::kContinuation, 0.17},
    {Evidence::kContinuationNextParagraph, 0.68},
    {Evidence::kPreviousSentence, -1.50},
    {Evidence::kPronoun, 0.01},
    {Evidence::kPronounDistant, -2.06},
    {Evidence::kPronounCompeting, -1.37},
    {Evidence::kFirstPerson, -0.35},
    {Evidence::kSingleName, 0.07},
    {Evidence::kFullName, 1.86},
    {Evidence::kOrganization, -1.93},
    {Evidence::kGroup, -1.44},
    {Evidence::kRoleResolved, 0.78},
    {Evidence::kRoleOnly, -0.53},
}};
// FITTED — end

// The confidence, in percent (1–100), of an attribution resting on `evidence`.
inline std::uint8_t attribution_confidence(const std::vector<Evidence>& evidence) {
  double logit = kAttributionBias;
  for (Evidence e : evidence)
    for (const auto& w : kEvidenceWeights)
      if (w.evidence == e) logit += w.weight;
  const double p = 1.0 / (1.0 + std::exp(-logit));
  return static_cast<std::uint8_t>(std::clamp(std::lround(p * 100.0), 1L, 100L));
}

}  // namespace onrecord
