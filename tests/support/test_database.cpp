#include "support/test_database.hpp"

#include <stdexcept>

#include "index/database.hpp"
#include "pipeline/index_writer.hpp"

namespace onrecord::testing {

void build_database(const std::filesystem::path& db, const std::vector<Article>& articles) {
  auto writable = open_database_for_writing(db);
  if (!writable) throw std::runtime_error(writable.error().describe());
  IndexWriter writer(std::move(*writable));
  for (const auto& article : articles) writer.replace(article);
  writer.commit();
}

}  // namespace onrecord::testing
