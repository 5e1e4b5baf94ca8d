// HTTP-level tests of the web front end and JSON API, against a server in this process.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "engine/search_request.hpp"
#include "support/test_database.hpp"
#include "support/test_support.hpp"
#include "web/article_view.hpp"
#include "web/web_pages.hpp"
#include "web/web_server.hpp"

namespace onrecord {
namespace {

using testing::build_database;
using testing::make_article;
using testing::shell_quote;
using testing::TempDir;

class WebTest : public ::testing::Test {
 protected:
  void start(WriteAccess writes = WriteAccess::kReadOnly) {
    ArticleFields council;
    council.date = "2025-06-10";
    council.source = "Metro <b>Daily</b>";
    council.title = "Council <script>alert('title')</script> votes";
    ArticleFields speech;
    speech.date = "2024-01-15";
    speech.speaker = "Jane Roe";
    serve({make_article(
               "council",
               {"The council voted 7-2 on Tuesday to expand late-night bus service.",
                "\u201CThis is a win for every shift worker,\u201D said council member Ana Ruiz.",
                "A sign read <img src=x onerror=alert(1)> outside the hall.",
                "\u201CThe timetable changes in July,\u201D a transit spokesman said."},
               council),
           make_article("speech",
                        {"My fellow citizens, the state of our union is strong and our bus lines "
                         "are full."},
                        speech)},
          writes);
  }

  void serve(const std::vector<Article>& articles, WriteAccess writes = WriteAccess::kReadOnly) {
    build_database(db(), articles);
    ServeOptions options;
    options.db = db();
    options.port = 0;
    options.writes = writes;
    options.token = "s3cret";
    options.max_body_bytes = 64 * 1024;
    server_ = std::make_unique<WebServer>(options);
    auto port = server_->bind();
    ASSERT_TRUE(port.ok()) << port.error().describe();
    port_ = *port;
    thread_ = std::thread([this] { server_->run(); });
  }

  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path);
  }

  [[nodiscard]] std::filesystem::path db() const { return dir_ / "db"; }

  // The API's answer to `path`, checked to equal the CLI's JSON for `cli_arguments`.
  nlohmann::json api_json_equal_to_cli(const std::string& path, const std::string& cli_arguments) {
    auto api = get(path);
    EXPECT_TRUE(api);
    if (!api) return {};
    EXPECT_EQ(api->status, 200);
    const auto cli = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                  shell_quote(db().string()) + " " + cli_arguments);
    EXPECT_EQ(cli.exit_code, 0) << cli.err;
    auto from_api = nlohmann::json::parse(api->body);
    auto from_cli = nlohmann::json::parse(cli.out);
    from_api.erase("took_ms");  // the only field that differs between two runs
    from_cli.erase("took_ms");
    EXPECT_EQ(from_api, from_cli);
    return from_api;
  }

  TempDir dir_;
  std::unique_ptr<WebServer> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(WebTest, HealthAndFrontPage) {
  start();
  auto health = get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(nlohmann::json::parse(health->body)["articles"], 2);
  auto front = get("/");
  ASSERT_TRUE(front);
  EXPECT_EQ(front->status, 200);
  EXPECT_NE(front->body.find("<form class=\"search\""), std::string::npos);
  EXPECT_NE(front->get_header_value("Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
  auto css = get("/assets/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_NE(css->get_header_value("Content-Type").find("text/css"), std::string::npos);
}

TEST_F(WebTest, ApiSearchAnswersTheCliJson) {
  start();
  const auto json = api_json_equal_to_cli("/api/search?q=bus&speaker=jane+roe",
                                          "--json --speaker 'jane roe' bus");
  EXPECT_EQ(json["total"], 1);
}

TEST_F(WebTest, InvalidUtf8IsRefusedWith400NeverA500) {
  start();
  for (const char* path : {"/api/search?q=bus%ff", "/api/search?q=bus&speaker=%fe",
                           "/api/search?q=bus&date=20%ff", "/search?q=bus%ff"}) {
    SCOPED_TRACE(path);
    auto answer = get(path);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 400);
    EXPECT_EQ(answer->body.find('\xff'), std::string::npos) << "the raw byte is not echoed";
    EXPECT_EQ(answer->body.find('\xfe'), std::string::npos);
    EXPECT_NE(answer->body.find("not valid UTF-8"), std::string::npos) << answer->body;
  }
  auto article = get("/api/articles/%ff");
  ASSERT_TRUE(article);
  EXPECT_EQ(article->status, 404);
  EXPECT_TRUE(nlohmann::json::accept(article->body)) << article->body;
}

TEST(WebPages, OnlyHttpAndHttpsUrlsBecomeLinks) {
  const auto page_for = [](const std::string& url) {
    ArticleView view;
    view.record.fields.id = "a";
    view.record.fields.title = "A";
    view.record.fields.url = url;
    view.passages.push_back(PassageData{"a", 0, 0, "The levee held."});
    return render_article_page(view, WriteAccess::kReadOnly);
  };
  for (const char* hostile : {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x",
                              "data:text/html,<b>x</b>", "vbscript:x", "/etc/passwd"}) {
    SCOPED_TRACE(hostile);
    const std::string page = page_for(hostile);
    EXPECT_EQ(page.find(">original</a>"), std::string::npos) << "no link";
    EXPECT_EQ(page.find("href=\"javascript"), std::string::npos);
    EXPECT_EQ(page.find("href=\"data"), std::string::npos);
  }
  for (const char* web : {"https://news.example.com/a?b=1&c=2", "HTTP://example.com/"}) {
    SCOPED_TRACE(web);
    EXPECT_NE(page_for(web).find(">original</a>"), std::string::npos);
  }
}

TEST_F(WebTest, ApiSearchWithoutSnippetsAnswersTheCliJson) {
  start();
  const auto json = api_json_equal_to_cli("/api/search?q=bus&snippets=0&facets=0",
                                          "--json --no-snippets --no-facets bus");
  ASSERT_FALSE(json["results"].empty());
  for (const auto& hit : json["results"]) {
    EXPECT_TRUE(hit["snippet"].is_null());
    EXPECT_TRUE(hit["matches"].is_null());
    EXPECT_FALSE(hit["passage"]["text"].get<std::string>().empty());
  }
}

TEST_F(WebTest, SearchPageShowsResultsFacetsAndLinks) {
  start();
  auto page = get("/search?q=bus");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<mark>bus</mark>"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"/search?q=bus&amp;speaker=%22Jane%20Roe%22\""),
            std::string::npos)
      << page->body;
  EXPECT_NE(page->body.find("class=\"histogram\""), std::string::npos);
  EXPECT_NE(page->body.find("2 passages in 2 articles match"), std::string::npos);
  auto narrowed = get("/search?q=bus&date=2024");
  ASSERT_TRUE(narrowed);
  EXPECT_NE(narrowed->body.find("1 passage in 1 article match"), std::string::npos);
  EXPECT_NE(narrowed->body.find("date: 2024"),
            std::string::npos);  // a chip that removes the filter
  auto suggestion = get("/search?q=buss");
  ASSERT_TRUE(suggestion);
  EXPECT_NE(suggestion->body.find("Did you mean"), std::string::npos);
  auto quotes = get("/search?q=shift&quotes=1");
  ASSERT_TRUE(quotes);
  EXPECT_NE(quotes->body.find("<blockquote class=\"quote\">"), std::string::npos);
  EXPECT_NE(quotes->body.find("Ana Ruiz"), std::string::npos);
  // A source the article only describes is shown by its role, marked as unnamed, and found by
  // the role: filter.
  auto described = get("/search?q=timetable&quotes=1");
  ASSERT_TRUE(described);
  EXPECT_NE(described->body.find("a transit spokesman (unnamed)"), std::string::npos);
  auto by_role = get("/api/search?q=role:spokesman&quotes=1");
  ASSERT_TRUE(by_role);
  EXPECT_NE(by_role->body.find("\"speaker_role\":\"a transit spokesman\""), std::string::npos)
      << by_role->body;
  // snippets=0 is for scripts: the page still shows the highlighted quotation.
  auto unhighlighted = get("/search?q=shift&quotes=1&snippets=0");
  ASSERT_TRUE(unhighlighted);
  EXPECT_NE(unhighlighted->body.find("<mark>shift</mark>"), std::string::npos);
}

// A name filter lists every speaker it matched as chips, each narrowing to that name alone.
TEST_F(WebTest, ANameFilterShowsTheSpeakersItMatched) {
  start();
  ArticleFields roe;
  roe.speaker = "Roe";
  build_database(db(), {make_article("roe", {"Our bus lines are late."}, roe)});
  auto page = get("/search?q=bus&speaker=roe");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("2 passages in 2 articles match"), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("speaker matches:"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"/search?q=bus&amp;speaker=%22Jane%20Roe%22\""),
            std::string::npos)
      << page->body;
  auto only = get("/search?q=bus&speaker=%22Roe%22");
  ASSERT_TRUE(only);
  EXPECT_NE(only->body.find("1 passage in 1 article match"), std::string::npos) << only->body;
  const auto json =
      api_json_equal_to_cli("/api/search?q=bus&speaker=roe", "--json --speaker roe bus");
  EXPECT_EQ(json["matched"]["speaker"], nlohmann::json::array({"Jane Roe", "Roe"}));
}

// A second server on a port in use is refused (with SO_REUSEPORT the two would share its
// traffic, answering from two databases).
TEST_F(WebTest, APortInUseIsRefused) {
  start();
  ServeOptions options;
  options.db = db();
  options.port = port_;
  WebServer second(options);
  const auto bound = second.bind();
  ASSERT_FALSE(bound.ok());
  EXPECT_NE(bound.error().hint.find("--port"), std::string::npos);
}

TEST_F(WebTest, PaginationLinks) {
  start();
  auto first = get("/search?q=the&limit=1");
  ASSERT_TRUE(first);
  EXPECT_NE(first->body.find("rel=\"next\" href=\"/search?q=the&amp;limit=1&amp;page=2\""),
            std::string::npos)
      << first->body;
  auto second = get("/search?q=the&limit=1&page=2");
  ASSERT_TRUE(second);
  EXPECT_NE(second->body.find("rel=\"prev\""), std::string::npos);
}

// The API takes the pages the CLI takes: up to kMaxLimit results (the web allowed 100).
TEST_F(WebTest, PageLimitsAreTheCommandLines) {
  start();
  auto largest = get("/api/search?q=the&limit=" + std::to_string(kMaxLimit));
  ASSERT_TRUE(largest);
  EXPECT_EQ(largest->status, 200) << largest->body;
  EXPECT_EQ(nlohmann::json::parse(largest->body)["limit"], kMaxLimit);
  auto too_large = get("/api/search?q=the&limit=" + std::to_string(kMaxLimit + 1));
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 400);
  auto too_far = get("/api/search?q=the&offset=" + std::to_string(kMaxOffset + 1));
  ASSERT_TRUE(too_far);
  EXPECT_EQ(too_far->status, 400);
}

TEST_F(WebTest, EverythingIsEscaped) {
  start();
  for (const std::string path : {"/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/search?q=sign",
                                 "/search?q=council", "/articles/council"}) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->body.find("<script"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("<img src=x"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("<b>Daily"), std::string::npos) << path;
  }
  auto article = get("/articles/council");
  EXPECT_NE(article->body.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(article->body.find("<q class=\"quotation speech\" title=\"Ana Ruiz \u00b7 "
                               "2025-06-10\">This is a win for every shift worker,</q>"),
            std::string::npos)
      << article->body;
  // The speaker link finds that speaker's quotations, by the name exactly.
  EXPECT_NE(article->body.find("href=\"/search?speaker=%22Ana%20Ruiz%22&amp;quotes=1\""),
            std::string::npos)
      << article->body;
}

TEST_F(WebTest, BadParametersGet400WithAJsonError) {
  start();
  const std::vector<std::string> paths{
      "/api/search?q=bus&limit=abc",    "/api/search?q=bus&page=0",
      "/api/search?q=bus&sort=oldest",  "/api/search?q=bus&quotes=maybe",
      "/api/search?q=bus&snippets=few", "/api/search?q=date:2025-13",
      "/api/search?q=speaker:",         "/api/search?q=" + std::string(2000, 'a')};
  for (const auto& path : paths) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    const auto json = nlohmann::json::parse(r->body, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << path;
    EXPECT_TRUE(json["error"]["message"].is_string()) << path;
  }
  auto page = get("/search?q=bus&limit=abc");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_NE(page->body.find("invalid limit"), std::string::npos);
}

TEST_F(WebTest, NothingOutsideTheRoutesIsReachable) {
  start();
  for (const std::string path :
       {"/../../etc/passwd", "/assets/../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/nope"}) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(WebTest, WritesNeedTheFlagAndTheToken) {
  start(WriteAccess::kReadOnly);
  httplib::Client client("127.0.0.1", port_);
  const std::string body =
      R"({"title": "Ferry Returns", "text": "The ferry resumed service on Monday.", "date": "2025-06-02"})";
  auto denied =
      client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body, "application/json");
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, 403);
}

TEST_F(WebTest, AnArticleWhoseIdIsAUrlOpensFromItsLink) {
  start(WriteAccess::kAllowWrites);
  httplib::Client client("127.0.0.1", port_);
  const std::string id = "https://news.example.com/2025/06/ferry?x=1";
  const nlohmann::json body{{"id", id}, {"title", "Ferry Returns"}, {"text", "The ferry is back."}};
  auto added = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body.dump(),
                           "application/json");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 201) << added->body;
  // The search page links the article; that link, and the API's, open it.
  auto page = get("/search?q=ferry");
  ASSERT_TRUE(page);
  const std::string prefix = "href=\"/articles/";
  const auto at = page->body.find(prefix);
  ASSERT_NE(at, std::string::npos) << page->body;
  const auto end = page->body.find_first_of("#\"", at + prefix.size());
  const std::string link = page->body.substr(at + 6, end - at - 6);
  EXPECT_NE(link.find("%2F"), std::string::npos) << link;
  auto html = get(link);
  ASSERT_TRUE(html);
  EXPECT_EQ(html->status, 200) << link;
  EXPECT_NE(html->body.find("The ferry is back."), std::string::npos);
  auto api = get("/api/" + link.substr(1));
  ASSERT_TRUE(api);
  ASSERT_EQ(api->status, 200);
  EXPECT_EQ(nlohmann::json::parse(api->body)["article"]["id"], id);
}

TEST_F(WebTest, AnUnavailableDatabaseAnswersWithoutItsPath) {
  start();
  std::filesystem::rename(db(), dir_ / "moved");
  for (const char* path : {"/healthz", "/api/search?q=bus", "/search?q=bus"}) {
    SCOPED_TRACE(path);
    auto answer = get(path);
    ASSERT_TRUE(answer);
    EXPECT_GE(answer->status, 400);
    EXPECT_NE(answer->body.find("db"), std::string::npos) << "named by its folder";
    EXPECT_EQ(answer->body.find(dir_.path().string()), std::string::npos) << answer->body;
  }
}

TEST_F(WebTest, TheAddFormRefusesAnotherSitesOrigin) {
  start(WriteAccess::kAllowWrites);
  httplib::Client client("127.0.0.1", port_);
  const httplib::Params form{{"title", "Form Story"}, {"text", "Posted."}, {"token", "s3cret"}};
  auto foreign = client.Post("/add", {{"Origin", "https://attacker.example"}}, form);
  ASSERT_TRUE(foreign);
  EXPECT_EQ(foreign->status, 403);
  EXPECT_NE(foreign->body.find("another site"), std::string::npos);
  auto own = client.Post("/add", {{"Origin", "http://127.0.0.1:" + std::to_string(port_)}}, form);
  ASSERT_TRUE(own);
  EXPECT_EQ(own->status, 303) << own->body;
}

TEST_F(WebTest, AddedArticlesAreSearchableWithoutRestart) {
  start(WriteAccess::kAllowWrites);
  httplib::Client client("127.0.0.1", port_);
  const std::string body =
      R"({"title": "Ferry Returns", "text": "\u201CWe missed it,\u201D said commuter Dana Lee after the ferry resumed service.", "date": "2025-06-02"})";
  auto wrong =
      client.Post("/api/articles", {{"Authorization", "Bearer nope"}}, body, "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto missing = client.Post("/api/articles", body, "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 401);
  auto bad_date =
      client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}},
                  R"({"title": "X", "text": "Y.", "date": "2025-13-45"})", "application/json");
  ASSERT_TRUE(bad_date);
  EXPECT_EQ(bad_date->status, 400);
  EXPECT_NE(bad_date->body.find("2025-13-45"), std::string::npos);
  auto added =
      client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body, "application/json");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 201) << added->body;
  EXPECT_EQ(nlohmann::json::parse(added->body)["id"], "ferry-returns");
  auto found = get("/api/search?q=missed&quotes=1");
  ASSERT_TRUE(found);
  const auto json = nlohmann::json::parse(found->body);
  ASSERT_EQ(json["total"], 1);
  EXPECT_EQ(json["results"][0]["quote"]["speaker"], "Dana Lee");
  auto form = client.Post(
      "/add", httplib::Params{
                  {"title", "Form Story"}, {"text", "Posted from the form."}, {"token", "s3cret"}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 303);
  EXPECT_EQ(form->get_header_value("Location"), "/articles/form-story");
  auto too_big = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}},
                             std::string(100 * 1024, 'x'), "application/json");
  ASSERT_TRUE(too_big);
  EXPECT_EQ(too_big->status, 413);
}

// Another process indexes while the server answers: no search fails, and the new articles appear.
TEST_F(WebTest, SearchesKeepWorkingWhileAnotherProcessIndexes) {
  start();
  std::string bulk;
  for (int i = 0; i < 400; ++i) {
    bulk += R"({"id": "bulk)" + std::to_string(i) +
            R"(", "title": "Bulk", "text": "Harbor report number )" + std::to_string(i) +
            R"( on the bus depot."})" + "\n";
  }
  testing::write_file(dir_ / "bulk.jsonl", bulk);
  std::atomic<bool> indexing{true};
  std::thread indexer([&] {
    for (int round = 0; round < 3; ++round) {
      testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " + shell_quote(db().string()) +
                   " add " + shell_quote((dir_ / "bulk.jsonl").string()));
    }
    indexing = false;
  });
  int requests = 0;
  int failures = 0;
  while (indexing || requests < 20) {
    auto r = get("/api/search?q=bus");
    ++requests;
    if (!r || r->status != 200) ++failures;
  }
  indexer.join();
  EXPECT_EQ(failures, 0) << "of " << requests;
  auto r = get("/api/search?q=harbor");
  ASSERT_TRUE(r);
  EXPECT_EQ(nlohmann::json::parse(r->body)["total"], 400);
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// The costliest queries anyone may send, many at once: the server's memory stays bounded (one
// 999-letter word once cost 180 MB in "did you mean", and eight at once took 1.37 GB). ctest runs
// each test in its own process, so the peak resident size is this test's.
std::size_t peak_resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with("VmHWM:")) return std::stoul(line.substr(6));
  return 0;
}

TEST_F(WebTest, HostileQueriesKeepTheServerSmall) {
  start();
  ASSERT_TRUE(get("/api/search?q=bus"));  // warm: the searchers and the facet table
  const std::size_t before = peak_resident_kib();
  const std::string long_word(999, 'q');
  std::string many_wildcards;
  for (char c = 'a'; c <= 'z'; ++c)
    many_wildcards += std::string(many_wildcards.empty() ? "" : "+") + c + "*";
  std::string near_chain = "bus";
  for (int i = 0; i < 60; ++i) near_chain += "+NEAR%2F1000+bus";
  std::string misspelt;
  for (int i = 0; i < 25; ++i)
    misspelt += (i ? "+" : "") + std::string(39, static_cast<char>('a' + i % 26));
  const std::vector<std::string> queries = {
      "/api/search?q=" + long_word,  "/search?q=" + long_word, "/api/search?q=" + many_wildcards,
      "/api/search?q=" + near_chain, "/search?q=" + misspelt,  "/export.csv?q=" + many_wildcards};
  std::vector<std::thread> clients;
  std::atomic<int> answered{0};
  for (int c = 0; c < 16; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port_);
      for (int round = 0; round < 3; ++round) {
        auto r = client.Get(queries[(c + round) % queries.size()]);
        if (r) ++answered;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(answered, 48) << "every request answered (an error is an answer)";
  const std::size_t grown_mib = (peak_resident_kib() - before) / 1024;
  EXPECT_LT(grown_mib, 256U) << "peak resident size grew by " << grown_mib << " MiB";
}

TEST_F(WebTest, ExportsHoldEveryResultAndMatchTheCli) {
  start();
  const auto api = get("/api/search?q=bus");
  ASSERT_TRUE(api);
  const auto total = nlohmann::json::parse(api->body)["total_articles"].get<std::size_t>();
  ASSERT_EQ(total, 2u);
  const auto csv = get("/export.csv?q=bus");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
  std::size_t lines = 0;
  for (const char c : csv->body) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, total + 1) << "a header and one row per result";
  const auto cli = testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                                shell_quote(db().string()) + " --format csv bus");
  EXPECT_EQ(csv->body, cli.out) << "the download is the command line's export";
  const auto jsonl = get("/export.jsonl?q=shift+worker&speaker=Ana+Ruiz");
  ASSERT_TRUE(jsonl);
  EXPECT_EQ(jsonl->status, 200);
  const auto first = nlohmann::json::parse(jsonl->body.substr(0, jsonl->body.find('\n')));
  EXPECT_EQ(first["article"]["id"], "council");
  EXPECT_EQ(std::count(jsonl->body.begin(), jsonl->body.end(), '\n'), 1);
  const auto bad = get("/export.csv?q=bus&date=2025-13");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  const auto page = get("/search?q=bus");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("href=\"/export.csv?q=bus\""), std::string::npos);
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

TEST_F(WebTest, SpeakerListAndPages) {
  start();
  const auto list = get("/api/speakers");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200);
  const auto json = nlohmann::json::parse(list->body);
  ASSERT_EQ(json["total"], 2) << json.dump();
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& s : json["speakers"]) by_name[s["name"]] = s;
  EXPECT_EQ(by_name["Ana Ruiz"]["quotations"], 1);
  EXPECT_EQ(by_name["Ana Ruiz"]["passages"], 1);
  EXPECT_EQ(by_name["Jane Roe"]["quotations"], 0) << "she speaks the speech; nobody quotes her";
  EXPECT_EQ(nlohmann::json::parse(get("/api/speakers?find=roe")->body)["total"], 1);
  EXPECT_EQ(get("/api/speakers?offset=x")->status, 400);

  const auto html = get("/speakers?find=ruiz");
  ASSERT_TRUE(html);
  EXPECT_NE(html->body.find("href=\"/speakers/Ana%20Ruiz\""), std::string::npos);
  EXPECT_EQ(html->body.find("Jane Roe"), std::string::npos);

  const auto page = get("/speakers/Ana%20Ruiz");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<h1>Ana Ruiz</h1>"), std::string::npos);
  EXPECT_NE(page->body.find("This is a win for every shift worker"), std::string::npos);
  EXPECT_NE(page->body.find("<svg class=\"histogram\""), std::string::npos) << "a timeline";
  EXPECT_NE(page->body.find(
                "aria-label=\"2025: 1\" href=\"/search?speaker=%22Ana%20Ruiz%22&amp;date=2025\""),
            std::string::npos)
      << "its bar narrows to the year";
  EXPECT_NE(page->body.find("Metro &lt;b&gt;Daily&lt;/b&gt;"), std::string::npos)
      << "the outlet, escaped";
  const auto api = nlohmann::json::parse(get("/api/speakers/Ana%20Ruiz")->body);
  EXPECT_EQ(api["quotations"], 1);
  EXPECT_EQ(api["by_year"], nlohmann::json::parse(R"([{"year":"2025","count":1}])"));
  EXPECT_EQ(api["latest_quotations"][0]["quote"]["speaker"], "Ana Ruiz");
  EXPECT_EQ(get("/speakers/Nobody%20Here")->status, 404);
  EXPECT_EQ(get("/api/speakers/Nobody%20Here")->status, 404);
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

TEST_F(WebTest, TheFrontPageShowsWhatTheIndexHoldsAndSearchesFromIt) {
  start();
  const auto page = get("/");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  const std::string& html = page->body;
  EXPECT_NE(html.find("2 articles"), std::string::npos);
  EXPECT_NE(html.find("2 quotations"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/speakers\">2 speakers</a>"), std::string::npos);
  EXPECT_NE(html.find("2024\u20132025"), std::string::npos) << "the date span";
  EXPECT_EQ(html.find("big+beautiful+bill"), std::string::npos) << "no example written elsewhere";
  // Each example is taken from the index and finds something.
  for (const std::string href :
       {"/search?speaker=%22Ana%20Ruiz%22", "/search?source=%22Metro%20%3Cb%3EDaily%3C%2Fb%3E%22",
        "/search?date=2025"}) {
    ASSERT_NE(html.find("href=\"" + href + "\""), std::string::npos) << href << "\n" << html;
    const auto found = get("/api" + href.substr(0, 7) + href.substr(7));
    ASSERT_TRUE(found);
    EXPECT_GT(nlohmann::json::parse(found->body)["total"].get<int>(), 0) << href;
  }
  EXPECT_NE(html.find("href=\"/articles/council\""), std::string::npos) << "the latest articles";
}

TEST_F(WebTest, TheFrontPageFollowsTheIndexAsArticlesArrive) {
  start(WriteAccess::kAllowWrites);
  ASSERT_NE(get("/")->body.find("2 articles"), std::string::npos);
  ASSERT_NE(get("/")->body.find("2 articles"), std::string::npos) << "the same, asked again";
  httplib::Client client("127.0.0.1", port_);
  const nlohmann::json body{{"id", "ferry"},
                            {"title", "Ferry Returns"},
                            {"date", "2026-02-01"},
                            {"text", "\u201CThe ferry is back,\u201D said Captain Ida Moss."}};
  auto added = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body.dump(),
                           "application/json");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 201) << added->body;
  const std::string html = get("/")->body;
  EXPECT_NE(html.find("3 articles"), std::string::npos) << html;
  EXPECT_NE(html.find("2024\u20132026"), std::string::npos) << "the new span";
  EXPECT_NE(html.find("href=\"/articles/ferry\""), std::string::npos) << "the latest article";
}

TEST_F(WebTest, AnUndatedIndexStillShowsItsSpeakersAndArticles) {
  // Notes and transcripts often carry no date: the front page must not come up blank.
  serve(
      {make_article("notes", {"\u201CWe will not close the library,\u201D said Mayor Lena Hart."}),
       make_article("memo", {"\u201CBudgets are tight,\u201D said treasurer Omar Diaz."})});
  const auto page = get("/");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  const std::string& html = page->body;
  EXPECT_NE(html.find("href=\"/speakers/Lena%20Hart\""), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"/articles/notes\""), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"/articles/memo\""), std::string::npos) << html;
  EXPECT_EQ(html.find("By year"), std::string::npos) << "no timeline without dates";
  EXPECT_EQ(get("/api/search")->status, 400) << "a request with nothing to search is still refused";
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

TEST_F(WebTest, AQuotationHasItsOwnPageWithACitation) {
  start();
  const auto found = nlohmann::json::parse(get("/api/search?quotes=1&q=shift+worker")->body);
  ASSERT_EQ(found["results"].size(), 1u);
  const std::string id = found["results"][0]["quote"]["id"];
  ASSERT_FALSE(id.empty());
  const auto results = get("/search?quotes=1&q=shift+worker");
  EXPECT_NE(results->body.find("href=\"/quotes/" + id + "\""), std::string::npos)
      << "every quotation result has its permalink";
  const auto page = get("/quotes/" + id);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("This is a win for every shift worker,"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"/speakers/Ana%20Ruiz\""), std::string::npos);
  EXPECT_NE(page->body.find("href=\"/articles/council\""), std::string::npos) << "reported in";
  const auto api = nlohmann::json::parse(get("/api/quotes/" + id)->body);
  EXPECT_EQ(api["quotation"]["cite"],
            "Ana Ruiz, \u201CThis is a win for every shift worker,\u201D Metro <b>Daily</b>, "
            "2025-06-10");
  EXPECT_NE(page->body.find("worker,\u201D Metro &lt;b&gt;Daily&lt;/b&gt;, 2025-06-10"),
            std::string::npos)
      << "the citation on the page, escaped";
  EXPECT_EQ(get("/quotes/0123456789abcdef")->status, 404);
  EXPECT_EQ(get("/api/quotes/0123456789abcdef")->status, 404);
  EXPECT_EQ(get("/quotes/not-an-id")->status, 404);
}

}  // namespace
}  // namespace onrecord
