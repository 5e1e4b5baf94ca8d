#include "engine/facets.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <vector>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"
#include "index/schema.hpp"
#include "index/stored_data.hpp"
#include "index/value_list.hpp"

namespace onrecord {
namespace {

void sort_by_count(std::vector<FacetCount>& counts) {
  std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : *a.value < *b.value;
  });
}

std::vector<FacetCount> by_count(const auto& counts) {
  std::vector<FacetCount> out;
  out.reserve(counts.size());
  for (const auto& [key, entry] : counts) out.push_back({entry.display, entry.count});
  sort_by_count(out);
  return out;
}

}  // namespace

FacetSpy::FacetSpy(std::shared_ptr<const FacetTable> table) : table_(std::move(table)) {
  if (!table_) {
    for (std::size_t c = 0; c < kFacetColumns; ++c)
      by_slot_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(
          FacetTable::slot(static_cast<FacetColumn>(c))));
    return;
  }
  for (std::size_t c = 0; c < kFacetColumns; ++c)
    counts_[c].assign(table_->column(static_cast<FacetColumn>(c)).values.size(), 0);
}

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_seen_;
  const Xapian::docid docid = doc.get_docid();
  for (std::size_t c = 0; c < kFacetColumns; ++c) {
    const auto& of_doc = table_->column(static_cast<FacetColumn>(c)).value_of_doc;
    const std::uint32_t value = docid < of_doc.size() ? of_doc[docid] : 0;
    if (counts_[c][value]++ == 0) seen_[c].push_back(value);
  }
}

std::vector<Xapian::MatchSpy*> FacetSpy::spies() {
  if (table_) return {this};
  std::vector<Xapian::MatchSpy*> out;
  for (auto& spy : by_slot_) out.push_back(spy.get());
  return out;
}

std::size_t FacetSpy::documents_seen() const {
  return table_ ? documents_seen_ : by_slot_.front()->get_total();
}

FacetSpy::KeyedCounts FacetSpy::keyed_counts(FacetColumn c, std::deque<FacetKeys>& parsed) const {
  KeyedCounts out;
  const auto index = static_cast<std::size_t>(c);
  if (!table_) {
    // Xapian's spy counts only the values that are there: the rest of the matches have none
    // (an undated passage).
    const Xapian::ValueCountMatchSpy& spy = *by_slot_[index];
    std::size_t with_value = 0;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
      parsed.push_back(facet_keys(c, *it));
      out.emplace_back(&parsed.back(), it.get_termfreq());
      with_value += it.get_termfreq();
    }
    if (const std::size_t total = spy.get_total(); total > with_value) {
      parsed.push_back(facet_keys(c, ""));
      out.emplace_back(&parsed.back(), total - with_value);
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

// The same through the table's name numbers: arrays instead of a map keyed by string (a common
// word's match names nearly every speaker there is).
std::vector<FacetCount> numbered_name_facet(const FacetSpy::KeyedCounts& counted,
                                            std::size_t name_count) {
  std::vector<std::size_t> counts(name_count, 0);
  std::vector<const std::string*> display(name_count, nullptr);
  std::vector<std::uint32_t> counted_names;
  for (const auto& [keys, docs] : counted) {
    for (std::size_t i = 0; i < keys->names.size(); ++i) {
      const std::uint32_t name = keys->name_ids[i];
      const std::string& shown = keys->names[i].second;
      if (display[name] == nullptr) {
        counted_names.push_back(name);
        display[name] = &shown;
      } else if (shown < *display[name]) {
        display[name] = &shown;
      }
      counts[name] += docs;
    }
  }
  std::vector<FacetCount> out;
  out.reserve(counted_names.size());
  for (const std::uint32_t name : counted_names) out.push_back({*display[name], counts[name]});
  sort_by_count(out);
  return out;
}

// Years and months. A date counts in every bucket it overlaps, as the date filter matches it:
// a passage dated only "2025" counts in each month bucket of 2025 that the facet shows.
// Counted in arrays over the years the match spans (maps keyed by year were a quarter of a common
// word's search).
std::vector<FacetCount> date_facet(const FacetSpy::KeyedCounts& counted) {
  constexpr int kMonths = 12;
  std::size_t undated = 0;
  int first_year = std::numeric_limits<int>::max();
  int last_year = std::numeric_limits<int>::min();
  for (const auto& [keys, docs] : counted) {
    if (keys->years.empty()) {
      undated += docs;
      continue;
    }
    first_year = std::min(first_year, keys->years.front());  // years are sorted
    last_year = std::max(last_year, keys->years.back());
  }
  std::vector<FacetCount> out;
  if (first_year <= last_year) {
    const std::size_t span = static_cast<std::size_t>(last_year - first_year) + 1;
    std::vector<std::size_t> years(span, 0);
    std::vector<std::size_t> years_with_year_only_date(span, 0);
    std::vector<std::size_t> months_with_finer_date(span * kMonths, 0);
    std::vector<std::size_t> months_with_both(span * kMonths, 0);
    const auto month_index = [&](int year_month) {
      return static_cast<std::size_t>((year_month / 100 - first_year) * kMonths + year_month % 100 -
                                      1);
    };
    for (const auto& [keys, docs] : counted) {
      for (int y : keys->years) years[static_cast<std::size_t>(y - first_year)] += docs;
      for (int y : keys->year_only)
        years_with_year_only_date[static_cast<std::size_t>(y - first_year)] += docs;
      for (int m : keys->months) {
        months_with_finer_date[month_index(m)] += docs;
        if (std::binary_search(keys->year_only.begin(), keys->year_only.end(), m / 100))
          months_with_both[month_index(m)] += docs;
      }
    }
    for (std::size_t y = 0; y < span; ++y) {
      if (years[y] == 0) continue;
      const int year = first_year + static_cast<int>(y);
      out.push_back({PartialDate{year, 0, 0, DatePrecision::kYear}.iso(), years[y]});
      for (int month = 1; month <= kMonths; ++month) {
        const std::size_t m = y * kMonths + static_cast<std::size_t>(month - 1);
        if (months_with_finer_date[m] == 0) continue;
        out.push_back(
            {PartialDate{year, month, 0, DatePrecision::kMonth}.iso(),
             months_with_finer_date[m] + years_with_year_only_date[y] - months_with_both[m]});
      }
    }
  }
  if (undated > 0) out.push_back({std::nullopt, undated});
  return out;
}

}  // namespace

Facets FacetSpy::facets() const {
  std::deque<FacetKeys> parsed;
  const auto names = [&](FacetColumn c) {
    const KeyedCounts counted = keyed_counts(c, parsed);
    return table_ ? numbered_name_facet(counted, table_->column(c).name_count)
                  : name_facet(counted);
  };
  return Facets{names(FacetColumn::kSpeakers),
                date_facet(keyed_counts(FacetColumn::kDates, parsed)), names(FacetColumn::kSources),
                date_facet(keyed_counts(FacetColumn::kMentioned, parsed))};
}

}  // namespace onrecord
