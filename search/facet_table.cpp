#include "facet_table.hpp"

#include <map>
#include <mutex>
#include <unordered_map>

#include "schema.hpp"

namespace onrecord {
namespace {

constexpr std::array<Xapian::valueno, kFacetColumns> kSlots{
    schema::slot::kSpeakers, schema::slot::kSource, schema::slot::kDates};

struct CachedTable {
  Xapian::rev revision = 0;
  int requests = 0;  // at this revision
  std::shared_ptr<const FacetTable> table;
};

}  // namespace

FacetTable::FacetTable(const Xapian::Database& db) {
  const std::size_t size = static_cast<std::size_t>(db.get_lastdocid()) + 1;
  for (std::size_t c = 0; c < kFacetColumns; ++c) {
    Column& column = columns_[c];
    column.values.emplace_back();
    column.value_of_doc.assign(size, 0);
    std::unordered_map<std::string, std::uint32_t> index{{"", 0}};
    for (auto it = db.valuestream_begin(kSlots[c]); it != db.valuestream_end(kSlots[c]); ++it) {
      const auto [entry, added] =
          index.try_emplace(*it, static_cast<std::uint32_t>(column.values.size()));
      if (added) column.values.push_back(entry->first);
      const Xapian::docid docid = it.get_docid();
      if (docid < size) column.value_of_doc[docid] = entry->second;
    }
  }
}

Xapian::valueno FacetTable::slot(FacetColumn c) { return kSlots[static_cast<std::size_t>(c)]; }

std::shared_ptr<const FacetTable> FacetTable::current(const Xapian::Database& db) {
  static std::mutex mutex;
  static std::map<std::string, CachedTable> tables;  // by database UUID
  const std::string uuid = db.get_uuid();
  const Xapian::rev revision = db.get_revision();
  std::lock_guard lock(mutex);
  CachedTable& cached = tables[uuid];
  if (cached.revision != revision) cached = CachedTable{revision, 0, nullptr};
  if (!cached.table && ++cached.requests >= 2)
    cached.table = std::shared_ptr<const FacetTable>(new FacetTable(db));
  return cached.table;
}

}  // namespace onrecord
