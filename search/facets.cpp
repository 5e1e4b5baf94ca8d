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
    const std::uint32_t value = docid < of_doc.size() ? of_doc[docid] : 0;
    if (counts_[c][value]++ == 0) seen_[c].push_back(value);
  }
}

FacetSpy::KeyedCounts FacetSpy::keyed_counts(FacetColumn c, std::deque<FacetKeys>& parsed) const {
  KeyedCounts out;
  const auto index = static_cast<std::size_t>(c);
  if (!table_) {
    for (const auto& [value, count] : raw_[index]) {
      parsed.push_back(facet_keys(c, value));
      out.emplace_back(&parsed.back(), count);
    }
    return out;
  }
  const auto& keys = table_->column(c).keys;
  for (const std::uint32_t value : seen_[index])
    out.emplace_back(&keys[value], counts_[index][value]);
  return out;
}

namespace {

struct NameCount {
  std::string display;
  std::size_t count = 0;
};

// Counts names by folded key (a passage counts once per name), keeping the first display form.
std::vector<FacetCount> name_facet(const FacetSpy::KeyedCounts& counted) {
  std::map<std::string, NameCount> counts;
  for (const auto& [keys, docs] : counted) {
    for (const auto& [key, display] : keys->names) {
      NameCount& entry = counts[key];
      if (entry.display.empty() || display < entry.display) entry.display = display;
      entry.count += docs;
    }
  }
  return by_count(counts);
}

// Years and months. A date counts in every bucket it overlaps, as the date filter matches it:
// a passage dated only "2025" counts in each month bucket of 2025 that the facet shows.
std::vector<FacetCount> date_facet(const FacetSpy::KeyedCounts& counted) {
  std::map<int, std::size_t> years;
  std::map<int, std::size_t> months_with_finer_date;  // by year * 100 + month
  std::map<int, std::size_t> years_with_year_only_date;
  std::map<int, std::size_t> months_with_both;
  std::size_t undated = 0;
  for (const auto& [keys, docs] : counted) {
    if (keys->years.empty()) {
      undated += docs;
      continue;
    }
    for (int y : keys->years) years[y] += docs;
    for (int y : keys->year_only) years_with_year_only_date[y] += docs;
    for (int m : keys->months) {
      months_with_finer_date[m] += docs;
      if (std::binary_search(keys->year_only.begin(), keys->year_only.end(), m / 100))
        months_with_both[m] += docs;
    }
  }
  std::vector<FacetCount> out;
  for (const auto& [year, count] : years) {
    const std::string y = PartialDate{year, 0, 0, DatePrecision::kYear}.iso();
    out.push_back({y, count});
    const auto year_only = years_with_year_only_date.find(year);
    const std::size_t year_only_count =
        year_only == years_with_year_only_date.end() ? 0 : year_only->second;
    for (auto it = months_with_finer_date.lower_bound(year * 100);
         it != months_with_finer_date.end() && it->first / 100 == year; ++it) {
      const auto both = months_with_both.find(it->first);
      const std::size_t overlap = both == months_with_both.end() ? 0 : both->second;
      const std::string month = PartialDate{year, it->first % 100, 0, DatePrecision::kMonth}.iso();
      out.push_back({month, it->second + year_only_count - overlap});
    }
  }
  if (undated > 0) out.push_back({std::nullopt, undated});
  return out;
}

}  // namespace

Facets FacetSpy::facets() const {
  std::deque<FacetKeys> parsed;
  return Facets{name_facet(keyed_counts(FacetColumn::kSpeakers, parsed)),
                date_facet(keyed_counts(FacetColumn::kDates, parsed)),
                name_facet(keyed_counts(FacetColumn::kSources, parsed))};
}

}  // namespace onrecord
