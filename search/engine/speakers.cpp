#include "engine/speakers.hpp"

#include <algorithm>
#include <map>

#include "analysis/text_analyzer.hpp"
#include "index/schema.hpp"

namespace onrecord {
namespace {

// Documents of one kind that carry a term: an exact count (every match checked).
std::size_t count_of_kind(const Xapian::Database& db, const std::string& term,
                          schema::DocKind kind) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                                  Xapian::Query(schema::kind_term(kind))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// The stored form of a folded name, read from a document that carries it.
std::string display_name(const Xapian::Database& db, const std::string& term,
                         const std::string& folded) {
  const auto posting = db.postlist_begin(term);
  if (posting == db.postlist_end(term)) return folded;
  const std::string stored = db.get_document(*posting).get_value(schema::slot::kSpeakers);
  std::size_t start = 0;
  while (start <= stored.size()) {
    auto end = stored.find(schema::kListSeparator, start);
    if (end == std::string::npos) end = stored.size();
    const std::string name = stored.substr(start, end - start);
    // Compared as terms: a name longer than the term limit is stored as its head and a hash.
    if (schema::term(schema::prefix::kSpeaker, TextAnalyzer::fold_name(name)) == term) return name;
    start = end + 1;
  }
  return folded;
}

}  // namespace

std::vector<FacetCount> years_between(const std::vector<FacetCount>& dates) {
  std::map<int, std::size_t> years;
  for (const auto& c : dates)
    if (c.value && c.value->size() == 4) years[std::stoi(*c.value)] = c.count;
  std::vector<FacetCount> out;
  if (years.empty()) return out;
  for (int y = years.begin()->first; y <= years.rbegin()->first; ++y) {
    const auto it = years.find(y);
    out.push_back({std::to_string(y), it == years.end() ? 0 : it->second});
  }
  return out;
}

namespace {

Result<SpeakerDirectory> read_directory(Searcher& searcher,
                                        const SpeakerDirectoryRequest& request) {
  auto opened = searcher.current_database();
  if (!opened) return opened.error();
  const Xapian::Database& db = **opened;
  const std::string prefix(schema::prefix::kSpeaker);
  const std::string wanted = TextAnalyzer::fold_name(request.contains);
  struct Found {
    std::string term;
    Xapian::doccount documents;
  };
  std::vector<Found> found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    if (!wanted.empty() && term.find(wanted, prefix.size()) == std::string::npos) continue;
    found.push_back({term, it.get_termfreq()});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.documents != b.documents ? a.documents > b.documents : a.term < b.term;
  });
  SpeakerDirectory directory;
  directory.total = found.size();
  directory.offset = request.offset;
  directory.limit = request.limit;
  directory.contains = request.contains;
  for (std::size_t i = request.offset; i < found.size() && i < request.offset + request.limit;
       ++i) {
    const std::string& term = found[i].term;
    // Passages carry no kind term and article records no speaker: the rest are passages.
    const std::size_t quotations = count_of_kind(db, term, schema::DocKind::kQuote);
    directory.speakers.push_back({display_name(db, term, term.substr(prefix.size())),
                                  found[i].documents - quotations, quotations});
  }
  return directory;
}

}  // namespace

Result<SpeakerDirectory> speaker_directory(Searcher& searcher,
                                           const SpeakerDirectoryRequest& request) {
  return searcher.retrying<SpeakerDirectory>([&] { return read_directory(searcher, request); });
}

Result<SpeakerProfile> speaker_profile(Searcher& searcher, const std::string& name,
                                       std::size_t limit) {
  SearchRequest request;
  request.speakers = {"\"" + name + "\""};  // the name as a whole, not any of its words
  request.sort = SortOrder::kDate;
  request.limit = limit;
  auto passages = searcher.search(request);
  if (!passages) return passages.error();
  request.scope = SearchScope::kQuotes;
  auto quotations = searcher.search(request);
  if (!quotations) return quotations.error();
  if (passages->total == 0 && quotations->total == 0) {
    return Error{ErrorCode::kNotFound, "no speaker named '" + name + "' in the index",
                 "list the names with `onrecord-search speakers --find " +
                     name.substr(0, name.find(' ')) + "`"};
  }
  SpeakerProfile profile;
  profile.name = name;
  for (const auto& matched : passages->matched)
    if (matched.field == "speaker") profile.variants = matched.names;
  // The name as the index writes it most often, rather than as it was typed.
  if (!passages->facets.speaker.empty()) {
    const std::string folded = TextAnalyzer::fold_name(name);
    for (const auto& c : passages->facets.speaker)
      if (c.value && TextAnalyzer::fold_name(*c.value) == folded) {
        profile.name = *c.value;
        break;
      }
  }
  profile.passages = passages->total;
  profile.articles = passages->total_groups;
  profile.quotations = quotations->total;
  profile.distinct_quotations = quotations->total_groups;
  profile.by_year = years_between(passages->facets.date);
  profile.outlets = passages->facets.source;
  for (const auto& c : passages->facets.speaker) {
    const bool self = c.value && std::find(profile.variants.begin(), profile.variants.end(),
                                           *c.value) != profile.variants.end();
    if (c.value && !self && TextAnalyzer::fold_name(*c.value) != TextAnalyzer::fold_name(name))
      profile.quoted_beside.push_back(c);
  }
  profile.latest_quotations = std::move(*quotations);
  profile.latest_passages = std::move(*passages);
  return profile;
}

}  // namespace onrecord
