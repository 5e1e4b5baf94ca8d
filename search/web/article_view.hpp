// One article as stored: its record, passages and quotations, for the article page and the
// /api/articles endpoint.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "index/article.hpp"
#include "index/stored_data.hpp"

namespace onrecord {

struct ArticleView {
  ArticleRecord record;
  std::vector<PassageData> passages;  // in order
  std::vector<QuoteData> quotes;      // in order of appearance
};

std::optional<ArticleView> load_article(const Xapian::Database& db, const std::string& id);

nlohmann::ordered_json article_to_json(const ArticleView& view);

}  // namespace onrecord
