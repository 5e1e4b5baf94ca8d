#include "article_groups.hpp"

#include <algorithm>

namespace onrecord {

ArticleGroups::ArticleGroups(std::shared_ptr<const FacetTable> table)
    : table_(std::move(table)), by_article_(table_->articles().values.size()) {}

void ArticleGroups::operator()(const Xapian::Document& doc, double weight) {
  const Xapian::docid docid = doc.get_docid();
  const auto& of_doc = table_->articles().value_of_doc;
  const std::uint32_t article = docid < of_doc.size() ? of_doc[docid] : 0;
  Group& group = by_article_[article];
  if (group.passages++ == 0) {
    group.article = article;
    touched_.push_back(article);
  }
  if (group.passages == 1 || weight > group.weight ||
      (weight == group.weight && docid < group.best)) {
    group.best = docid;
    group.weight = weight;
  }
}

std::vector<ArticleGroups::Group> ArticleGroups::ranked(std::size_t first,
                                                        std::size_t count) const {
  std::vector<Group> groups;
  groups.reserve(touched_.size());
  for (std::uint32_t article : touched_) groups.push_back(by_article_[article]);
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

}  // namespace onrecord
