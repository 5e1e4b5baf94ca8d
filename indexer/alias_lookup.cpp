#include "alias_lookup.hpp"

namespace onrecord {

const AliasTable& AliasLookup::for_file(const std::filesystem::path& file,
                                        std::vector<Error>& errors) {
  std::error_code ec;
  const auto folder = std::filesystem::weakly_canonical(file, ec).parent_path().string();
  auto [it, inserted] = by_folder_.try_emplace(folder, base_);
  if (inserted) {
    const auto path = std::filesystem::path(folder) / kAliasFileName;
    if (std::filesystem::exists(path, ec)) {
      auto table = AliasTable::load(path);
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
