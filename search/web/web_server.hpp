// `onrecord-search serve`: the web front end and JSON API over the same search library the CLI
// uses, on cpp-httplib. Pages and /api/search answer from a pool of searchers that reopen the
// database on every request, so articles added by other processes appear without a restart.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "index/error.hpp"
#include "web/web_pages.hpp"

namespace onrecord {

struct ServeOptions {
  std::filesystem::path db;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port
  WriteAccess writes = WriteAccess::kReadOnly;
  std::string token;  // required for writes
  std::size_t max_body_bytes = 4 * 1024 * 1024;
  std::size_t max_query_bytes = 1000;
  std::size_t threads = 64;
};

class WebServer {
 public:
  explicit WebServer(ServeOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the socket; returns the port.
  Result<int> bind();
  // Serves until stop() or request_stop() is called.
  void run();
  // From another thread: returns once run() has returned (or was never entered).
  void stop();
  // From a signal handler interrupting run(): asks it to return, without waiting.
  void request_stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace onrecord
