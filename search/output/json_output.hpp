// The versioned JSON form of a search response: the contract for scripts and the web page.
// README.md documents every field; bump kJsonSchemaVersion on any incompatible change.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "engine/result_model.hpp"
#include "index/error.hpp"

namespace onrecord {

inline constexpr int kJsonSchemaVersion = 2;  // 2: dates split into own and mentioned

nlohmann::ordered_json to_json(const SearchResponse& response);
// One result, as in the response's "results" (and as one line of a JSON Lines export).
nlohmann::ordered_json hit_json(const SearchHit& hit, Snippets snippets);
// {"message", "hint"}: an error as every JSON answer carries it.
nlohmann::ordered_json error_json(const Error& error);
// One quotation: text, speaker, speaker_role, confidence, date, date_source, kind, cue, offsets.
nlohmann::ordered_json quote_json(const QuoteData& quote);
// {"version", "query", "error": {"message", "hint"}} for a query that failed (batch mode).
nlohmann::ordered_json error_to_json(const std::string& query, const Error& error);

// The JSON as text, any invalid UTF-8 in it (a stored value, an echoed query line) shown as
// U+FFFD instead of failing the whole answer.
std::string json_text(const nlohmann::ordered_json& json, int indent = -1);

std::string html_escape(std::string_view text);
// The snippet as HTML: escaped text, matches in <mark>, "…" where the passage was cut.
std::string snippet_html(const Snippet& snippet);

}  // namespace onrecord
