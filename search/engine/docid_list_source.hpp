// A fixed, sorted list of document ids as a Xapian query (weight 0). The re-ranking pass
// restricts its query to the documents the first pass found for the top articles; naming them
// by id avoids opening one article-term posting list per article (a B-tree look-up each, which
// cost more than the re-ranking itself).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace onrecord {

class DocidListSource : public Xapian::PostingSource {
 public:
  // `docids` must be sorted and distinct.
  explicit DocidListSource(std::vector<Xapian::docid> docids);

  [[nodiscard]] Xapian::doccount get_termfreq_min() const override;
  [[nodiscard]] Xapian::doccount get_termfreq_est() const override;
  [[nodiscard]] Xapian::doccount get_termfreq_max() const override;
  [[nodiscard]] Xapian::docid get_docid() const override;
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  [[nodiscard]] bool at_end() const override;
  [[nodiscard]] DocidListSource* clone() const override;
  void init(const Xapian::Database& db) override;
  [[nodiscard]] std::string get_description() const override;

 private:
  std::vector<Xapian::docid> docids_;
  std::size_t at_ = 0;
  bool started_ = false;
};

// The query matching exactly `docids` (sorted, distinct).
Xapian::Query docid_list_query(std::vector<Xapian::docid> docids);

}  // namespace onrecord
