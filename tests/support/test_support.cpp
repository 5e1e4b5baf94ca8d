#include "support/test_support.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace onrecord::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("onrecord-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Article make_article(const std::string& id, const std::vector<std::string>& paragraphs,
                     ArticleFields fields) {
  Article article;
  article.fields = std::move(fields);
  article.fields.id = id;
  if (article.fields.title.empty()) article.fields.title = "Title of " + id;
  article.paragraphs = paragraphs;
  article.origin = "test:" + id;
  article.content_hash = id;
  return article;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out.push_back(c);
  }
  return out + "'";
}

CommandResult run(const std::string& command_line) {
  TempDir capture;
  const auto out_path = capture / "out";
  const auto err_path = capture / "err";
  const std::string full = "(" + command_line + ") >" + shell_quote(out_path.string()) + " 2>" +
                           shell_quote(err_path.string()) + " </dev/null";
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

}  // namespace onrecord::testing
