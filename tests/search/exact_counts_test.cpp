// Counts called exact are exact: on a generated corpus whose articles hold many matching
// passages and whose quotations are reported by several articles, every page of every search
// gives the totals and facets that paging through the whole ranking gives, whatever the page
// size or offset, on a revision's first search (values read per match, Xapian collapsing) and
// on later ones (the facet table), sorted by relevance or by date.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "engine/searcher.hpp"
#include "support/test_database.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

constexpr int kArticles = 70;

// Articles of one to twelve paragraphs over a small vocabulary, so that one query matches one
// passage of some articles and most of others; a few quotations repeat across articles.
std::vector<Article> generated_corpus() {
  std::mt19937 random(20261202);
  const std::vector<std::string> words{"harbor", "levee",  "bridge", "council", "budget",
                                       "storm",  "repair", "vote",   "ferry",   "tax"};
  const std::vector<std::string> speakers{"Ana Ruiz", "Ben Okoro", "Lena Hart", "Dale Ortiz"};
  const std::vector<std::string> sayings{
      "The levee will hold this winter", "We will not raise the ferry tax",
      "The bridge repair is a budget storm", "Nobody voted for this harbor plan"};
  std::vector<Article> articles;
  for (int a = 0; a < kArticles; ++a) {
    std::vector<std::string> paragraphs;
    const int count = 1 + static_cast<int>(random() % 12);
    for (int p = 0; p < count; ++p) {
      std::string text = "The city";
      const int length = 4 + static_cast<int>(random() % 20);
      for (int w = 0; w < length; ++w) text += " " + words[random() % words.size()];
      text += ".";
      if (random() % 3 == 0) {
        text += " \u201C" + sayings[random() % sayings.size()] + ",\u201D said " +
                speakers[random() % speakers.size()] + ".";
      }
      paragraphs.push_back(text);
    }
    ArticleFields fields;
    fields.date =
        std::to_string(2000 + a % 7) + (a % 2 == 0 ? "-0" + std::to_string(1 + a % 9) : "");
    fields.source = a % 3 == 0 ? "Metro Daily" : "The Courier";
    if (a % 5 == 0) fields.speaker = speakers[static_cast<std::size_t>(a) % speakers.size()];
    articles.push_back(testing::make_article("art" + std::to_string(a), paragraphs, fields));
  }
  return articles;
}

std::string group_of(const SearchHit& hit, SearchScope scope) {
  return scope == SearchScope::kQuotes && hit.quote ? hit.quote->text : hit.article.id;
}

using FacetList = std::vector<std::pair<std::string, std::size_t>>;
FacetList as_list(const std::vector<FacetCount>& facet) {
  FacetList out;
  for (const auto& f : facet) out.emplace_back(f.value.value_or("(undated)"), f.count);
  return out;
}

class ExactCounts : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::build_database(db(), generated_corpus());
    auto searcher = Searcher::open(db());
    ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
    searcher_.emplace(std::move(*searcher));
  }
  std::filesystem::path db() const { return dir_.path() / "db"; }

  // A new revision (an article no query matches), whose first search goes without the table.
  void new_revision() {
    testing::build_database(
        db(), {testing::make_article("pad" + std::to_string(++pads_), {"Placeholder xylophone."})});
  }

  SearchResponse search(SearchRequest request) {
    auto response = searcher_->search(request);
    EXPECT_TRUE(response.ok()) << request.query
                               << (response.ok() ? "" : ": " + response.error().describe());
    return response.ok() ? *response : SearchResponse{};
  }

  testing::TempDir dir_;
  std::optional<Searcher> searcher_;
  int pads_ = 0;
};

struct Case {
  const char* query;
  SearchScope scope;
  std::optional<SortOrder> sort;
};

TEST_F(ExactCounts, EveryPageGivesTheTotalsOfTheWholeRanking) {
  const Case cases[] = {
      {"harbor", SearchScope::kPassages, std::nullopt},
      {"harbor levee", SearchScope::kPassages, std::nullopt},
      {"\"levee bridge\"", SearchScope::kPassages, std::nullopt},
      {"ferry OR tax", SearchScope::kPassages, SortOrder::kDate},
      {"storm -council", SearchScope::kPassages, std::nullopt},
      {"city", SearchScope::kPassages, SortOrder::kDate},
      {"levee", SearchScope::kQuotes, std::nullopt},
      {"tax OR harbor", SearchScope::kQuotes, SortOrder::kDate},
  };
  for (const auto& c : cases) {
    SearchRequest whole_request;
    whole_request.query = c.query;
    whole_request.scope = c.scope;
    whole_request.sort = c.sort;
    whole_request.limit = 10000;
    new_revision();
    const SearchResponse whole = search(whole_request);
    ASSERT_FALSE(whole.results.empty()) << c.query;
    // The whole ranking itself: one result per group, its counts adding up to the total.
    std::set<std::string> groups;
    std::size_t documents = 0;
    for (const auto& hit : whole.results) {
      groups.insert(group_of(hit, c.scope));
      documents += 1 + hit.also_in_article;
    }
    EXPECT_EQ(groups.size(), whole.results.size()) << c.query;
    EXPECT_EQ(whole.total_groups, whole.results.size()) << c.query;
    if (c.scope == SearchScope::kPassages) {
      EXPECT_EQ(documents, whole.total) << c.query;
    }

    for (const std::size_t limit : {1u, 3u, 10u}) {
      for (const bool first_of_revision : {true, false}) {
        for (std::size_t offset = 0; offset < whole.results.size() + limit; offset += limit) {
          // The page first: on a new revision it is that revision's first search.
          if (first_of_revision) new_revision();
          SearchRequest request = whole_request;
          request.limit = limit;
          request.offset = offset;
          const SearchResponse page = search(request);
          const SearchResponse all = search(whole_request);  // at the page's revision
          SCOPED_TRACE(std::string(c.query) + " limit " + std::to_string(limit) + " offset " +
                       std::to_string(offset) + (first_of_revision ? " (first search)" : ""));
          EXPECT_TRUE(page.exact);
          EXPECT_EQ(page.total, all.total);
          EXPECT_EQ(page.total_groups, all.total_groups);
          EXPECT_EQ(as_list(page.facets.speaker), as_list(all.facets.speaker));
          EXPECT_EQ(as_list(page.facets.date), as_list(all.facets.date));
          EXPECT_EQ(as_list(page.facets.source), as_list(all.facets.source));
          EXPECT_EQ(as_list(page.facets.mentioned), as_list(all.facets.mentioned));
          std::vector<std::string> shown;
          std::vector<std::size_t> others;
          for (const auto& hit : page.results) {
            shown.push_back(group_of(hit, c.scope));
            others.push_back(hit.also_in_article);
          }
          std::vector<std::string> expected;
          std::vector<std::size_t> expected_others;
          for (std::size_t i = offset; i < offset + limit && i < all.results.size(); ++i) {
            expected.push_back(group_of(all.results[i], c.scope));
            expected_others.push_back(all.results[i].also_in_article);
          }
          EXPECT_EQ(shown, expected);
          EXPECT_EQ(others, expected_others);
        }
      }
    }
  }
}

// Estimated counting says so, never claims more groups than passages, and is exact when the
// page holds every match.
TEST_F(ExactCounts, EstimatesSaySoAndNeverClaimMoreGroupsThanPassages) {
  for (const SearchScope scope : {SearchScope::kPassages, SearchScope::kQuotes}) {
    for (const char* query : {"harbor", "levee", "xylophone", "nothingmatches"}) {
      for (const bool first_of_revision : {true, false}) {
        if (first_of_revision) new_revision();
        SearchRequest request;
        request.query = query;
        request.scope = scope;
        request.counting = Counting::kEstimate;
        request.limit = 3;
        const SearchResponse page = search(request);
        SCOPED_TRACE(std::string(query) + (first_of_revision ? " (first search)" : ""));
        EXPECT_FALSE(page.exact);
        EXPECT_LE(page.total_groups, page.total);
        EXPECT_GE(page.total_groups, page.results.size());
        // Past the last result: no more groups than there are, not the offset asked for.
        SearchRequest beyond = request;
        beyond.offset = 500;
        const SearchResponse past = search(beyond);
        EXPECT_TRUE(past.results.empty());
        EXPECT_LE(past.total_groups, static_cast<std::size_t>(kArticles));
        EXPECT_LE(past.total_groups, past.total);
        if (page.results.size() < request.limit) {
          EXPECT_EQ(page.total_groups, page.results.size());
          SearchRequest exact = request;
          exact.counting = Counting::kExact;
          EXPECT_EQ(page.total, search(exact).total);
        }
      }
    }
  }
}

TEST_F(ExactCounts, ASearcherForManySearchesHasTheTableBeforeItsFirstAndAnswersAlike) {
  for (const char* query : {"harbor", "levee storm", "\"ferry tax\""}) {
    SCOPED_TRACE(query);
    new_revision();
    SearchRequest request;
    request.query = query;
    // The revision's first search by a one-search searcher reads values per match...
    const SearchResponse one = search(request);
    auto many = Searcher::open(db(), ExpectedSearches::kMany);
    ASSERT_TRUE(many.ok()) << many.error().describe();
    // ...while one opened for many built the table before answering (a later caller of the
    // revision finds it built, not counted as a first search).
    EXPECT_NE(FacetTable::current(Xapian::Database(db().string())), nullptr);
    auto answer = many->search(request);
    ASSERT_TRUE(answer.ok()) << answer.error().describe();
    EXPECT_EQ(answer->total, one.total);
    EXPECT_EQ(answer->total_groups, one.total_groups);
    EXPECT_EQ(as_list(answer->facets.speaker), as_list(one.facets.speaker));
    EXPECT_EQ(as_list(answer->facets.date), as_list(one.facets.date));
    ASSERT_EQ(answer->results.size(), one.results.size());
    for (std::size_t i = 0; i < one.results.size(); ++i)
      EXPECT_EQ(answer->results[i].passage_text, one.results[i].passage_text) << i;
  }
}

}  // namespace
}  // namespace onrecord
