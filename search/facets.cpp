#include "facets.hpp"

#include <algorithm>
#include <map>
#include <set>
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
  ++speakers_raw_[doc.get_value(schema::slot::kSpeakers)];
  ++sources_raw_[doc.get_value(schema::slot::kSource)];
  ++dates_raw_[doc.get_value(schema::slot::kDates)];
}

namespace {

struct NameCount {
  std::string display;
  std::size_t count = 0;
};

// Counts names by folded key (a passage counts once per name), keeping the first display form.
std::vector<FacetCount> name_facet(const std::unordered_map<std::string, std::size_t>& raw) {
  std::map<std::string, NameCount> counts;
  for (const auto& [joined, docs] : raw) {
    std::set<std::string> seen;
    for (const auto& name : split_list(joined)) {
      std::string key = TextAnalyzer::fold_name(name);
      if (key.empty() || !seen.insert(key).second) continue;
      NameCount& entry = counts[key];
      if (entry.display.empty() || name < entry.display) entry.display = name;
      entry.count += docs;
    }
  }
  return by_count(counts);
}

// Years and months. A date counts in every bucket it overlaps, as the date filter matches it:
// a passage dated only "2025" counts in each month bucket of 2025 that the facet shows.
std::vector<FacetCount> date_facet(const std::unordered_map<std::string, std::size_t>& raw) {
  std::map<int, std::size_t> years;
  std::map<std::string, std::size_t> months_with_finer_date;
  std::map<int, std::size_t> years_with_year_only_date;
  std::map<std::string, std::size_t> months_with_both;
  std::size_t undated = 0;
  for (const auto& [joined, docs] : raw) {
    std::set<int> doc_years;
    std::set<int> year_only;
    std::set<std::string> months;
    for (const auto& iso : split_list(joined)) {
      const auto date = parse_partial_date(iso);
      if (!date) continue;
      doc_years.insert(date->year);
      if (date->precision == DatePrecision::kYear) {
        year_only.insert(date->year);
      } else {
        months.insert(iso.substr(0, 7));
      }
    }
    if (doc_years.empty()) {
      undated += docs;
      continue;
    }
    for (int y : doc_years) years[y] += docs;
    for (int y : year_only) years_with_year_only_date[y] += docs;
    for (const auto& m : months) {
      months_with_finer_date[m] += docs;
      if (year_only.contains(std::stoi(m.substr(0, 4)))) months_with_both[m] += docs;
    }
  }
  std::vector<FacetCount> out;
  for (const auto& [year, count] : years) {
    const std::string y = PartialDate{year, 0, 0, DatePrecision::kYear}.iso();
    out.push_back({y, count});
    const auto year_only = years_with_year_only_date.find(year);
    const std::size_t year_only_count =
        year_only == years_with_year_only_date.end() ? 0 : year_only->second;
    for (auto it = months_with_finer_date.lower_bound(y);
         it != months_with_finer_date.end() && it->first.starts_with(y); ++it) {
      const auto both = months_with_both.find(it->first);
      const std::size_t overlap = both == months_with_both.end() ? 0 : both->second;
      out.push_back({it->first, it->second + year_only_count - overlap});
    }
  }
  if (undated > 0) out.push_back({std::nullopt, undated});
  return out;
}

}  // namespace

Facets FacetSpy::facets() const {
  return Facets{name_facet(speakers_raw_), date_facet(dates_raw_), name_facet(sources_raw_)};
}

}  // namespace onrecord
