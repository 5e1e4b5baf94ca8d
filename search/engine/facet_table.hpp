// The facet values of every document (speakers, sources, dates), read once per database
// revision from Xapian's value streams into arrays indexed by document id, so counting a match
// costs an array access instead of a value look-up. One table per revision is shared by every
// searcher of the process.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "index/schema.hpp"

namespace onrecord {

enum class FacetColumn { kSpeakers, kSources, kDates, kMentioned };
enum class GroupColumn { kArticles, kQuotations };  // what results are grouped by
inline constexpr std::size_t kFacetColumns = 4;
// Whether a column holds dates (own or mentioned), counted by year and month, not by name.
inline constexpr bool is_date_column(FacetColumn c) {
  return c == FacetColumn::kDates || c == FacetColumn::kMentioned;
}

// A stored value as the facets count it, worked out once per distinct value: its names folded
// (each once, with a display form), or its dates as year and month buckets.
struct FacetKeys {
  std::vector<std::pair<std::string, std::string>> names;  // folded key, display form
  std::vector<std::uint32_t> name_ids;  // in a table's column: each name's number there
  std::vector<int> years;               // every year its dates touch
  std::vector<int> year_only;           // years given without a month
  std::vector<int> months;              // year * 100 + month of the finer dates
};
FacetKeys facet_keys(FacetColumn column, const std::string& stored_value);

// When a process builds the table of a revision: building costs about as much as twenty
// searches that read values per match, so a one-shot search does without it, while a process
// that expects many searches (--batch, the web server) builds it before its first answer.
enum class TableDemand { kFromTheSecondSearch, kNow };

class FacetTable {
 public:
  // The table for `db`'s revision, built (from its value streams) as `demand` says; nullptr
  // until then (and always for shards), when values are read per match.
  static std::shared_ptr<const FacetTable> current(
      const Xapian::Database& db, TableDemand demand = TableDemand::kFromTheSecondSearch);

  // The distinct stored values of a column (index 0 is the empty value) and, per document id,
  // the index of the document's value.
  struct Column {
    std::vector<std::string> values;
    std::vector<FacetKeys> keys;  // of each value
    std::vector<std::uint32_t> value_of_doc;
    std::size_t name_count = 0;  // distinct folded names in the column's values
  };
  // The value slot a column is read from.
  static Xapian::valueno slot(FacetColumn c);

  [[nodiscard]] const Column& column(FacetColumn c) const {
    return columns_[static_cast<std::size_t>(c)];
  }
  // Article keys (slot 0) or quotation hashes (slot 5) by the same scheme.
  [[nodiscard]] const Column& groups(GroupColumn c) const {
    return c == GroupColumn::kArticles ? articles_ : quotations_;
  }
  // Whether a document is a passage, a quotation or an article record.
  [[nodiscard]] schema::DocKind kind(Xapian::docid document) const {
    return document < kinds_.size() ? kinds_[document] : schema::DocKind::kPassage;
  }
  // Every document of the article `document` belongs to, in increasing order (none when the
  // document has no article key).
  [[nodiscard]] std::span<const Xapian::docid> documents_of_article(Xapian::docid document) const;

 private:
  explicit FacetTable(const Xapian::Database& db);
  std::array<Column, kFacetColumns> columns_;
  Column articles_;
  Column quotations_;
  // The documents of each article (by index in articles_.values): those of article i are
  // article_documents_[article_starts_[i] .. article_starts_[i + 1]).
  std::vector<std::uint32_t> article_starts_;
  std::vector<Xapian::docid> article_documents_;
  std::vector<schema::DocKind> kinds_;  // by document id
};

}  // namespace onrecord
