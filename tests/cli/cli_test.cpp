// End-to-end tests of the two tools, run as a user would run them.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/cli_fixture.hpp"
#include "index/database.hpp"
#include "index/passage_codec.hpp"
#include "index/schema.hpp"
#include "index/stored_data.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

using testing::CommandResult;
using testing::shell_quote;
using testing::TempDir;
using testing::write_file;

TEST_F(CliTest, SyncCorpusAndSearchIt) {
  auto r = index("sync " + shell_quote(ONRECORD_CORPUS_DIR));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sync: 2 added"), std::string::npos) << r.out;
  const auto json = search_json("disgusting abomination");
  EXPECT_EQ(json["version"], 2);
  EXPECT_EQ(json["total"], 1);
  const auto& hit = json["results"].at(0);
  EXPECT_NE(
      hit["snippet"].get<std::string>().find("<mark>disgusting</mark> <mark>abomination</mark>"),
      std::string::npos);
  for (const char* key :
       {"article", "passage", "snippet", "matches", "speakers", "dates", "also_in_article"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  for (const char* key : {"id", "title", "author", "date", "source", "url", "speaker"}) {
    EXPECT_TRUE(hit["article"].contains(key)) << key;
  }
  EXPECT_TRUE(json["facets"].contains("speaker"));
  EXPECT_TRUE(json["suggestion"].is_null());
  r = index("sync " + shell_quote(ONRECORD_CORPUS_DIR));
  EXPECT_NE(r.out.find("0 added, 0 updated, 0 removed, 2 unchanged"), std::string::npos) << r.out;
}

TEST_F(CliTest, PipedOutputMarksMatchesVisibly) {
  write_file(dir_ / "a.txt", "Budget Vote\nThe mayor called the budget a disgrace.\n");
  ASSERT_EQ(index("add " + at("a.txt")).exit_code, 0);
  auto r = search("disgrace");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("**disgrace**"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\033["), std::string::npos);
  r = search("--color always disgrace");
  EXPECT_NE(r.out.find("\033["), std::string::npos);
  r = search("nothingmatcheshere");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("No passages match"), std::string::npos);
}

TEST_F(CliTest, AddReplaceRemove) {
  write_file(dir_ / "story.txt",
             "Harbor Plan Approved\nBy Lee Park\nThe port authority approved the dredging plan.\n");
  auto r = index("add " + at("story.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 added"), std::string::npos);
  EXPECT_EQ(search_json("dredging")["total"], 1);
  write_file(dir_ / "story.txt",
             "Harbor Plan Rejected\nBy Lee Park\nThe port authority rejected the expansion.\n");
  r = index("add " + at("story.txt"));
  EXPECT_NE(r.out.find("1 updated"), std::string::npos) << r.out;
  EXPECT_EQ(search_json("dredging")["total"], 0);
  const auto json = search_json("rejected");
  EXPECT_EQ(json["results"][0]["article"]["title"], "Harbor Plan Rejected");
  EXPECT_EQ(json["results"][0]["article"]["author"], "Lee Park");
  r = index("remove story");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The summary says what went: which article, and how much of it.
  EXPECT_NE(r.out.find("removed story \u2014 Harbor Plan Rejected: 1 passage, 0 quotations"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1 removed"), std::string::npos) << r.out;
  EXPECT_EQ(search_json("rejected")["total"], 0);
  r = index("remove story");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no article with id 'story'"), std::string::npos) << r.err;
}

TEST_F(CliTest, AddFromStandardInputWithFields) {
  const auto r = testing::run(
      "printf 'Remarks on Trade\\nWe will not accept unfair tariffs.\\n' | " +
      std::string(ONRECORD_INDEX_BIN) + " --db " + shell_quote(db().string()) +
      " add --id trade-remarks --date 2025-03-04 --speaker 'Mark Carney' --source 'CBC' -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto json = search_json("tariffs", "--speaker carney");
  ASSERT_EQ(json["total"], 1);
  EXPECT_EQ(json["results"][0]["article"]["id"], "trade-remarks");
  EXPECT_EQ(json["results"][0]["article"]["date"], "2025-03-04");
  EXPECT_EQ(json["facets"]["speaker"][0]["value"], "Mark Carney");
  EXPECT_EQ(json["facets"]["source"][0]["value"], "CBC");
  EXPECT_EQ(index("add --date 2025-13-45 " + at("nope.txt")).exit_code, 1);
}

TEST_F(CliTest, SyncMirrorsTheFolder) {
  write_file(dir_ / "news/one.txt", "One\nThe first story about the levee.\n");
  write_file(dir_ / "news/two.txt", "Two\nThe second story about the reservoir.\n");
  write_file(dir_ / "news/deep/three.md", "Three\nThe third story about the aqueduct.\n");
  write_file(dir_ / "news/photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\0", 6));
  auto r = index("sync " + at("news"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 added"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 skipped"), std::string::npos) << r.out;
  write_file(dir_ / "news/one.txt", "One\nThe first story, now about the canal.\n");
  std::filesystem::remove(dir_ / "news/two.txt");
  write_file(dir_ / "news/four.txt", "Four\nThe fourth story about the pumping station.\n");
  r = index("sync " + at("news"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 added, 1 updated, 1 removed, 1 unchanged"), std::string::npos) << r.out;
  EXPECT_EQ(search_json("levee")["total"], 0);
  EXPECT_EQ(search_json("canal")["total"], 1);
  EXPECT_EQ(search_json("reservoir")["total"], 0);
  EXPECT_EQ(search_json("aqueduct")["total"], 1);
  // A folder that does not exist must not be read as "everything in it was deleted".
  r = index("sync " + at("missing"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing"), std::string::npos);
  EXPECT_EQ(search_json("aqueduct")["total"], 1);
  const auto list = index("list");
  EXPECT_NE(list.out.find("four\t"), std::string::npos) << list.out;
}

TEST_F(CliTest, JsonLinesWithABadLine) {
  write_file(
      dir_ / "bulk.jsonl",
      R"({"id": "g1", "title": "Gettysburg Address", "speaker": "Abraham Lincoln", "date": "1863-11-19", "text": "Four score and seven years ago our fathers brought forth on this continent a new nation."})"
      "\n{not json}\n"
      R"({"id": "g2", "title": "Second Inaugural", "speaker": "Abraham Lincoln", "date": "1865-03-04", "text": "With malice toward none, with charity for all."})"
      "\n");
  const auto r = index("add " + at("bulk.jsonl"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bulk.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 added"), std::string::npos) << r.out;
  const auto json = search_json("", "--speaker lincoln --date 1861..1865");
  EXPECT_EQ(json["total"], 2);
}

TEST_F(CliTest, EveryBadInputIsNamedAndGoodArticlesStillIndexed) {
  write_file(dir_ / "in/good.txt", "Good Story\nThe ferry resumed service on Monday.\n");
  write_file(dir_ / "in/binary.txt", std::string("GIF89a\0\0\x01\0", 10));
  write_file(dir_ / "in/latin1.txt",
             "Caf\xE9 Reopens\nThe caf\xE9 owner said business was \x93"
             "brisk\x94 this week.\n");
  write_file(dir_ / "in/empty.txt", "");
  write_file(dir_ / "in/badfront.txt", "---\ntitle: [oops\n---\nText.\n");
  write_file(dir_ / "in/baddate.txt", "---\ntitle: Dated\ndate: 2025-13-45\n---\nText.\n");
  const auto r = index("sync " + at("in"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("binary.txt: looks like a binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latin1.txt: not UTF-8; decoded as windows-1252"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
  // yaml-cpp reports where it noticed the error, which may be the closing line.
  EXPECT_NE(r.err.find("badfront.txt:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("malformed front matter"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("baddate.txt:3: invalid date '2025-13-45'"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 added"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 failed"), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);  // no progress line when piped
  EXPECT_EQ(search_json("ferry")["total"], 1);
  EXPECT_EQ(search_json("cafe brisk")["total"], 1);
}

TEST_F(CliTest, UnreadableFile) {
  std::filesystem::create_symlink(dir_ / "gone.txt", dir_ / "link.txt");
  auto r = index("add " + at("link.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("link.txt: cannot read"), std::string::npos) << r.err;
  if (geteuid() != 0) {  // root reads anything
    write_file(dir_ / "secret.txt", "Secret\nText.\n");
    std::filesystem::permissions(dir_ / "secret.txt", std::filesystem::perms::none);
    r = index("add " + at("secret.txt"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("secret.txt: cannot read"), std::string::npos) << r.err;
  }
}

TEST_F(CliTest, LockedDatabase) {
  write_file(dir_ / "a.txt", "A\nSome text.\n");
  ASSERT_EQ(index("add " + at("a.txt")).exit_code, 0);
  Xapian::WritableDatabase holder(db().string(), Xapian::DB_OPEN);
  const auto r = index("add " + at("a.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("locked by another indexer"), std::string::npos) << r.err;
  EXPECT_EQ(search_json("text")["total"], 1);  // searching still works
}

// The README's exit statuses: a command line that cannot be read exits 2 (CLI11's own codes
// are 105-109), --help exits 0, and both name what was wrong.
// The database option stands before or after the command, as `serve --db` does.
TEST_F(CliTest, TheDatabaseMayBeNamedAfterTheCommand) {
  write_file(dir_ / "one.txt", "---\ntitle: One\n---\nA levee.\n");
  const std::string db = shell_quote((dir_ / "after.db").string());
  const auto added =
      testing::run(std::string(ONRECORD_INDEX_BIN) + " add --db " + db + " " + at("one.txt"));
  ASSERT_EQ(added.exit_code, 0) << added.err;
  const auto listed = testing::run(std::string(ONRECORD_INDEX_BIN) + " list --db " + db);
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_NE(listed.out.find("one\t"), std::string::npos) << listed.out;
}

TEST_F(CliTest, UsageErrorsExit2) {
  for (const std::string args : {"--bogus", "", "add --no-such-flag", "remove"}) {
    const auto r = index(args);
    EXPECT_EQ(r.exit_code, 2) << "onrecord-index " << args << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << args;
  }
  for (const std::string args : {"--bogus x", "--limit 0 x", "--limit 1001 x", "--sort oldest x",
                                 "--offset -1 x", "serve --port 70000"}) {
    const auto r = search(args);
    EXPECT_EQ(r.exit_code, 2) << "onrecord-search " << args << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << args;
  }
  EXPECT_EQ(index("--help").exit_code, 0);
  EXPECT_EQ(search("--help").exit_code, 0);
  // What was wrong, in words a user acts on.
  const auto typo = index("lst");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("unknown command 'lst'"), std::string::npos) << typo.err;
  EXPECT_NE(typo.err.find("did you mean `list`?"), std::string::npos) << typo.err;
  EXPECT_NE(index("frobnicate").err.find("the commands are add, sync"), std::string::npos);
  const auto word = search("--limit abc x");
  EXPECT_EQ(word.exit_code, 2);
  EXPECT_NE(word.err.find("wants a whole number, not 'abc'"), std::string::npos) << word.err;
  EXPECT_NE(search("--limit 0 x").err.find("between 1 and 1000"), std::string::npos);
  // An alias file that cannot be read stops the command before anything is done.
  write_file(dir_ / "aliases.yaml", "Jane Roe: [unclosed\n");
  const auto r = index("--aliases " + at("aliases.yaml") + " list");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("aliases.yaml:"), std::string::npos) << r.err;
}

TEST_F(CliTest, MissingOrIncompatibleDatabase) {
  auto r = search("anything");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no database at"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("onrecord-index"), std::string::npos);
  {
    Xapian::WritableDatabase old(db().string(), Xapian::DB_CREATE_OR_OPEN);
    old.add_document(Xapian::Document());
    old.set_metadata(std::string(schema::kVersionMetadataKey), "999");
    old.commit();
  }
  r = search("anything");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("schema version 999"), std::string::npos) << r.err;
  write_file(dir_ / "a.txt", "A\nSome text.\n");
  r = index("add " + at("a.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("schema version 999"), std::string::npos) << r.err;
}

TEST_F(CliTest, MalformedQueriesGetAMessageNeverACrash) {
  write_file(dir_ / "a.txt", "A\nThe unbalanced budget drew criticism.\n");
  ASSERT_EQ(index("add " + at("a.txt")).exit_code, 0);
  for (const std::string q :
       {"\"unbalanced", "AND", "(((", "date:2025-13", "speaker:", "NOT", ")", "a OR OR b"}) {
    const auto r = search("-- " + shell_quote(q));
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 2) << q << " exit " << r.exit_code;
    if (r.exit_code == 2) {
      EXPECT_NE(r.err.find("error: "), std::string::npos) << q;
    }
  }
  EXPECT_EQ(search_json("\"unbalanced")["total"], 1);
  const auto bad = search("-- 'date:2025-13'");
  EXPECT_NE(bad.err.find("month 13"), std::string::npos) << bad.err;
}

TEST_F(CliTest, BatchAnswersEveryLine) {
  write_file(dir_ / "a.txt", "A\nThe governor vetoed the bill on Friday.\n");
  ASSERT_EQ(index("add " + at("a.txt")).exit_code, 0);
  write_file(dir_ / "queries.txt", "vetoed\ndate:2025-13\n\ngovernor bill\n");
  const auto r = search("--batch " + at("queries.txt"));
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["total"], 1);
  EXPECT_TRUE(lines[1].contains("error"));
  EXPECT_EQ(lines[2]["total"], 1);
}

TEST_F(CliTest, DamagedArticleKeyCounterIsReportedNotReused) {
  write_file(dir_ / "a.txt", "A\nThe harbor opened.\n");
  write_file(dir_ / "b.txt", "B\nThe levee held.\n");
  ASSERT_EQ(index("add " + at("a.txt")).exit_code, 0);
  {
    Xapian::WritableDatabase database(db().string());
    database.set_metadata(std::string(schema::kNextArticleKeyMetadata), "x1");
    database.commit();
  }
  const auto r = index("add " + at("b.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("next article key"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("rebuild"), std::string::npos) << r.err;
}

// Kill the indexer mid-run: the database must be as it was at some commit, never half an article.
// (The database holds an article first, so this is the incremental writer, not a bulk build.)
TEST_F(CliTest, KillDuringIndexingLeavesACommittedState) {
  write_file(dir_ / "seed.txt", "Seed\nThe harbor opened.\n");
  ASSERT_EQ(index("add " + at("seed.txt")).exit_code, 0);
  std::string bulk;
  for (int i = 0; i < 6000; ++i) {
    bulk += R"({"id": "n)" + std::to_string(i) +
            R"(", "title": "Item", "text": "Paragraph one of item )" + std::to_string(i) +
            R"( about the harbor.\n\nParagraph two, about the levee and the canal."})" + "\n";
  }
  write_file(dir_ / "bulk.jsonl", bulk);
  testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " + shell_quote(db().string()) + " add " +
               at("bulk.jsonl") + " & pid=$!; sleep 0.4; kill -9 $pid; wait $pid");
  Xapian::Database database(db().string());
  const auto articles = all_articles(database);
  std::map<std::string, std::size_t> passages;  // by article key
  const auto codec = PassageCodec::of(database);
  for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
    const Xapian::Document doc = database.get_document(*it);
    if (decode_passage_data(doc.get_data(), "", codec.get()))
      ++passages[doc.get_value(schema::slot::kArticleKey)];
  }
  EXPECT_EQ(passages.size(), articles.size());
  EXPECT_GE(articles.size(), 1u);
  std::set<std::string> keys;
  for (const auto& a : articles) {
    EXPECT_TRUE(keys.insert(a.key).second) << "two articles with the key " << a.key;
    EXPECT_EQ(passages[a.key], a.fields.id == "seed" ? 1u : 2u) << a.fields.id;
  }
}

}  // namespace
}  // namespace onrecord
