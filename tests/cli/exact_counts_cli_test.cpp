// Counts called exact are exact on real text too: on the project's corpus, every page of a
// one-shot search and every answer of a batch gives the totals and facets of the whole result
// list, and the pages together are that list.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_fixture.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

std::string group_of(const nlohmann::json& hit, bool quotes) {
  return quotes ? hit["quote"]["text"].get<std::string>() : hit["article"]["id"].get<std::string>();
}

TEST_F(CliTest, EveryPageAndEveryBatchAnswerCountsTheWholeResultList) {
  ASSERT_EQ(index("sync " + testing::shell_quote(ONRECORD_CORPUS_DIR)).exit_code, 0);
  const std::vector<std::pair<std::string, std::string>> searches{{"trump", ""},
                                                                  {"musk said", ""},
                                                                  {"the", "--sort date"},
                                                                  {"we", "--quotes"},
                                                                  {"he", "--quotes --sort date"},
                                                                  {"elon", "--speaker trump"}};
  std::string batch;
  std::vector<nlohmann::json> one_shot;
  for (const auto& [query, options] : searches) {
    SCOPED_TRACE(query + " " + options);
    const bool quotes = options.find("--quotes") != std::string::npos;
    const auto whole = search_json(query, options + " --limit 1000");
    ASSERT_FALSE(whole["results"].empty());
    EXPECT_TRUE(whole["exact"].get<bool>());
    const std::string groups = quotes ? "total_quotations" : "total_articles";
    EXPECT_EQ(whole[groups], whole["results"].size());
    for (const int limit : {1, 3}) {
      std::vector<std::string> paged;
      for (std::size_t offset = 0; offset < whole["results"].size(); offset += limit) {
        const auto page = search_json(query, options + " --limit " + std::to_string(limit) +
                                                 " --offset " + std::to_string(offset));
        EXPECT_EQ(page["total"], whole["total"]);
        EXPECT_EQ(page[groups], whole[groups]);
        EXPECT_EQ(page["facets"], whole["facets"]);
        for (const auto& hit : page["results"]) paged.push_back(group_of(hit, quotes));
      }
      std::vector<std::string> ranking;
      for (const auto& hit : whole["results"]) ranking.push_back(group_of(hit, quotes));
      EXPECT_EQ(paged, ranking) << "limit " << limit;
    }
    one_shot.push_back(search_json(query, options));
  }
  // A batch's answers are the one-shot answers (its searches after the first use the facet
  // table); options are the batch's own, so batch each kind of search apart.
  for (std::size_t i = 0; i < searches.size(); ++i) {
    const auto& [query, options] = searches[i];
    testing::write_file(dir_ / "batch.txt", query + "\n" + query + "\n" + query + "\n");
    const auto r = search(options + " --batch " + at("batch.txt"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      auto answer = nlohmann::json::parse(line);
      auto expected = one_shot[i];
      answer.erase("took_ms");
      expected.erase("took_ms");
      EXPECT_EQ(answer, expected) << query << " " << options;
    }
  }
}

}  // namespace
}  // namespace onrecord
