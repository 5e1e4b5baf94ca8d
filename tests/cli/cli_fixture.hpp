// The fixture of the end-to-end tests: a temporary folder and database, and the two tools run
// as a user would run them.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/test_support.hpp"

namespace onrecord {

class CliTest : public ::testing::Test {
 protected:
  testing::CommandResult index(const std::string& args) {
    return testing::run(std::string(ONRECORD_INDEX_BIN) + " --db " +
                        testing::shell_quote(db().string()) + " " + args);
  }
  testing::CommandResult search(const std::string& args) {
    return testing::run(std::string(ONRECORD_SEARCH_BIN) + " --db " +
                        testing::shell_quote(db().string()) + " " + args);
  }
  nlohmann::json search_json(const std::string& query, const std::string& options = "") {
    const auto r = search("--json " + options + " -- " + testing::shell_quote(query));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  [[nodiscard]] std::filesystem::path db() const { return dir_ / "db"; }
  [[nodiscard]] std::string at(const std::string& name) const {
    return testing::shell_quote((dir_ / name).string());
  }

  testing::TempDir dir_;
};

}  // namespace onrecord
