// One result per article without Xapian's collapsing, which reads every candidate's article id
// from the database (half the time of a search at 16x). The spy sees every match with its weight
// (the searcher checks them all), finds each article's best passage through the facet table's
// article column, and ranks articles by it: ties go to the lower document id, as Xapian's do.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "facet_table.hpp"

namespace onrecord {

class ArticleGroups : public Xapian::MatchSpy {
 public:
  explicit ArticleGroups(std::shared_ptr<const FacetTable> table);
  void operator()(const Xapian::Document& doc, double weight) override;

  struct Group {
    std::uint32_t article = 0;  // index into the table's article ids
    Xapian::docid best = 0;     // the best passage
    double weight = 0;
    Xapian::doccount passages = 0;  // matching passages of the article
  };
  // Groups ranked by their best passage, [first, first + count).
  [[nodiscard]] std::vector<Group> ranked(std::size_t first, std::size_t count) const;
  [[nodiscard]] std::size_t size() const { return touched_.size(); }
  [[nodiscard]] const std::string& article_id(const Group& group) const {
    return table_->articles().values[group.article];
  }

 private:
  std::shared_ptr<const FacetTable> table_;
  std::vector<Group> by_article_;       // indexed by article
  std::vector<std::uint32_t> touched_;  // articles with a match, in first-seen order
};

}  // namespace onrecord
