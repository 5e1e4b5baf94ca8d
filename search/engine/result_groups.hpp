// One result per article (or per quotation) without Xapian's collapsing, which reads every
// candidate's key from the database (half the time of a search at 16x). The spy sees every match
// with its weight (the searcher checks them all), finds each group's best document through the
// facet table's article or quotation column, and ranks groups by it: ties go to the lower
// document id, as Xapian's do.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/facet_table.hpp"

namespace onrecord {

class ResultGroups : public Xapian::MatchSpy {
 public:
  ResultGroups(std::shared_ptr<const FacetTable> table, GroupColumn column);
  void operator()(const Xapian::Document& doc, double weight) override;

  struct Group {
    std::uint32_t key = 0;   // index into the column's values
    Xapian::docid best = 0;  // the best document
    double weight = 0;
    Xapian::doccount documents = 0;  // matching documents of the group
  };
  // Groups ranked by their best passage, [first, first + count).
  [[nodiscard]] std::vector<Group> ranked(std::size_t first, std::size_t count) const;
  [[nodiscard]] std::size_t size() const { return touched_.size(); }
  // The article key or quotation hash.
  [[nodiscard]] const std::string& key(const Group& group) const {
    return column_->values[group.key];
  }

 private:
  std::shared_ptr<const FacetTable> table_;
  const FacetTable::Column* column_;
  std::vector<Group> by_key_;           // indexed by key
  std::vector<std::uint32_t> touched_;  // keys with a match, in first-seen order
};

// How many matching documents each group has, for rankings that Xapian collapses (the first
// search of a revision, before the facet table; shards; results sorted by date): Xapian's
// collapsed totals are estimates and its collapse counts lower bounds, even when it checks every
// match. Without a table, Xapian's ValueCountMatchSpy counts the group slot (on every shard).
class GroupCounts : public Xapian::MatchSpy {
 public:
  GroupCounts(std::shared_ptr<const FacetTable> table, GroupColumn column);
  void operator()(const Xapian::Document& doc, double weight) override;  // with a table
  // What to add to the Enquire: this spy with a table, else Xapian's spy of the group slot.
  [[nodiscard]] Xapian::MatchSpy* spy();
  // Distinct groups with a match.
  [[nodiscard]] std::size_t size() const;
  // Matching documents the spy saw.
  [[nodiscard]] std::size_t documents_seen() const;
  // Matching documents of the group of `docid`, whose key is `key`.
  [[nodiscard]] std::size_t documents(Xapian::docid docid, const std::string& key) const;

 private:
  std::shared_ptr<const FacetTable> table_;
  const FacetTable::Column* column_ = nullptr;  // with a table
  std::vector<std::size_t> by_index_;           // with a table
  std::size_t distinct_ = 0;
  std::optional<Xapian::ValueCountMatchSpy> by_slot_;  // without
  // The spy's counts by key, read once after the match.
  mutable std::optional<std::unordered_map<std::string, std::size_t>> by_value_;
  [[nodiscard]] const std::unordered_map<std::string, std::size_t>& by_value() const;
};

}  // namespace onrecord
