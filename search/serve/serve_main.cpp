// onrecord-serve: the web front end and JSON API, run until interrupted. `onrecord-search serve`
// hands its arguments over to it unread (search/cli/serve_handoff.cpp), so its options are
// declared here only.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>

#include "index/database.hpp"
#include "index/error.hpp"
#include "web/web_server.hpp"

namespace onrecord {
namespace {

WebServer* running_server = nullptr;

extern "C" void stop_on_signal(int /*signal*/) {
  if (running_server != nullptr) running_server->request_stop();
}

std::string random_token() {
  std::random_device device;
  std::string token;
  constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) token.push_back(kHex[device() % 16]);
  return token;
}

int run_serve(ServeOptions options) {
  if (options.writes == WriteAccess::kAllowWrites && options.token.empty()) {
    if (const char* env = std::getenv("ONRECORD_TOKEN"); env != nullptr && *env != '\0') {
      options.token = env;
    } else {
      options.token = random_token();
      std::cerr << "write token: " << options.token
                << " (set ONRECORD_TOKEN or --token to choose one)\n";
    }
  }
  const std::string host = options.host;
  const auto db = options.db;
  WebServer server(std::move(options));
  auto port = server.bind();
  if (!port) return exit_with(port.error());
  std::cout << "onrecord: serving http://" << host << ":" << *port << "/ from " << db.string()
            << std::endl;
  running_server = &server;
  std::signal(SIGINT, stop_on_signal);
  std::signal(SIGTERM, stop_on_signal);
  server.run();
  running_server = nullptr;
  return 0;
}

}  // namespace
}  // namespace onrecord

int main(int argc, char** argv) {
  CLI::App app{"onrecord-serve: the web front end and JSON API of an onrecord database"};
  app.set_version_flag("--version", std::string("onrecord-serve ") + ONRECORD_VERSION);
  app.footer(
      "Examples:\n"
      "  onrecord-serve --db onrecord.db --port 8080\n"
      "  ONRECORD_TOKEN=secret onrecord-serve --allow-writes   accept new articles\n"
      "onrecord-search serve takes the same options.");
  onrecord::ServeOptions options;
  options.db = onrecord::default_database_path();
  app.add_option("--db", options.db,
                 "database directory (default: $ONRECORD_DB, else ./onrecord.db)");
  // Last wins: `onrecord-search --db A serve --db B` serves B, as it always did.
  app.get_option("--db")->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.add_option("--host", options.host, "address to listen on (default 127.0.0.1)");
  app.add_option("--port", options.port, "port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  bool allow_writes = false;
  app.add_flag("--allow-writes", allow_writes,
               "accept new articles (POST /api/articles, /add) with a token");
  app.add_option("--token", options.token,
                 "the write token (default: $ONRECORD_TOKEN, else a random one)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return onrecord::usage_exit_status(app.exit(e));
  }
  if (allow_writes) options.writes = onrecord::WriteAccess::kAllowWrites;
  try {
    return onrecord::run_serve(std::move(options));
  } catch (...) {
    return onrecord::exit_with(onrecord::error_from_current_exception());
  }
}
