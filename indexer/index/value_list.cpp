#include "index/value_list.hpp"

#include "index/schema.hpp"

namespace onrecord {

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out.push_back(schema::kListSeparator);
    out += item;
  }
  return out;
}

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto sep = joined.find(schema::kListSeparator, start);
    if (sep == std::string::npos) sep = joined.size();
    items.push_back(joined.substr(start, sep - start));
    start = sep + 1;
  }
  return items;
}

}  // namespace onrecord
