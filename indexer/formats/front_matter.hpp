// The YAML front-matter block (`---` ... `---`) that may open a text article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/article.hpp"
#include "index/error.hpp"

namespace onrecord {

struct FrontMatter {
  ArticleFields fields;
  std::size_t body_offset = 0;  // byte offset of the text after the closing ---
};

bool starts_with_front_matter(std::string_view text);

Result<FrontMatter> parse_front_matter(std::string_view text, const std::string& origin,
                                       std::vector<std::string>& warnings);

}  // namespace onrecord
