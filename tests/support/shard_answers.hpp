// What the shard tests compare: a search's JSON answer with what may differ between one database
// and a set of shards taken out. Xapian breaks ties by document id, and ids differ, so results
// of equal score (and, sorted by date, equal date) may come in another order: each such run is
// put in a stable order (article id, passage, quotation), or, when the page's edge cuts it,
// compared by its scores alone. Scores are compared to nine digits. Estimated totals of a full
// page are Xapian's estimates, which depend on the split, and are left out; exact ones stay.
// The time taken is dropped.
#pragma once

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>

namespace onrecord::testing {

enum class TieKey { kScore, kDateAndScore };

inline nlohmann::json comparable_answer(nlohmann::json answer, TieKey ties) {
  answer.erase("took_ms");
  auto& results = answer["results"];
  const bool full_page = results.size() == answer["limit"].get<std::size_t>();
  if (answer["exact"] == false && full_page) {
    // Estimates are Xapian's, from the matches it looked at, which depend on the split.
    for (const char* total : {"total", "total_articles", "total_quotations"}) answer.erase(total);
    for (auto& hit : results) hit.erase("also_in_article");
  }
  for (auto& hit : results) {
    hit.erase("rank");
    hit["score"] = std::round(hit["score"].get<double>() * 1e9) / 1e9;
  }
  const auto tied = [ties](const nlohmann::json& a, const nlohmann::json& b) {
    return a["score"] == b["score"] &&
           (ties == TieKey::kScore || a["article"]["date"] == b["article"]["date"]);
  };
  const auto stable = [](const nlohmann::json& a, const nlohmann::json& b) {
    const auto key = [](const nlohmann::json& h) {
      return std::make_tuple(h["article"]["id"].dump(), h["passage"]["index"].dump(),
                             h.contains("quote") ? h["quote"]["id"].dump() : std::string());
    };
    return key(a) < key(b);
  };
  for (auto run = results.begin(); run != results.end();) {
    auto end = run;
    while (end != results.end() && tied(*run, *end)) ++end;
    // A run cut by the page's start or end may hold other results of the same score: only its
    // scores are compared.
    const bool cut = (run == results.begin() && answer["offset"].get<std::size_t>() > 0) ||
                     (end == results.end() && full_page);
    if (cut) {
      for (auto hit = run; hit != end; ++hit) *hit = nlohmann::json{{"score", (*hit)["score"]}};
    } else {
      std::sort(run, end, stable);
    }
    run = end;
  }
  return answer;
}

// The first differences between two answers, short enough to read in a failure.
inline std::string answer_difference(const nlohmann::json& got, const nlohmann::json& expected) {
  const nlohmann::json patch = nlohmann::json::diff(expected, got);
  std::string out;
  for (std::size_t i = 0; i < patch.size() && i < 12; ++i)
    out += patch[i].dump().substr(0, 300) + "\n";
  return out;
}

}  // namespace onrecord::testing
