// Query strings of the web pages: every view is a link, so filters live in the URL.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace onrecord {

std::string url_encode(const std::string& value);

// An ordered list of query parameters that links are derived from.
class QueryParams {
 public:
  QueryParams() = default;
  explicit QueryParams(std::vector<std::pair<std::string, std::string>> params)
      : params_(std::move(params)) {}

  [[nodiscard]] QueryParams with(const std::string& key,
                                 const std::string& value) const;  // replaces key
  [[nodiscard]] QueryParams toggled(const std::string& key,
                                    const std::string& value) const;  // adds or removes
  [[nodiscard]] QueryParams without(const std::string& key) const;
  [[nodiscard]] bool has(const std::string& key, const std::string& value) const;
  [[nodiscard]] std::string link(const std::string& path) const;  // "/search?q=...&speaker=..."
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& entries() const {
    return params_;
  }

 private:
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace onrecord
