// End-to-end: values longer than Xapian's term limit (a base64 blob, a URL as an article id, a
// run of letters) are indexed, searchable, and never cost the other articles of the run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_fixture.hpp"
#include "index/schema.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class LongTermsCliTest : public CliTest {};

std::string blob(std::size_t bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) out += static_cast<char>('a' + (i * 7) % 26);
  return out;
}

TEST(LongTerms, ATermOverTheLimitKeepsItsStartAndStaysDistinct) {
  const std::string a = blob(1000);
  std::string b = a;
  b.back() = b.back() == 'z' ? 'y' : 'z';
  const std::string ta = schema::term("XS", a);
  EXPECT_LE(ta.size(), schema::kMaxTermBytes);
  EXPECT_EQ(ta.substr(0, 50), "XS" + a.substr(0, 48));
  EXPECT_EQ(ta, schema::term("XS", a)) << "the index and a query build the same term";
  EXPECT_NE(ta, schema::term("XS", b)) << "two long values differing at the end";
  // A UTF-8 sequence is never split: 'é' is two bytes, so no cut leaves half of one.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "\xC3\xA9";
  const std::string tu = schema::term("", accented);
  const std::string head = tu.substr(0, tu.find('#'));
  EXPECT_EQ(head.size() % 2, 0U) << head.size();
  EXPECT_EQ(schema::term("XS", "short"), "XSshort");
}

TEST_F(LongTermsCliTest, ALongWordNeitherAbortsTheRunNorHidesTheArticle) {
  const std::string word = blob(1000);  // over Xapian's limit, within one passage
  write_file(dir_ / "blob.txt", "Blob\nThe attachment " + word + " was posted by the clerk.\n");
  write_file(dir_ / "plain.txt", "Plain\nThe levee held through the storm.\n");
  const auto r = index("add " + at("blob.txt") + " " + at("plain.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 added"), std::string::npos) << r.out;
  EXPECT_LT(r.err.size(), 1000U) << "no term echoed in a message";
  EXPECT_EQ(search_json("levee")["total"], 1);
  EXPECT_EQ(search_json("clerk")["total"], 1);
  EXPECT_EQ(search_json(word)["total"], 1) << "the whole word finds its article";
  EXPECT_EQ(search_json(word.substr(0, 30) + "*")["total"], 1) << "and so does its start";
}

TEST_F(LongTermsCliTest, AnOverlongArticleIdIsRefusedByLineAndCostsNoOtherArticle) {
  const auto line = [](const std::string& id, const std::string& text) {
    return nlohmann::json{{"id", id}, {"title", "Report"}, {"text", text}}.dump() + "\n";
  };
  write_file(dir_ / "two.jsonl", line("https://news.example.com/" + blob(400), "About canals.") +
                                     line("short-id", "About bridges."));
  const auto r = index("add --jsonl " + at("two.jsonl"));
  EXPECT_NE(r.exit_code, 0) << "one article failed";
  EXPECT_NE(r.err.find("two.jsonl:1"), std::string::npos) << r.err;
  EXPECT_LT(r.err.size(), 1000U) << "the id is not echoed whole";
  EXPECT_EQ(search_json("bridges")["total"], 1);
  EXPECT_EQ(search_json("canals")["total"], 0);
}

TEST_F(LongTermsCliTest, ALongSpeakerOverrideIsFilterable) {
  const std::string speaker = "Ann " + blob(300);
  write_file(dir_ / "speech.txt", "Speech\nWe will rebuild the harbour.\n");
  const auto r = index("add --speaker " + testing::shell_quote(speaker) + " " + at("speech.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto hits = search_json("harbour speaker:\"" + speaker + "\"");
  EXPECT_EQ(hits["total"], 1) << hits["warnings"].dump();
  EXPECT_EQ(hits["matched"]["speaker"][0], speaker) << "shown as written";
}

}  // namespace
}  // namespace onrecord
