// End-to-end tests of quotations: extraction commands, --quotes search, speakers and sources.
#include <sstream>

#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

constexpr const char* kBudgetStory =
    "---\ntitle: Budget Fight Escalates\ndate: 2025-06-05\nsource: Capitol Report\n---\n"
    "Senator Kay Moore denounced the plan on Wednesday as a \u201Creckless gamble.\u201D\n\n"
    "\u201CWe will pass it this week,\u201D said Speaker Tom Hadley. \u201CThe votes are "
    "there.\u201D\n";

TEST_F(CliTest, QuotesCommandPrintsEachQuotation) {
  write_file(dir_ / "budget.txt", kBudgetStory);
  const auto r = index("quotes " + at("budget.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["quote"], "reckless gamble.");
  EXPECT_EQ(lines[0]["speaker"], "Kay Moore");
  EXPECT_EQ(lines[0]["date"], "2025-06-04");
  EXPECT_EQ(lines[0]["kind"], "speech");
  EXPECT_EQ(lines[0]["cue"], "denounced");
  EXPECT_EQ(lines[1]["speaker"], "Tom Hadley");
  EXPECT_EQ(lines[2]["cue"], "continuation");
  for (const char* key : {"file", "quote", "speaker", "date", "kind", "cue", "start", "end"}) {
    EXPECT_TRUE(lines[0].contains(key)) << key;
  }
  EXPECT_FALSE(std::filesystem::exists(db()));  // no database touched
}

TEST_F(CliTest, DatesCommandPrintsResolvedExpressions) {
  write_file(dir_ / "budget.txt", kBudgetStory);
  const auto r = index("dates " + at("budget.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0]["text"], "Wednesday");
  EXPECT_EQ(lines[0]["value"], "2025-06-04");
  EXPECT_EQ(lines[0]["grain"], "day");
  EXPECT_EQ(lines[1]["text"], "this week");
  EXPECT_EQ(lines[1]["value"], "2025-W23");  // the ISO week of Thursday 2025-06-05
  EXPECT_EQ(lines[1]["grain"], "week");
  EXPECT_EQ(lines[1]["interval"]["start"], "2025-06-02");
  EXPECT_EQ(lines[1]["interval"]["end"], "2025-06-08");
}

TEST_F(CliTest, QuoteSearchFiltersTheQuotationsOwnSpeaker) {
  // Musk is quoted beside Trump in one passage: Trump's words must not become Musk's.
  write_file(
      dir_ / "spat.txt",
      "Spat\n\u201CThe bill is a disgrace,\u201D Elon Musk said, after Donald Trump called it "
      "\u201Cthe greatest bill ever written.\u201D\n");
  ASSERT_EQ(index("add " + at("spat.txt")).exit_code, 0);
  auto json = search_json("bill", "--quotes --speaker musk");
  ASSERT_EQ(json["total"], 1);
  EXPECT_EQ(json["mode"], "quotes");
  EXPECT_EQ(json["results"][0]["quote"]["text"], "The bill is a disgrace,");
  EXPECT_EQ(json["results"][0]["quote"]["speaker"], "Elon Musk");
  json = search_json("greatest", "--quotes --speaker musk");
  EXPECT_EQ(json["total"], 0);
  json = search_json("greatest", "--quotes --speaker trump");
  EXPECT_EQ(json["total"], 1);
  // The passage itself carries both speakers.
  json = search_json("disgrace");
  EXPECT_EQ(json["results"][0]["speakers"].size(), 2u);
}

TEST_F(CliTest, OneQuotationReportedByManyArticles) {
  write_file(dir_ / "news/later.txt",
             "---\ndate: 2025-07-01\n---\nLater Story\n\u201CWe will not back down,\u201D Mayor "
             "Ana Ruiz said.\n");
  write_file(dir_ / "news/earlier.txt",
             "---\ndate: 2025-06-01\n---\nEarly Story\nMayor Ana Ruiz said: \u201CWe will not back "
             "down.\u201D\n");
  ASSERT_EQ(index("sync " + at("news")).exit_code, 0);
  const auto json = search_json("back down", "--quotes");
  EXPECT_EQ(json["total"], 2);             // two reports
  EXPECT_EQ(json["total_quotations"], 1);  // of one quotation
  ASSERT_EQ(json["results"].size(), 1u);
  const auto& sources = json["results"][0]["quoted_in"];
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0]["id"], "earlier");  // earliest first
  EXPECT_EQ(sources[1]["id"], "later");
  const auto text = search("--quotes 'back down'");
  EXPECT_NE(text.out.find("quoted in 2 articles"), std::string::npos) << text.out;
}

TEST_F(CliTest, AliasFileMergesNamesAcrossArticles) {
  write_file(dir_ / "news/a.txt", "A\n\u201CWe won,\u201D said Donald J. Trump.\n");
  write_file(dir_ / "news/b.txt", "B\n\u201CWe won again,\u201D said Donald Trump.\n");
  ASSERT_EQ(index("sync " + at("news")).exit_code, 0);
  auto json = search_json("won", "--quotes");
  EXPECT_EQ(json["facets"]["speaker"].size(), 2u);  // no alias file yet: two names
  write_file(dir_ / "news/aliases.yaml", "Donald Trump: [Donald J. Trump]\n");
  const auto r = index("sync " + at("news"));
  EXPECT_NE(r.out.find("2 updated"), std::string::npos) << r.out;  // aliases changed: re-indexed
  json = search_json("won", "--quotes");
  ASSERT_EQ(json["facets"]["speaker"].size(), 1u);
  EXPECT_EQ(json["facets"]["speaker"][0]["value"], "Donald Trump");
  EXPECT_EQ(json["facets"]["speaker"][0]["count"], 2);
  write_file(dir_ / "news/aliases.yaml", "Donald Trump: {bad: [\n");
  const auto bad = index("sync " + at("news"));
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("aliases.yaml"), std::string::npos) << bad.err;
}

TEST_F(CliTest, DatesSaidAndDatesMentionedAreFilteredApart) {
  write_file(dir_ / "history.txt",
             "---\ndate: 2025-03-01\n---\nHistory\nThe treaty was signed in 1961, \u201Ca turning "
             "point,\u201D said "
             "historian Mary Beard.\n");
  ASSERT_EQ(index("add " + at("history.txt")).exit_code, 0);
  // A date the text mentions is no date the passage was said or published: --mentions finds
  // it, --date does not (a 1965 speech mentioning 1863 is not from the 1860s).
  EXPECT_EQ(search_json("treaty", "--date 1961")["total"], 0);
  EXPECT_EQ(search_json("treaty", "--date 2025")["total"], 1);
  const auto json = search_json("treaty", "--mentions 1961");
  ASSERT_EQ(json["total"], 1);
  EXPECT_EQ(json["results"][0]["speakers"][0], "Mary Beard");
  EXPECT_EQ(json["results"][0]["dates"], nlohmann::json::array({"2025-03-01"}));
  EXPECT_EQ(json["results"][0]["mentioned"], nlohmann::json::array({"1961"}));
  EXPECT_EQ(json["facets"]["mentioned"][0]["value"], "1961");
  EXPECT_EQ(json["facets"]["date"][0]["value"], "2025");
  EXPECT_EQ(search_json("treaty mentions:1961", "")["total"], 1);
  EXPECT_EQ(search_json("treaty date:1961", "")["total"], 0);
  EXPECT_EQ(search_json("treaty", "--speaker 'mary beard'")["total"], 1);
}

}  // namespace
}  // namespace onrecord
