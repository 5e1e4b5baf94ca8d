// Small databases for the tests of the libraries that read them, written through the pipeline.
#pragma once

#include <filesystem>
#include <vector>

#include "index/article.hpp"

namespace onrecord::testing {

// Writes the articles into a new database at `db`.
void build_database(const std::filesystem::path& db, const std::vector<Article>& articles);

}  // namespace onrecord::testing
