// `onrecord-search serve`: hands over to onrecord-serve, installed beside this program. The web
// server is a program of its own so that a one-shot search does not load what only serving
// needs: cpp-httplib pulls in OpenSSL, and article uploads the document readers (poppler and its
// twenty libraries); loading them was two thirds of a one-shot search's instructions.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "search_commands.hpp"

namespace onrecord {

int hand_over_to_web_server(const std::optional<std::filesystem::path>& db,
                            const std::vector<std::string>& arguments) {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  const std::filesystem::path server =
      (error ? std::filesystem::path(".") : self.parent_path()) / "onrecord-serve";
  std::vector<std::string> command{server.string()};
  if (db) command.insert(command.end(), {"--db", db->string()});
  command.insert(command.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  argv.reserve(command.size() + 1);
  for (auto& argument : command) argv.push_back(argument.data());
  argv.push_back(nullptr);
  execv(server.c_str(), argv.data());
  return exit_with(
      Error{ErrorCode::kNotFound,
            "cannot start the web server " + server.string() + ": " + std::strerror(errno),
            "onrecord-serve is installed beside onrecord-search; reinstall onrecord "
            "or run onrecord-serve directly"});
}

}  // namespace onrecord
