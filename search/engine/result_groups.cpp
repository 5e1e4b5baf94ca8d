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
    : table_(std::move(table)) {
  if (!table_) {
    by_slot_.emplace(column == GroupColumn::kArticles ? schema::slot::kArticleKey
                                                      : schema::slot::kQuoteHash);
    return;
  }
  column_ = &table_->groups(column);
  by_index_.assign(column_->values.size(), 0);
}

void GroupCounts::operator()(const Xapian::Document& doc, double /*weight*/) {
  const Xapian::docid docid = doc.get_docid();
  const auto& of_doc = column_->value_of_doc;
  if (by_index_[docid < of_doc.size() ? of_doc[docid] : 0]++ == 0) ++distinct_;
}

Xapian::MatchSpy* GroupCounts::spy() {
  if (by_slot_) return &*by_slot_;
  return this;
}

const std::unordered_map<std::string, std::size_t>& GroupCounts::by_value() const {
  if (!by_value_) {
    by_value_.emplace();
    for (auto it = by_slot_->values_begin(); it != by_slot_->values_end(); ++it)
      by_value_->emplace(*it, it.get_termfreq());
  }
  return *by_value_;
}

std::size_t GroupCounts::documents_seen() const {
  if (by_slot_) return by_slot_->get_total();
  std::size_t seen = 0;
  for (const std::size_t documents : by_index_) seen += documents;
  return seen;
}

std::size_t GroupCounts::size() const {
  if (column_ != nullptr) return distinct_;
  // Every passage and quotation has its group's key; a document without one is a group alone.
  std::size_t keyed = 0;
  for (const auto& [key, count] : by_value()) keyed += count;
  return by_value().size() + (by_slot_->get_total() - keyed);
}

std::size_t GroupCounts::documents(Xapian::docid docid, const std::string& key) const {
  if (column_ != nullptr) {
    const auto& of_doc = column_->value_of_doc;
    return by_index_[docid < of_doc.size() ? of_doc[docid] : 0];
  }
  const auto it = by_value().find(key);
  return it == by_value().end() ? 1 : it->second;
}

}  // namespace onrecord
