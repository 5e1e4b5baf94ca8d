#include "engine/facet_table.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"
#include "index/schema.hpp"
#include "index/shard_set.hpp"
#include "index/stored_data.hpp"
#include "index/value_list.hpp"

namespace onrecord {
namespace {

constexpr std::array<Xapian::valueno, kFacetColumns> kSlots{
    schema::slot::kSpeakers, schema::slot::kSource, schema::slot::kDates, schema::slot::kMentioned};

struct CachedTable {
  Xapian::rev revision = 0;
  int requests = 0;  // at this revision
  std::shared_ptr<const FacetTable> table;
};

}  // namespace

FacetKeys facet_keys(FacetColumn column, const std::string& stored_value) {
  FacetKeys keys;
  std::set<std::string> seen_names;
  std::set<int> years, year_only;
  std::set<int> months;
  for (const auto& item : split_list(stored_value)) {
    if (!is_date_column(column)) {
      std::string key = TextAnalyzer::fold_name(item);
      if (!key.empty() && seen_names.insert(key).second) keys.names.emplace_back(key, item);
      continue;
    }
    const auto date = parse_partial_date(item);
    if (!date) continue;
    // Every year the date's interval overlaps; a year it covers whole counts as a year-only
    // date there (in each month bucket shown), a year it covers in part in each month it
    // overlaps: as the date filter matches it.
    const int first = date->first_day();
    const int last = date->last_day();
    for (int year = first / 10000; year <= last / 10000; ++year) {
      years.insert(year);
      const int from = std::max(first, year * 10000 + 101);
      const int to = std::min(last, year * 10000 + 1231);
      if (from == year * 10000 + 101 && to == year * 10000 + 1231) {
        year_only.insert(year);
        continue;
      }
      for (int month = from / 100 % 100; month <= to / 100 % 100; ++month)
        months.insert(year * 100 + month);
    }
  }
  keys.years.assign(years.begin(), years.end());
  keys.year_only.assign(year_only.begin(), year_only.end());
  keys.months.assign(months.begin(), months.end());
  return keys;
}

namespace {

// The distinct values of a slot and each document's index among them (0: no value); `keys`
// gives each distinct value's facet keys when the column is a facet.
FacetTable::Column read_column(const Xapian::Database& db, Xapian::valueno slot,
                               std::optional<FacetColumn> facet) {
  FacetTable::Column column;
  column.values.emplace_back();
  if (facet) column.keys.emplace_back();
  column.value_of_doc.assign(static_cast<std::size_t>(db.get_lastdocid()) + 1, 0);
  std::unordered_map<std::string, std::uint32_t> index{{"", 0}};
  std::unordered_map<std::string, std::uint32_t> name_numbers;  // folded name → number
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const auto [entry, added] =
        index.try_emplace(*it, static_cast<std::uint32_t>(column.values.size()));
    if (added) {
      column.values.push_back(entry->first);
      if (facet) {
        FacetKeys keys = facet_keys(*facet, entry->first);
        // Counting a match's names then costs an array access per name, not a map look-up.
        for (const auto& [folded, display] : keys.names) {
          keys.name_ids.push_back(
              name_numbers.try_emplace(folded, static_cast<std::uint32_t>(name_numbers.size()))
                  .first->second);
        }
        column.keys.push_back(std::move(keys));
      }
    }
    const Xapian::docid docid = it.get_docid();
    if (docid < column.value_of_doc.size()) column.value_of_doc[docid] = entry->second;
  }
  column.name_count = name_numbers.size();
  return column;
}

}  // namespace

FacetTable::FacetTable(const Xapian::Database& db)
    : articles_(read_column(db, schema::slot::kArticleKey, std::nullopt)),
      quotations_(read_column(db, schema::slot::kQuoteHash, std::nullopt)) {
  for (std::size_t c = 0; c < kFacetColumns; ++c)
    columns_[c] = read_column(db, kSlots[c], static_cast<FacetColumn>(c));
  // A counting sort of document ids by article.
  const auto& of_doc = articles_.value_of_doc;
  article_starts_.assign(articles_.values.size() + 1, 0);
  for (const std::uint32_t article : of_doc) ++article_starts_[article + 1];
  for (std::size_t i = 1; i < article_starts_.size(); ++i)
    article_starts_[i] += article_starts_[i - 1];
  article_documents_.resize(of_doc.size());
  std::vector<std::uint32_t> next(article_starts_.begin(), article_starts_.end() - 1);
  for (Xapian::docid docid = 0; docid < of_doc.size(); ++docid)
    article_documents_[next[of_doc[docid]]++] = docid;
  // Quotations and article records are few: everything else is a passage.
  kinds_.assign(of_doc.size(), schema::DocKind::kPassage);
  for (const auto kind : {schema::DocKind::kQuote, schema::DocKind::kArticle}) {
    const std::string term = schema::kind_term(kind);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
      if (*it < kinds_.size()) kinds_[*it] = kind;
  }
}

std::span<const Xapian::docid> FacetTable::documents_of_article(Xapian::docid document) const {
  const auto& of_doc = articles_.value_of_doc;
  if (document >= of_doc.size() || of_doc[document] == 0) return {};
  const std::uint32_t article = of_doc[document];
  return std::span<const Xapian::docid>(article_documents_)
      .subspan(article_starts_[article], article_starts_[article + 1] - article_starts_[article]);
}

Xapian::valueno FacetTable::slot(FacetColumn c) { return kSlots[static_cast<std::size_t>(c)]; }

std::shared_ptr<const FacetTable> FacetTable::current(const Xapian::Database& db,
                                                      TableDemand demand) {
  static std::mutex mutex;
  static std::map<std::string, CachedTable> tables;  // by database UUID
  // Shards (local or remote) are searched with what a stock Xapian server supports: no table.
  const auto single = single_revision(db);
  if (!single) return nullptr;
  const Xapian::rev revision = *single;
  const std::string uuid = db.get_uuid();
  std::lock_guard lock(mutex);
  CachedTable& cached = tables[uuid];
  if (cached.revision != revision) cached = CachedTable{revision, 0, nullptr};
  if (!cached.table && (++cached.requests >= 2 || demand == TableDemand::kNow))
    cached.table = std::shared_ptr<const FacetTable>(new FacetTable(db));
  return cached.table;
}

}  // namespace onrecord
