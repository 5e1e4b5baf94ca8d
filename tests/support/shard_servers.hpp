// Shards served by xapian-tcpsrv on 127.0.0.1 for a test, through scripts/shards-up (so the
// script is tested too), on ports chosen at random and tried again when taken; stopped when the
// object goes.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

#include "support/test_support.hpp"

namespace onrecord::testing {

class ShardServers {
 public:
  enum class Access { kReadOnly, kWritable };

  // Serves the shards of `index` (a folder made by --shards N); the stub naming them is stub().
  ShardServers(const std::filesystem::path& index, const std::filesystem::path& stub, Access access)
      : stub_(stub) {
    std::mt19937 random(static_cast<unsigned>(getpid()) ^ std::random_device{}());
    for (int attempt = 0; attempt < 8 && !started_; ++attempt) {
      port_ = 20000 + static_cast<int>(random() % 30000);
      const auto r =
          run("python3 " + shell_quote(std::string(ONRECORD_SOURCE_DIR) + "/scripts/shards-up") +
              " " + shell_quote(index.string()) + " --port " + std::to_string(port_) + " --stub " +
              shell_quote(stub.string()) + (access == Access::kWritable ? " --writable" : ""));
      started_ = r.exit_code == 0;
      error_ = r.err;
    }
  }
  ~ShardServers() {
    if (started_)
      run("python3 " + shell_quote(std::string(ONRECORD_SOURCE_DIR) + "/scripts/shards-up") +
          " --stop " + shell_quote(stub_.string()));
  }
  ShardServers(const ShardServers&) = delete;
  ShardServers& operator=(const ShardServers&) = delete;

  [[nodiscard]] bool started() const { return started_; }
  [[nodiscard]] const std::string& error() const { return error_; }
  [[nodiscard]] int port(std::size_t shard) const { return port_ + static_cast<int>(shard); }
  // The process id of shard `shard`'s server, from the pid file shards-up wrote.
  [[nodiscard]] std::string pid(std::size_t shard) const {
    std::string pids = read_file(stub_.string() + ".pids");
    for (std::size_t i = 0; i < shard; ++i) pids = pids.substr(pids.find(' ') + 1);
    return pids.substr(0, pids.find_first_of(" \n"));
  }

 private:
  std::filesystem::path stub_;
  int port_ = 0;
  bool started_ = false;
  std::string error_;
};

}  // namespace onrecord::testing
