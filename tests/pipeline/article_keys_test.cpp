// Every document of an article names it by a short key the database gives it: keys must never
// be given twice, however the articles arrived (bulk build, later writers, replacements).
#include <gtest/gtest.h>
#include <xapian.h>

#include <set>

#include "engine/searcher.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "pipeline/bulk_build.hpp"
#include "pipeline/index_writer.hpp"
#include "support/test_database.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

std::size_t documents_with_key(const std::filesystem::path& db, const std::string& key) {
  return Xapian::Database(db.string()).get_termfreq(schema::term(schema::prefix::kArticle, key));
}

std::string key_of(const std::filesystem::path& db, const std::string& id) {
  const auto record = find_article(Xapian::Database(db.string()), id);
  return record ? record->key : "";
}

std::size_t total_for(const std::filesystem::path& db, const std::string& query) {
  auto searcher = Searcher::open(db);
  EXPECT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = query;
  const auto response = searcher->search(request);
  EXPECT_TRUE(response.ok());
  return response.ok() ? response->total : 0;
}

TEST(ArticleKeys, AreShortAndDistinct) {
  EXPECT_EQ(schema::article_key(0), "0");
  EXPECT_EQ(schema::article_key(35), "z");
  EXPECT_EQ(schema::article_key(36), "10");
  EXPECT_EQ(schema::article_key(1679615), "zzzz");
  std::set<std::string> keys;
  for (std::uint64_t i = 0; i < 5000; ++i) EXPECT_TRUE(keys.insert(schema::article_key(i)).second);
}

TEST(ArticleKeys, SurviveReplacementAndAreNeverGivenTwice) {
  testing::TempDir dir;
  const auto db = dir / "db";
  testing::build_database(db, {});
  {  // An empty database is built in bulk, with one id given twice.
    auto writable = open_database_for_writing(db);
    ASSERT_TRUE(writable.ok());
    IndexWriter lock_holder(std::move(*writable));
    auto bulk = BulkBuild::start(db);
    ASSERT_TRUE(bulk.ok());
    const AliasTable aliases;
    (*bulk)->add(testing::make_article("harbor", {"The harbor opened in spring."}), aliases);
    (*bulk)->add(testing::make_article("levee", {"The levee held.", "Water rose."}), aliases);
    (*bulk)->add(testing::make_article("canal", {"The canal froze."}), aliases);
    (*bulk)->add(testing::make_article("levee", {"The levee broke at dawn."}), aliases);
    ASSERT_TRUE((*bulk)->finish().ok());
  }
  const std::string harbor = key_of(db, "harbor");
  const std::string levee = key_of(db, "levee");
  const std::string canal = key_of(db, "canal");
  EXPECT_EQ(std::set<std::string>({harbor, levee, canal}).size(), 3u);
  EXPECT_LE(levee.size(), 4u);
  EXPECT_EQ(documents_with_key(db, levee), 2u);  // the later version: one passage, its record
  EXPECT_EQ(total_for(db, "broke"), 1u);
  EXPECT_EQ(total_for(db, "rose"), 0u);

  // Later writers: a new article takes a new key, a replaced one keeps its own.
  for (const char* id : {"dam", "levee", "weir"}) {
    auto writable = open_database_for_writing(db);
    ASSERT_TRUE(writable.ok());
    IndexWriter writer(std::move(*writable));
    writer.replace(testing::make_article(id, {std::string("The ") + id + " was rebuilt."}));
    writer.commit();
  }
  EXPECT_EQ(key_of(db, "levee"), levee);
  EXPECT_EQ(total_for(db, "broke"), 0u);
  EXPECT_EQ(total_for(db, "rebuilt"), 3u);
  const std::set<std::string> keys{harbor, levee, canal, key_of(db, "dam"), key_of(db, "weir")};
  EXPECT_EQ(keys.size(), 5u);
  EXPECT_FALSE(keys.contains(""));

  // Removing an article removes every document with its key, and no other.
  {
    auto writable = open_database_for_writing(db);
    ASSERT_TRUE(writable.ok());
    IndexWriter writer(std::move(*writable));
    EXPECT_TRUE(writer.remove("canal").has_value());
    EXPECT_FALSE(writer.remove("canal").has_value());
    writer.commit();
  }
  EXPECT_EQ(documents_with_key(db, canal), 0u);
  EXPECT_EQ(documents_with_key(db, harbor), 2u);
  EXPECT_EQ(total_for(db, "froze"), 0u);
  EXPECT_EQ(total_for(db, "harbor"), 1u);
}

}  // namespace
}  // namespace onrecord
