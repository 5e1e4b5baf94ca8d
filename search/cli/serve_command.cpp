// `onrecord-search serve`: runs the web front end until interrupted.
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>

#include "search_commands.hpp"
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

}  // namespace

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

}  // namespace onrecord
