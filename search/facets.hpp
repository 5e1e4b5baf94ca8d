// Exact facet counts over the whole match set (the searcher asks Xapian to check every match):
// speakers and sources by folded name, dates by year and month. A facet count always equals the
// total that filtering on its value gives: a date counts in every bucket it overlaps, so a
// year-only date counts in each month bucket of its year, as the date filter matches it.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

#include "result_model.hpp"

namespace onrecord {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  [[nodiscard]] Facets facets() const;
  // Every matching document passes through the spy, collapsed or not: the exact total.
  [[nodiscard]] std::size_t documents_seen() const { return documents_seen_; }

 private:
  // The spy only counts each distinct stored value (a hash lookup per match); names are folded
  // and dates parsed once per distinct value when the facets are read.
  std::unordered_map<std::string, std::size_t> speakers_raw_;
  std::unordered_map<std::string, std::size_t> sources_raw_;
  std::unordered_map<std::string, std::size_t> dates_raw_;
  std::size_t documents_seen_ = 0;
};

}  // namespace onrecord
