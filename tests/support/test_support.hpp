// Helpers for every test: temporary folders, files, articles, running the tools.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "index/article.hpp"
#include "index/error.hpp"

namespace onrecord::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::string read_file(const std::filesystem::path& path);

// Makes an article from paragraphs, for indexing through IndexWriter directly.
Article make_article(const std::string& id, const std::vector<std::string>& paragraphs,
                     ArticleFields fields = {});

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line, capturing standard output and error.
CommandResult run(const std::string& command_line);

std::string shell_quote(const std::string& s);

// The code of the onrecord Error that `action` throws; nullopt when it throws none.
template <typename Action>
std::optional<ErrorCode> thrown_error_code(Action&& action) {
  try {
    action();
  } catch (const ErrorException& e) {
    return e.error().code;
  }
  return std::nullopt;
}

}  // namespace onrecord::testing
