// libFuzzer target: the index writer on whatever articles any bytes read to. Every article is
// either indexed or refused with an onrecord error (never another exception); an indexed article
// is found by its id, and writing it again replaces its documents without adding any.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/article_reader.hpp"
#include "fuzz_require.hpp"
#include "index/error.hpp"
#include "index/schema.hpp"
#include "pipeline/index_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  using fuzz::require;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  ReadOptions options;
  options.default_id = "fuzz";
  const ReadOutcome outcome = read_article_bytes(bytes, "fuzz", options);
  if (outcome.articles.empty()) return 0;
  IndexWriter writer(Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY));
  for (const Article& article : outcome.articles) {
    try {
      writer.replace(article);
    } catch (const ErrorException&) {
      continue;  // refused, with a message
    }
    writer.commit();
    const Xapian::Database& db = writer.database();
    const std::string id_term = schema::article_unique_term(article.fields.id);
    require(db.get_termfreq(id_term) == 1);
    const Xapian::doccount before = db.get_doccount();
    writer.replace(article);
    writer.commit();
    require(writer.database().get_doccount() == before);
  }
  return 0;
}
