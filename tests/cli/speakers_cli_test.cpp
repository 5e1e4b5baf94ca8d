// End-to-end: `onrecord-search speakers` lists who speaks with their counts, and `speakers NAME`
// gives one speaker's profile, as text and as JSON.
#include <gtest/gtest.h>

#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class SpeakersCliTest : public CliTest {
 protected:
  void SetUp() override {
    write_file(
        dir_ / "a.txt",
        "---\ndate: 2023-04-02\nsource: Harbor Daily\n---\nPort Strike\n"
        "\u201CWe will stay out until the contract is fair,\u201D said union leader Tom Banks.\n"
        "\u201CThe port loses money every day,\u201D said harbor master Luis Ortega.\n");
    write_file(dir_ / "b.txt",
               "---\ndate: 2024-06-09\nsource: Coast Times\n---\nStrike Ends\n"
               "\u201CIt was worth it,\u201D said union leader Tom Banks.\n");
    ASSERT_EQ(index("add " + at("a.txt") + " " + at("b.txt")).exit_code, 0);
  }
};

TEST_F(SpeakersCliTest, ListsSpeakersMostQuotedFirst) {
  const auto r = search("speakers --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json["total"], 2);
  EXPECT_EQ(json["speakers"][0]["name"], "Tom Banks");
  EXPECT_EQ(json["speakers"][0]["quotations"], 2);
  EXPECT_EQ(json["speakers"][1]["name"], "Luis Ortega");
  const auto found = search("speakers --find orte");
  ASSERT_EQ(found.exit_code, 0);
  EXPECT_NE(found.out.find("Luis Ortega"), std::string::npos) << found.out;
  EXPECT_EQ(found.out.find("Tom Banks"), std::string::npos) << found.out;
}

TEST_F(SpeakersCliTest, AProfileNewestFirstWithYearsOutletsAndCompany) {
  const auto r = search("speakers --json 'Tom Banks'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto p = nlohmann::json::parse(r.out);
  EXPECT_EQ(p["speaker"], "Tom Banks");
  EXPECT_EQ(p["quotations"], 2);
  EXPECT_EQ(p["articles"], 2);
  EXPECT_EQ(p["by_year"],
            nlohmann::json::parse(R"([{"year":"2023","count":1},{"year":"2024","count":1}])"));
  EXPECT_EQ(p["latest_quotations"][0]["quote"]["text"], "It was worth it,") << "newest first";
  std::vector<std::string> outlets;
  for (const auto& o : p["outlets"]) outlets.push_back(o["source"]);
  EXPECT_EQ(outlets.size(), 2u);
  const auto text = search("speakers 'tom banks'");
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("Tom Banks: 2 quotations"), std::string::npos) << text.out;
  const auto missing = search("speakers 'Nobody Here'");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no speaker named 'Nobody Here'"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace onrecord
