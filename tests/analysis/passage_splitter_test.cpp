#include "analysis/passage_splitter.hpp"

#include <gtest/gtest.h>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

std::string long_speech(int sentences) {
  std::string text;
  for (int i = 0; i < sentences; ++i) {
    text += "Sentence number " + std::to_string(i) +
            " of the address speaks of the union and its people. ";
  }
  return text;
}

TEST(PassageSplitter, OneParagraphOnePassage) {
  const auto passages = split_passages({"First paragraph.", "Second paragraph."});
  ASSERT_EQ(passages.size(), 2u);
  EXPECT_EQ(passages[1].index, 1u);
  EXPECT_EQ(passages[1].text, "Second paragraph.");
}

TEST(PassageSplitter, OffsetsPointIntoTheBody) {
  const std::vector<std::string> paragraphs{"\u201CWe\u2019ll see,\u201D she said.",
                                            "Then she left."};
  const auto passages = split_passages(paragraphs);
  const std::string body = article_body(paragraphs);
  ASSERT_EQ(passages.size(), 2u);
  // body_start counts code points: the curly quotes are one character each.
  EXPECT_EQ(passages[1].body_start, count_code_points(paragraphs[0]) + 2);
  EXPECT_EQ(count_code_points(body), passages[1].body_start + count_code_points(passages[1].text));
}

TEST(PassageSplitter, LongParagraphCutAtSentenceBoundaries) {
  const std::string speech = long_speech(300);  // ~22,000 characters, no breaks
  const auto passages = split_passages({speech});
  ASSERT_GT(passages.size(), 10u);
  std::string rejoined;
  for (const auto& p : passages) {
    EXPECT_LE(p.text.size(), PassageLimits{}.max_bytes);
    EXPECT_TRUE(p.text.starts_with("Sentence number")) << p.text.substr(0, 40);
    EXPECT_TRUE(p.text.ends_with("people.")) << p.text.substr(p.text.size() - 20);
    EXPECT_EQ(speech.substr(p.body_start, p.text.size()), p.text);  // ASCII: chars == bytes
  }
}

TEST(PassageSplitter, SentenceLongerThanLimitCutAtSpaces) {
  std::string run_on;
  for (int i = 0; i < 600; ++i) run_on += "and then ";
  const auto passages = split_passages({run_on});
  ASSERT_GT(passages.size(), 1u);
  for (const auto& p : passages) {
    EXPECT_LE(p.text.size(), PassageLimits{}.max_bytes);
    EXPECT_TRUE(p.text.starts_with("and then")) << p.text.substr(0, 20);
  }
}

}  // namespace
}  // namespace onrecord
