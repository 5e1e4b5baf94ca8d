// `onrecord-search serve` as a user starts it: it hands over to onrecord-serve, which answers
// the API with what the command line answers; without onrecord-serve beside it, it says so.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>

#include "cli/cli_fixture.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

using testing::read_file;
using testing::shell_quote;

// The port of the "serving http://127.0.0.1:PORT/" line, waited for up to ten seconds.
int wait_for_port(const std::filesystem::path& log) {
  const std::regex serving(R"(serving http://127\.0\.0\.1:(\d+)/)");
  for (int i = 0; i < 200; ++i) {
    std::smatch m;
    const std::string text = std::filesystem::exists(log) ? read_file(log) : "";
    if (std::regex_search(text, m, serving)) return std::stoi(m[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return 0;
}

TEST_F(CliTest, ServeHandsOverToTheWebServerWhichAnswersAsTheCommandLine) {
  ASSERT_EQ(index("sync " + shell_quote(ONRECORD_CORPUS_DIR)).exit_code, 0);
  const auto log = dir_.path() / "serve.log";
  const auto pid_file = dir_.path() / "serve.pid";
  // The database is named before `serve`, the port after: both reach the server.
  const auto started =
      testing::run("(" + std::string(ONRECORD_SEARCH_BIN) + " --db " + shell_quote(db().string()) +
                   " serve --port 0 >" + shell_quote(log.string()) + " 2>&1 & echo $! >" +
                   shell_quote(pid_file.string()) + ")");
  ASSERT_EQ(started.exit_code, 0) << started.err;
  const int port = wait_for_port(log);
  const std::string pid = read_file(pid_file).substr(0, read_file(pid_file).find('\n'));
  if (port == 0) testing::run("kill " + pid);  // no server left behind by a failed start
  ASSERT_GT(port, 0) << read_file(log);
  // The process started as onrecord-search is the server now: its pid runs onrecord-serve.
  const std::string command_line = read_file("/proc/" + pid + "/cmdline");
  EXPECT_NE(command_line.find("onrecord-serve"), std::string::npos) << command_line;
  const auto fetched = testing::run(
      "python3 -c 'import sys, urllib.request; "
      "sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())' " +
      shell_quote("http://127.0.0.1:" + std::to_string(port) +
                  "/api/search?q=disgusting+abomination"));
  testing::run("kill " + pid);
  ASSERT_EQ(fetched.exit_code, 0) << fetched.err;
  const auto from_server = nlohmann::json::parse(fetched.out);
  const auto from_cli = search_json("disgusting abomination");
  EXPECT_EQ(from_server["total"], from_cli["total"]);
  EXPECT_EQ(from_server["results"].at(0)["snippet"], from_cli["results"].at(0)["snippet"]);
  EXPECT_EQ(from_server["facets"], from_cli["facets"]);
}

TEST_F(CliTest, ServeHelpIsTheWebServersAndItsUsageErrorsExit2) {
  auto r = search("serve --help");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("--allow-writes"), std::string::npos) << r.out;
  r = search("serve --no-such-option");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-option"), std::string::npos) << r.err;
}

TEST_F(CliTest, ServeWithoutTheWebServerBesideItSaysWhatIsMissing) {
  const auto alone = dir_.path() / "alone";
  std::filesystem::create_directories(alone);
  std::filesystem::copy_file(ONRECORD_SEARCH_BIN, alone / "onrecord-search");
  const auto r = testing::run(shell_quote((alone / "onrecord-search").string()) + " --db " +
                              shell_quote(db().string()) + " serve --port 0");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((alone / "onrecord-serve").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("installed beside onrecord-search"), std::string::npos) << r.err;
  // Searching needs nothing beside it.
  EXPECT_EQ(testing::run(shell_quote((alone / "onrecord-search").string()) + " --db " +
                         shell_quote(db().string()) + " --version")
                .exit_code,
            0);
}

}  // namespace
}  // namespace onrecord
