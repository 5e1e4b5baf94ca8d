#include "quotes/alias_table.hpp"

#include "analysis/text_analyzer.hpp"
#include "index/content_hash.hpp"

namespace onrecord {

void AliasTable::merge(const AliasTable& other) {
  for (const auto& [alias, canonical] : other.by_folded_alias_) by_folded_alias_[alias] = canonical;
}

void AliasTable::add(const std::string& canonical, const std::string& alias) {
  const std::string folded = TextAnalyzer::fold_name(alias);
  if (!folded.empty()) by_folded_alias_[folded] = canonical;
}

std::string AliasTable::fingerprint() const {
  if (by_folded_alias_.empty()) return {};
  std::string all;
  for (const auto& [alias, canonical] : by_folded_alias_)
    all += alias + '\x1f' + canonical + '\x1e';
  return content_hash(all);
}

std::string AliasTable::canonical(const std::string& name) const {
  const auto it = by_folded_alias_.find(TextAnalyzer::fold_name(name));
  return it == by_folded_alias_.end() ? name : it->second;
}

}  // namespace onrecord
