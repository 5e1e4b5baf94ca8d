// Speaker aliases users keep with their corpus (aliases.yaml): each canonical name with the
// other names it goes by, merged across articles.
//
//   Donald Trump: [Donald J. Trump, President Donald J. Trump]
//   Elon Musk: [Elon R. Musk]
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "index/error.hpp"

namespace onrecord {

class AliasTable {
 public:
  // Adds the entries of another table (later files win on conflicts).
  void merge(const AliasTable& other);
  void add(const std::string& canonical, const std::string& alias);

  // The canonical form of a name: its entry's canonical name, else the name itself.
  [[nodiscard]] std::string canonical(const std::string& name) const;
  [[nodiscard]] bool empty() const { return by_folded_alias_.empty(); }
  // Changes whenever the table does, so that sync re-indexes articles when aliases change.
  [[nodiscard]] std::string fingerprint() const;

 private:
  std::map<std::string, std::string> by_folded_alias_;
};

inline constexpr std::string_view kAliasFileName = "aliases.yaml";

}  // namespace onrecord
