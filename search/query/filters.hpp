// Turns filter values (speaker, source and author names; date ranges) into boolean Xapian
// queries over the terms the index holds. Names compare folded (case, accents, punctuation);
// a name that is no indexed name whole matches the names containing its words ("Musk" ->
// "Elon Musk"). Dates match when they overlap the range, so a partial date counts for any range
// it touches — the same rule the date facet counts by.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "index/error.hpp"
#include "index/schema.hpp"

namespace onrecord {

class FilterResolver {
 public:
  explicit FilterResolver(const Xapian::Database& db) : db_(db) {}

  // A boolean query for `value` of a name or date field; warnings note values that match nothing.
  Result<Xapian::Query> resolve(const schema::QueryField& field, const std::string& value);

  // The documents of the articles whose own document matches `article_query` (title words):
  // titles are indexed once per article, not on every passage.
  Xapian::Query articles_matching(const Xapian::Query& article_query);

  [[nodiscard]] const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  Xapian::Query resolve_name(const schema::QueryField& field, const std::string& value);
  Result<Xapian::Query> resolve_date(const std::string& value);

  const Xapian::Database& db_;
  std::vector<std::string> warnings_;
};

const schema::QueryField& query_field(std::string_view name);

// A query that matches nothing but still counts as a boolean filter.
Xapian::Query match_nothing();

}  // namespace onrecord
