#include "engine/result_groups.hpp"

#include <algorithm>

#include "index/schema.hpp"

namespace onrecord {

ResultGroups::ResultGroups(std::shared_ptr<const FacetTable> table, GroupColumn column)
    : table_(std::move(table)), column_(&table_->groups(column)), by_key_(column_->values.size()) {}

void ResultGroups::operator()(const Xapian::Document& doc, double weight) {
  const Xapian::docid docid = doc.get_docid();
  const auto& of_doc = column_->value_of_doc;
  const std::uint32_t key = docid < of_doc.size() ? of_doc[docid] : 0;
  Group& group = by_key_[key];
  if (group.documents++ == 0) {
    group.key = key;
    touched_.push_back(key);
  }
  if (group.documents == 1 || weight > group.weight ||
      (weight == group.weight && docid < group.best)) {
    group.best = docid;
    group.weight = weight;
  }
}

std::vector<ResultGroups::Group> ResultGroups::ranked(std::size_t first, std::size_t count) const {
  std::vector<Group> groups;
  groups.reserve(touched_.size());
  for (std::uint32_t key : touched_) groups.push_back(by_key_[key]);
  const std::size_t end = std::min(groups.size(), first + count);
  if (first >= end) return {};
  auto better = [](const Group& a, const Group& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.best < b.best;
  };
  std::partial_sort(groups.begin(), groups.begin() + static_cast<std::ptrdiff_t>(end), groups.end(),
                    better);
  return {groups.begin() + static_cast<std::ptrdiff_t>(first),
          groups.begin() + static_cast<std::ptrdiff_t>(end)};
}

GroupCounts::GroupCounts(std::shared_ptr<const FacetTable> table, GroupColumn column)
    : table_(std::move(table)),
      slot_(column == GroupColumn::kArticles ? schema::slot::kArticleKey
                                             : schema::slot::kQuoteHash) {
  if (!table_) return;
  column_ = &table_->groups(column);
  by_index_.assign(column_->values.size(), 0);
}

void GroupCounts::operator()(const Xapian::Document& doc, double /*weight*/) {
  if (column_ != nullptr) {
    const Xapian::docid docid = doc.get_docid();
    const auto& of_doc = column_->value_of_doc;
    if (by_index_[docid < of_doc.size() ? of_doc[docid] : 0]++ == 0) ++distinct_;
    return;
  }
  if (by_value_[doc.get_value(slot_)]++ == 0) ++distinct_;
}

std::size_t GroupCounts::documents(Xapian::docid docid, const std::string& key) const {
  if (column_ != nullptr) {
    const auto& of_doc = column_->value_of_doc;
    return by_index_[docid < of_doc.size() ? of_doc[docid] : 0];
  }
  const auto it = by_value_.find(key);
  return it == by_value_.end() ? 0 : it->second;
}

}  // namespace onrecord
