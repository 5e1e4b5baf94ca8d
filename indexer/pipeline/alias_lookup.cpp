#include "pipeline/alias_lookup.hpp"

#include <yaml-cpp/yaml.h>

namespace onrecord {

Result<AliasTable> load_alias_file(const std::filesystem::path& path) {
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

const AliasTable& AliasLookup::for_file(const std::filesystem::path& file,
                                        std::vector<Error>& errors) {
  std::error_code ec;
  const auto folder = std::filesystem::weakly_canonical(file, ec).parent_path().string();
  auto [it, inserted] = by_folder_.try_emplace(folder, base_);
  if (inserted) {
    const auto path = std::filesystem::path(folder) / kAliasFileName;
    if (std::filesystem::exists(path, ec)) {
      auto table = load_alias_file(path);
      if (table) {
        AliasTable merged = base_;
        merged.merge(*table);
        it->second = std::move(merged);
      } else {
        errors.push_back(table.error());
      }
    }
  }
  return it->second;
}

}  // namespace onrecord
