#include "query/query_parser.hpp"

#include <gtest/gtest.h>

namespace onrecord {
namespace {

// A compact rendering of the tree, to compare shapes.
std::string show(const QueryNode& n) {
  auto list = [&](const std::string& op) {
    std::string s = op + "(";
    for (std::size_t i = 0; i < n.children.size(); ++i) s += (i ? " " : "") + show(n.children[i]);
    return s + ")";
  };
  switch (n.type) {
    case NodeType::kWord:
      return n.text;
    case NodeType::kPhrase:
      return "\"" + n.text + "\"";
    case NodeType::kWildcard:
      return n.text + "*";
    case NodeType::kField:
      return n.field + ":" + n.text;
    case NodeType::kNear:
      return list("NEAR/" + std::to_string(n.window));
    case NodeType::kAnd:
      return list("AND");
    case NodeType::kOr:
      return list("OR");
    case NodeType::kNot:
      return list("NOT");
  }
  return "?";
}

std::string parsed(const std::string& q) {
  auto r = parse_query(q);
  return r ? show(*r) : "error: " + r.error().message;
}

TEST(QueryParser, Shapes) {
  const std::pair<const char*, const char*> cases[] = {
      {"disgusting abomination", "AND(disgusting abomination)"},
      {"\"big, beautiful bill\"", "\"big, beautiful bill\""},
      {"\u201Cbig beautiful bill\u201D Musk", "AND(\"big beautiful bill\" Musk)"},
      {"trump OR musk", "OR(trump musk)"},
      {"a b OR c", "OR(AND(a b) c)"},
      {"trump AND NOT musk", "AND(trump NOT(musk))"},
      {"trump -musk", "AND(trump NOT(musk))"},
      {"abomin*", "abomin*"},
      {"Musk NEAR Trump", "NEAR/10(Musk Trump)"},
      {"Musk NEAR/3 Trump", "NEAR/3(Musk Trump)"},
      {"(trump OR musk) bill", "AND(OR(trump musk) bill)"},
      {"speaker:Musk bill", "AND(speaker:Musk bill)"},
      {"speaker:\"Elon Musk\" date:2025-06..2025-07",
       "AND(speaker:Elon Musk date:2025-06..2025-07)"},
      {"Speaker:Musk", "speaker:Musk"},
      {"title:conqueror", "title:conqueror"},
      {"well-meaning", "well-meaning"},
      {"re:subject", "re:subject"},  // unknown field names are plain words
  };
  for (const auto& [query, expected] : cases) EXPECT_EQ(parsed(query), expected) << query;
}

TEST(QueryParser, LenientReadings) {
  EXPECT_EQ(parsed("\"unbalanced"), "\"unbalanced\"");
  EXPECT_EQ(parsed("AND"), "AND");
  EXPECT_EQ(parsed("OR"), "OR");
  EXPECT_EQ(parsed("NOT"), "NOT");
  EXPECT_EQ(parsed("trump AND"), "AND(trump AND)");
  EXPECT_EQ(parsed("(((trump"), "trump");
  EXPECT_EQ(parsed("trump)))"), "trump");
  EXPECT_EQ(parsed("((("), "AND()");
  EXPECT_EQ(parsed(""), "AND()");
}

TEST(QueryParser, EmptyFieldValueIsAClearError) {
  auto r = parse_query("speaker:");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("speaker:"), std::string::npos);
  EXPECT_FALSE(r.error().hint.empty());
}

TEST(QueryParser, AQueryHasBoundedCost) {
  std::string paragraph;
  for (int i = 0; i < 300; ++i) paragraph += "word" + std::to_string(i) + " ";
  EXPECT_TRUE(parse_query(paragraph).ok()) << "a pasted paragraph is searched";
  std::string pasted_book;
  for (int i = 0; i < 2000; ++i) pasted_book += "word ";
  for (const std::string& q : {pasted_book, "\"" + pasted_book + "\""}) {
    auto r = parse_query(q);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kBadQuery);
    EXPECT_NE(r.error().message.find("at most"), std::string::npos) << r.error().message;
  }
  EXPECT_TRUE(parse_query("levee NEAR/1000 storm").ok());
  auto wide = parse_query("levee NEAR/4000000 storm");
  ASSERT_FALSE(wide.ok());
  EXPECT_NE(wide.error().message.find("NEAR/4000000"), std::string::npos);
}

TEST(QueryParser, WordOffsetsPointIntoTheQuery) {
  auto r = parse_query("big abomnation");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->children.at(1).offset, 4u);
}

}  // namespace
}  // namespace onrecord
