#include "alias_table.hpp"

#include <yaml-cpp/yaml.h>

#include "text_analyzer.hpp"
#include "text_decoding.hpp"

namespace onrecord {

Result<AliasTable> AliasTable::load(const std::filesystem::path& path) {
  AliasTable table;
  YAML::Node root;
  try {
    root = YAML::LoadFile(path.string());
  } catch (const YAML::BadFile&) {
    return Error{ErrorCode::kNotFound, path.string() + ": cannot read the alias file",
                 "check the path"};
  } catch (const YAML::Exception& e) {
    return Error{
        ErrorCode::kInvalidInput,
        path.string() + ":" + std::to_string(e.mark.line + 1) + ": malformed alias file: " + e.msg,
        "write `Canonical Name: [Alias One, Alias Two]`, one canonical name per line"};
  }
  if (root.IsNull()) return table;
  if (!root.IsMap()) {
    return Error{ErrorCode::kInvalidInput, path.string() + ": the alias file is not a map of names",
                 "write `Canonical Name: [Alias One, Alias Two]`, one canonical name per line"};
  }
  for (const auto& entry : root) {
    const std::string canonical = entry.first.as<std::string>("");
    const auto line = std::to_string(entry.first.Mark().line + 1);
    if (canonical.empty()) continue;
    table.add(canonical, canonical);
    const YAML::Node& aliases = entry.second;
    if (aliases.IsScalar()) {
      table.add(canonical, aliases.as<std::string>());
    } else if (aliases.IsSequence()) {
      for (const auto& alias : aliases) table.add(canonical, alias.as<std::string>(""));
    } else if (!aliases.IsNull()) {
      return Error{ErrorCode::kInvalidInput,
                   path.string() + ":" + line + ": aliases of '" + canonical + "' must be a list",
                   "write `" + canonical + ": [Alias One, Alias Two]`"};
    }
  }
  return table;
}

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
