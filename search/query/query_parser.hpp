// Reads the query language into a syntax tree: words, "phrases", AND / OR / NOT (and -word),
// NEAR and NEAR/n, trailing wildcards (abomin*), parentheses and fields (speaker:, date:,
// title:, source:, author:). Lenient where a reading is obvious (an unclosed quote or
// parenthesis, a stray operator read as a word); an error where it is not.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "index/error.hpp"

namespace onrecord {

enum class NodeType { kWord, kPhrase, kWildcard, kNear, kAnd, kOr, kNot, kField };

struct QueryNode {
  NodeType type = NodeType::kAnd;
  std::string text;           // word, phrase or wildcard prefix; a field's value
  std::string field;          // field name for kField
  bool value_quoted = false;  // field value given as "..."
  unsigned window = 0;        // NEAR/n distance
  std::size_t offset = 0;     // where a word starts in the raw query (for suggestions)
  std::vector<QueryNode> children;
};

// Parses `query`; an empty tree (kAnd without children) means "no words" (filters may still
// come from options).
Result<QueryNode> parse_query(const std::string& query);

}  // namespace onrecord
