// Turns filter values (speaker, source and author names; date ranges) into boolean Xapian
// queries over the terms the index holds. Names compare folded (case, accents, punctuation): a
// name matches every indexed name that is it or contains its words side by side ("roosevelt" ->
// Theodore Roosevelt, Franklin D Roosevelt and Roosevelt); a name given in quotes matches that
// name only. The names a filter matched are kept for the response. Dates match when they
// overlap the range, so a partial date counts for any range it touches — the same rule the date
// facet counts by.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "index/error.hpp"
#include "index/schema.hpp"
#include "query/matched_names.hpp"

namespace onrecord {

// How a name filter's value compares: by its words (the default), or whole (given in quotes).
enum class NameMatch { kWords, kExact };

// `--speaker '"Franklin D Roosevelt"'`: a value in double quotes, to be matched whole; the
// value without its quotes.
NameMatch name_match_of(std::string& value);

class FilterResolver {
 public:
  explicit FilterResolver(const Xapian::Database& db) : db_(db) {}
  [[nodiscard]] const Xapian::Database& database() const { return db_; }

  // A boolean query for `value` of a name or date field; warnings note values that match nothing.
  Result<Xapian::Query> resolve(const schema::QueryField& field, const std::string& value,
                                NameMatch match = NameMatch::kWords);

  // The documents of the articles whose own document matches `article_query` (title words):
  // titles are indexed once per article, not on every passage.
  Xapian::Query articles_matching(const Xapian::Query& article_query);

  [[nodiscard]] const std::vector<std::string>& warnings() const { return warnings_; }
  // Per name field filtered on, the names matched, sorted, each once.
  [[nodiscard]] std::vector<MatchedNames> matched() const;

 private:
  Xapian::Query resolve_name(const schema::QueryField& field, const std::string& value,
                             NameMatch match);
  void note_matched(const schema::QueryField& field, const std::vector<std::string>& terms);
  // How a folded name term is shown: the display form stored beside it (speakers, sources).
  [[nodiscard]] std::string display_name(const schema::QueryField& field,
                                         const std::string& term) const;
  Result<Xapian::Query> resolve_date(const std::string& value, schema::DateRole role);

  // The first `count` documents holding `term`, in document order.
  [[nodiscard]] std::vector<Xapian::docid> first_documents(const std::string& term,
                                                           Xapian::doccount count) const;

  const Xapian::Database& db_;
  std::vector<std::string> warnings_;
  std::vector<MatchedNames> matched_;
};

const schema::QueryField& query_field(std::string_view name);

// A query that matches nothing but still counts as a boolean filter.
Xapian::Query match_nothing();

}  // namespace onrecord
