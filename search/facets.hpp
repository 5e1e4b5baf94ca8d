// Exact facet counts over the whole match set (the searcher asks Xapian to check every match):
// speakers and sources by folded name, dates by year and month. A facet count always equals the
// total that filtering on its value gives: a date counts in every bucket it overlaps, so a
// year-only date counts in each month bucket of its year, as the date filter matches it.
#pragma once

#include <xapian.h>

#include <map>
#include <set>
#include <string>

#include "result_model.hpp"

namespace onrecord {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  [[nodiscard]] Facets facets() const;
  // Every matching document passes through the spy, collapsed or not: the exact total.
  [[nodiscard]] std::size_t documents_seen() const { return documents_seen_; }

 private:
  struct NameCount {
    std::string display;
    std::size_t count = 0;
  };
  void count_names(const std::string& joined, std::map<std::string, NameCount>& counts);
  void count_dates(const std::string& joined);

  std::map<std::string, NameCount> speakers_;
  std::map<std::string, NameCount> sources_;
  std::map<int, std::size_t> years_;
  std::map<std::string, std::size_t> months_with_finer_date_;  // YYYY-MM -> docs
  std::map<int, std::size_t> years_with_year_only_date_;
  std::map<std::string, std::size_t> months_with_both_;  // docs counted in both maps above
  std::size_t undated_ = 0;
  std::size_t documents_seen_ = 0;
};

}  // namespace onrecord
