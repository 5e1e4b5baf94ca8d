// Helpers for tests: temporary folders, files, building small databases, running the tools.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "article.hpp"

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

// Writes the articles into a new database at `db`.
void build_database(const std::filesystem::path& db, const std::vector<Article>& articles);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line, capturing standard output and error.
CommandResult run(const std::string& command_line);

std::string shell_quote(const std::string& s);

}  // namespace onrecord::testing
