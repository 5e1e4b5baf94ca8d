// JSON Lines input: one article per line, the front-matter field names plus `text`.
#pragma once

#include <string>
#include <string_view>

#include "formats/article_input.hpp"

namespace onrecord {

// One line of a JSON Lines file (its number counts from 1).
void read_jsonl_line(std::string_view line, std::size_t line_number, const std::string& origin,
                     const std::string& hash, const ReadOptions& options, ReadOutcome& outcome);

void read_jsonl_articles(std::string_view text, const std::string& origin, const std::string& hash,
                         const ReadOptions& options, ReadOutcome& outcome);

}  // namespace onrecord
