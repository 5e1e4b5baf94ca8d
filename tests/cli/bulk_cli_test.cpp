// End-to-end tests of the bulk build: a new database is built by parallel workers in shards and
// exchanged with the empty target; it must equal what the incremental writer builds.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"
#include "index/database.hpp"

namespace onrecord {
namespace {

using testing::write_file;

std::string jsonl_articles(int count, const std::string& id_prefix) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    const std::string n = std::to_string(i);
    out += R"({"id": ")" + id_prefix + n + R"(", "title": "Report )" + n + R"(", "date": "2025-0)" +
           std::to_string(1 + i % 9) + R"(-1)" + std::to_string(i % 10) +
           R"(", "speaker": "Speaker )" + std::to_string(i % 7) +
           R"(", "text": "The council met on item )" + n +
           R"(.\n\n\"We will fix the levee,\" said Mayor Ana Lopez. Harbor fees rose )" +
           std::to_string(i % 13) + R"( percent."})" + "\n";
  }
  return out;
}

std::vector<std::string> leftovers(const std::filesystem::path& folder) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename().string().find(".bulk-") != std::string::npos)
      found.push_back(entry.path().filename().string());
  return found;
}

class BulkCliTest : public CliTest {
 protected:
  // The JSON of a search against the database at `path`, without the timing.
  nlohmann::json results(const std::filesystem::path& path, const std::string& query) {
    const auto r = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                testing::shell_quote(path.string()) + " --json --limit 1000 -- " +
                                testing::shell_quote(query));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto json = nlohmann::json::parse(r.out);
    json.erase("took_ms");
    for (auto& hit : json["results"]) hit.erase("score");  // docids differ, so may tie-breaks
    return json;
  }
};

TEST_F(BulkCliTest, BuildsTheSameDatabaseAsTheIncrementalWriter) {
  write_file(dir_ / "many.jsonl", jsonl_articles(300, "r"));
  write_file(dir_ / "seed.txt", "Seed\nA placeholder about nothing.\n");
  // Bulk: the database is new.
  const auto bulk = index("add --jsonl " + at("many.jsonl"));
  ASSERT_EQ(bulk.exit_code, 0) << bulk.err;
  EXPECT_NE(bulk.out.find("300 added"), std::string::npos) << bulk.out;
  // Incremental: a database that already holds an article, which is removed afterwards.
  const auto incremental = dir_ / "incremental";
  const std::string tool =
      std::string(ONRECORD_INDEX_BIN) + " --db " + testing::shell_quote(incremental.string());
  ASSERT_EQ(testing::run(tool + " add " + at("seed.txt")).exit_code, 0);
  ASSERT_EQ(testing::run(tool + " add --jsonl " + at("many.jsonl")).exit_code, 0);
  ASSERT_EQ(testing::run(tool + " remove seed").exit_code, 0);

  Xapian::Database a(db().string()), b(incremental.string());
  EXPECT_EQ(a.get_doccount(), b.get_doccount());
  EXPECT_EQ(all_articles(a).size(), 300u);
  for (const char* query : {"levee", "harbor fees", "\"we will fix\"", "speaker:\"Speaker 3\"",
                            "date:2025-04", "council -levee", "item 17"}) {
    const auto x = results(db(), query);
    const auto y = results(incremental, query);
    EXPECT_EQ(x["total"], y["total"]) << query;
    EXPECT_EQ(x["facets"], y["facets"]) << query;
  }
  EXPECT_EQ(results(db(), "levee")["total"], 300);
  EXPECT_TRUE(leftovers(dir_.path()).empty());
}

TEST_F(BulkCliTest, TheLaterOfTwoArticlesWithOneIdWins) {
  write_file(dir_ / "twice.jsonl",
             R"({"id": "x", "title": "First", "text": "The original wording about canals."})"
             "\n"
             R"({"id": "y", "title": "Other", "text": "Something else entirely."})"
             "\n"
             R"({"id": "x", "title": "Second", "text": "The corrected wording about bridges."})"
             "\n");
  const auto r = index("add --jsonl " + at("twice.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 added, 1 updated"), std::string::npos) << r.out;
  EXPECT_EQ(search_json("bridges")["total"], 1);
  EXPECT_EQ(search_json("canals")["total"], 0);
  EXPECT_EQ(search_json("bridges")["results"][0]["article"]["title"], "Second");
}

TEST_F(BulkCliTest, ADatabasePathWithATrailingSlashIsBuiltInPlace) {
  write_file(dir_ / "one.txt", "One\nThe levee held.\n");
  const auto r = testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " +
                              testing::shell_quote(db().string() + "/") + " add " + at("one.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(search_json("levee")["total"], 1);
  EXPECT_TRUE(leftovers(dir_.path()).empty());
  EXPECT_TRUE(leftovers(db()).empty());
}

TEST_F(BulkCliTest, KillLeavesTheNewDatabaseEmptyAndUsable) {
  write_file(dir_ / "many.jsonl", jsonl_articles(20000, "k"));
  testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " + testing::shell_quote(db().string()) +
               " add --jsonl " + at("many.jsonl") +
               " & pid=$!; sleep 0.5; kill -9 $pid; wait $pid");
  {
    Xapian::Database database(db().string());
    EXPECT_EQ(database.get_doccount(), 0u);
  }
  EXPECT_FALSE(leftovers(dir_.path()).empty());  // the killed build's shards
  write_file(dir_ / "one.txt", "One\nThe levee held.\n");
  ASSERT_EQ(index("add " + at("one.txt")).exit_code, 0);
  EXPECT_EQ(search_json("levee")["total"], 1);
  EXPECT_TRUE(leftovers(dir_.path()).empty());  // cleared by the next build
}

// kill -9 at every stage of a bulk build, the compact-and-swap window at its end included: the
// database is always either the empty one it started as or the whole new one, opens, searches,
// and the next build clears what the killed one left.
TEST_F(BulkCliTest, KilledAtAnyMomentTheDatabaseIsEmptyOrWhole) {
  constexpr int kArticles = 3000;
  write_file(dir_ / "many.jsonl", jsonl_articles(kArticles, "k"));
  const std::string build = std::string(ONRECORD_INDEX_BIN) + " --db " +
                            testing::shell_quote(db().string()) + " add --jsonl " +
                            at("many.jsonl");
  // The whole build once, for its length and the document count of a finished database.
  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(testing::run(build).exit_code, 0);
  const double whole_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const Xapian::doccount whole = Xapian::Database(db().string()).get_doccount();
  ASSERT_GT(whole, static_cast<Xapian::doccount>(kArticles));
  // Kills spread over the build, every 2.5% of it over its last 40%, where the shards are merged
  // and the merged database is exchanged with the empty one (the exchange fell between 80% and
  // 85% here).
  std::vector<double> fractions = {0.2, 0.4};
  for (int step = 0; step <= 16; ++step) fractions.push_back(0.6 + 0.025 * step);
  for (const double fraction : fractions) {
    SCOPED_TRACE("killed at " + std::to_string(fraction) + " of the build");
    std::filesystem::remove_all(db());
    char delay[32];
    std::snprintf(delay, sizeof delay, "%.3f", fraction * whole_seconds);
    testing::run(build + " & pid=$!; sleep " + delay + "; kill -9 $pid 2>/dev/null; wait $pid");
    const Xapian::doccount count = Xapian::Database(db().string()).get_doccount();
    EXPECT_TRUE(count == 0 || count == whole) << count << " documents of " << whole;
    const auto searched = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                       testing::shell_quote(db().string()) + " --json levee");
    EXPECT_EQ(searched.exit_code, 0) << searched.err;
    EXPECT_EQ(nlohmann::json::parse(searched.out)["total"].get<Xapian::doccount>() > 0, count > 0);
  }
  // The next build (incremental now, or bulk into the empty one) succeeds and tidies up.
  write_file(dir_ / "one.txt", "One\nThe lighthouse held.\n");
  ASSERT_EQ(index("add " + at("one.txt")).exit_code, 0);
  EXPECT_EQ(search_json("lighthouse")["total"], 1);
  EXPECT_TRUE(leftovers(dir_.path()).empty());
  EXPECT_TRUE(leftovers(db()).empty());
}

// A bulk build trains a passage dictionary and stores passages compressed with it; the
// incremental writer stores them plain. Both must give the same results, texts and snippets
// included, and articles added later to the bulk-built database use its dictionary.
TEST_F(BulkCliTest, CompressedPassagesReadBackAsWritten) {
  // Real reporting: the gold articles, each twice under another name.
  std::filesystem::create_directory(dir_ / "news");
  std::vector<std::filesystem::path> gold;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(ONRECORD_SOURCE_DIR) / "tests" / "gold"))
    if (entry.path().extension() == ".txt") gold.push_back(entry.path());
  ASSERT_GE(gold.size(), 10u);
  for (const auto& path : gold) {
    // Without its front matter's id line, each copy takes its own file name as id.
    std::string text = testing::read_file(path);
    if (const auto id = text.find("\nid: "); text.starts_with("---\n") && id != std::string::npos)
      text.erase(id + 1, text.find('\n', id + 1) - id);
    for (const char* copy : {"a-", "b-"})
      write_file(dir_ / "news" / (copy + path.filename().string()), text);
  }
  ASSERT_EQ(index("sync " + at("news")).exit_code, 0);
  const auto incremental = dir_ / "incremental";
  const std::string tool =
      std::string(ONRECORD_INDEX_BIN) + " --db " + testing::shell_quote(incremental.string());
  write_file(dir_ / "seed.txt", "Seed\nA placeholder about nothing.\n");
  ASSERT_EQ(testing::run(tool + " add " + at("seed.txt")).exit_code, 0);
  ASSERT_EQ(testing::run(tool + " sync " + at("news")).exit_code, 0);
  ASSERT_EQ(testing::run(tool + " remove seed").exit_code, 0);
  {
    Xapian::Database bulk(db().string()), plain(incremental.string());
    EXPECT_FALSE(bulk.get_metadata("onrecord:passage-dictionary").empty());
    EXPECT_TRUE(plain.get_metadata("onrecord:passage-dictionary").empty());
  }
  // Identical copies tie, and ties go by document id, which differ: hits are compared as sets,
  // of every result (a page cut inside a run of ties would hold different members).
  const auto hits = [](nlohmann::json r) {
    std::vector<std::string> out;
    for (auto& hit : r["results"]) {
      hit.erase("rank");
      out.push_back(hit.dump());
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  for (const char* query : {"said", "\"the goal should not have stood\"", "minister OR mayor"}) {
    const auto x = results(db(), query);
    const auto y = results(incremental, query);
    ASSERT_FALSE(x["results"].empty()) << query;
    EXPECT_EQ(x["total"], y["total"]) << query;
    EXPECT_EQ(x["facets"], y["facets"]) << query;
    EXPECT_EQ(hits(x), hits(y)) << query;
  }
  // Added later: compressed with the stored dictionary, read back whole.
  write_file(dir_ / "late.txt",
             "Late Edition\nThe harbour authority said the new breakwater, \u201Cbuilt to last a "
             "century,\u201D opened on Friday after six years of work.\n");
  ASSERT_EQ(index("add " + at("late.txt")).exit_code, 0);
  const auto late = results(db(), "breakwater");
  ASSERT_EQ(late["total"], 1);
  EXPECT_NE(late["results"][0]["passage"]["text"].get<std::string>().find("six years of work"),
            std::string::npos);
}

}  // namespace
}  // namespace onrecord
