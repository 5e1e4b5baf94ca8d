#include "web/web_server.hpp"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "engine/index_overview.hpp"
#include "engine/searcher.hpp"
#include "engine/speakers.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "output/export.hpp"
#include "output/json_output.hpp"
#include "output/speakers_output.hpp"
#include "web/article_submission.hpp"
#include "web/article_view.hpp"
#include "web/quote_page.hpp"
#include "web/speaker_pages.hpp"
#include "web/web_assets.hpp"
#include "web/web_pages.hpp"
#include "web/web_request.hpp"

namespace onrecord {
namespace {

constexpr std::size_t kRequestsPerConnection = 10000;

// Debian's cpp-httplib listens with a backlog of 5 (fixed when the library was built): 50
// clients connecting at once lose SYNs, which the kernel resends after 1 s and then 3 s, past
// clients' timeouts. Listening again on the socket widens the backlog (Linux allows it); the
// library does not expose the socket, so it is found among the process's descriptors.
void widen_listen_backlog(int port) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    int fd = -1;
    try {
      fd = std::stoi(entry.path().filename().string());
    } catch (const std::exception&) {
      continue;
    }
    int listening = 0;
    socklen_t length = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) != 0 || listening == 0)
      continue;
    sockaddr_storage address{};
    socklen_t address_length = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &address_length) != 0) continue;
    const int bound = address.ss_family == AF_INET6
                          ? ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port)
                          : ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
    if (bound == port) listen(fd, SOMAXCONN);
  }
}

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kJson = "application/json";

// Searchers are not thread-safe; each request borrows one.
class SearcherPool {
 public:
  explicit SearcherPool(std::filesystem::path db) : db_(std::move(db)) {}

  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher)
        : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) noexcept = default;
    ~Lease() {
      if (searcher_) pool_.give_back(std::move(searcher_));
    }
    Searcher* operator->() { return searcher_.get(); }
    Searcher& operator*() { return *searcher_; }

   private:
    SearcherPool& pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  Result<Lease> borrow() {
    {
      std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return Lease(*this, std::move(s));
      }
    }
    auto opened = Searcher::open(db_, ExpectedSearches::kMany);
    if (!opened) return opened.error();
    return Lease(*this, std::make_unique<Searcher>(std::move(*opened)));
  }

 private:
  void give_back(std::unique_ptr<Searcher> s) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(s));
  }
  std::filesystem::path db_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> free_;
};

int status_for(const Error& e) {
  switch (e.code) {
    case ErrorCode::kBadQuery:
    case ErrorCode::kInvalidInput:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kLocked:
    case ErrorCode::kUnavailable:  // a shard is down: never a partial answer
      return 503;
    default:
      return 500;
  }
}

nlohmann::ordered_json api_error(const Error& e) {
  return {{"version", kJsonSchemaVersion}, {"error", error_json(e)}};
}

void send_json(httplib::Response& res, int status, const nlohmann::ordered_json& body) {
  res.status = status;
  res.set_content(json_text(body), kJson);
}

void send_api_error(httplib::Response& res, const Error& e) {
  send_json(res, status_for(e), api_error(e));
}

// Whether an Origin header ("http://host:port") names the host the request was sent to.
bool same_origin(const std::string& origin, const httplib::Request& req) {
  const auto scheme_end = origin.find("://");
  if (scheme_end == std::string::npos) return false;  // "null" and the like
  return origin.substr(scheme_end + 3) == req.get_header_value("Host");
}

bool tokens_equal(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// A submitted field from a JSON body, a multipart form or a URL-encoded form.
std::string field(const httplib::Request& req, const nlohmann::json& json, const std::string& key) {
  if (json.is_object() && json.contains(key) && json[key].is_string())
    return json[key].get<std::string>();
  if (req.has_file(key)) return req.get_file_value(key).content;
  return req.get_param_value(key);
}

}  // namespace

struct WebServer::Impl {
  explicit Impl(ServeOptions o) : options(std::move(o)), pool(options.db) {}

  ServeOptions options;
  SearcherPool pool;
  std::mutex writer_lock;
  httplib::Server server;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> serving{false};  // run() entered and not yet returned
  std::atomic<int> exports_running{0};
  static constexpr int kMaxConcurrentExports = 2;

  [[nodiscard]] bool writes_allowed() const { return options.writes == WriteAccess::kAllowWrites; }

  void routes() {
    server.set_payload_max_length(options.max_body_bytes);
    server.set_tcp_nodelay(
        true);  // small responses on kept-alive connections must not wait for Nagle
    // cpp-httplib closes a kept-alive connection after 5 requests by default; under load the
    // reconnections overflow its listen backlog of 5, and a dropped SYN waits a second (or two,
    // past a client's timeout).
    server.set_keep_alive_max_count(kRequestsPerConnection);
    const std::size_t threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"},
         {"Referrer-Policy", "no-referrer"},
         {"Content-Security-Policy",
          "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
          "frame-ancestors 'none'; base-uri 'none'"}});
    // Messages name the database by its path, which a command-line user needs and a web
    // client must not learn: every error answer names it by its folder's name instead.
    server.set_post_routing_handler([this](const httplib::Request&, httplib::Response& res) {
      if (res.status < 400) return;
      std::error_code unknown;  // a working folder gone: the path as given is all there is
      const std::string full =
          std::filesystem::absolute(options.db, unknown).lexically_normal().string();
      const std::string given = options.db.string();
      const std::string shown = options.db.filename().empty()
                                    ? options.db.parent_path().filename().string()
                                    : options.db.filename().string();
      bool replaced = false;
      for (const std::string& path : {full, given}) {
        if (path.empty() || path == shown) continue;
        for (auto at = res.body.find(path); at != std::string::npos;
             at = res.body.find(path, at + shown.size())) {
          res.body.replace(at, path.size(), shown);
          replaced = true;
        }
      }
      // cpp-httplib has set the length by now.
      if (replaced && res.has_header("Content-Length")) {
        res.headers.erase("Content-Length");
        res.set_header("Content-Length", std::to_string(res.body.size()));
      }
    });
    // An answer in the form that was asked for: JSON for the API, a page for a page.
    server.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
          const Error error{ErrorCode::kInternal, "internal error",
                            "the request was not completed; try again"};
          if (req.path.starts_with("/api/") || req.path.starts_with("/export.")) {
            send_api_error(res, error);
          } else {
            res.status = 500;
            res.set_content(render_message_page("Internal error", error.describe()), kHtml);
          }
        });
    server.Get("/assets/style.css", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "public, max-age=3600");
      res.set_content(std::string(kStylesheet), "text/css; charset=utf-8");
    });
    server.Get("/healthz",
               [this](const httplib::Request&, httplib::Response& res) { healthz(res); });
    server.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      search_page(req, res);
    });
    server.Get("/search", [this](const httplib::Request& req, httplib::Response& res) {
      search_page(req, res);
    });
    server.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      api_search(req, res);
    });
    server.Get("/export.csv", [this](const httplib::Request& req, httplib::Response& res) {
      export_search(req, res, ExportFormat::kCsv);
    });
    server.Get("/export.jsonl", [this](const httplib::Request& req, httplib::Response& res) {
      export_search(req, res, ExportFormat::kJsonLines);
    });
    // An id may be a URL: its slashes arrive decoded, so the rest of the path is the id.
    server.Get(R"(/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      article(req.matches[1], res, Format::kHtml);
    });
    server.Get(R"(/api/articles/(.+))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 article(req.matches[1], res, Format::kJson);
               });
    server.Get("/speakers", [this](const httplib::Request& req, httplib::Response& res) {
      speaker_list(req, res, Format::kHtml);
    });
    server.Get("/api/speakers", [this](const httplib::Request& req, httplib::Response& res) {
      speaker_list(req, res, Format::kJson);
    });
    server.Get(R"(/speakers/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      speaker(req.matches[1], res, Format::kHtml);
    });
    server.Get(R"(/api/speakers/(.+))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 speaker(req.matches[1], res, Format::kJson);
               });
    server.Get(R"(/quotes/([0-9a-f]{1,32}))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 quotation(req.matches[1], res, Format::kHtml);
               });
    server.Get(R"(/api/quotes/([0-9a-f]{1,32}))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 quotation(req.matches[1], res, Format::kJson);
               });
    server.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
      add(req, res, Format::kJson);
    });
    server.Get("/add", [this](const httplib::Request&, httplib::Response& res) {
      if (!writes_allowed()) return not_found(res);
      res.set_content(render_add_page(""), kHtml);
    });
    server.Post("/add", [this](const httplib::Request& req, httplib::Response& res) {
      add(req, res, Format::kHtml);
    });
    server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      const std::string message =
          res.status == 404 ? "no such page" : "the request could not be served";
      if (req.path.starts_with("/api/")) {
        send_json(res, res.status, api_error(Error{ErrorCode::kNotFound, message, ""}));
      } else {
        res.set_content(render_message_page(std::to_string(res.status), message), kHtml);
      }
    });
  }

  enum class Format { kHtml, kJson };

  static void not_found(httplib::Response& res) {
    res.status = 404;
    res.set_content(render_message_page("Not found", "no such page"), kHtml);
  }

  void healthz(httplib::Response& res) {
    auto db = open_database_for_search(options.db);
    if (!db) return send_json(res, 503, api_error(db.error()));
    send_json(res, 200,
              {{"status", "ok"},
               {"schema", schema::kVersion},
               {"articles", db->get_termfreq(schema::kind_term(schema::DocKind::kArticle))},
               {"writes", writes_allowed()}});
  }

  void search_page(const httplib::Request& req, httplib::Response& res) {
    SearchPageModel model;
    model.writes = options.writes;
    auto web = parse_web_search(req, options.max_query_bytes);
    if (!web) {
      res.status = 400;
      model.error = web.error().describe();
      res.set_content(render_search_page(model), kHtml);
      return;
    }
    model = search_page_model(*web, options.writes);
    if (web->has_input) {
      // The page is read by people: its results are always highlighted (snippets=0 is for
      // scripts calling /api/search).
      web->request.snippets = Snippets::kHighlighted;
      auto response = run_search(web->request);
      if (response) {
        model.response = std::move(*response);
      } else {
        res.status = status_for(response.error());
        model.error = response.error().describe();
      }
    }
    if (!web->has_input) {
      auto searcher = pool.borrow();
      if (searcher) {
        auto overview = index_overview(**searcher);
        if (overview) model.overview = std::move(*overview);
      }
    }
    res.set_content(render_search_page(model), kHtml);
  }

  void api_search(const httplib::Request& req, httplib::Response& res) {
    auto web = parse_web_search(req, options.max_query_bytes);
    if (!web) return send_api_error(res, web.error());
    auto response = run_search(web->request);
    if (!response)
      return send_json(res, status_for(response.error()),
                       error_to_json(web->request.query, response.error()));
    send_json(res, 200, to_json(*response));
  }

  // Every result of a search, streamed: the first page is searched before the answer starts, so
  // a bad query is a 400, not a broken download.
  void export_search(const httplib::Request& req, httplib::Response& res, ExportFormat format) {
    auto web = parse_web_search(req, options.max_query_bytes);
    if (!web) return send_api_error(res, web.error());
    SearchRequest request = web->request;
    request.offset = 0;
    // Each export holds a thread and a searcher for as long as it streams: a few at a time.
    if (exports_running.fetch_add(1) >= kMaxConcurrentExports) {
      exports_running.fetch_sub(1);
      res.set_header("Retry-After", "5");
      return send_json(res, 503,
                       api_error(Error{ErrorCode::kLocked, "too many exports at once",
                                       "try again in a few seconds"}));
    }
    {
      SearchRequest probe = request;  // a bad query is a 400 before the download starts
      probe.limit = 1;
      probe.counting = Counting::kEstimate;
      if (auto checked = run_search(probe); !checked) {
        exports_running.fetch_sub(1);
        return send_api_error(res, checked.error());
      }
    }
    const bool csv = format == ExportFormat::kCsv;
    res.set_header("Content-Disposition", std::string("attachment; filename=\"onrecord-export.") +
                                              (csv ? "csv" : "jsonl") + "\"");
    res.set_chunked_content_provider(
        csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        [this, request, format](std::size_t /*offset*/, httplib::DataSink& sink) {
          auto searcher = pool.borrow();
          bool whole = false;
          if (searcher) {
            auto exported =
                export_results(**searcher, request, format, [&sink](std::string_view piece) {
                  return sink.is_writable() && sink.write(piece.data(), piece.size());
                });
            whole = exported && !exported->stopped;
          }
          // A cut export must not look whole: without the final chunk the client sees an error.
          if (whole) sink.done();
          return whole;
        },
        [this](bool /*success*/) { exports_running.fetch_sub(1); });
  }

  void speaker_list(const httplib::Request& req, httplib::Response& res, Format format) {
    SpeakerDirectoryRequest request;
    request.contains = req.get_param_value("find");
    const std::string offset = req.get_param_value("offset");
    if (!offset.empty()) {
      std::size_t parsed = 0;
      const auto [end, ec] = std::from_chars(offset.data(), offset.data() + offset.size(), parsed);
      if (ec != std::errc() || end != offset.data() + offset.size() || parsed > kMaxOffset) {
        const Error bad{ErrorCode::kInvalidInput,
                        "offset wants a whole number, not '" + offset + "'", "e.g. offset=50"};
        return format == Format::kJson ? send_api_error(res, bad)
                                       : message(res, 400, "Bad request", bad.describe());
      }
      request.offset = parsed;
    }
    if (const auto bad = first_invalid_utf8(request.contains); bad != std::string::npos) {
      const Error error{ErrorCode::kInvalidInput, "find is not valid UTF-8", "send UTF-8 text"};
      return format == Format::kJson ? send_api_error(res, error)
                                     : message(res, 400, "Bad request", error.describe());
    }
    auto searcher = pool.borrow();
    Result<SpeakerDirectory> directory = searcher ? speaker_directory(**searcher, request)
                                                  : Result<SpeakerDirectory>(searcher.error());
    if (!directory)
      return format == Format::kJson ? send_api_error(res, directory.error())
                                     : message(res, status_for(directory.error()), "Unavailable",
                                               directory.error().describe());
    if (format == Format::kJson) return send_json(res, 200, to_json(*directory));
    res.set_content(render_speaker_list_page(*directory, options.writes), kHtml);
  }

  void speaker(const std::string& name, httplib::Response& res, Format format) {
    if (first_invalid_utf8(name) != std::string::npos) {
      const Error error{ErrorCode::kInvalidInput, "the speaker's name is not valid UTF-8", ""};
      return format == Format::kJson ? send_api_error(res, error)
                                     : message(res, 400, "Bad request", error.describe());
    }
    auto searcher = pool.borrow();
    Result<SpeakerProfile> profile = searcher ? speaker_profile(**searcher, name, kDefaultLimit)
                                              : Result<SpeakerProfile>(searcher.error());
    if (!profile)
      return format == Format::kJson
                 ? send_api_error(res, profile.error())
                 : message(
                       res, status_for(profile.error()),
                       profile.error().code == ErrorCode::kNotFound ? "Not found" : "Unavailable",
                       profile.error().describe());
    if (format == Format::kJson) return send_json(res, 200, to_json(*profile));
    res.set_content(render_speaker_page(*profile, options.writes), kHtml);
  }

  void quotation(const std::string& id, httplib::Response& res, Format format) {
    auto searcher = pool.borrow();
    Result<std::optional<SearchHit>> hit =
        searcher ? (*searcher)->quotation(id) : Result<std::optional<SearchHit>>(searcher.error());
    if (!hit)
      return format == Format::kJson
                 ? send_api_error(res, hit.error())
                 : message(res, status_for(hit.error()), "Unavailable", hit.error().describe());
    if (!*hit) {
      const Error missing{ErrorCode::kNotFound, "no quotation with the id '" + id + "'",
                          "the index may have been rebuilt; search for its words"};
      return format == Format::kJson ? send_api_error(res, missing)
                                     : message(res, 404, "Not found", missing.describe());
    }
    if (format == Format::kJson) {
      nlohmann::ordered_json body = hit_json(**hit, Snippets::kNone);
      body["cite"] = citation_text(**hit);
      return send_json(res, 200, {{"version", kJsonSchemaVersion}, {"quotation", body}});
    }
    res.set_content(render_quote_page(**hit, options.writes), kHtml);
  }

  Result<SearchResponse> run_search(const SearchRequest& request) {
    auto searcher = pool.borrow();
    if (!searcher) return searcher.error();
    return (*searcher)->search(request);
  }

  void article(const std::string& id, httplib::Response& res, Format format) {
    auto searcher = pool.borrow();  // its open database, rather than opening one per request
    Result<const Xapian::Database*> db = searcher
                                             ? (*searcher)->current_database()
                                             : Result<const Xapian::Database*>(searcher.error());
    if (!db)
      return format == Format::kJson ? send_api_error(res, db.error())
                                     : message(res, 503, "Unavailable", db.error().describe());
    std::optional<ArticleView> view;
    for (int attempt = 0; attempt < kReopenAttempts; ++attempt) {
      try {
        view = load_article(**db, id);
        break;
      } catch (const Xapian::DatabaseModifiedError&) {
        db = (*searcher)->current_database();
        if (!db) break;
      }
    }
    if (!view) {
      const Error missing{ErrorCode::kNotFound, "no article with id '" + id + "'",
                          "search for it from /"};
      return format == Format::kJson ? send_api_error(res, missing)
                                     : message(res, 404, "Not found", missing.describe());
    }
    if (format == Format::kJson) return send_json(res, 200, article_to_json(*view));
    res.set_content(render_article_page(*view, options.writes), kHtml);
  }

  static void message(httplib::Response& res, int status, const std::string& title,
                      const std::string& text) {
    res.status = status;
    res.set_content(render_message_page(title, text), kHtml);
  }

  void add(const httplib::Request& req, httplib::Response& res, Format format) {
    auto fail = [&](int status, const Error& e) {
      if (format == Format::kJson) return send_json(res, status, api_error(e));
      res.status = status;
      res.set_content(writes_allowed() ? render_add_page(e.describe())
                                       : render_message_page("Not allowed", e.describe()),
                      kHtml);
    };
    if (!writes_allowed()) {
      return fail(403, Error{ErrorCode::kInvalidInput, "this server does not accept articles",
                             "start it with `onrecord-search serve --allow-writes`"});
    }
    // A form posted from another site's page carries its origin: refused (the token is the
    // defence; this keeps a page elsewhere from even trying it).
    if (const std::string origin = req.get_header_value("Origin");
        format == Format::kHtml && !origin.empty() && !same_origin(origin, req)) {
      return fail(403, Error{ErrorCode::kInvalidInput, "the form was sent from another site",
                             "add articles from this server's own /add page"});
    }
    nlohmann::json json;
    if (req.get_header_value("Content-Type").starts_with("application/json")) {
      json = nlohmann::json::parse(req.body, nullptr, false);
      if (json.is_discarded() || !json.is_object()) {
        return fail(400, Error{ErrorCode::kInvalidInput, "the body is not a JSON object",
                               R"(send {"title": "...", "text": "..."})"});
      }
    }
    std::string token = field(req, json, "token");
    const std::string auth = req.get_header_value("Authorization");
    if (auth.starts_with("Bearer ")) token = auth.substr(7);
    if (!tokens_equal(token, options.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return fail(401,
                  Error{ErrorCode::kInvalidInput, "missing or wrong write token",
                        "send it as `Authorization: Bearer TOKEN` (or the form's token field)"});
    }
    ArticleSubmission submission;
    submission.text = field(req, json, "file");
    if (submission.text.empty()) submission.text = field(req, json, "text");
    auto set = [&](const char* key, std::optional<std::string>& target) {
      std::string v = field(req, json, key);
      if (!v.empty()) target = std::move(v);
    };
    set("id", submission.fields.id);
    set("title", submission.fields.title);
    set("author", submission.fields.author);
    set("date", submission.fields.date);
    set("source", submission.fields.source);
    set("url", submission.fields.url);
    set("speaker", submission.fields.speaker);
    auto added = submit_article(options.db, writer_lock, submission);
    if (!added) {
      if (added.error().code == ErrorCode::kLocked) res.set_header("Retry-After", "2");
      return fail(status_for(added.error()), added.error());
    }
    if (format == Format::kJson) return send_json(res, 201, *added);
    res.set_redirect("/articles/" + url_encode((*added)["id"].get<std::string>()), 303);
  }
};

WebServer::WebServer(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->routes();
}
WebServer::~WebServer() = default;

Result<int> WebServer::bind() {
  const auto& o = impl_->options;
  // cpp-httplib's default options set SO_REUSEPORT, with which a second server on the port
  // shares its connections (two databases answering one address). SO_REUSEADDR alone lets a
  // restarted server take its port back from connections still closing, and no more.
  impl_->server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  const int port = o.port == 0 ? impl_->server.bind_to_any_port(o.host)
                               : (impl_->server.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) {
    return Error{ErrorCode::kIo, "cannot listen on " + o.host + ":" + std::to_string(o.port),
                 "is another server using the port? choose another with --port"};
  }
  widen_listen_backlog(port);
  // A searcher opened (and the facet table built) before the first request, so that the first
  // answer is as fast as the hundredth; a database that cannot be opened yet is reported to
  // each request instead.
  { const auto warm = impl_->pool.borrow(); }
  return port;
}

void WebServer::run() {
  impl_->serving = true;
  if (!impl_->stop_requested) impl_->server.listen_after_bind();
  impl_->serving = false;
}

// cpp-httplib's stop() does nothing before the server runs, so a stop() right after run() was
// started (in another thread) would be lost and run() would never return: stop until it has.
void WebServer::request_stop() {
  impl_->stop_requested = true;
  impl_->server.stop();
}

void WebServer::stop() {
  impl_->stop_requested = true;
  bool stopped = false;  // httplib's stop() once: a second closes its socket again
  while (impl_->serving) {
    if (!stopped && impl_->server.is_running()) {
      impl_->server.stop();
      stopped = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

}  // namespace onrecord
