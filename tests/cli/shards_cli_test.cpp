// A sharded index answers as one database would: the project's corpus and 58 Wikinews articles
// built as one database, as three local shards (`--shards 3`) and as the same shards behind
// `remote :xapian-progsrv` (Xapian's remote protocol, no ports needed) give the same results,
// order, totals, facets and snippets for a mix of searches, one-shot and in a batch; writes go
// to the article's shard; a stub that lists shards wrongly, or a shard that cannot be reached,
// is an error that names the shard.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "index/database.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"
#include "support/shard_answers.hpp"
#include "support/shard_servers.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

namespace fs = std::filesystem;
using testing::shell_quote;

struct Search {
  std::string query;
  std::string options;
};

// Words rare and common, a phrase, OR, NOT, a wildcard, filters, quotations, date order, pages,
// estimated counts and no snippets.
const std::vector<Search> kSearches{
    {"boeing", ""},
    {"said", ""},
    {"\"stock market\"", ""},
    {"oil OR gas", ""},
    {"boeing airbus", ""},
    {"company NOT boeing", ""},
    {"fal*", ""},
    {"prices NEAR fell", ""},
    {"the", "--sort date"},
    {"market", "--quotes"},
    {"said", "--quotes --sort date"},
    {"price", "--date 2008"},
    {"elon", "--speaker trump"},
    {"shares", "--offset 3 --limit 4"},
    {"bank", "--no-facets"},
    {"markets", "--no-snippets --offset 2"},
    {"", "--date 2008..2009"},
    {"boieng goverment", ""},  // "did you mean", from the whole index's vocabulary
};

class ShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path corpus = dir_ / "corpus";
    fs::create_directories(corpus);
    for (const fs::path folder : {fs::path(ONRECORD_CORPUS_DIR),
                                  fs::path(ONRECORD_SOURCE_DIR) / "tests/gold/meantime-dev"}) {
      for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".txt" || entry.path().filename() == "aliases.yaml")
          fs::copy_file(entry.path(), corpus / entry.path().filename());
    }
    corpus_ = corpus.string();
  }

  testing::CommandResult index(const fs::path& db, const std::string& args) {
    return testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " + shell_quote(db.string()) +
                        " " + args);
  }
  testing::CommandResult search(const fs::path& db, const std::string& args) {
    return testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " + shell_quote(db.string()) +
                        " " + args);
  }
  nlohmann::json answer(const fs::path& db, const Search& s) {
    const auto r = search(db, "--json " + s.options + " -- " + shell_quote(s.query));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    if (r.exit_code != 0) return {};
    return testing::comparable_answer(nlohmann::json::parse(r.out), ties(s));
  }
  static testing::TieKey ties(const Search& s) {
    return s.options.find("--sort date") != std::string::npos || s.query.empty()
               ? testing::TieKey::kDateAndScore
               : testing::TieKey::kScore;
  }
  // The shards of `sharded` behind xapian-progsrv, in a stub of their own.
  fs::path program_stub(const fs::path& sharded, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
      text += "remote :xapian-progsrv " + (sharded / local_shard_name(i)).string() + "\n";
    const fs::path stub = dir_ / "progsrv.stub";
    testing::write_file(stub, text);
    return stub;
  }

  testing::TempDir dir_;
  std::string corpus_;
};

TEST_F(ShardsTest, ThreeShardsLocalOrRemoteAnswerAsOneDatabase) {
  const fs::path one = dir_ / "one.db";
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(one, "sync " + shell_quote(corpus_)).exit_code, 0);
  const auto built = index(three, "--shards 3 sync " + shell_quote(corpus_));
  ASSERT_EQ(built.exit_code, 0) << built.err;
  ASSERT_TRUE(fs::is_regular_file(three / "XAPIANDB"));
  const fs::path remote = program_stub(three, 3);
  for (const auto& s : kSearches) {
    SCOPED_TRACE(s.query + " " + s.options);
    const auto expected = answer(one, s);
    ASSERT_FALSE(expected.is_null());
    if (!s.query.empty() && s.options.find("--speaker") == std::string::npos)
      EXPECT_TRUE(!expected["results"].empty() || !expected["suggestion"].is_null())
          << "the mix must find something";
    EXPECT_EQ(testing::answer_difference(answer(three, s), expected), "") << "local shards";
    EXPECT_EQ(testing::answer_difference(answer(remote, s), expected), "")
        << "shards behind xapian-progsrv";
  }
}

// Every passage shown over shards is its own article's: a document read from a set of shards
// knows only its id within its shard, and a cache keyed by that id once gave an article another
// article's passage (which ids collide depends on the bulk build's order, so many searches are
// checked, each against the article's source text).
TEST_F(ShardsTest, EveryPassageShownOverShardsIsItsArticles) {
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(three, "--shards 3 sync " + shell_quote(corpus_)).exit_code, 0);
  const auto collapsed = [](const std::string& text) {
    std::string out;
    std::istringstream words(text);
    for (std::string w; words >> w;) out += (out.empty() ? "" : " ") + w;
    return out;
  };
  std::map<std::string, std::string> article_text;  // by id, from the front matter
  for (const auto& entry : fs::directory_iterator(corpus_)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::read_file(entry.path());
    const auto at = text.find("\nid: \"");
    if (at == std::string::npos) continue;
    const auto from = at + 6;
    article_text[text.substr(from, text.find('"', from) - from)] = collapsed(text);
  }
  ASSERT_GT(article_text.size(), 50u);
  std::string lines;
  for (const char* q : {"market",      "stock market",
                        "said",        "price",
                        "oil prices",  "the company",
                        "president",   "police",
                        "government",  "new",
                        "first",       "year",
                        "people",      "world",
                        "would",       "apple",
                        "iphone",      "bank",
                        "shares",      "economy",
                        "prices fell", "chief executive",
                        "last year",   "united states",
                        "sales"})
    lines += std::string(q) + "\n";
  testing::write_file(dir_ / "batch.txt", lines);
  const auto r = search(three, "--limit 40 --batch " + shell_quote((dir_ / "batch.txt").string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::size_t checked = 0;
  for (std::string line; std::getline(in, line);) {
    const auto answer = nlohmann::json::parse(line);
    for (const auto& hit : answer["results"]) {
      const auto article = article_text.find(hit["article"]["id"].get<std::string>());
      if (article == article_text.end()) continue;
      ++checked;
      EXPECT_NE(article->second.find(collapsed(hit["passage"]["text"].get<std::string>())),
                std::string::npos)
          << answer["query"] << ": " << hit["article"]["id"] << " passage "
          << hit["passage"]["index"] << " shows " << hit["passage"]["text"];
    }
  }
  EXPECT_GT(checked, 300u);
}

TEST_F(ShardsTest, BatchAnswersOverShardsAreTheOneDatabaseAnswers) {
  const fs::path one = dir_ / "one.db";
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(one, "sync " + shell_quote(corpus_)).exit_code, 0);
  ASSERT_EQ(index(three, "--shards 3 sync " + shell_quote(corpus_)).exit_code, 0);
  // A batch searches the one database through its facet table after the first query: the
  // table's answers and the shards' must agree too.
  for (const std::string options : {"", "--quotes", "--no-facets"}) {
    std::string lines;
    for (const auto& s : kSearches)
      if (s.options.empty() && !s.query.empty()) lines += s.query + "\n";
    testing::write_file(dir_ / "batch.txt", lines + lines);
    const auto batch_of = [&](const fs::path& db) {
      const auto r = search(db, options + " --batch " + shell_quote((dir_ / "batch.txt").string()));
      EXPECT_EQ(r.exit_code, 0) << r.err;
      std::vector<nlohmann::json> answers;
      std::istringstream in(r.out);
      for (std::string line; std::getline(in, line);)
        answers.push_back(
            testing::comparable_answer(nlohmann::json::parse(line), testing::TieKey::kScore));
      return answers;
    };
    const auto expected = batch_of(one);
    ASSERT_EQ(expected.size(), 2 * std::count(lines.begin(), lines.end(), '\n'));
    for (const fs::path& db : {three, program_stub(three, 3)}) {
      const auto answers = batch_of(db);
      ASSERT_EQ(answers.size(), expected.size());
      for (std::size_t i = 0; i < answers.size(); ++i)
        EXPECT_EQ(testing::answer_difference(answers[i], expected[i]), "")
            << options << " answer " << i << " over " << db;
    }
  }
}

// Every article is written to the shard its id hashes to, once, and keys stay unique across
// the set when articles are added one by one after the bulk build.
TEST_F(ShardsTest, WritesGoToTheArticlesShardWithKeysUniqueAcrossTheSet) {
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(three, "--shards 3 sync " + shell_quote(corpus_)).exit_code, 0);
  for (int i = 0; i < 6; ++i) {
    testing::write_file(dir_ / ("late-" + std::to_string(i) + ".md"),
                        "---\nid: late-" + std::to_string(i) + "\ntitle: Late " +
                            std::to_string(i) + "\n---\n\u201cWe will not stop,\u201d said Ana " +
                            "Lopez, the union's leader, of strike number " + std::to_string(i) +
                            ".\n");
    const auto added =
        index(three, "add " + shell_quote((dir_ / ("late-" + std::to_string(i) + ".md")).string()));
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }
  ASSERT_EQ(index(three, "remove late-0").exit_code, 0);
  std::set<std::string> keys;
  std::size_t articles = 0;
  for (std::size_t shard = 0; shard < 3; ++shard) {
    Xapian::Database db((three / local_shard_name(shard)).string());
    EXPECT_EQ(db.get_metadata(std::string(schema::kShardMetadataKey)), shard_identity(shard, 3));
    for (const ArticleRecord& record : all_articles(db)) {
      const std::string& id = record.fields.id;
      EXPECT_EQ(shard_of_article(id, 3), shard) << id;
      EXPECT_TRUE(keys.insert(record.key).second) << id;
      EXPECT_NE(id, "late-0");
      ++articles;
    }
  }
  EXPECT_EQ(articles, 60U + 5U);
  const auto found = search(three, "--json --quotes 'will not stop'");
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(nlohmann::json::parse(found.out)["total_quotations"], 1);
  EXPECT_EQ(nlohmann::json::parse(found.out)["total"], 5);
}

TEST_F(ShardsTest, AStubListingShardsWronglyOrAShardDownIsAnErrorNamingTheShard) {
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(three, "--shards 3 sync " + shell_quote(corpus_)).exit_code, 0);
  const auto stub_with = [&](const std::string& text) {
    testing::write_file(dir_ / "bad.stub", text);
    return dir_ / "bad.stub";
  };
  const std::string s0 = (three / "shard-0").string(), s1 = (three / "shard-1").string(),
                    s2 = (three / "shard-2").string();
  // Out of order: an article would be looked for on the wrong shard.
  auto r = search(stub_with("auto " + s1 + "\nauto " + s0 + "\nauto " + s2 + "\n"), "said");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("shard 0 (" + s1), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1/3"), std::string::npos) << r.err;
  // One missing: the answer would be partial.
  r = search(stub_with("auto " + s0 + "\nauto " + s1 + "\n"), "said");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lists it as 0/2"), std::string::npos) << r.err;
  // A line that is no shard, with its line number.
  r = search(stub_with("auto " + s0 + "\nremote localhost\n"), "said");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.stub:2:"), std::string::npos) << r.err;
  // A server that is not there.
  r = search(stub_with("auto " + s0 + "\nremote :xapian-progsrv " + (dir_ / "nowhere").string() +
                       "\nauto " + s2 + "\n"),
             "said");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("shard 1 (xapian-progsrv"), std::string::npos) << r.err;
  // A writer asking for another number of shards than the index has.
  r = index(three, "--shards 4 add " + shell_quote(corpus_ + "/aliases.yaml"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("holds 3 shards"), std::string::npos) << r.err;
}

// A server and the children serving its open connections (shards-up starts each in a group).
std::string kill_group(const std::string& pid) {
  return "python3 -c 'import os, signal; os.killpg(" + pid + ", signal.SIGTERM)'";
}

// Three xapian-tcpsrv on 127.0.0.1: writes through them reach the article's shard, searches
// through them answer as the local shards do, a server that goes away is an error naming its
// shard, and the index answers again once it is back.
TEST_F(ShardsTest, ShardsOnXapianTcpServersAnswerFailAndRecover) {
  const fs::path three = dir_ / "three";
  ASSERT_EQ(index(three, "--shards 3 sync " + shell_quote(corpus_)).exit_code, 0);
  const fs::path stub = dir_ / "three.remote";
  {
    testing::ShardServers writable(three, stub, testing::ShardServers::Access::kWritable);
    ASSERT_TRUE(writable.started()) << writable.error();
    testing::write_file(dir_ / "late.md",
                        "---\nid: late-by-tcp\ntitle: Late\n---\n\u201cWe will not stop,\u201d "
                        "said Ana Lopez, the union's leader.\n");
    const auto added = index(stub, "add " + shell_quote((dir_ / "late.md").string()));
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }
  Xapian::Database home((three / local_shard_name(shard_of_article("late-by-tcp", 3))).string());
  EXPECT_NE(home.postlist_begin(schema::article_unique_term("late-by-tcp")),
            home.postlist_end(schema::article_unique_term("late-by-tcp")));

  testing::ShardServers servers(three, stub, testing::ShardServers::Access::kReadOnly);
  ASSERT_TRUE(servers.started()) << servers.error();
  for (const auto& s : kSearches) {
    SCOPED_TRACE(s.query + " " + s.options);
    EXPECT_EQ(testing::answer_difference(answer(stub, s), answer(three, s)), "");
  }
  // Shard 1's server and its connections go.
  ASSERT_EQ(testing::run(kill_group(servers.pid(1))).exit_code, 0);
  const auto down = search(stub, "--json said");
  EXPECT_EQ(down.exit_code, 2);
  EXPECT_NE(down.err.find("shard 1 (127.0.0.1:" + std::to_string(servers.port(1))),
            std::string::npos)
      << down.err;
  EXPECT_EQ(down.out, "");  // no partial answer
  // Back on its port: the index answers whole again.
  const auto back = testing::run(
      "setsid xapian-tcpsrv --interface 127.0.0.1 --port " + std::to_string(servers.port(1)) + " " +
      shell_quote((three / "shard-1").string()) + " >/dev/null 2>&1 & echo $!");
  const std::string restarted = back.out.substr(0, back.out.find('\n'));
  bool answered = false;
  for (int attempt = 0; attempt < 50 && !answered; ++attempt) {
    answered = search(stub, "--json said").exit_code == 0;
    if (!answered) usleep(100000);
  }
  EXPECT_TRUE(answered);
  EXPECT_EQ(testing::answer_difference(answer(stub, kSearches[1]), answer(three, kSearches[1])),
            "");
  testing::run(kill_group(restarted));
}

}  // namespace
}  // namespace onrecord
