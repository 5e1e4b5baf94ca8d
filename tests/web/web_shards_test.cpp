// The web front end over shards served by xapian-tcpsrv: the JSON API answers as over one
// database, a shard whose server goes away is a 503 naming the shard (never a partial answer),
// and the server, which keeps its connections open, connects again once the shard is back.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "support/shard_answers.hpp"
#include "support/shard_servers.hpp"
#include "support/test_support.hpp"
#include "web/web_server.hpp"

namespace onrecord {
namespace {

namespace fs = std::filesystem;
using testing::shell_quote;

// One web server in this process, over `db`.
class Served {
 public:
  explicit Served(const fs::path& db) {
    ServeOptions options;
    options.db = db;
    options.port = 0;
    options.threads = 4;
    server_ = std::make_unique<WebServer>(options);
    auto port = server_->bind();
    EXPECT_TRUE(port.ok()) << port.error().describe();
    port_ = port.ok() ? *port : 0;
    thread_ = std::thread([this] { server_->run(); });
  }
  ~Served() {
    server_->stop();
    thread_.join();
  }
  Served(const Served&) = delete;
  Served& operator=(const Served&) = delete;

  httplib::Result get(const std::string& path) const {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path);
  }

 private:
  std::unique_ptr<WebServer> server_;
  std::thread thread_;
  int port_ = 0;
};

class WebShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path corpus = dir_ / "corpus";
    fs::create_directories(corpus);
    for (const fs::path& folder : {fs::path(ONRECORD_SOURCE_DIR) / "corpus",
                                   fs::path(ONRECORD_SOURCE_DIR) / "tests/gold/meantime-dev"}) {
      for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".txt")
          fs::copy_file(entry.path(), corpus / entry.path().filename());
    }
    for (const auto& [db, options] : {std::pair{one(), ""}, std::pair{three(), "--shards 3 "}}) {
      const auto r =
          testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " + shell_quote(db.string()) + " " +
                       options + "sync " + shell_quote(corpus.string()));
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  [[nodiscard]] fs::path one() const { return dir_ / "one.db"; }
  [[nodiscard]] fs::path three() const { return dir_ / "three"; }

  testing::TempDir dir_;
};

nlohmann::json comparable(const httplib::Result& r, const std::string& path) {
  EXPECT_TRUE(r) << path;
  if (!r) return {};
  EXPECT_EQ(r->status, 200) << path << ": " << r->body;
  const auto ties = path.find("sort=date") != std::string::npos ? testing::TieKey::kDateAndScore
                                                                : testing::TieKey::kScore;
  return testing::comparable_answer(nlohmann::json::parse(r->body), ties);
}

TEST_F(WebShardsTest, ApiOverTcpShardsAnswersAsOneDatabaseFailsWithA503AndReconnects) {
  const fs::path stub = dir_ / "three.remote";
  testing::ShardServers shards(three(), stub, testing::ShardServers::Access::kReadOnly);
  ASSERT_TRUE(shards.started()) << shards.error();
  const Served whole(one());
  const Served split(stub);
  const std::vector<std::string> paths{
      "/api/search?q=boeing",          "/api/search?q=said&limit=50",
      "/api/search?q=market&quotes=1", "/api/search?q=the&sort=date&limit=30",
      "/api/search?q=fal*&limit=40",   "/api/search?q=%22stock+market%22",
      "/api/search?q=price&date=2008"};
  for (const auto& path : paths)
    EXPECT_EQ(testing::answer_difference(comparable(split.get(path), path),
                                         comparable(whole.get(path), path)),
              "")
        << path;

  // Shard 2's server and the connections it serves go away.
  ASSERT_EQ(testing::run("python3 -c 'import os, signal; os.killpg(" + shards.pid(2) +
                         ", signal.SIGTERM)'")
                .exit_code,
            0);
  usleep(200000);
  const auto down = split.get("/api/search?q=boeing");
  ASSERT_TRUE(down);
  EXPECT_EQ(down->status, 503) << down->body;
  EXPECT_NE(down->body.find("shard 2 (127.0.0.1:" + std::to_string(shards.port(2))),
            std::string::npos)
      << down->body;
  EXPECT_EQ(down->body.find("\"results\""), std::string::npos);  // no partial answer

  const auto back = testing::run(
      "setsid xapian-tcpsrv --interface 127.0.0.1 --port " + std::to_string(shards.port(2)) + " " +
      shell_quote((three() / "shard-2").string()) + " >/dev/null 2>&1 & echo $!");
  const std::string restarted = back.out.substr(0, back.out.find('\n'));
  int status = 0;
  for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
    if (auto r = split.get("/api/search?q=boeing")) status = r->status;
    if (status != 200) usleep(100000);
  }
  EXPECT_EQ(status, 200);
  EXPECT_EQ(testing::answer_difference(comparable(split.get(paths[1]), paths[1]),
                                       comparable(whole.get(paths[1]), paths[1])),
            "");
  testing::run("python3 -c 'import os, signal; os.killpg(" + restarted + ", signal.SIGTERM)'");
}

}  // namespace
}  // namespace onrecord
