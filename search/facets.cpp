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

FacetSpy::FacetSpy(std::shared_ptr<const FacetTable> table) : table_(std::move(table)) {
  if (!table_) return;
  for (std::size_t c = 0; c < kFacetColumns; ++c)
    counts_[c].assign(table_->column(static_cast<FacetColumn>(c)).values.size(), 0);
}

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_seen_;
  if (!table_) {
    for (std::size_t c = 0; c < kFacetColumns; ++c)
      ++raw_[c][doc.get_value(FacetTable::slot(static_cast<FacetColumn>(c)))];
    return;
  }
  const Xapian::docid docid = doc.get_docid();
  for (std::size_t c = 0; c < kFacetColumns; ++c) {
    const auto& of_doc = table_->column(static_cast<FacetColumn>(c)).value_of_doc;
    ++counts_[c][docid < of_doc.size() ? of_doc[docid] : 0];
  }
}

std::unordered_map<std::string, std::size_t> FacetSpy::raw_counts(FacetColumn c) const {
  if (!table_) return raw_[static_cast<std::size_t>(c)];
  std::unordered_map<std::string, std::size_t> raw;
  const auto& values = table_->column(c).values;
  const auto& counts = counts_[static_cast<std::size_t>(c)];
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] > 0) raw.emplace(values[i], counts[i]);
  }
  return raw;
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
  return Facets{name_facet(raw_counts(FacetColumn::kSpeakers)),
                date_facet(raw_counts(FacetColumn::kDates)),
                name_facet(raw_counts(FacetColumn::kSources))};
}

}  // namespace onrecord
