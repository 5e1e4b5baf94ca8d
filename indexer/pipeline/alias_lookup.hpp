// Finds the alias table that applies to an article file: the aliases.yaml in its folder (kept
// with the corpus), merged over any file named with --aliases.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "quotes/alias_table.hpp"

namespace onrecord {

// Reads an alias file (YAML: `Canonical Name: [Alias One, Alias Two]`); errors name its line.
Result<AliasTable> load_alias_file(const std::filesystem::path& path);

class AliasLookup {
 public:
  explicit AliasLookup(AliasTable base = {}) : base_(std::move(base)) {}

  // The table for a file; errors in an alias file are reported once through `errors`.
  const AliasTable& for_file(const std::filesystem::path& file, std::vector<Error>& errors);

 private:
  AliasTable base_;
  std::map<std::string, AliasTable> by_folder_;
};

}  // namespace onrecord
