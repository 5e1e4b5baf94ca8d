// Exact facet counts over the whole match set (the searcher asks Xapian to check every match):
// speakers and sources by folded name, dates by year and month. A facet count always equals the
// total that filtering on its value gives: a date counts in every bucket it overlaps, so a
// year-only date counts in each month bucket of its year, as the date filter matches it.
// Without the facet table (shards, or a process's first search) the counting is left to Xapian's
// own ValueCountMatchSpy, one per value slot: a stock xapian-tcpsrv runs it beside each shard
// and Xapian merges the shards' counts.
#pragma once

#include <xapian.h>

#include <array>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/facet_table.hpp"
#include "engine/result_model.hpp"

namespace onrecord {

class FacetSpy : public Xapian::MatchSpy {
 public:
  // Distinct stored values seen, as their facet keys, and how many matches had each.
  using KeyedCounts = std::vector<std::pair<const FacetKeys*, std::size_t>>;

  explicit FacetSpy(std::shared_ptr<const FacetTable> table);
  void operator()(const Xapian::Document& doc, double weight) override;  // with a table
  // What to add to the Enquire: this spy with a table, else Xapian's spies of the value slots.
  [[nodiscard]] std::vector<Xapian::MatchSpy*> spies();
  [[nodiscard]] Facets facets() const;
  // Every matching document passes through the spy, collapsed or not: the exact total.
  [[nodiscard]] std::size_t documents_seen() const;

 private:
  // The spy counts each distinct stored value (by its index in the table: an array access per
  // match); names are folded and dates parsed once per distinct value, by the table if any.
  [[nodiscard]] KeyedCounts keyed_counts(FacetColumn c, std::deque<FacetKeys>& parsed) const;

  std::shared_ptr<const FacetTable> table_;
  std::array<std::vector<std::size_t>, kFacetColumns> counts_;  // with a table
  // The value indexes counted, in first-seen order: reading the counts then costs as many
  // steps as the match has distinct values, not as the column has.
  std::array<std::vector<std::uint32_t>, kFacetColumns> seen_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> by_slot_;  // without a table
  std::size_t documents_seen_ = 0;
};

}  // namespace onrecord
