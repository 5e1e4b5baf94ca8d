#include "facets.hpp"

#include <algorithm>
#include <vector>

#include "document_builder.hpp"
#include "partial_date.hpp"
#include "schema.hpp"
#include "text_analyzer.hpp"

namespace onrecord {
namespace {

std::vector<FacetCount> by_count(const auto& counts) {
  std::vector<FacetCount> out;
  for (const auto& [key, entry] : counts) out.push_back({entry.display, entry.count});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : *a.value < *b.value;
  });
  return out;
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_seen_;
  count_names(doc.get_value(schema::slot::kSpeakers), speakers_);
  count_names(doc.get_value(schema::slot::kSource), sources_);
  count_dates(doc.get_value(schema::slot::kDates));
}

void FacetSpy::count_names(const std::string& joined, std::map<std::string, NameCount>& counts) {
  std::set<std::string> seen;  // a passage counts once per name
  for (const auto& name : split_list(joined)) {
    std::string key = TextAnalyzer::fold_name(name);
    if (key.empty() || !seen.insert(key).second) continue;
    NameCount& entry = counts[key];
    if (entry.display.empty()) entry.display = name;
    ++entry.count;
  }
}

void FacetSpy::count_dates(const std::string& joined) {
  std::set<int> years;
  std::set<int> year_only;
  std::set<std::string> months;
  for (const auto& iso : split_list(joined)) {
    const auto date = parse_partial_date(iso);
    if (!date) continue;
    years.insert(date->year);
    if (date->precision == DatePrecision::kYear) {
      year_only.insert(date->year);
    } else {
      months.insert(iso.substr(0, 7));
    }
  }
  if (years.empty()) {
    ++undated_;
    return;
  }
  for (int y : years) ++years_[y];
  for (int y : year_only) ++years_with_year_only_date_[y];
  for (const auto& m : months) {
    ++months_with_finer_date_[m];
    if (year_only.contains(std::stoi(m.substr(0, 4)))) ++months_with_both_[m];
  }
}

Facets FacetSpy::facets() const {
  Facets facets;
  facets.speaker = by_count(speakers_);
  facets.source = by_count(sources_);
  for (const auto& [year, count] : years_) {
    const std::string y = PartialDate{year, 0, 0, DatePrecision::kYear}.iso();
    facets.date.push_back({y, count});
    const auto year_only = years_with_year_only_date_.find(year);
    const std::size_t year_only_count =
        year_only == years_with_year_only_date_.end() ? 0 : year_only->second;
    for (auto it = months_with_finer_date_.lower_bound(y);
         it != months_with_finer_date_.end() && it->first.starts_with(y); ++it) {
      const auto both = months_with_both_.find(it->first);
      const std::size_t overlap = both == months_with_both_.end() ? 0 : both->second;
      facets.date.push_back({it->first, it->second + year_only_count - overlap});
    }
  }
  if (undated_ > 0) facets.date.push_back({std::nullopt, undated_});
  return facets;
}

}  // namespace onrecord
