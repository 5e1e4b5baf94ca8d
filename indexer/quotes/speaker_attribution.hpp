// Attributes each quotation to its speaker from the text around it: "“Q,” X said", "“Q,” said
// X", "X said: “Q”", "X told reporters, “Q”", "according to X", "X described it as “Q”",
// "X, who …, said", "X said that … “Q”", participle clauses ("…, calling him “Q”"), and
// quotations that continue the previous speaker's turn, among others (see DESIGN.md). Each
// attribution carries its evidence and a confidence; below the fitted threshold the quotation
// gets no speaker.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/quote_kind.hpp"
#include "quotes/alias_table.hpp"
#include "quotes/article_text.hpp"
#include "quotes/attribution_evidence.hpp"
#include "quotes/name_registry.hpp"

namespace onrecord {

// The cue of a quotation that has none of its own and continues the last speaker's turn.
inline constexpr std::string_view kContinuationCue = "continuation";

// Whether a speaker below the confidence threshold is dropped (the product) or kept (to fit the
// weights: scripts/fit_attribution_weights.py needs every candidate).
enum class UnsureSpeakers { kDrop, kKeep };

// What the article says of itself that attribution needs.
struct AttributionContext {
  std::string speaker;  // the speech's or transcript's speaker (else its author): "I" outside
                        // the marks
  UnsureSpeakers unsure = UnsureSpeakers::kDrop;
};

struct Attributed {
  QuoteKind kind = QuoteKind::kSpeech;
  std::string speaker;
  std::string speaker_role;  // the source's description when the text names no one
  std::string cue;
  std::uint8_t confidence = 0;     // percent, in the speaker or role; 0 when there is neither
  std::vector<Evidence> evidence;  // what the speaker (or role) rests on
  // Where the cue stands when it is outside the quotation's paragraph (a paragraph ending
  // "… replied:"), for dating: its paragraph and byte offset there.
  std::optional<std::size_t> cue_paragraph;
  std::size_t cue_at = 0;
};

// Attributes every quotation of the article, in order (each views[p].quotes[q]).
std::vector<std::vector<Attributed>> attribute_quotes(const std::vector<ParagraphView>& views,
                                                      const AttributionContext& context,
                                                      const AliasTable& aliases);

}  // namespace onrecord
