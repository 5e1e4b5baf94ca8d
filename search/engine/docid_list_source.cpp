#include "engine/docid_list_source.hpp"

#include <algorithm>

namespace onrecord {

DocidListSource::DocidListSource(std::vector<Xapian::docid> docids) : docids_(std::move(docids)) {}

Xapian::doccount DocidListSource::get_termfreq_min() const {
  return static_cast<Xapian::doccount>(docids_.size());
}
Xapian::doccount DocidListSource::get_termfreq_est() const { return get_termfreq_min(); }
Xapian::doccount DocidListSource::get_termfreq_max() const { return get_termfreq_min(); }

Xapian::docid DocidListSource::get_docid() const { return docids_[at_]; }

void DocidListSource::next(double /*min_wt*/) {
  // Xapian starts a source before its first entry: the first next() moves onto it.
  if (started_) ++at_;
  started_ = true;
}

void DocidListSource::skip_to(Xapian::docid did, double /*min_wt*/) {
  started_ = true;
  if (at_ < docids_.size() && docids_[at_] >= did) return;
  at_ = static_cast<std::size_t>(
      std::lower_bound(docids_.begin() + static_cast<std::ptrdiff_t>(at_), docids_.end(), did) -
      docids_.begin());
}

bool DocidListSource::at_end() const { return at_ >= docids_.size(); }

DocidListSource* DocidListSource::clone() const { return new DocidListSource(docids_); }

void DocidListSource::init(const Xapian::Database& /*db*/) {
  at_ = 0;
  started_ = false;
}

std::string DocidListSource::get_description() const {
  return "DocidListSource(" + std::to_string(docids_.size()) + " documents)";
}

Xapian::Query docid_list_query(std::vector<Xapian::docid> docids) {
  return Xapian::Query((new DocidListSource(std::move(docids)))->release());
}

}  // namespace onrecord
