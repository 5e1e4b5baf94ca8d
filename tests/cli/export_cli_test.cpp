// End-to-end: `--format csv` and `--format jsonl` export every result of a search, read back with
// independent readers (Python's csv and json modules).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class ExportCliTest : public CliTest {
 protected:
  // More articles than one page of the export holds (1000), so the export must page.
  static constexpr int kArticles = 1205;

  void SetUp() override {
    std::string lines;
    for (int i = 0; i < kArticles; ++i) {
      const std::string title = i == 7   ? "Mayor says \"no\", again"
                                : i == 8 ? "=HYPERLINK(\"x\")"
                                         : "Levee report " + std::to_string(i);
      lines += nlohmann::json{{"id", "a" + std::to_string(i)},
                              {"title", title},
                              {"date", "2024-05-03"},
                              {"text",
                               "\u201CThe levee will hold, I promise,\u201D said Mayor Ana Ruiz. "
                               "Engineers checked levee number " +
                                   std::to_string(i) + "."}}
                   .dump() +
               "\n";
    }
    write_file(dir_ / "all.jsonl", lines);
    ASSERT_EQ(index("add " + at("all.jsonl")).exit_code, 0);
  }

  // The export read back by Python's csv module, as a list of {column: value}.
  nlohmann::json csv_rows(const std::string& args) {
    const auto r =
        testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                     testing::shell_quote(db().string()) + " " + args + " > " + at("out.csv") +
                     " && python3 -c 'import csv, json, sys; "
                     "print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline=\"\")))))' " +
                     at("out.csv"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
};

TEST_F(ExportCliTest, CsvHasOneRowPerResultAcrossPages) {
  const auto page = search_json("levee");
  const std::size_t total = page["total_articles"];
  ASSERT_EQ(total, static_cast<std::size_t>(kArticles));
  const auto rows = csv_rows("--format csv levee");
  ASSERT_EQ(rows.size(), total);
  std::set<std::string> ids;
  for (const auto& row : rows) ids.insert(row["article_id"].get<std::string>());
  EXPECT_EQ(ids.size(), total) << "no result twice, none left out";
  EXPECT_EQ(rows[0]["article_id"], page["results"][0]["article"]["id"]) << "in the page's order";
  EXPECT_EQ(rows[0]["speaker"], "Ana Ruiz");
  EXPECT_EQ(rows.back()["rank"], std::to_string(total));
  for (const auto& row : rows) {
    if (row["article_id"] == "a7") {
      EXPECT_EQ(row["article_title"], "Mayor says \"no\", again");
    }
    if (row["article_id"] == "a8") {
      EXPECT_EQ(row["article_title"], "'=HYPERLINK(\"x\")") << "a spreadsheet does not run it";
    }
  }
  EXPECT_EQ(csv_rows("--format csv --limit 5 levee").size(), 5u) << "--limit bounds the export";
  EXPECT_EQ(csv_rows("--format csv nosuchword").size(), 0u) << "no matches: the header alone";
  const auto bad = search("--format csv 'levee date:2025-13'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(bad.out.empty()) << "a bad query writes no header: " << bad.out;
}

TEST_F(ExportCliTest, QuotationsAsCsvAndJsonLines) {
  // Every article reports the same words: one quotation, reported by all of them.
  const auto rows = csv_rows("--format csv --quotes promise");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["reported_by"], std::to_string(kArticles));
  EXPECT_EQ(rows[0]["text"], "The levee will hold, I promise,");
  EXPECT_EQ(rows[0]["kind"], "speech");
  EXPECT_EQ(rows[0]["start"], "1");
  const auto r = search("--format jsonl --limit 2 levee");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = r.out.find('\n', at)) != std::string::npos; ++at) ++lines;
  ASSERT_EQ(lines, 2u);
  const auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(first["rank"], 1);
  EXPECT_TRUE(first["article"].contains("title"));
  const auto batch = testing::run("echo levee | " + std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                  testing::shell_quote(db().string()) + " --format csv --batch -");
  EXPECT_EQ(batch.exit_code, 2);
  EXPECT_NE(batch.err.find("--batch answers each query with one JSON line"), std::string::npos);
}

}  // namespace
}  // namespace onrecord
