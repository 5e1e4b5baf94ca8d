// End-to-end: bytes that are not UTF-8 in a command-line value, a query or a batch line get a
// message naming what was wrong, never an internal error; a batch goes on past such a line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class InvalidUtf8CliTest : public CliTest {
 protected:
  void SetUp() override {
    write_file(dir_ / "speech.txt", "Speech\nWe will rebuild the harbour this year.\n");
    ASSERT_EQ(index("add " + at("speech.txt")).exit_code, 0);
  }
};

TEST_F(InvalidUtf8CliTest, AnOverrideThatIsNotUtf8IsRefusedByName) {
  write_file(dir_ / "other.txt", "Other\nThe levee held.\n");
  const auto r = index("add --speaker " + testing::shell_quote("Sp\xfe") + " " + at("other.txt"));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("the speaker is not valid UTF-8"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
  EXPECT_EQ(search_json("levee")["total"], 0) << "nothing half-written";
}

TEST_F(InvalidUtf8CliTest, AQueryThatIsNotUtf8GetsAJsonError) {
  const auto r = search("--json -- " + testing::shell_quote("harbour\xff"));
  EXPECT_EQ(r.exit_code, 2);
  const auto json = nlohmann::json::parse(r.out);  // valid JSON, the byte shown as U+FFFD
  EXPECT_NE(json["error"]["message"].get<std::string>().find("not valid UTF-8"), std::string::npos);
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
}

TEST_F(InvalidUtf8CliTest, ABatchAnswersEveryLinePastABadOne) {
  write_file(dir_ / "queries.txt", "harbour\n\xff\nrebuild\n");
  const auto r = search("--batch " + at("queries.txt"));
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> answers;
  for (std::string line; std::getline(lines, line);) answers.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(answers.size(), 3U) << r.out << r.err;
  EXPECT_EQ(answers[0]["total"], 1);
  EXPECT_TRUE(answers[1].contains("error"));
  EXPECT_EQ(answers[2]["total"], 1);
}

}  // namespace
}  // namespace onrecord
