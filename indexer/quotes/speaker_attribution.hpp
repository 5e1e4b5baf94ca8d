// Attributes each quotation to its speaker from the text around it: "“Q,” X said", "“Q,” said
// X", "X said: “Q”", "X told reporters, “Q”", "according to X", "X described it as “Q”",
// "X, who …, said", "X said that … “Q”", participle clauses ("…, calling him “Q”"), and
// quotations that continue the previous speaker's turn. Pronouns resolve to the one person they
// can mean; where two fit, the quotation gets no speaker.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "index/quote_kind.hpp"
#include "quotes/alias_table.hpp"
#include "quotes/article_text.hpp"
#include "quotes/name_registry.hpp"

namespace onrecord {

struct Attributed {
  QuoteKind kind = QuoteKind::kSpeech;
  std::string speaker;
  std::string cue;
};

// Attributes every quotation of the article, in order (each views[p].quotes[q]).
std::vector<std::vector<Attributed>> attribute_quotes(const std::vector<ParagraphView>& views,
                                                      const AliasTable& aliases);

}  // namespace onrecord
