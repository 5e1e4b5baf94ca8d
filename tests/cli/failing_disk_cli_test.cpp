// End-to-end: a disk that fills up (a file-size limit stands in for it: writes past it fail as
// on a full disk) or a read-only file system gets a message saying so, the right exit status,
// and a database as at its last commit.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <string>

#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

// Articles with enough distinct text that their index outgrows a small file-size limit.
std::string many_articles(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    std::string text;
    for (int w = 0; w < 400; ++w) text += "word" + std::to_string(i * 400 + w) + " ";
    out +=
        R"({"id": "a)" + std::to_string(i) + R"(", "title": "Report", "text": ")" + text + "\"}\n";
  }
  return out;
}

class FailingDiskCliTest : public CliTest {
 protected:
  // The indexer run with writes past `kilobytes` per file failing (SIGXFSZ ignored, so the
  // write returns EFBIG as a full disk returns ENOSPC).
  testing::CommandResult index_limited(const std::string& args, int kilobytes) {
    return testing::run("sh -c " + testing::shell_quote("trap '' XFSZ; ulimit -f " +
                                                        std::to_string(kilobytes * 2) + "; " +
                                                        std::string(ONRECORD_INDEX_BIN) + " --db " +
                                                        db().string() + " " + args));
  }
};

TEST_F(FailingDiskCliTest, AFullDiskDuringAnIncrementalRunKeepsWhatWasCommitted) {
  write_file(dir_ / "seed.txt", "Seed\nThe levee held.\n");
  ASSERT_EQ(index("add " + at("seed.txt")).exit_code, 0);
  write_file(dir_ / "many.jsonl", many_articles(600));
  // A limit the first commits fit under (at 1 MiB nothing is committed; both end cleanly).
  const auto r = index_limited("add --jsonl " + at("many.jsonl"), 4096);
  EXPECT_NE(r.err.find("disk is full"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
  const auto listed = index("list");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const auto articles =
      static_cast<std::size_t>(std::count(listed.out.begin(), listed.out.end(), '\n'));
  if (r.exit_code == 1) {
    EXPECT_NE(r.out.find("were committed"), std::string::npos) << r.out;
    EXPECT_GT(articles, 1U);
  } else {
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_EQ(articles, 1U) << "nothing committed: the database as it was";
  }
  EXPECT_EQ(search_json("levee")["total"], 1);
  // With room again, the same run finishes the job.
  const auto again = index("add --jsonl " + at("many.jsonl"));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(search_json("word1234")["total"], 1);
}

TEST_F(FailingDiskCliTest, AFullDiskDuringABulkBuildLeavesTheDatabaseEmpty) {
  write_file(dir_ / "many.jsonl", many_articles(600));
  const auto r = index_limited("add --jsonl " + at("many.jsonl"), 1024);
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("disk is full"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("nothing written"), std::string::npos) << r.out;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path()))
    EXPECT_EQ(entry.path().filename().string().find(".bulk-"), std::string::npos) << entry.path();
}

TEST_F(FailingDiskCliTest, AReadOnlyFileSystemIsNotCalledALock) {
  const auto mounted = dir_ / "ro";
  std::filesystem::create_directories(mounted);
  if (mount("none", mounted.c_str(), "tmpfs", 0, "size=4m") != 0)
    GTEST_SKIP() << "needs permission to mount a tmpfs";
  const auto database = mounted / "db";
  write_file(dir_ / "seed.txt", "Seed\nThe levee held.\n");
  const std::string tool =
      std::string(ONRECORD_INDEX_BIN) + " --db " + testing::shell_quote(database.string());
  ASSERT_EQ(testing::run(tool + " add " + at("seed.txt")).exit_code, 0);
  ASSERT_EQ(mount("none", mounted.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
  const auto r = testing::run(tool + " add " + at("seed.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("read-only file system"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("locked"), std::string::npos) << r.err;
  const auto searched = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                     testing::shell_quote(database.string()) + " levee");
  EXPECT_EQ(searched.exit_code, 0) << "searching still works";
  umount(mounted.c_str());
}

// A disk that is really full (a small tmpfs: writes fail with ENOSPC, not the file-size limit's
// EFBIG), first under a bulk build, then under an incremental run after a small commit.
TEST_F(FailingDiskCliTest, AReallyFullDiskIsSaidAndLeavesNothingBehind) {
  const auto mounted = dir_ / "full";
  std::filesystem::create_directories(mounted);
  if (mount("none", mounted.c_str(), "tmpfs", 0, "size=3m") != 0)
    GTEST_SKIP() << "needs permission to mount a tmpfs";
  const auto database = mounted / "db";
  const std::string tool =
      std::string(ONRECORD_INDEX_BIN) + " --db " + testing::shell_quote(database.string());
  write_file(dir_ / "many.jsonl", many_articles(600));
  auto r = testing::run(tool + " add --jsonl " + at("many.jsonl"));
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("disk is full"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("DB_DANGEROUS"), std::string::npos) << r.err;
  // Nothing half-written is left on the full disk: the database as at its last commit (empty),
  // no parts of the build.
  for (const auto& entry : std::filesystem::directory_iterator(mounted))
    EXPECT_EQ(entry.path(), database) << "left behind";
  if (std::filesystem::exists(database)) {
    const auto listed = testing::run(tool + " list");
    EXPECT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_EQ(listed.out, "");
  }
  write_file(dir_ / "seed.txt", "Seed\nThe levee held.\n");
  ASSERT_EQ(testing::run(tool + " add " + at("seed.txt")).exit_code, 0);
  r = testing::run(tool + " add --jsonl " + at("many.jsonl"));
  EXPECT_TRUE(r.exit_code == 1 || r.exit_code == 2) << r.exit_code;
  EXPECT_NE(r.err.find("disk is full"), std::string::npos) << r.err;
  for (const auto& entry : std::filesystem::directory_iterator(database)) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.find("tmp") == std::string::npos && name.find(".making") == std::string::npos)
        << "left behind: " << entry.path();
  }
  const auto searched = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                     testing::shell_quote(database.string()) + " --json levee");
  EXPECT_EQ(searched.exit_code, 0) << searched.err;
  EXPECT_NE(searched.out.find("\"total\": 1"), std::string::npos) << searched.out;
  umount(mounted.c_str());
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// Scrambles every seventh byte of a database table from a third of the way in: blocks Xapian
// will read back as garbage (a disk's bad sectors, a partial copy).
void scramble(const std::filesystem::path& table) {
  std::string bytes = testing::read_file(table);
  for (std::size_t i = bytes.size() / 3; i < bytes.size(); i += 7)
    bytes[i] = static_cast<char>(static_cast<unsigned char>(bytes[i]) * 31U + 7U);
  write_file(table, bytes);
}

// A damaged database gets a message naming damage and the way out, never a crash or an
// unbounded allocation (the search runs under a 2 GB address-space limit).
TEST_F(FailingDiskCliTest, ADamagedDatabaseIsReportedNeverACrash) {
  std::string articles;
  for (int i = 0; i < 40; ++i)
    articles += R"({"id": "s)" + std::to_string(i) +
                R"(", "title": "Budget", "date": "2025-05-01", "text": "The council approved )"
                R"(the budget for the bus service, said Mayor Ana Lopez. \u201cIt is a good )"
                R"(day,\u201d she said. Item )" +
                std::to_string(i) + "\"}\n";
  write_file(dir_ / "budget.jsonl", articles);
  ASSERT_EQ(index("add " + at("budget.jsonl")).exit_code, 0);
  const auto pristine = dir_ / "pristine";
  std::filesystem::copy(db(), pristine, std::filesystem::copy_options::recursive);
  for (const char* table : {"postlist", "docdata", "termlist", "position"}) {
    SCOPED_TRACE(table);
    std::filesystem::remove_all(db());
    std::filesystem::copy(pristine, db(), std::filesystem::copy_options::recursive);
    scramble(db() / (std::string(table) + ".glass"));
    const auto r = testing::run(
        "sh -c " + testing::shell_quote("ulimit -v 2000000; " + std::string(ONRECORD_SEARCH_BIN) +
                                        " --db " + db().string() + " --json budget"));
    EXPECT_LT(r.exit_code, 128) << "killed by a signal: " << r.err;  // 128+N: signal N
    if (r.exit_code != 0) {
      EXPECT_EQ(r.exit_code, 2) << r.err;
      EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
    }
    if (std::string(table) == "docdata") {
      EXPECT_EQ(r.exit_code, 2) << r.out;
    }
  }
}

}  // namespace
}  // namespace onrecord
