#include "formats/article_reader.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace onrecord {
namespace {

using testing::TempDir;
using testing::write_file;

ReadOutcome read_text(const std::string& text, const std::string& id = "a1") {
  ReadOptions options;
  options.default_id = id;
  options.format = ArticleFormat::kText;
  return read_article_bytes(text, "news/a1.txt", options);
}

TEST(ArticleReader, PlainTitleBylineAndParagraphPerLine) {
  const auto outcome = read_text(
      "Senate Passes Budget After All-Night Session\nBy Maria Delgado\nThe Senate passed the "
      "budget at dawn.\n"
      "\u201CIt was a long night,\u201D said Sen. John Thune.\n");
  ASSERT_TRUE(outcome.errors.empty());
  ASSERT_EQ(outcome.articles.size(), 1u);
  const Article& a = outcome.articles[0];
  EXPECT_EQ(a.fields.title, "Senate Passes Budget After All-Night Session");
  EXPECT_EQ(a.fields.author, "Maria Delgado");
  EXPECT_EQ(a.fields.id, "a1");
  EXPECT_EQ(a.fields.date, "");  // no invented date
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1], "\u201CIt was a long night,\u201D said Sen. John Thune.");
}

TEST(ArticleReader, BlankLineBlocksJoinWrappedLines) {
  const auto outcome = read_text(
      "Council Votes on Transit Plan\n\nThe council voted 7-2 on Tuesday\nto expand bus "
      "service.\n\n"
      "Opponents said the plan\ncosts too much.\n");
  ASSERT_EQ(outcome.articles.size(), 1u);
  EXPECT_EQ(outcome.articles[0].paragraphs,
            (std::vector<std::string>{"The council voted 7-2 on Tuesday to expand bus service.",
                                      "Opponents said the plan costs too much."}));
}

TEST(ArticleReader, FrontMatterFieldsAndBodyTitleFallback) {
  const auto outcome = read_text(
      "---\nid: senate-budget-2025\ndate: 2025-06-05\nsource: The Courier\nspeaker: Jane Roe\nurl: "
      "https://example.org/x\n---\n"
      "Budget Passes\nThe budget passed.\n");
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0].describe();
  const Article& a = outcome.articles.at(0);
  EXPECT_EQ(a.fields.id, "senate-budget-2025");
  EXPECT_EQ(a.fields.date, "2025-06-05");
  EXPECT_EQ(a.fields.source, "The Courier");
  EXPECT_EQ(a.fields.speaker, "Jane Roe");
  EXPECT_EQ(a.fields.title, "Budget Passes");
  EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"The budget passed."}));
}

TEST(ArticleReader, FrontMatterTitleKeepsFirstLineAsText) {
  const auto outcome =
      read_text("---\ntitle: Remarks at the Summit\n---\nThank you all for coming.\n");
  ASSERT_EQ(outcome.articles.size(), 1u);
  EXPECT_EQ(outcome.articles[0].fields.title, "Remarks at the Summit");
  EXPECT_EQ(outcome.articles[0].paragraphs,
            (std::vector<std::string>{"Thank you all for coming."}));
}

TEST(ArticleReader, InvalidDateNamesFileAndLine) {
  const auto outcome = read_text("---\ntitle: X\ndate: 2025-13-45\n---\nText.\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_TRUE(outcome.articles.empty());
  EXPECT_NE(outcome.errors[0].message.find("news/a1.txt:3"), std::string::npos)
      << outcome.errors[0].message;
  EXPECT_NE(outcome.errors[0].message.find("2025-13-45"), std::string::npos);
}

TEST(ArticleReader, MalformedFrontMatterNamesLine) {
  const auto outcome = read_text("---\ntitle: ok\nauthor: [unclosed\n---\nText.\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("malformed front matter"), std::string::npos);
  EXPECT_NE(outcome.errors[0].message.find("news/a1.txt:"), std::string::npos);
}

TEST(ArticleReader, UnclosedFrontMatterIsAnError) {
  const auto outcome = read_text("---\ntitle: never closed\nText.\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("never closed"), std::string::npos);
}

TEST(ArticleReader, UnknownFieldWarns) {
  const auto outcome = read_text("---\ntitle: T\nmood: grumpy\n---\nText.\n");
  EXPECT_EQ(outcome.articles.size(), 1u);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_NE(outcome.warnings[0].find("mood"), std::string::npos);
}

TEST(ArticleReader, EmptyAndWhitespaceFilesAreErrors) {
  EXPECT_EQ(read_text("").errors.size(), 1u);
  const auto outcome = read_text("  \n\n \t\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("empty"), std::string::npos);
}

TEST(ArticleReader, TitleWithoutTextIsAnError) {
  const auto outcome = read_text("Just a headline\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("no text"), std::string::npos);
}

TEST(ArticleReader, BinaryIsRefused) {
  const auto outcome = read_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_NE(outcome.errors[0].message.find("binary"), std::string::npos);
}

TEST(ArticleReader, Windows1252IsDecodedWithWarning) {
  // "Smith said \x93we will win\x94" with curly quotes in Windows-1252, plus an e-acute.
  const auto outcome = read_text(
      "Caf\xE9 Owners Rally\nSmith said \x93we will win\x94 at the caf\xE9 on Monday morning.\n");
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0].describe();
  ASSERT_EQ(outcome.articles.size(), 1u);
  EXPECT_EQ(outcome.articles[0].fields.title, "Caf\u00E9 Owners Rally");
  EXPECT_NE(outcome.articles[0].paragraphs[0].find("\u201Cwe will win\u201D"), std::string::npos);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_NE(outcome.warnings[0].find("news/a1.txt"), std::string::npos);
}

TEST(ArticleReader, CrlfAndBomAreNormalized) {
  const auto outcome =
      read_text("\xEF\xBB\xBFHeadline\r\nFirst paragraph.\r\nSecond paragraph.\r\n");
  ASSERT_EQ(outcome.articles.size(), 1u);
  EXPECT_EQ(outcome.articles[0].fields.title, "Headline");
  EXPECT_EQ(outcome.articles[0].paragraphs.size(), 2u);
}

TEST(ArticleReader, JsonLinesGoodAndBadLines) {
  ReadOptions options;
  options.default_id = "bulk";
  options.format = ArticleFormat::kJsonLines;
  const std::string text =
      R"({"id": "s1", "title": "Speech", "speaker": "Abraham Lincoln", "date": "1863-11-19", "text": "Four score and seven years ago."})"
      "\n"
      R"({"title": "broken", "text": )"
      "\n\n"
      R"({"title": "No id", "text": "Text here.", "date": "2025-02-30"})"
      "\n"
      R"({"title": "Fine", "text": "Other text."})"
      "\n";
  const auto outcome = read_article_bytes(text, "speeches.jsonl", options);
  ASSERT_EQ(outcome.articles.size(), 2u);
  EXPECT_EQ(outcome.articles[0].fields.speaker, "Abraham Lincoln");
  EXPECT_EQ(outcome.articles[1].fields.id, "bulk:5");  // derived from file and line
  ASSERT_EQ(outcome.errors.size(), 2u);
  EXPECT_NE(outcome.errors[0].message.find("speeches.jsonl:2"), std::string::npos);
  EXPECT_NE(outcome.errors[0].message.find("malformed JSON"), std::string::npos);
  EXPECT_NE(outcome.errors[1].message.find("speeches.jsonl:4"), std::string::npos);
  EXPECT_NE(outcome.errors[1].message.find("2025-02-30"), std::string::npos);
}

TEST(ArticleReader, OverridesReplaceFileFields) {
  ReadOptions options;
  options.default_id = "x";
  options.format = ArticleFormat::kText;
  options.overrides.date = "2024-11";
  options.overrides.speaker = "Kamala Harris";
  const auto outcome =
      read_article_bytes("---\ndate: 2020\n---\nRemarks\nThank you.\n", "-", options);
  ASSERT_EQ(outcome.articles.size(), 1u);
  EXPECT_EQ(outcome.articles[0].fields.date, "2024-11");
  EXPECT_EQ(outcome.articles[0].fields.speaker, "Kamala Harris");
}

TEST(ArticleReader, UnreadableAndMissingFiles) {
  TempDir dir;
  ReadOptions options;
  const auto missing = read_article_file(dir / "nope.txt", options);
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_NE(missing.errors[0].message.find("nope.txt"), std::string::npos);
  EXPECT_EQ(read_article_file(dir.path(), options).errors.size(), 1u);
}

TEST(ArticleReader, IdFromPathIsTheFileStem) {
  EXPECT_EQ(id_from_path("corpus/politics/musk-trump.txt"), "musk-trump");
}

}  // namespace
}  // namespace onrecord
