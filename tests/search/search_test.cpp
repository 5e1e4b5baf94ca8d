// Search through the library on small databases of news-style articles written for the tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "engine/searcher.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "pipeline/article_documents.hpp"
#include "pipeline/bulk_build.hpp"
#include "pipeline/index_writer.hpp"
#include "support/test_database.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

using testing::build_database;
using testing::make_article;
using testing::TempDir;

ArticleFields fields(const std::string& date, const std::string& speaker, const std::string& source,
                     const std::string& title = "") {
  ArticleFields f;
  f.title = title;
  f.date = date;
  f.speaker = speaker;
  f.source = source;
  return f;
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    build_database(
        dir_.path() / "db",
        {
            make_article("council",
                         {
                             "The city council voted 7-2 on Tuesday to expand late-night bus "
                             "service across the east side.",
                             "\u201CThis is a win for every shift worker in this city,\u201D said "
                             "council member Ana L\u00F3pez, who sponsored the measure.",
                             "Opponents called the $4.2 million plan an abomination of budgeting "
                             "and warned of fare increases.",
                         },
                         fields("2025-06-10", "Ana L\u00F3pez", "Metro Daily",
                                "Council Expands Late-Night Buses")),
            make_article("senate",
                         {
                             "The Senate passed the bill after an all-night session, sending it to "
                             "the president\u2019s desk.",
                             "Critics denounced the legislation as a giveaway; one senator called "
                             "the bill\u2019s debt provisions abominations.",
                             "The White House said the president would sign it on July 4th.",
                         },
                         fields("2025-07", "", "The Courier", "Senate Passes the Budget Bill")),
            make_article("speech",
                         {
                             "My fellow citizens, the state of our union is strong, and our "
                             "economy is growing again.",
                             "We will build roads and bridges, and we will do it together.",
                         },
                         fields("2024", "Jane Roe", "Transcripts")),
            make_article("undated",
                         {
                             "Residents said the bus plan would change their commutes, and the "
                             "council agreed to review fares.",
                         },
                         fields("", "", "")),
            make_article(
                "scatter",
                {
                    "Bus drivers described the night as long. Later, in a separate meeting about "
                    "parks and libraries and "
                    "school lunches and snow removal and sidewalk repairs, the service committee "
                    "met.",
                    "Late-night bus service will start in August, the transit agency said.",
                },
                fields("2025-08-01", "Elon Musk", "Metro Daily")),
        });
    auto searcher = Searcher::open(dir_.path() / "db");
    ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
    searcher_.emplace(std::move(*searcher));
  }

  SearchResponse search(SearchRequest request) {
    auto response = searcher_->search(request);
    EXPECT_TRUE(response.ok()) << request.query << ": "
                               << (response.ok() ? "" : response.error().describe());
    return response.ok() ? *response : SearchResponse{};
  }
  SearchResponse search(const std::string& query) {
    SearchRequest r;
    r.query = query;
    return search(r);
  }

  TempDir dir_;
  std::optional<Searcher> searcher_;
};

TEST_F(SearchTest, StemmedWordsFindInflections) {
  const auto r = search("abomination");
  EXPECT_EQ(r.total, 2u);  // abomination and abominations
  const auto r2 = search("denounce");
  ASSERT_EQ(r2.total, 1u);
  EXPECT_EQ(r2.results[0].article.id, "senate");
  EXPECT_EQ(r2.results[0].matches.at(0).text, "denounced");
}

TEST_F(SearchTest, PhraseMatchesWordsInOrderStemmedLikeWords) {
  EXPECT_EQ(search("\"late-night bus service\"").total, 2u);
  EXPECT_EQ(search("\"late night bus services\"").total, 2u);
  EXPECT_EQ(search("\"service bus\"").total, 0u);
  EXPECT_EQ(search("\"abomination\"").total, 2u);  // a quoted word is a word: and abominations
}

TEST_F(SearchTest, TitleWordsSelectTheArticlesPassages) {
  const auto buses = search("title:expanding");  // stemmed: the title says "Expands"
  EXPECT_EQ(buses.total, 3u);
  for (const auto& hit : buses.results) EXPECT_EQ(hit.article.id, "council");
  EXPECT_EQ(search("title:\"late-night buses\"").total, 3u);
  EXPECT_EQ(search("title:\"buses late-night\"").total, 0u);
  EXPECT_EQ(search("bill title:budget").total, 2u);  // the senate passages saying "bill"
  // Negated: bus passages outside the council article.
  const auto others = search("bus -title:buses");
  EXPECT_EQ(others.total, search("bus").total - 1);
  for (const auto& hit : others.results) EXPECT_NE(hit.article.id, "council");
  EXPECT_EQ(search("title:nowhere").total, 0u);
  // Only negations: every passage but the council's three (and no article or quotation record).
  EXPECT_EQ(search("-title:buses").total + 3, search("-title:nowhere").total);
  for (const auto& hit : search("-title:nowhere").results)
    EXPECT_FALSE(hit.snippet.parts.empty() && hit.passage_text.empty());
}

TEST_F(SearchTest, PhrasesNeverCrossPassages) {
  // "...on July 4th." ends one article; no passage holds "desk critics".
  EXPECT_EQ(search("\"desk critics\"").total, 0u);
  EXPECT_EQ(search("\"fare increases residents\"").total, 0u);
}

TEST_F(SearchTest, ProximityRanksClosePassagesFirst) {
  const auto r = search("late night bus service");
  ASSERT_GE(r.results.size(), 2u);
  // The scattered passage mentions bus, night and service far apart; the council's and the
  // transit agency's passages hold the words together.
  for (std::size_t i = 0; i < 2; ++i) {
    std::string text = r.results[i].passage_text;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    EXPECT_NE(text.find("late-night bus service"), std::string::npos) << text;
  }
}

TEST_F(SearchTest, RememberedWordsOfAQuoteFindIt) {
  const auto r = search("win for every shift worker");
  ASSERT_FALSE(r.results.empty());
  EXPECT_EQ(r.results[0].article.id, "council");
  EXPECT_EQ(r.results[0].passage_index, 1u);
}

TEST_F(SearchTest, ResultCarriesArticleAndPassage) {
  const auto r = search("shift worker");
  ASSERT_EQ(r.results.size(), 1u);
  const SearchHit& hit = r.results[0];
  EXPECT_EQ(hit.article.title, "Council Expands Late-Night Buses");
  EXPECT_EQ(hit.article.date, "2025-06-10");
  EXPECT_EQ(hit.article.source, "Metro Daily");
  EXPECT_EQ(hit.passage_count, 3u);
  EXPECT_EQ(hit.speakers, (std::vector<std::string>{"Ana L\u00F3pez"}));
  EXPECT_EQ(hit.dates, (std::vector<std::string>{"2025-06-10"}));
  ASSERT_EQ(hit.matches.size(), 2u);
  // Offsets count code points in the passage text: the opening curly quote is one character.
  EXPECT_EQ(hit.matches[0].start, 1u + std::string("This is a win for every ").size());
  EXPECT_EQ(hit.matches[0].text, "shift");
}

TEST_F(SearchTest, OneResultPerArticleWithCountOfOthers) {
  const auto r = search("bus");
  EXPECT_EQ(r.total, 4u);
  EXPECT_EQ(r.total_groups, 3u);
  std::size_t shown_plus_others = 0;
  for (const auto& hit : r.results) shown_plus_others += 1 + hit.also_in_article;
  EXPECT_EQ(shown_plus_others, r.total);
}

TEST_F(SearchTest, FacetsAndResultsAreTheSameFromValuesAndFromTheFacetTable) {
  // The first search of a revision reads values per match and groups by Xapian's collapsing;
  // later ones use the shared table and group with a match spy.
  auto as_list = [](const std::vector<FacetCount>& facet) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (const auto& f : facet) out.emplace_back(f.value.value_or("(none)"), f.count);
    return out;
  };
  auto as_results = [](const SearchResponse& r) {
    std::vector<std::tuple<std::string, std::size_t, double, std::size_t, std::size_t>> out;
    for (const auto& h : r.results)
      out.emplace_back(h.article.id, h.passage_index, h.score, h.also_in_article,
                       h.quoted_in.size());
    return out;
  };
  const std::pair<const char*, SearchScope> cases[] = {
      {"bus", SearchScope::kPassages},
      {"the", SearchScope::kPassages},
      {"abomination OR citizens", SearchScope::kPassages},
      {"late night bus service", SearchScope::kPassages},
      {"council speaker:L\u00F3pez", SearchScope::kPassages},
      {"-title:nowhere", SearchScope::kPassages},
      {"win", SearchScope::kQuotes},
      {"shift worker city", SearchScope::kQuotes}};
  for (const auto& [query, scope] : cases) {
    // A new revision (with one more report of the council quotation): its first search goes
    // without the table.
    testing::build_database(
        dir_.path() / "db",
        {make_article(std::string("pad-") + query,
                      {"\u201CThis is a win for every shift worker in this city,\u201D said "
                       "Ana L\u00F3pez. Placeholder xylophone."})});
    SearchRequest request;
    request.query = query;
    request.scope = scope;
    const auto first = search(request);
    for (int again = 0; again < 2; ++again) {
      const auto later = search(request);
      EXPECT_EQ(as_results(later), as_results(first)) << query;
      EXPECT_EQ(later.total_groups, first.total_groups) << query;
      EXPECT_EQ(as_list(later.facets.speaker), as_list(first.facets.speaker)) << query;
      EXPECT_EQ(as_list(later.facets.date), as_list(first.facets.date)) << query;
      EXPECT_EQ(as_list(later.facets.source), as_list(first.facets.source)) << query;
      EXPECT_EQ(later.total, first.total) << query;
    }
    EXPECT_FALSE(first.facets.date.empty()) << query;
    EXPECT_FALSE(first.results.empty()) << query;
  }
}

TEST_F(SearchTest, FacetCountsEqualFilteredTotals) {
  const auto all = search("the");
  ASSERT_GT(all.total, 5u);
  for (const auto& facet : all.facets.speaker) {
    SearchRequest r;
    r.query = "the";
    r.speakers = {*facet.value};
    EXPECT_EQ(search(r).total, facet.count) << *facet.value;
  }
  for (const auto& facet : all.facets.source) {
    SearchRequest r;
    r.query = "the";
    r.sources = {*facet.value};
    EXPECT_EQ(search(r).total, facet.count) << *facet.value;
  }
  std::size_t undated = 0;
  for (const auto& facet : all.facets.date) {
    if (!facet.value) {
      undated = facet.count;
      continue;
    }
    SearchRequest r;
    r.query = "the";
    r.dates = {*facet.value};
    EXPECT_EQ(search(r).total, facet.count) << *facet.value;
  }
  EXPECT_EQ(undated, 1u);
  ASSERT_FALSE(all.facets.mentioned.empty());
  for (const auto& facet : all.facets.mentioned) {
    if (!facet.value) continue;
    SearchRequest r;
    r.query = "the";
    r.mentions = {*facet.value};
    EXPECT_EQ(search(r).total, facet.count) << "mentioned " << *facet.value;
  }
}

TEST_F(SearchTest, DateFacetHasYearsAndMonths) {
  const auto r = search("the");
  std::vector<std::string> values;
  for (const auto& f : r.facets.date) values.push_back(f.value.value_or("undated"));
  EXPECT_EQ(values,
            (std::vector<std::string>{"2024", "2025", "2025-06", "2025-07", "2025-08", "undated"}));
}

TEST_F(SearchTest, SpeakerFilterIgnoresCaseAccentsAndMatchesPartOfName) {
  SearchRequest r;
  r.query = "bus";
  r.speakers = {"ana lopez"};
  EXPECT_EQ(search(r).total, 1u);
  r.speakers = {"Musk"};
  EXPECT_EQ(search(r).total, 2u);
  r.speakers = {"Musk", "L\u00F3pez"};  // several values: any of them
  EXPECT_EQ(search(r).total, 3u);
  r.speakers = {"Nobody Known"};
  const auto none = search(r);
  EXPECT_EQ(none.total, 0u);
  EXPECT_FALSE(none.warnings.empty());
}

// One speaker called just "Roosevelt" must not hide Theodore and Franklin D Roosevelt; a name in
// quotes is that name only; the response lists what a filter matched.
TEST(SpeakerMatching, ANameMatchesEverySpeakerHoldingItsWordsAndQuotesMatchExactly) {
  testing::TempDir dir;
  testing::build_database(
      dir.path() / "db",
      {testing::make_article("t1", {"The tariff must be revised."},
                             fields("1902", "Theodore Roosevelt", "State of the Union")),
       testing::make_article("f1", {"The tariff is a tax on the poor."},
                             fields("1936", "Franklin D Roosevelt", "State of the Union")),
       testing::make_article("h1",
                             {"As Roosevelt said: \u201CThe tariff question is settled.\u201D"},
                             fields("1946", "Harry S Truman", "State of the Union"))});
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  const auto run = [&](const std::string& query, std::vector<std::string> speakers) {
    SearchRequest r;
    r.query = query;
    r.speakers = std::move(speakers);
    auto response = searcher->search(r);
    EXPECT_TRUE(response.ok());
    return response.ok() ? *response : SearchResponse{};
  };
  const auto all = run("tariff", {"roosevelt"});
  EXPECT_EQ(all.total, 3u);
  ASSERT_EQ(all.matched.size(), 1u);
  EXPECT_EQ(all.matched[0].field, "speaker");
  EXPECT_EQ(all.matched[0].names,
            (std::vector<std::string>{"Franklin D Roosevelt", "Roosevelt", "Theodore Roosevelt"}));
  EXPECT_EQ(run("tariff speaker:roosevelt", {}).total, 3u);
  const auto exact = run("tariff speaker:\"Franklin D Roosevelt\"", {});
  EXPECT_EQ(exact.total, 1u);
  ASSERT_EQ(exact.matched.size(), 1u);
  EXPECT_EQ(exact.matched[0].names, (std::vector<std::string>{"Franklin D Roosevelt"}));
  EXPECT_EQ(run("tariff", {"\"roosevelt\""}).total, 1u);  // the one called just that
  EXPECT_EQ(run("tariff", {"d roosevelt"}).total, 1u);    // words in order
  EXPECT_EQ(run("tariff", {"roosevelt theodore"}).total, 0u);
  // A speech's speaker has no quotations: quotations mode says where their words are.
  SearchRequest quotes;
  quotes.query = "tariff";
  quotes.speakers = {"Theodore Roosevelt"};
  quotes.scope = SearchScope::kQuotes;
  const auto none = searcher->search(quotes);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->total, 0u);
  ASSERT_EQ(none->warnings.size(), 1u);
  EXPECT_NE(none->warnings[0].find("search without quotations mode"), std::string::npos);
}

// A known-item search: the passage holding the words in the order and forms typed comes
// first, above passages that hold them more often, inflected or apart.
TEST(TypedWordsFirst, TheWordsAsTypedOutrankInflectionsAndScatteredWords) {
  testing::TempDir dir;
  testing::build_database(
      dir.path() / "db",
      {testing::make_article("plural", {"Atomic bombs, atomic bombs and more atomic bombs."}),
       testing::make_article("exact", {"The atomic bomb was tested in a desert far from any "
                                       "town, and the engineers went home afterwards."}),
       testing::make_article("apart", {"We cannot escape the fact that history, history and "
                                       "history again will judge us."}),
       testing::make_article("typed", {"We cannot escape history, said the president to the "
                                       "assembled members of the two houses of Congress."})});
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  for (int pass = 0; pass < 2; ++pass) {  // without, then with the facet table
    for (const auto& [query, first] :
         std::vector<std::pair<std::string, std::string>>{{"atomic bomb", "exact"},
                                                          {"\"atomic bomb\"", "exact"},
                                                          {"we cannot escape history", "typed"}}) {
      SearchRequest r;
      r.query = query;
      const auto response = searcher->search(r);
      ASSERT_TRUE(response.ok());
      ASSERT_GE(response->results.size(), 2u) << query;
      EXPECT_EQ(response->results[0].article.id, first) << query << " pass " << pass;
      r.limit = 1;  // the same order page by page
      r.offset = 1;
      EXPECT_EQ(searcher->search(r)->results.at(0).article.id, response->results[1].article.id);
    }
  }
}

TEST_F(SearchTest, DateRangesOverlapPartialDates) {
  SearchRequest r;
  r.query = "the";
  r.dates = {"2025-07-04"};
  EXPECT_EQ(search(r).total, 3u);  // the senate article is dated 2025-07: it overlaps
  r.dates = {"2025-06..2025-07"};
  EXPECT_EQ(search(r).total, search("the date:2025-06..2025-07").total);
  r.dates = {"..2024-12-31"};
  EXPECT_EQ(search(r).total, 1u);
  r.dates = {"1861..1865"};
  EXPECT_EQ(search(r).total, 0u);
}

TEST_F(SearchTest, FiltersCombineAcrossFacetsWithAnd) {
  SearchRequest r;
  r.query = "bus";
  r.sources = {"metro daily"};
  r.dates = {"2025-08"};
  const auto out = search(r);
  EXPECT_EQ(out.total, 2u);
  for (const auto& hit : out.results) EXPECT_EQ(hit.article.id, "scatter");
  EXPECT_EQ(search("bus source:\"Metro Daily\" date:2025-08").total, 2u);
}

TEST_F(SearchTest, FiltersAloneBrowseNewestFirst) {
  const auto r = search("source:\"Metro Daily\"");
  EXPECT_EQ(r.total, 5u);
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_EQ(r.results[0].article.id, "scatter");  // 2025-08-01 before 2025-06-10
}

TEST_F(SearchTest, SortByDate) {
  SearchRequest r;
  r.query = "the";
  r.sort = SortOrder::kDate;
  const auto out = search(r);
  ASSERT_GE(out.results.size(), 3u);
  EXPECT_GE(out.results[0].article.date, out.results[1].article.date);
  EXPECT_GE(out.results[1].article.date, out.results[2].article.date);
}

TEST_F(SearchTest, BooleanOperators) {
  EXPECT_EQ(search("bus NOT council").total, search("bus").total - search("bus council").total);
  EXPECT_EQ(search("abominations OR citizens").total, 3u);
  EXPECT_EQ(search("abomin*").total, 2u);
  EXPECT_GE(search("bus NEAR/2 service").total, 2u);
}

TEST_F(SearchTest, DidYouMeanForUnknownWords) {
  const auto r = search("legislaton");
  EXPECT_EQ(r.total, 0u);
  ASSERT_TRUE(r.suggestion.has_value());
  EXPECT_EQ(*r.suggestion, "legislation");
  EXPECT_FALSE(search("legislation").suggestion.has_value());
}

TEST_F(SearchTest, AllWordsFirstThenAnyWord) {
  const auto r = search("citizens abomination");
  EXPECT_TRUE(r.relaxed);
  EXPECT_EQ(r.total, 3u);  // one passage with citizens, two with abomination(s)
  EXPECT_FALSE(search("bus service").relaxed);
}

TEST_F(SearchTest, NoMatchesIsNoError) {
  const auto r = search("zzyzx");
  EXPECT_EQ(r.total, 0u);
  EXPECT_TRUE(r.results.empty());
}

TEST_F(SearchTest, MalformedQueriesNeverCrash) {
  for (const char* q :
       {"\"unbalanced", "AND", "OR", "NOT", "(((", ")))", "a AND OR b", "NEAR", "x NEAR", "-", "--",
        "*", "\"\"", "title:", "date:2025-13", "speaker:", "date:..", "\u201C"}) {
    SearchRequest r;
    r.query = q;
    auto out = searcher_->search(r);
    if (!out.ok()) {
      EXPECT_FALSE(out.error().message.empty()) << q;
    }
  }
  SearchRequest bad_date;
  bad_date.query = "bus date:2025-13";
  auto out = searcher_->search(bad_date);
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.error().message.find("2025-13"), std::string::npos);
}

TEST_F(SearchTest, EstimatedCountingSkipsFacetsButKeepsTheRanking) {
  SearchRequest r;
  r.query = "bus service";
  const auto exact = search(r);
  r.counting = Counting::kEstimate;
  const auto fast = search(r);
  EXPECT_TRUE(exact.exact);
  EXPECT_FALSE(fast.exact);
  EXPECT_TRUE(fast.facets.speaker.empty() && fast.facets.date.empty() &&
              fast.facets.source.empty());
  ASSERT_EQ(fast.results.size(), exact.results.size());
  for (std::size_t i = 0; i < fast.results.size(); ++i) {
    EXPECT_EQ(fast.results[i].article.id, exact.results[i].article.id);
    EXPECT_EQ(fast.results[i].passage_index, exact.results[i].passage_index);
  }
  EXPECT_GT(fast.total, 0u);
}

TEST_F(SearchTest, NoSnippetsKeepsTheRankingAndLeavesOutTheHighlighting) {
  for (const auto scope : {SearchScope::kPassages, SearchScope::kQuotes}) {
    SearchRequest r;
    r.query = "win";
    r.scope = scope;
    const auto highlighted = search(r);
    r.snippets = Snippets::kNone;
    const auto plain = search(r);
    ASSERT_FALSE(highlighted.results.empty());
    ASSERT_EQ(plain.results.size(), highlighted.results.size());
    EXPECT_EQ(plain.total, highlighted.total);
    for (std::size_t i = 0; i < plain.results.size(); ++i) {
      const SearchHit& hit = plain.results[i];
      EXPECT_EQ(hit.article.id, highlighted.results[i].article.id);
      EXPECT_EQ(hit.passage_text, highlighted.results[i].passage_text);
      EXPECT_FALSE(highlighted.results[i].matches.empty());
      EXPECT_TRUE(hit.matches.empty());
      EXPECT_TRUE(hit.snippet.parts.empty());
    }
  }
}

TEST_F(SearchTest, PaginationWalksArticles) {
  SearchRequest r;
  r.query = "the";
  r.limit = 2;
  const auto first = search(r);
  r.offset = 2;
  const auto second = search(r);
  ASSERT_EQ(first.results.size(), 2u);
  ASSERT_FALSE(second.results.empty());
  EXPECT_EQ(second.results[0].rank, 3u);
  for (const auto& a : first.results)
    for (const auto& b : second.results) EXPECT_NE(a.article.id, b.article.id);
}

// Varied real-style sentences, each found by its own words through the same analysis.
TEST(AnalysisRoundTrip, EverySentenceIsFoundByItsOwnWords) {
  const std::vector<std::string> sentences{
      "\u201CWe\u2019re not going back,\u201D Harris told the crowd in Atlanta.",
      "The U.S. economy added 275,000 jobs in February, the Labor Department said.",
      "Unemployment held at 3.9% \u2014 near a half-century low.",
      "Macron\u2019s \u00AB r\u00E9forme des retraites \u00BB a provoqu\u00E9 des gr\u00E8ves "
      "\u00E0 Paris.",
      "Zelenskyy said Ukraine\u2019s counter-offensive was \u201Cslower than desired.\u201D",
      "\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438\u043D "
      "\u0437\u0430\u044F\u0432\u0438\u043B \u043E "
      "\u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u0430\u0445.",
      "The CEO\u2019s 20-year-old company lost $1.2 billion, per its 10-K filing.",
      "\u201CIt\u2019s a \u2018big, beautiful\u2019 deal,\u201D he posted at 3:14 a.m.",
      "\u5B89\u500D\u664B\u4E09\u9996\u76F8\u5728\u4E1C\u4EAC\u53D1\u8868\u4E86\u8BB2\u8BDD\u3002",
  };
  TempDir dir;
  std::vector<Article> articles;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    articles.push_back(make_article("s" + std::to_string(i), {sentences[i]}));
  build_database(dir / "db", articles);
  auto searcher = Searcher::open(dir / "db");
  ASSERT_TRUE(searcher.ok());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    SearchRequest r;
    r.query = sentences[i];
    auto out = searcher->search(r);
    ASSERT_TRUE(out.ok()) << sentences[i] << ": " << out.error().describe();
    ASSERT_FALSE(out->results.empty()) << sentences[i];
    EXPECT_FALSE(out->relaxed) << sentences[i];
    EXPECT_EQ(out->results[0].article.id, "s" + std::to_string(i)) << sentences[i];
    EXPECT_FALSE(out->results[0].matches.empty()) << sentences[i];
    r.query = "\"" + sentences[i] + "\"";  // and as an exact phrase (quotes inside are punctuation)
    out = searcher->search(r);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->total, 1u) << r.query;
  }
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// More articles than the proximity re-ranking covers: pages must still partition the ranking.
TEST(SearchPaging, PagesNeverRepeatOrSkipAnArticle) {
  testing::TempDir dir;
  std::vector<Article> articles;
  for (int i = 0; i < 45; ++i) {
    std::string filler;
    for (int k = 0; k < i % 9; ++k) filler += " and then some more words";
    articles.push_back(testing::make_article(
        "a" + std::to_string(i),
        {"The harbor" + filler + " met the levee on day " + std::to_string(i) + ".",
         i % 4 == 0 ? "Harbor levee works resumed." : "Nothing else happened."}));
  }
  testing::build_database(dir.path() / "db", articles);
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  auto ranking = [&](std::size_t offset, std::size_t limit) {
    SearchRequest r;
    r.query = "harbor levee";
    r.offset = offset;
    r.limit = limit;
    auto response = searcher->search(r);
    EXPECT_TRUE(response.ok());
    std::vector<std::string> ids;
    for (const auto& hit : response->results) ids.push_back(hit.article.id);
    return ids;
  };
  const auto whole = ranking(0, 45);
  ASSERT_EQ(whole.size(), 45u);
  EXPECT_EQ(std::set<std::string>(whole.begin(), whole.end()).size(), 45u);
  std::vector<std::string> paged;
  for (std::size_t offset = 0; offset < 45; offset += 7) {
    const auto page = ranking(offset, 7);
    paged.insert(paged.end(), page.begin(), page.end());
  }
  EXPECT_EQ(paged, whole);
  // The re-ranking puts the articles saying "harbor levee" together first.
  for (std::size_t i = 0; i < 12; ++i) {
    const int n = std::stoi(whole[i].substr(1));
    EXPECT_TRUE(n % 4 == 0 || n % 9 == 0) << whole[i] << " at " << i;
  }
}

// Estimated searches rank passages uncollapsed and group the top ones; when the top passages all
// belong to one article, more must be asked for until the page is full.
TEST(SearchPaging, EstimatedPagesFillUpWhenOneArticleHoldsTheTopPassages) {
  testing::TempDir dir;
  const auto paragraph = [](const std::string& words, int times) {
    std::string text;
    for (int k = 0; k < times; ++k) text += words + " ";
    return text;
  };
  std::vector<std::string> big;
  for (int i = 0; i < 50; ++i)
    big.push_back(paragraph("The levee held; the levee, the levee.", 25) + std::to_string(i));
  std::vector<Article> articles{testing::make_article("big", big)};
  for (int i = 0; i < 12; ++i) {
    articles.push_back(testing::make_article(
        "small" + std::to_string(i),
        {"A levee was mentioned once " + paragraph("among other business of the day", 20)}));
  }
  testing::build_database(dir.path() / "db", articles);
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  const auto ids = [&](Counting counting, std::size_t offset, std::size_t limit) {
    SearchRequest request;
    request.query = "levee";
    request.counting = counting;
    request.offset = offset;
    request.limit = limit;
    const auto response = searcher->search(request);
    EXPECT_TRUE(response.ok());
    std::vector<std::string> out;
    for (const auto& hit : response->results) out.push_back(hit.article.id);
    return out;
  };
  for (int pass = 0; pass < 2; ++pass) {  // without, then with the facet table
    const auto exact = ids(Counting::kExact, 0, 20);
    ASSERT_EQ(exact.size(), 13u);
    EXPECT_EQ(exact.front(), "big");
    EXPECT_EQ(ids(Counting::kEstimate, 0, 20), exact) << "pass " << pass;
    auto paged = ids(Counting::kEstimate, 0, 10);
    ASSERT_EQ(paged.size(), 10u) << "pass " << pass;
    const auto rest = ids(Counting::kEstimate, 10, 10);
    paged.insert(paged.end(), rest.begin(), rest.end());
    EXPECT_EQ(paged, exact) << "pass " << pass;
  }
}

// One quotation reported by two articles is one result in estimated searches too, grouped by
// Xapian (no table yet) or by the facet table.
TEST(SearchPaging, EstimatedQuotationSearchesGroupTheSameWords) {
  testing::TempDir dir;
  testing::build_database(
      dir.path() / "db",
      {testing::make_article("later",
                             {"\u201CWe will not back down,\u201D Mayor Ana Ruiz said on Monday."},
                             fields("2025-07-01", "", "Metro Daily")),
       testing::make_article("earlier", {"Mayor Ana Ruiz said: \u201CWe will not back down.\u201D"},
                             fields("2025-06-01", "", "The Courier"))});
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  for (int pass = 0; pass < 3; ++pass) {
    SearchRequest request;
    request.query = "back down";
    request.scope = SearchScope::kQuotes;
    request.counting = Counting::kEstimate;
    const auto response = searcher->search(request);
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(response->results.size(), 1u) << "pass " << pass;
    EXPECT_EQ(response->total_groups, 1u) << "pass " << pass;
    EXPECT_EQ(response->results[0].also_in_article, 0u);  // quotations list their reports
    ASSERT_EQ(response->results[0].quoted_in.size(), 2u);
    EXPECT_EQ(response->results[0].quoted_in[0].article_id, "earlier");
  }
}

// "Also in this article" counts every other matching passage of the article, on re-ranked pages
// too: the re-ranking pass sees only what can still make the page, so its own counts fall short.
TEST(SearchPaging, OtherPassagesOfAnArticleAreCountedExactly) {
  testing::TempDir dir;
  const auto filler = [](int times) {
    std::string words;
    for (int k = 0; k < times; ++k) words += " and other business of the day";
    return words;
  };
  // Passages of about 900 bytes, one per paragraph; the words far apart in all but one.
  std::vector<Article> articles;
  for (int i = 0; i < 15; ++i) {
    articles.push_back(testing::make_article(
        "a" + std::to_string(i),
        {"The harbor" + filler(30) + " then the levee report " + std::to_string(i)}));
  }
  // Written last, so its weak passages come after the page is full.
  std::vector<std::string> paragraphs{"Harbor levee works resumed." + filler(30)};
  for (int k = 0; k < 4; ++k)
    paragraphs.push_back("The harbor" + filler(40) + " and at last the levee " + std::to_string(k));
  articles.push_back(testing::make_article("long", paragraphs));
  testing::build_database(dir.path() / "db", articles);
  auto searcher = Searcher::open(dir.path() / "db");
  ASSERT_TRUE(searcher.ok());
  for (int pass = 0; pass < 2; ++pass) {  // without, then with the facet table
    SearchRequest request;
    request.query = "harbor levee";
    const auto response = searcher->search(request);
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(response->results.size(), 10u);
    EXPECT_EQ(response->results[0].article.id, "long");
    EXPECT_EQ(response->results[0].also_in_article, 4u) << "pass " << pass;
  }
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// A bulk build swaps a new folder in for the empty database; searchers already open must see it
// even though both databases may be at the same revision number.
TEST(SearchAfterBulkBuild, ASearcherOpenOnTheEmptyDatabaseSeesTheNewOne) {
  testing::TempDir dir;
  const auto db = dir.path() / "db";
  testing::build_database(db, {});
  auto searcher = Searcher::open(db);
  ASSERT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = "levee";
  ASSERT_TRUE(searcher->search(request).ok());
  EXPECT_EQ(searcher->search(request)->total, 0u);
  {
    auto writable = open_database_for_writing(db);
    ASSERT_TRUE(writable.ok());
    IndexWriter writer(std::move(*writable));  // holds the lock, as onrecord-index does
    auto bulk = BulkBuild::start(db);
    ASSERT_TRUE(bulk.ok());
    const AliasTable aliases;
    (*bulk)->add(testing::make_article("x", {"The levee held."}), aliases);
    ASSERT_TRUE((*bulk)->finish().ok());
  }
  const auto after = searcher->search(request);
  ASSERT_TRUE(after.ok()) << after.error().describe();
  EXPECT_EQ(after->total, 1u);
}

// A quotation hit carries its passage. Passages are found next to their article's document,
// where both indexing paths put them; a database written in another order (an older writer, a
// future one) must still give the right passage.
TEST(QuotationPassages, EachQuotationHitCarriesItsOwnPassage) {
  const Article article = testing::make_article(
      "hearing",
      {"The committee opened its hearing on the levee contract on Monday.",
       "\u201CWe were promised a wall of steel and got a fence of paper,\u201D said Mayor "
       "Ruth Okafor, who testified first.",
       "Engineers disputed the account.",
       "\u201CThe levee met every standard we were given,\u201D said Paul Dent, the contractor's "
       "chief engineer."});
  const auto check = [](const std::filesystem::path& db) {
    auto searcher = Searcher::open(db);
    ASSERT_TRUE(searcher.ok());
    for (const auto& [query, passage, words] :
         {std::tuple{"steel", 1u, "fence of paper"}, std::tuple{"standard", 3u, "Paul Dent"}}) {
      SearchRequest request;
      request.query = query;
      request.scope = SearchScope::kQuotes;
      const auto r = searcher->search(request);
      ASSERT_TRUE(r.ok());
      ASSERT_EQ(r->results.size(), 1u) << query;
      EXPECT_EQ(r->results[0].passage_index, passage) << query;
      EXPECT_NE(r->results[0].passage_text.find(words), std::string::npos)
          << query << ": " << r->results[0].passage_text;
    }
  };
  testing::TempDir dir;
  // As onrecord-index writes it, with another article before and after.
  testing::build_database(dir / "db",
                          {testing::make_article("before", {"Unrelated words."}), article,
                           testing::make_article("after", {"More words here."})});
  check(dir / "db");
  // The same documents in reverse order.
  {
    auto writable = open_database_for_writing(dir / "reversed");
    ASSERT_TRUE(writable.ok());
    PreparedArticle prepared = ArticlePreparer().prepare(article, AliasTable());
    assign_article_key(prepared, schema::article_key(1));
    ASSERT_GE(prepared.passages, 4u);
    for (auto it = prepared.documents.rbegin(); it != prepared.documents.rend(); ++it)
      writable->add_document(*it);
    writable->commit();
  }
  check(dir / "reversed");
}

}  // namespace
}  // namespace onrecord
